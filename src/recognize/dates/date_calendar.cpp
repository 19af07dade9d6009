#include "recognize/dates/date_calendar.h"

#include <charconv>

namespace storyline::calendar {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
long days_from_civil(CivilDate date) {
  long y = date.year - (date.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

int days_in_month(int year, int month) {
  static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : lengths[month - 1];
}

int iso_weekday(CivilDate date) {
  long days = days_from_civil(date);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

CivilDate add_days(CivilDate date, long days) { return civil_from_days(days_from_civil(date) + days); }

CivilDate add_months(CivilDate date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  int year = index >= 0 ? index / 12 : (index - 11) / 12;
  int month = index - year * 12 + 1;
  int day = date.day > days_in_month(year, month) ? days_in_month(year, month) : date.day;
  return {year, month, day};
}

CivilDate iso_week_monday(int year, int week) {
  CivilDate jan4{year, 1, 4};
  return add_days(jan4, -(iso_weekday(jan4) - 1) + 7L * (week - 1));
}

IsoWeek iso_week(CivilDate date) {
  CivilDate thursday = add_days(date, 4 - iso_weekday(date));  // the week's Thursday fixes its year
  CivilDate monday1 = iso_week_monday(thursday.year, 1);
  long week = (days_from_civil(date) - days_from_civil(monday1)) / 7 + 1;
  return {thursday.year, static_cast<int>(week)};
}

bool valid(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Reference> parse_reference(std::string_view text) {
  auto field = [&](std::size_t at, std::size_t length, int& out) {
    if (text.size() < at + length) return false;
    auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, out);
    return error == std::errc() && end == text.data() + at + length;
  };
  Reference reference;
  if (!field(0, 4, reference.date.year)) return std::nullopt;
  reference.precision = 1;
  if (text.size() >= 7 && text[4] == '-' && field(5, 2, reference.date.month)) {
    reference.precision = 2;
    if (text.size() >= 10 && text[7] == '-' && field(8, 2, reference.date.day)) reference.precision = 3;
    int hour = 0, minute = 0;
    if (reference.precision == 3 && text.size() >= 16 && (text[10] == 'T' || text[10] == ' ') && text[13] == ':' &&
        field(11, 2, hour) && field(14, 2, minute) && hour < 24 && minute < 60)
      reference.hour = hour, reference.minute = minute;
  }
  if (!valid(reference.date.year, reference.date.month, reference.date.day)) return std::nullopt;
  return reference;
}

}  // namespace storyline::calendar
