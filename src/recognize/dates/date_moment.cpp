#include "recognize/dates/date_moment.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace storyline {
using calendar::CivilDate;

TimeUnit parse_unit(std::string_view code) {
  static const std::pair<std::string_view, TimeUnit> units[] = {
      {"Y", TimeUnit::Year},       {"M", TimeUnit::Month},     {"W", TimeUnit::Week},
      {"D", TimeUnit::Day},        {"H", TimeUnit::Hour},      {"MIN", TimeUnit::Minute},
      {"S", TimeUnit::Second},     {"DE", TimeUnit::Decade},   {"CE", TimeUnit::Century},
      {"Q", TimeUnit::Quarter},    {"HALF", TimeUnit::Half}};
  for (auto [name, unit] : units)
    if (name == code) return unit;
  return TimeUnit::None;
}

Grain grain_of(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::Year: return Grain::Year;
    case TimeUnit::Month: return Grain::Month;
    case TimeUnit::Week: return Grain::Week;
    case TimeUnit::Day: case TimeUnit::Hour: case TimeUnit::Minute: case TimeUnit::Second: return Grain::Day;
    case TimeUnit::Decade: return Grain::Decade;
    case TimeUnit::Century: return Grain::Century;
    case TimeUnit::Quarter: return Grain::Quarter;
    case TimeUnit::Half: return Grain::Half;
    case TimeUnit::None: break;
  }
  return Grain::None;
}

std::string duration_value(double amount, TimeUnit unit) {
  const char* letters = "";
  bool time = false;
  switch (unit) {
    case TimeUnit::Year: letters = "Y"; break;
    case TimeUnit::Month: letters = "M"; break;
    case TimeUnit::Week: letters = "W"; break;
    case TimeUnit::Day: letters = "D"; break;
    case TimeUnit::Decade: letters = "DE"; break;
    case TimeUnit::Century: letters = "CE"; break;
    case TimeUnit::Quarter: amount *= 3; letters = "M"; break;  // ISO 8601 has no quarter unit
    case TimeUnit::Half: amount *= 6; letters = "M"; break;
    case TimeUnit::Hour: letters = "H"; time = true; break;
    case TimeUnit::Minute: letters = "M"; time = true; break;
    case TimeUnit::Second: letters = "S"; time = true; break;
    case TimeUnit::None: break;
  }
  std::string number = "X";
  if (amount >= 0) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", amount);
    number = buffer;
  }
  return std::string(time ? "PT" : "P") + number + letters;
}

namespace {
std::string digits(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}
std::string year_text(const Moment& m) { return m.year == kUnknownYear ? "XXXX" : digits(m.year, 4); }
std::string day_text(const Moment& m) {
  return year_text(m) + "-" + (m.month ? digits(m.month, 2) : "XX") + "-" + (m.day ? digits(m.day, 2) : "XX");
}
}  // namespace

std::string format_value(const Moment& m) {
  if (!m.literal.empty()) return m.literal;
  switch (m.grain) {
    case Grain::Century: return m.year == kUnknownYear ? "XX" : digits(m.year / 100, 2);
    case Grain::Decade: return m.year == kUnknownYear ? "XXX" : digits(m.year / 10, 3);
    case Grain::Year: return year_text(m);
    case Grain::Half: return year_text(m) + "-H" + std::to_string(m.number);
    case Grain::Quarter: return year_text(m) + "-Q" + std::to_string(m.number);
    case Grain::Season: return year_text(m) + "-" + m.code;
    case Grain::Month: return year_text(m) + "-" + (m.month ? digits(m.month, 2) : "XX");
    case Grain::Week:
      return (m.week ? year_text(m) + "-W" + digits(m.week, 2) : "XXXX-WXX") + (m.code.empty() ? "" : "-" + m.code);
    case Grain::Day:
      if (m.weekday) return "XXXX-WXX-" + std::to_string(m.weekday);
      return day_text(m);
    case Grain::DayPart:
      return (m.weekday ? "XXXX-WXX-" + std::to_string(m.weekday) : day_text(m)) + "T" + m.code;
    case Grain::Minute:
      return (m.weekday ? "XXXX-WXX-" + std::to_string(m.weekday) : day_text(m)) + "T" +
             digits(m.hour, 2) + ":" + digits(m.minute, 2);
    case Grain::None: break;
  }
  return "";
}

Moment moment_at(CivilDate date, Grain grain, TimeAnchor anchor) {
  Moment m;
  m.grain = grain;
  m.anchor = anchor;
  m.year = date.year;
  switch (grain) {
    case Grain::Week: {
      auto week = calendar::iso_week(date);
      m.year = week.year;
      m.week = week.week;
      break;
    }
    case Grain::Quarter: m.number = (date.month - 1) / 3 + 1; break;
    case Grain::Half: m.number = (date.month - 1) / 6 + 1; break;
    case Grain::Month: m.month = date.month; break;
    case Grain::Day: case Grain::DayPart: case Grain::Minute:
      m.month = date.month;
      m.day = date.day;
      break;
    default: break;
  }
  return m;
}

Moment day_moment(CivilDate date, TimeAnchor anchor) { return moment_at(date, Grain::Day, anchor); }

std::optional<CivilDate> first_day(const Moment& m) {
  if (m.year == kUnknownYear || !m.literal.empty() || m.weekday) return std::nullopt;
  if (m.grain == Grain::Week) return calendar::iso_week_monday(m.year, m.week);
  return CivilDate{m.year, m.month ? m.month : 1, m.day ? m.day : 1};
}

Moment DateResolver::day_month(int month, int day, int direction) const {
  Moment m;
  m.grain = Grain::Day;
  m.month = month;
  m.day = day;
  m.anchor = TimeAnchor::Unresolved;
  if (!knows_month()) return m;
  const CivilDate& ref = reference_->date;
  int year = ref.year;
  bool after = month > ref.month || (month == ref.month && day > (knows_day() ? ref.day : 31));
  bool before = month < ref.month || (month == ref.month && day < (knows_day() ? ref.day : 1));
  if (direction < 0 && after) --year;
  if (direction > 0 && before) ++year;
  // No tense says which way: the nearest such day, the earlier one on a tie ("Dec. 15" in a
  // report of October 30 is six weeks ahead, "Oct. 13" two weeks back).
  if (direction == 0 && knows_day()) {
    const long today = calendar::days_from_civil(ref);
    long best = -1;
    for (int y : {ref.year - 1, ref.year, ref.year + 1}) {
      if (!calendar::valid(y, month, day)) continue;
      const long gap = std::labs(calendar::days_from_civil({y, month, day}) - today);
      if (best < 0 || gap < best) best = gap, year = y;
    }
  }
  // "29/2" in a common year: the nearest leap year the same way (past by default, ahead in future).
  for (int step = 0; month == 2 && day == 29 && step < 8 && calendar::days_in_month(year, 2) < 29; ++step)
    year += direction > 0 ? 1 : -1;
  m.year = year;
  m.anchor = TimeAnchor::Publication;
  return m;
}

Moment DateResolver::month(int month, int direction) const {
  Moment m;
  m.grain = Grain::Month;
  m.month = month;
  m.anchor = TimeAnchor::Unresolved;
  if (!knows_month()) return m;
  const CivilDate& ref = reference_->date;
  m.year = ref.year - (direction < 0 && month > ref.month) + (direction > 0 && month < ref.month);
  // No tense: the nearest such month, the earlier one on a tie ("January" in October is the
  // coming one, "September" the last).
  if (direction == 0) m.year = month - ref.month > 6 ? ref.year - 1 : month - ref.month < -5 ? ref.year + 1 : ref.year;
  m.anchor = TimeAnchor::Publication;
  return m;
}

Moment DateResolver::season(const std::string& code, int direction) const {
  Moment m;
  m.grain = Grain::Season;
  m.code = code;
  m.anchor = TimeAnchor::Unresolved;
  if (!knows_month()) return m;
  // A season is dated by the year it starts in (winter 2024 = Dec 2024 - Feb 2025).
  int start = code == "SP" ? 3 : code == "SU" ? 6 : code == "FA" ? 9 : 12;
  const CivilDate& ref = reference_->date;
  int season_year = ref.month >= start ? ref.year : ref.year - 1;  // the latest that has begun
  if (code == "WI" && ref.month <= 2) season_year = ref.year - 1;
  bool current = (ref.month >= start && ref.month < start + 3) || (code == "WI" && ref.month <= 2);
  if (direction > 0 && !current) ++season_year;
  m.year = season_year;
  m.anchor = TimeAnchor::Publication;
  return m;
}

Moment DateResolver::weekday(int weekday, int relative, int direction) const {
  Moment m;
  m.grain = Grain::Day;
  if (!knows_day()) {
    m.weekday = weekday;
    m.anchor = TimeAnchor::Unresolved;
    return m;
  }
  CivilDate ref = reference_->date;
  int today = calendar::iso_weekday(ref);
  int offset = weekday - today;  // "this Thursday": the Thursday of the reference's week
  bool strictly = relative != 2;   // "last Thursday" on a Thursday is a week back; bare is today
  int way = relative == 2 ? (direction > 0 ? 1 : -1) : relative;
  if (way < 0 && (offset > 0 || (strictly && offset == 0))) offset -= 7;
  // The publication's own weekday, bare, is that day whatever the tense ("on Friday" in a
  // Friday report); "next Friday" on a Friday is a week ahead.
  if (way > 0 && (offset < 0 || (strictly && offset == 0))) offset += 7;
  return day_moment(calendar::add_days(ref, offset), TimeAnchor::Publication);
}

// A weekday with a day of the month names one date: the reference's month when its day `day` is
// that weekday (whatever the tense, like "on the 18th"), else the nearest such month in
// `direction`, back by default. Unresolved (XXXX-WXX-n) without a reference or a match in 3 years.
Moment DateResolver::weekday_day(int weekday, int day, int direction) const {
  Moment m;
  m.grain = Grain::Day, m.weekday = weekday, m.anchor = TimeAnchor::Unresolved;
  if (!knows_month()) return m;
  CivilDate first{reference_->date.year, reference_->date.month, 1};
  for (int step = 0; step < 36; ++step) {
    CivilDate month = calendar::add_months(first, direction > 0 ? step : -step);
    if (calendar::valid(month.year, month.month, day) && calendar::iso_weekday({month.year, month.month, day}) == weekday)
      return day_moment({month.year, month.month, day}, TimeAnchor::Publication);
  }
  return m;
}

Moment DateResolver::relative_day(int offset) const {
  if (!knows_day()) {
    Moment m;
    m.grain = Grain::Day;
    m.anchor = TimeAnchor::Unresolved;
    return m;
  }
  return day_moment(calendar::add_days(reference_->date, offset), TimeAnchor::Publication);
}

Moment DateResolver::shifted(TimeUnit unit, int n) const {
  Grain grain = grain_of(unit);
  bool enough = grain == Grain::Day || grain == Grain::Week ? knows_day()
                : grain == Grain::Month || grain == Grain::Quarter || grain == Grain::Half ? knows_month()
                                                                                             : knows_year();
  if (!enough) {
    Moment m;
    m.grain = grain;
    m.anchor = TimeAnchor::Unresolved;
    return m;
  }
  CivilDate date = reference_->date;
  switch (unit) {
    case TimeUnit::Year: date.year += n; break;
    case TimeUnit::Decade: date.year += 10 * n; break;
    case TimeUnit::Century: date.year += 100 * n; break;
    case TimeUnit::Month: date = calendar::add_months(date, n); break;
    case TimeUnit::Quarter: date = calendar::add_months(date, 3 * n); break;
    case TimeUnit::Half: date = calendar::add_months(date, 6 * n); break;
    case TimeUnit::Week: date = calendar::add_days(date, 7L * n); break;
    case TimeUnit::Day: date = calendar::add_days(date, n); break;
    default: break;  // hours and minutes: the day of the reference
  }
  return moment_at(date, grain, TimeAnchor::Publication);
}

std::optional<Moment> DateResolver::moved(TimeUnit unit, int n, const Moment* from) const {
  bool clock = unit == TimeUnit::Hour || unit == TimeUnit::Minute;
  std::optional<CivilDate> base = from ? first_day(*from) : std::nullopt;
  if (from ? !base || from->grain < Grain::Day : !knows_day()) return std::nullopt;
  if (!from && !clock) return shifted(unit, n);
  if (!from) base = reference_->date;
  int minutes = from ? (from->grain == Grain::Minute ? from->hour * 60 + from->minute : -1)
                     : (reference_->hour >= 0 ? reference_->hour * 60 + reference_->minute : -1);
  if (clock) {
    if (minutes < 0) return std::nullopt;
    long total = calendar::days_from_civil(*base) * 1440L + minutes + (unit == TimeUnit::Hour ? 60L : 1L) * n;
    long days = total >= 0 ? total / 1440 : (total - 1439) / 1440;
    Moment m = moment_at(calendar::civil_from_days(days), Grain::Minute, TimeAnchor::Publication);
    m.type = "TIME", m.hour = static_cast<int>((total - days * 1440) / 60), m.minute = static_cast<int>(total % 60 + 60) % 60;
    return m;
  }
  CivilDate date = *base;
  switch (unit) {
    case TimeUnit::Year: date = calendar::add_months(date, 12 * n); break;
    case TimeUnit::Month: date = calendar::add_months(date, n); break;
    case TimeUnit::Week: date = calendar::add_days(date, 7L * n); break;
    case TimeUnit::Day: date = calendar::add_days(date, n); break;
    default: return std::nullopt;
  }
  Moment m = day_moment(date, from->anchor);
  if (from->grain == Grain::Minute) m.grain = Grain::Minute, m.type = "TIME", m.hour = from->hour, m.minute = from->minute;
  return m;
}

Moment DateResolver::year_of_reference(Grain grain) const {
  Moment m;
  m.grain = grain;
  m.anchor = TimeAnchor::Unresolved;
  if (!knows_year()) return m;
  m.year = reference_->date.year;
  m.anchor = TimeAnchor::Publication;
  return m;
}

}  // namespace storyline
