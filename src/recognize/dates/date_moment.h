// Moment: what a time expression denotes, before it is written as a TimeML value, and
// DateResolver: the calendar reasoning that fixes relative moments against a reference date.
#pragma once

#include <climits>
#include <optional>
#include <string>

#include "recognize/dates/date_calendar.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

enum class Grain : std::uint8_t { None, Century, Decade, Year, Half, Quarter, Season, Month, Week, Day, DayPart, Minute };

// Calendar units as resources name them (units.txt values): Y M W D H MIN S DE CE Q HALF.
enum class TimeUnit : std::uint8_t { None, Year, Month, Week, Day, Hour, Minute, Second, Decade, Century, Quarter, Half };
TimeUnit parse_unit(std::string_view code);
Grain grain_of(TimeUnit unit);
// "P3M", "PT48H", "PXDE": `amount` < 0 means an unspecified amount (X).
std::string duration_value(double amount, TimeUnit unit);

constexpr int kUnknownYear = INT_MIN;

struct Moment {
  std::string type = "DATE";
  Grain grain = Grain::None;
  int year = kUnknownYear, month = 0, day = 0;  // 0: not known
  int week = 0;                                 // ISO week when grain == Week (year = ISO year)
  int number = 0;                               // quarter or half
  std::string code;                             // season ("SU") or part of day ("MO")
  int hour = -1, minute = 0;
  int weekday = 0;                              // only for an unresolved weekday (XXXX-WXX-4)
  std::string literal;                          // the whole value when it is not calendar-shaped
  double amount = 0;                            // a duration's count (-1: unspecified) and unit
  std::string unit;
  std::string mod;
  TimeAnchor anchor = TimeAnchor::Absolute;
  std::string begin, end;
  // "two days later": `shift` units after the previous date in the text, fixed after the pass.
  bool from_text = false;
  int shift = 0;
  TimeUnit shift_unit = TimeUnit::None;
};

std::string format_value(const Moment& moment);
Moment day_moment(calendar::CivilDate date, TimeAnchor anchor);
// A moment at `grain` containing `date`.
Moment moment_at(calendar::CivilDate date, Grain grain, TimeAnchor anchor);
// The first day of a resolved moment (month 1/day 1 filled in), nullopt when its year is unknown.
std::optional<calendar::CivilDate> first_day(const Moment& moment);

// Direction for resolving underspecified dates: -1 the nearest before the reference (news
// default), +1 the nearest after (future tense or "next").
class DateResolver {
 public:
  explicit DateResolver(std::optional<calendar::Reference> reference) : reference_(reference) {}
  bool knows_day() const { return reference_ && reference_->precision >= 3; }
  bool knows_month() const { return reference_ && reference_->precision >= 2; }
  bool knows_year() const { return reference_.has_value(); }
  calendar::CivilDate today() const { return reference_->date; }

  Moment day_month(int month, int day, int direction) const;
  Moment month(int month, int direction) const;
  Moment season(const std::string& code, int direction) const;
  // relative: -1 "last", 0 "this", +1 "next", 2 bare ("on Thursday") resolved by `direction`.
  Moment weekday(int weekday, int relative, int direction) const;
  // "Wed 13th", "el martes 25": the month whose `day` is that weekday, the reference's month first.
  Moment weekday_day(int weekday, int day, int direction) const;
  Moment relative_day(int offset) const;
  // "last week" (n = -1), "two years ago" (n = -2) at the unit's own grain.
  Moment shifted(TimeUnit unit, int n) const;
  Moment year_of_reference(Grain grain) const;
  // `n` units after (before when negative) `from`, a day or a clock time, or the reference
  // ("now") when `from` is null: "in two weeks", "three days after Christmas", "in 5 minutes".
  // A day anchor gives a day; "now" gives the unit's grain. Nullopt when it cannot be known.
  std::optional<Moment> moved(TimeUnit unit, int n, const Moment* from) const;

 private:
  std::optional<calendar::Reference> reference_;
};

}  // namespace storyline
