#include "extract/published_date.h"

#include <re2/re2.h>

#include <cstdio>
#include <ctime>
#include <map>

#include "util/text.h"

namespace storyline {
namespace {

bool valid_day(int year, int month, int day) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days[month - 1];
}

PublishedDate make_day(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return {buffer, DatePrecision::Day, DateSource::None};
}

PublishedDate make_month(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return {buffer, DatePrecision::Month, DateSource::None};
}

// Seconds precision, normalised to UTC by subtracting the written offset.
PublishedDate make_instant(int year, int month, int day, int hour, int minute, int second,
                           int offset_minutes) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  std::time_t t = timegm(&tm) - static_cast<std::time_t>(offset_minutes) * 60;
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return {buffer, DatePrecision::Second, DateSource::None};
}

int parse_offset(const std::string& zone) {
  if (zone.empty() || zone == "Z" || zone == "z" || zone == "GMT" || zone == "UTC" || zone == "UT")
    return 0;
  int hours = 0, minutes = 0;
  char sign = zone[0];
  if ((sign == '+' || sign == '-') &&
      (std::sscanf(zone.c_str() + 1, "%2d:%2d", &hours, &minutes) >= 1)) {
    int total = hours * 60 + minutes;
    return sign == '-' ? -total : total;
  }
  static const std::map<std::string, int> named = {{"EST", -300}, {"EDT", -240}, {"CST", -360},
                                                   {"CDT", -300}, {"MST", -420}, {"MDT", -360},
                                                   {"PST", -480}, {"PDT", -420}};
  auto it = named.find(zone);
  return it == named.end() ? 0 : it->second;
}

std::optional<PublishedDate> parse_iso(std::string_view text) {
  static const RE2 iso(
      R"((\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?.*)");
  std::string year, month, day, hour, minute, second, zone;
  if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), iso, &year, &month, &day, &hour,
                      &minute, &second, &zone))
    return std::nullopt;
  int y = std::stoi(year), m = std::stoi(month);
  if (day.empty()) {
    if (!valid_day(y, m, 1)) return std::nullopt;
    return make_month(y, m);
  }
  int d = std::stoi(day);
  if (!valid_day(y, m, d)) return std::nullopt;
  if (hour.empty()) return make_day(y, m, d);
  // A midnight time without zone is usually a date stored as a timestamp: keep day precision.
  if (zone.empty() && hour == "00" && minute == "00" && (second.empty() || second == "00"))
    return make_day(y, m, d);
  if (zone.size() == 5 && zone[3] != ':') zone.insert(3, ":");
  return make_instant(y, m, d, std::stoi(hour), std::stoi(minute),
                      second.empty() ? 0 : std::stoi(second), parse_offset(zone));
}

// Dates written in words: "march 20, 2025", "mar. 20 2025", "20 march 2025", "20 de marzo de
// 2025", and when `month_only_ok`, "march 2025".
std::optional<PublishedDate> parse_written(std::string_view text, const ExtractResources& resources,
                                           bool month_only_ok) {
  static const RE2 month_day_year(R"((\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))");
  static const RE2 day_month_year(R"((\d{1,2})(?:º|°)?\s+(?:de\s+)?(\pL+)\.?,?\s+(?:de\s+|del\s+)?(\d{4}))");
  static const RE2 month_year(R"((\pL+)\.?\s+(?:de\s+|del\s+)?(\d{4}))");
  const auto& months = resources.months;
  std::string lowered = unicode_lower(text);
  re2::StringPiece input(lowered);
  std::string a, b, c;
  while (RE2::FindAndConsume(&input, month_day_year, &a, &b, &c)) {
    auto month = months.find(a);
    if (month == months.end()) continue;
    int y = std::stoi(c), d = std::stoi(b);
    if (valid_day(y, month->second, d)) return make_day(y, month->second, d);
  }
  input = lowered;
  while (RE2::FindAndConsume(&input, day_month_year, &a, &b, &c)) {
    auto month = months.find(b);
    if (month == months.end()) continue;
    int y = std::stoi(c), d = std::stoi(a);
    if (valid_day(y, month->second, d)) return make_day(y, month->second, d);
  }
  input = lowered;
  while (month_only_ok && RE2::FindAndConsume(&input, month_year, &a, &b)) {
    auto month = months.find(a);
    if (month != months.end() && valid_day(std::stoi(b), month->second, 1))
      return make_month(std::stoi(b), month->second);
  }
  return std::nullopt;
}

// Dates written with digits only: ISO "2025-03-20" (also "2025 - 03 - 20" as tokenized text
// prints it), and day/month/year with slashes or dots when only one reading is possible
// ("25/03/2025", "3/25/2025", "4/4/2025"); "05/02/2013" could be May 2 or February 5 and is left.
std::optional<PublishedDate> parse_numeric(std::string_view text) {
  static const RE2 iso(R"((?:^|[^\d])((?:19|20)\d{2})\s?-\s?(\d{2})\s?-\s?(\d{2})(?:[^\d]|$))");
  static const RE2 slashed(R"((?:^|[^\d])(\d{1,2})\s?[/.]\s?(\d{1,2})\s?[/.]\s?((?:19|20)\d{2})(?:[^\d]|$))");
  re2::StringPiece input(text.data(), text.size());
  std::string a, b, c;
  if (RE2::PartialMatch(input, iso, &a, &b, &c)) {
    int y = std::stoi(a), m = std::stoi(b), d = std::stoi(c);
    if (valid_day(y, m, d)) return make_day(y, m, d);
  }
  if (RE2::PartialMatch(input, slashed, &a, &b, &c)) {
    int first = std::stoi(a), second = std::stoi(b), y = std::stoi(c);
    bool day_first = first > 12 && second <= 12, month_first = second > 12 && first <= 12;
    if (first == second || month_first) return valid_day(y, first, second) ? std::optional(make_day(y, first, second)) : std::nullopt;
    if (day_first) return valid_day(y, second, first) ? std::optional(make_day(y, second, first)) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<PublishedDate> parse_date(std::string_view text, const ExtractResources& resources) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (auto iso = parse_iso(text)) return iso;
  // RFC 822: "Thu, 20 Mar 2025 14:05:00 GMT" or "+0100".
  static const RE2 rfc822(R"((?:\w+,\s*)?(\d{1,2})\s+(\w+)\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,4})?.*)");
  std::string day, month, year, hour, minute, second, zone;
  if (RE2::FullMatch(re2::StringPiece(text.data(), text.size()), rfc822, &day, &month, &year,
                     &hour, &minute, &second, &zone)) {
    static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string lowered = ascii_lower(month.substr(0, 3));
    for (int m = 1; m <= 12; ++m) {
      if (lowered != names[m - 1]) continue;
      int y = std::stoi(year), d = std::stoi(day);
      if (!valid_day(y, m, d)) break;
      if (zone.size() == 5) zone.insert(3, ":");
      return make_instant(y, m, d, std::stoi(hour), std::stoi(minute),
                          second.empty() ? 0 : std::stoi(second), parse_offset(zone));
    }
  }
  return parse_written(text, resources, /*month_only_ok=*/true);
}

std::optional<PublishedDate> date_from_url(std::string_view url) {
  static const RE2 slashed(
      R"([/_-]((?:19|20)\d{2})[/_-](\d{1,2})(?:([/_-])(\d{1,2}))?([/_.-]|$))");
  static const RE2 compact(R"(/((?:19|20)\d{2})(\d{2})(\d{2})/)");
  std::string year, month, day, separator, after;
  re2::StringPiece input(url.data(), url.size());
  bool found = RE2::PartialMatch(input, slashed, &year, &month, &separator, &day, &after);
  // "/2013/08/5-thoughts-on-...": the number opens the slug; it is not a day.
  if (found && separator == "/" && after == "-") day.clear();
  if (found || RE2::PartialMatch(input, compact, &year, &month, &day)) {
    int y = std::stoi(year), m = std::stoi(month);
    if (!day.empty() && valid_day(y, m, std::stoi(day))) return make_day(y, m, std::stoi(day));
    if (day.empty() && valid_day(y, m, 1)) return make_month(y, m);
  }
  return std::nullopt;
}

std::optional<PublishedDate> find_date_in_text(std::string_view text,
                                               const ExtractResources& resources) {
  if (auto written = parse_written(text, resources, /*month_only_ok=*/false)) return written;
  return parse_numeric(text);
}

std::optional<int> year_stated_for(int month, int day, std::string_view text,
                                   const ExtractResources& resources) {
  static const RE2 month_day_year(R"((\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))");
  static const RE2 day_month_year(R"((\d{1,2})(?:º|°)?\s+(?:de\s+)?(\pL+)\.?,?\s+(?:de\s+|del\s+)?(\d{4}))");
  std::string lowered = unicode_lower(text);
  std::optional<int> year;
  bool conflicting = false;
  auto consider = [&](const std::string& month_word, const std::string& day_digits,
                      const std::string& year_digits) {
    auto found = resources.months.find(month_word);
    if (found == resources.months.end() || found->second != month || std::stoi(day_digits) != day)
      return;
    int y = std::stoi(year_digits);
    if (!valid_day(y, month, day)) return;
    if (year && *year != y) conflicting = true;
    year = y;
  };
  std::string a, b, c;
  re2::StringPiece input(lowered);
  while (RE2::FindAndConsume(&input, month_day_year, &a, &b, &c)) consider(a, b, c);
  input = lowered;
  while (RE2::FindAndConsume(&input, day_month_year, &a, &b, &c)) consider(b, a, c);
  if (conflicting) return std::nullopt;
  return year;
}

}  // namespace storyline
