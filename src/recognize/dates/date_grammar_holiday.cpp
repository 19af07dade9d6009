// Holidays of holidays.txt: fixed, Easter-based and nth-weekday dates (see date_holiday.h).
#include <charconv>
#include <string>

#include "recognize/dates/date_holiday.h"

namespace storyline {

namespace {
struct HolidayRule {
  enum Kind { Fixed, Easter, NthWeekday } kind = Fixed;
  int month = 0, day = 0, weekday = 0, nth = 0;  // nth -1: the last
  int offset = 0;
};

bool read_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

std::optional<HolidayRule> parse_rule(std::string_view value) {
  HolidayRule rule;
  if (value.ends_with("/W")) value.remove_suffix(2);  // the ISO week around the date
  std::string_view base = value;
  // A trailing day offset "+N" / "-N" (after "EASTER" or a "#N" rule).
  std::size_t sign = value.find_last_of("+-");
  bool movable = value.starts_with("EASTER") || value.find('#') != std::string_view::npos;
  if (movable && sign != std::string_view::npos && sign > 0 && sign > value.find_last_of("#R")) {
    int n = 0;
    if (!read_int(value.substr(sign + 1), n)) return std::nullopt;
    rule.offset = value[sign] == '-' ? -n : n;
    base = value.substr(0, sign);
  }
  if (base == "EASTER") {
    rule.kind = HolidayRule::Easter;
    return rule;
  }
  std::size_t dash = base.find('-');
  if (dash == std::string_view::npos || !read_int(base.substr(0, dash), rule.month) || rule.month < 1 || rule.month > 12)
    return std::nullopt;
  std::string_view rest = base.substr(dash + 1);
  if (std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rule.kind = HolidayRule::NthWeekday;
    if (!read_int(rest.substr(0, hash), rule.weekday) || rule.weekday < 1 || rule.weekday > 7) return std::nullopt;
    std::string_view nth = rest.substr(hash + 1);
    if (nth == "L") rule.nth = -1;
    else if (!read_int(nth, rule.nth) || rule.nth < 1 || rule.nth > 5) return std::nullopt;
    return rule;
  }
  if (!read_int(rest, rule.day) || rule.day < 1 || rule.day > 31) return std::nullopt;
  return rule;
}
}  // namespace

calendar::CivilDate easter_sunday(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

bool valid_holiday(std::string_view value) { return parse_rule(value).has_value(); }

std::optional<calendar::CivilDate> holiday_date(std::string_view value, int year) {
  auto rule = parse_rule(value);
  if (!rule) return std::nullopt;
  calendar::CivilDate date;
  switch (rule->kind) {
    case HolidayRule::Fixed:
      if (!calendar::valid(year, rule->month, rule->day)) return std::nullopt;
      return calendar::CivilDate{year, rule->month, rule->day};
    case HolidayRule::Easter:
      date = easter_sunday(year);
      break;
    case HolidayRule::NthWeekday: {
      if (rule->nth > 0) {
        calendar::CivilDate first{year, rule->month, 1};
        int shift = (rule->weekday - calendar::iso_weekday(first) + 7) % 7 + 7 * (rule->nth - 1);
        date = calendar::add_days(first, shift);
        if (date.month != rule->month) return std::nullopt;
      } else {
        calendar::CivilDate last{year, rule->month, calendar::days_in_month(year, rule->month)};
        date = calendar::add_days(last, -((calendar::iso_weekday(last) - rule->weekday + 7) % 7));
      }
      break;
    }
  }
  return calendar::add_days(date, rule->offset);
}

std::optional<Moment> resolve_holiday(std::string_view value, const DateResolver& resolver, int direction) {
  auto rule = parse_rule(value);
  if (!rule) return std::nullopt;
  if (rule->kind == HolidayRule::Fixed) return resolver.day_month(rule->month, rule->day, direction);
  if (!resolver.knows_month()) return std::nullopt;
  calendar::CivilDate today = resolver.today();
  long ref = calendar::days_from_civil(today);
  bool knows_day = resolver.knows_day();
  auto date = holiday_date(value, today.year);
  if (!date) return std::nullopt;
  long at = calendar::days_from_civil(*date);
  // Without a known day, the reference month counts as "now" for both sides.
  bool after = knows_day ? at > ref : date->month > today.month;
  bool before = knows_day ? at < ref : date->month < today.month;
  if ((direction < 0 && after) || (direction > 0 && before)) {
    date = holiday_date(value, today.year + (direction < 0 ? -1 : 1));
    if (!date) return std::nullopt;
  }
  return holiday_moment(value, *date, TimeAnchor::Publication);
}

Moment holiday_moment(std::string_view value, calendar::CivilDate date, TimeAnchor anchor) {
  return value.ends_with("/W") ? moment_at(date, Grain::Week, anchor) : day_moment(date, anchor);
}

}  // namespace storyline
