// Round 9 of the temporal tagger, one table:
// - "next/previous N business (working) days": N weekdays counted from the reference day, with the
//   first of them as begin and the day after the last as end (value PnBD);
// - "the week of the 18th", "the week of October 31": the ISO week holding that day;
// - a range joined by "to" without an opening word when a year after it says it is one ("26 june
//   to 28 june in 2020"); an end opened by "this"/"next" keeps its own year ("from this May to Oct
//   2027");
// - compound ordinals written with a space ("February twenty second");
// - an end hour earlier than the start right after a weekday reads into the afternoon ("Monday
//   12-4" is noon to 4 pm).
// Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

using Row = date_table::ValueRow;

using date_table::resources;

constexpr const char* R = "2025-08-14";

std::vector<TimeExpression> run(const std::string& text, const char* lang = "en") {
  return recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {lang, R, false}, resources());
}

const Row kRows[] = {
    // Business days.
    {"en", "Set something up for the next 4 business days.", "next 4 business days", "P4BD", "DURATION"},
    {"en", "Sales fell in the previous three working days.", "previous three working days", "P3BD", "DURATION"},
    // Unchanged: plain days.
    {"en", "Set something up for the next 4 days.", "next 4 days", "P4D", "DURATION"},
    // The week of a day.
    {"en", "Set something up for the week of the 18th.", "the week of the 18th", "2025-W29"},  // July 18: the sentence looks back
    {"en", "Set something up for the week of October 31.", "the week of October 31", "2024-W44"},
    // Unchanged: the Nth week of a month.
    {"en", "Sales in the first week of 2015 rose.", "first week of 2015", "2015-W01"},
    // Ranges.
    {"en", "I will travel in Japan on 26 june to 28 june in 2020.", "26 june to 28 june in 2020",
     "2020-06-26/2020-06-28"},
    {"en", "I will leave from this May to Oct 2027.", "from this May to Oct 2027", "2025-05/2027-10"},
    // Unchanged: "to" between two days without a year after them is no range.
    {"en", "Prices rose 5 June to 8 June.", "5 June", "2025-06-05"},
    {"en", "The show runs from May to Oct 2027.", "from May to Oct 2027", "2027-05/2027-10"},
    // Compound ordinals with a space.
    {"en", "Let's meet on february twenty second.", "february twenty second", "2025-02-22"},
    // Unchanged: a count of seconds.
    {"en", "It took twenty seconds.", "twenty seconds", "PT20S", "DURATION"},
    // An end hour earlier than the start after a weekday.
    {"en", "Cortana can help us find a time Monday 12-4.", "Monday 12-4", "2025-08-11T12:00/2025-08-11T16:00",
     "TIME"},
    {"en", "Cortana can help us find a time Monday 11-4.", "Monday 11-4", "2025-08-11T11:00/2025-08-11T16:00",
     "TIME"},
    // Unchanged: an end later than the start; a score after a verb.
    {"en", "Where were you Monday 3-8?", "Monday 3-8", "2025-08-11T03:00/2025-08-11T08:00", "TIME"},
    {"en", "The team lost 12-4 on Tuesday.", "12-4", ""},
};

TEST(DatesRound9, Rows) {
  for (const Row& row : kRows) date_table::check_value_row(row, R);
}

// Business days skip the weekend: from Thursday 2025-08-14, the next four are Fri 15 to Wed 20,
// the previous three Mon 11 to Wed 13.
TEST(DatesRound9, BusinessDayBounds) {
  auto next = run("Set something up for the next 4 business days.");
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].begin, "2025-08-15");
  EXPECT_EQ(next[0].end, "2025-08-21");
  auto previous = run("Sales fell in the previous three working days.");
  ASSERT_EQ(previous.size(), 1u);
  EXPECT_EQ(previous[0].begin, "2025-08-11");
  EXPECT_EQ(previous[0].end, "2025-08-14");
}

}  // namespace
}  // namespace storyline
