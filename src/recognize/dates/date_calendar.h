// Proleptic Gregorian calendar arithmetic for resolving relative dates. Pure functions on plain
// integers; days are counted from 1970-01-01 so shifting by days is one addition.
#pragma once

#include <optional>
#include <string_view>

namespace storyline::calendar {

struct CivilDate {
  int year = 0, month = 1, day = 1;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

long days_from_civil(CivilDate date);
CivilDate civil_from_days(long days);
int days_in_month(int year, int month);
int iso_weekday(CivilDate date);  // Monday 1 .. Sunday 7
CivilDate add_days(CivilDate date, long days);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
CivilDate add_months(CivilDate date, int months);
struct IsoWeek { int year = 0, week = 0; };
IsoWeek iso_week(CivilDate date);
// The Monday of ISO week `week` of `year`.
CivilDate iso_week_monday(int year, int week);
bool valid(int year, int month, int day);

// A publication date as given in DateContext: "2025-08-14", "2025-08-14T10:00:00Z", "2025-08",
// "2025". Empty or unparsable text gives nullopt. `precision` is 3 (day), 2 (month) or 1 (year).
struct Reference {
  CivilDate date;
  int precision = 3;
  int hour = -1, minute = 0;  // the time of day when the text gives one ("2025-08-14T10:30")
};
std::optional<Reference> parse_reference(std::string_view text);

}  // namespace storyline::calendar
