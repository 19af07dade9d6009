// Round 8 of the temporal tagger, one table:
// - decades with a detached "s" ("1990 s") and centuries by their ordinal ("the 15th century"),
//   both with their first and last day as begin and end;
// - a month and its day joined by a fused slash ("Oct/2") or by a comma before an ordinal
//   ("October, 1st");
// - a number range right after a weekday is a clock range on that day ("Monday 8-9am"), not the
//   day of the month;
// - "all" before a singular unit is one whole unit ("all day" = P1D); "couple" alone counts 2;
// - a year after "in" completes a date ("28 June in 2020", "April in 2016");
// - a weekday after a relative week is that day of the week ("next week on Tuesday").
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
    // Decades and centuries.
    {"en", "Who were presidents in 1990 s.", "1990 s", "199"},
    {"en", "Crime fell sharply in the 1990s.", "1990s", "199"},
    {"en", "It happened in the 15th century.", "15th century", "14"},
    {"en", "Records of the 21st century are digital.", "21st century", "20"},
    // Unchanged: a year, a possessive after a plain number.
    {"en", "The law passed in 1990.", "1990", "1990"},
    // A year modifies a singular noun after a determiner; a plural noun is counted.
    {"en", "His 1996 campaign failed.", "1996", "1996"},
    {"en", "The 2000 people at the rally left.", "2000", ""},
    // A month and its day.
    // A future cue sends a day without its year ahead; no tense cue, the nearest (TimeML's
    // reading of news, docs/accuracy.md): both are this October, seven weeks after August 14.
    {"en", "I'll go back Oct/2.", "Oct/2", "2025-10-02"},
    {"en", "Set something up for October, 1st.", "October, 1st", "2025-10-01"},
    {"en", "The storm hit Jan/3.", "Jan/3", "2025-01-03"},
    // Unchanged: a count after a month and comma is no day.
    {"en", "In October, 12 people died.", "October", "2024-10"},
    {"en", "Sales fell in Dec/2018.", "Dec/2018", "2018-12"},
    // A number range after a weekday: a clock range on that day.
    {"en", "Monday 8-9am works.", "Monday 8-9am", "2025-08-11T08:00/2025-08-11T09:00", "TIME"},
    {"en", "Where were you Monday 3-8?", "Monday 3-8", "2025-08-11T03:00/2025-08-11T08:00", "TIME"},
    // Unchanged: a day of the month after the weekday.
    {"en", "The talks ended on Monday 11 August.", "Monday 11 August", "2025-08-11"},
    // Whole units and a bare "couple".
    {"en", "It rained all day.", "all day", "P1D", "DURATION"},
    {"en", "The shop stays open all month.", "all month", "P1M", "DURATION"},
    {"en", "They met a couple weeks ago.", "a couple weeks ago", "2025-W31"},
    {"en", "It will take couple weeks.", "couple weeks", "P2W", "DURATION"},
    // Unchanged: "all" before a plural is no count.
    {"en", "Lines formed at all hours.", "all hours", ""},
    // A year after "in".
    {"en", "They will travel on 28 June in 2020.", "28 June in 2020", "2020-06-28"},
    {"en", "They will travel on June 28 in 2020.", "June 28 in 2020", "2020-06-28"},
    {"en", "The plant opened in April in 2016.", "April in 2016", "2016-04"},
    // Unchanged: "in" before a count is no year.
    {"en", "Prices rose on June 28 in 12 states.", "June 28", "2025-06-28"},
    // A weekday after a relative week.
    {"en", "We meet next week on Tuesday.", "next week on Tuesday", "2025-08-19"},
    {"en", "Call me next week Mon.", "next week Mon", "2025-08-18"},
    {"en", "It opened last week Friday.", "last week Friday", "2025-08-08"},
    // Unchanged: the week alone.
    {"en", "We meet next week.", "next week", "2025-W34"},
    {"en", "The bill last week sat in committee.", "last week", "2025-W32"},
};

TEST(DatesRound8, Rows) {
  for (const Row& row : kRows) date_table::check_value_row(row, R);
}

// Decades and centuries carry their first and last day.
TEST(DatesRound8, DecadeAndCenturyBounds) {
  auto decade = run("Crime fell sharply in the 1990s.");
  ASSERT_EQ(decade.size(), 1u);
  EXPECT_EQ(decade[0].begin, "1990-01-01");
  EXPECT_EQ(decade[0].end, "1999-12-31");
  auto century = run("It happened in the 15th century.");
  ASSERT_EQ(century.size(), 1u);
  EXPECT_EQ(century[0].begin, "1400-01-01");
  EXPECT_EQ(century[0].end, "1499-12-31");
}

}  // namespace
}  // namespace storyline
