// Holiday dates from holidays.txt values: fixed ("12-25"), Easter-based ("EASTER-2", Good
// Friday), or the nth weekday of a month ("11-4#4", the 4th Thursday of November; "05-1#L", the
// last Monday of May), each with an optional day offset ("11-4#4+1", the day after); a trailing
// "/W" names the ISO week around that date ("EASTER/W", Holy Week).
#pragma once

#include <optional>
#include <string_view>

#include "recognize/dates/date_calendar.h"
#include "recognize/dates/date_moment.h"

namespace storyline {

// Whether `value` is a holiday value this module reads.
bool valid_holiday(std::string_view value);
// The holiday's date in `year`, nullopt for a malformed value or a date that year lacks.
std::optional<calendar::CivilDate> holiday_date(std::string_view value, int year);
// Easter Sunday (Gregorian computus, Meeus/Jones/Butcher).
calendar::CivilDate easter_sunday(int year);
// The holiday as a moment: its day, or its ISO week for a "/W" value.
Moment holiday_moment(std::string_view value, calendar::CivilDate date, TimeAnchor anchor);
// The occurrence nearest the reference on its `direction` side (-1 on or before, +1 on or after).
// Without a reference: "XXXX-MM-DD" for a fixed date, nullopt for a movable one.
std::optional<Moment> resolve_holiday(std::string_view value, const DateResolver& resolver, int direction);

}  // namespace storyline
