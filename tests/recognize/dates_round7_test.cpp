// Round 7 of the temporal tagger, one table:
// - ranges of bare years without an opening word ("2014-2018", "2014~2018", "2014 to 2018") and
//   bare years continuing a cued list ("in 2007 and 2009");
// - a part of the day standing alone ("in the morning", "late afternoon", "por la tarde"): the
//   publication day, like a clock time alone;
// - clock ranges dated by a day with its part ("Monday morning from 10am to 12pm", "from 3-8pm
//   yesterday afternoon"), by a day and "at" ("Tuesday at 2:00 - 2:30 pm"), by a day after "of"
//   ("from 5 to 6pm of April 22"), or inside a relative part of the day ("tonight from 7 to 7:30");
// - "Dec/2018";
// - a count fixed by its first day ("3 days starting from next Monday") or by the reference
//   ("within 9 months"): DURATION with begin and end, like "the 12 months ending ...".
// Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

using Row = date_table::ValueRow;

using date_table::resources;

constexpr const char* R = "2025-08-14";

const Row kRows[] = {
    // Two years joined by a dash, a tilde or a TO word: one range.
    {"en", "The range is 2014-2018.", "2014-2018", "2014/2018"},
    {"en", "The range is 2014~2018.", "2014~2018", "2014/2018"},
    {"en", "The range is 2014 to 2018.", "2014 to 2018", "2014/2018"},
    {"en", "The range is between 2014~2018.", "between 2014~2018", "2014/2018"},
    {"en", "The range is from 2014~2018.", "from 2014~2018", "2014/2018"},
    {"en", "Output grew 2010-2015, then fell.", "2010-2015", "2010/2015"},
    {"es", "El plan abarca 2014-2018.", "2014-2018", "2014/2018"},
    {"en", "Daily intake is 2000-2500 calories.", "2000-2500", ""},
    {"es", "Gobernó de 2014 a 2018.", "de 2014 a 2018", "2014/2018"},
    // A month and its year joined by a fused slash.
    {"en", "What's your plan for Dec/2018?", "Dec/2018", "2018-12"},
    {"es", "¿Cuál es tu plan para dic/2018?", "dic/2018", "2018-12"},
    // A list continues a cued year.
    {"en", "Show sales of 2007 and 2009.", "2009", "2009"},
    {"en", "Prices rose in 2007, 2008 and 2009.", "2008", "2008"},
    {"en", "Prices rose in 2007, 2008 and 2009.", "2009", "2009"},
    {"es", "Los precios subieron en 2007 y 2009.", "2009", "2009"},
    // Not years: counts before a noun, an uncued list.
    {"en", "He scored 1500 to 1550 points.", "1500", ""},
    {"en", "They sold 1500 and 1600 units.", "1500", ""},
    // A part of the day with its opener or a part word: the publication day.
    {"en", "Let's meet in the morning.", "in the morning", "2025-08-14TMO", "TIME"},
    {"en", "Troops withdrew at night.", "at night", "2025-08-14TNI", "TIME"},
    {"en", "The vote came late afternoon.", "late afternoon", "2025-08-14TAF", "TIME"},
    {"en", "He was killed early morning.", "early morning", "2025-08-14TMO", "TIME"},
    {"en", "It resumed later in the afternoon.", "later in the afternoon", "2025-08-14TAF", "TIME"},
    {"es", "La reunión fue por la tarde.", "por la tarde", "2025-08-14TAF", "TIME"},
    // Unchanged: a day before it, a clock time after it, the bare noun.
    {"en", "I'll go back Tuesday in the morning.", "Tuesday in the morning", "2025-08-12TMO", "TIME"},
    {"en", "He was back in the morning at 7.", "in the morning at 7", "2025-08-14T07:00", "TIME"},
    {"en", "She read the morning papers.", "morning", ""},
    // A clock range dated by a day with its part, before or after, or by a day after "of".
    {"en", "The talks ran Monday morning from 10am to 12pm.", "Monday morning from 10am to 12pm",
     "2025-08-11T10:00/2025-08-11T12:00", "TIME"},
    {"en", "The talks ran yesterday afternoon from 3-8pm.", "yesterday afternoon from 3-8pm",
     "2025-08-13T15:00/2025-08-13T20:00", "TIME"},
    {"en", "The talks ran from 3-8pm yesterday afternoon.", "from 3-8pm yesterday afternoon",
     "2025-08-13T15:00/2025-08-13T20:00", "TIME"},
    {"en", "The talks ran from 5 to 6pm of April 22.", "from 5 to 6pm of April 22",
     "2025-04-22T17:00/2025-04-22T18:00", "TIME"},
    {"es", "Las protestas fueron ayer por la tarde de 3 a 8.", "ayer por la tarde de 3 a 8",
     "2025-08-13T15:00/2025-08-13T20:00", "TIME"},
    {"en", "They met tonight from 7 to 7:30.", "tonight from 7 to 7:30", "2025-08-14T19:00/2025-08-14T19:30", "TIME"},
    {"en", "They met this morning from 9 to 11.", "this morning from 9 to 11", "2025-08-14T09:00/2025-08-14T11:00",
     "TIME"},
    {"en", "Shots rang out between 7 and 9:30 last night.", "between 7 and 9:30 last night",
     "2025-08-13T19:00/2025-08-13T21:30", "TIME"},
    {"en", "The hearing is Tuesday at 2:00 - 2:30 pm.", "Tuesday at 2:00 - 2:30 pm", "2025-08-12T14:00/2025-08-12T14:30",
     "TIME"},
    // Unchanged: bare numbers after "from" are no clock.
    {"en", "Prices rose from 3 to 5 on Tuesday.", "3 to 5", ""},
    // A count fixed by its first day: the value stays the duration.
    {"en", "The office is closed for 3 days starting from next Monday.", "3 days starting from next Monday", "P3D",
     "DURATION"},
    {"en", "The office is closed for a week starting tomorrow.", "a week starting tomorrow", "P1W", "DURATION"},
    {"es", "La oficina cerrará dos semanas a partir del lunes.", "dos semanas a partir del lunes", "P2W", "DURATION"},
    {"en", "The deal must close within two years.", "two years", "P2Y", "DURATION"},
    {"es", "El acuerdo se cerrará en un plazo de dos años.", "dos años", "P2Y", "DURATION"},
};

TEST(DatesRound7, Rows) {
  for (const Row& row : kRows) date_table::check_value_row(row, R);
}

// A count fixed by its first day keeps its first and last day.
TEST(DatesRound7, StartingBounds) {
  std::string text = "The office is closed for 3 days starting from next Monday.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"en", R, false}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, "2025-08-18");
  EXPECT_EQ(found[0].end, "2025-08-20");
}

// "within N units" runs from the reference day to the day before the count is reached.
TEST(DatesRound7, WithinBounds) {
  std::string text = "The deal must close within 9 months.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"en", R, false}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "P9M");
  EXPECT_EQ(found[0].begin, "2025-08-14");
  EXPECT_EQ(found[0].end, "2026-05-13");
}

// A year range is one expression with begin and end.
TEST(DatesRound7, YearRangeBounds) {
  std::string text = "The range is 2014-2018.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"en", R, false}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, "2014");
  EXPECT_EQ(found[0].end, "2018");
}

}  // namespace
}  // namespace storyline
