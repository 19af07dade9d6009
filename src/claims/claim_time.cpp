// Intervals of TimeML values, so claims from different articles can be compared in time.
#include <cstdio>
#include <string>

#include "claims/claims.h"

namespace storyline {
namespace {

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[(month - 1) % 12];
}

std::string iso(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

ClaimTime span(std::string begin, std::string end, const char* precision) {
  ClaimTime time;
  time.begin = std::move(begin);
  time.end = std::move(end);
  time.precision = precision;
  return time;
}

ClaimTime months(int year, int first, int last, const char* precision) {
  return span(iso(year, first, 1), iso(year, last, days_in_month(year, last)), precision);
}

// Monday of ISO week `week` of `year`, as days added to January 4th's week.
std::string iso_week_day(int year, int week, int weekday) {
  // Day of week of January 4th (1 = Monday), by Zeller-like arithmetic (Sakamoto).
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = year - 1;  // January
  int dow = (y + y / 4 - y / 100 + y / 400 + t[0] + 4) % 7;  // 0 = Sunday
  int iso_dow = dow == 0 ? 7 : dow;
  int day = 4 - (iso_dow - 1) + (week - 1) * 7 + (weekday - 1);  // day of year, 1-based
  int month = 1;
  while (day < 1) { --year; month = 12; day += days_in_month(year, 12); }
  while (day > days_in_month(year, month)) {
    day -= days_in_month(year, month);
    if (++month > 12) month = 1, ++year;
  }
  return iso(year, month, day);
}

}  // namespace

ClaimTime interval_of(const std::string& value) {
  ClaimTime time;
  time.value = value;
  time.precision = "unknown";
  if (!digits(value, 0, 4)) return time;
  int year = std::stoi(value.substr(0, 4));
  ClaimTime out;
  if (value.size() == 4) out = months(year, 1, 12, "year");
  else if (value.size() >= 7 && value[4] == '-' && digits(value, 5, 2)) {
    int month = std::stoi(value.substr(5, 2));
    if (month < 1 || month > 12) return time;
    if (value.size() >= 10 && value[7] == '-' && digits(value, 8, 2)) {
      int day = std::stoi(value.substr(8, 2));
      out = span(iso(year, month, day), iso(year, month, day), "day");
    } else {
      out = months(year, month, month, "month");
    }
  } else if (value.size() >= 8 && value.compare(4, 2, "-W") == 0 && digits(value, 6, 2)) {
    int week = std::stoi(value.substr(6, 2));
    out = span(iso_week_day(year, week, 1), iso_week_day(year, week, 7), "week");
  } else if (value.size() == 7 && value.compare(4, 2, "-Q") == 0 && value[6] >= '1' && value[6] <= '4') {
    int q = value[6] - '0';
    out = months(year, 3 * q - 2, 3 * q, "quarter");
  } else if (value.size() == 7 && value.compare(4, 2, "-H") == 0 && (value[6] == '1' || value[6] == '2')) {
    out = value[6] == '1' ? months(year, 1, 6, "half") : months(year, 7, 12, "half");
  } else if (value.size() == 7 && value[4] == '-') {
    std::string season = value.substr(5);
    if (season == "SP") out = months(year, 3, 5, "season");
    else if (season == "SU") out = months(year, 6, 8, "season");
    else if (season == "FA") out = months(year, 9, 11, "season");
    else if (season == "WI") out = span(iso(year, 12, 1), iso(year + 1, 2, days_in_month(year + 1, 2)), "season");
    else return time;
  } else {
    return time;
  }
  out.value = value;
  return out;
}

}  // namespace storyline
