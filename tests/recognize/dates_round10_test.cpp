// Round 10 of the temporal tagger:
// - a weekday with a day of the month ("Fri 22nd", "Wednesday the second", "el martes 4"): the
//   publication month when that day is that weekday, else the nearest such month in the
//   sentence's direction;
// - a clock time next to a day through a link word ("Friday before 8pm", "July 3 after 6:15
//   p.m.") takes that day instead of the publication day; both stay separate expressions;
// - the count before the relative word ("the 3 coming weeks") reads as "the next 3 weeks";
// - day ranges with a bare last day ("April 9th through 17th", "from May 28th to the 2nd") or a
//   bare first day ("between the fifth and the tenth of March");
// - sets: "every other week", "each Friday at 6pm", "Saturdays at 10am", "Sunday evenings",
//   "every weekend" (P1WE), "each quarter" (P3M, like "quarterly");
// - years in words alone after a year cue ("in nineteen eighty four"), with "hundred", and a day
//   in words before a month when a year follows;
// - fused dates: "2024-sep-5", "Mar-14-2023", "14/Mar/2023", "2019-4", "11-2020", "20230714";
// - clock suffixes fused to the hour: "11ish" (mod APPROX), "noonish", "7p", "9a";
// - counts of weekends (P3WE), the working week, and first/last days of halves and of a decade
//   reached by moving ("the next decade" from 2025 is the 2030s);
// - bare hours between "between ... and" next to a day ("between 3 and 8 yesterday");
// - "two hours later": moved from the previous clock time of the text, or from the reference's
//   time; after a plain day it stays that day.
// Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

using Row = date_table::ValueRow;
using date_table::tag;

constexpr const char* R = "2025-08-14";

const Row kRows[] = {
    // A weekday and its day of the month.
    {"en", "The fair opens Sat 9th.", "Sat 9th", "2025-08-09"},
    {"en", "The vote is set for Fri 22nd.", "Fri 22nd", "2025-08-22"},
    {"en", "She arrived on Wednesday the second.", "Wednesday the second", "2025-07-02"},
    {"en", "They will meet on Monday the 1st.", "Monday the 1st", "2025-09-01"},
    {"es", "Llegó el lunes 4.", "lunes 4", "2025-08-04"},
    {"es", "Llegó el martes 4.", "martes 4", "2025-03-04"},
    // A clock time takes the day next to it.
    {"en", "The polls closed on Friday before 8pm.", "8pm", "2025-08-08T20:00", "TIME"},
    {"en", "The plane landed on July 3 after 6:15 p.m.", "6:15 p.m.", "2025-07-03T18:15", "TIME"},
    {"en", "The plane landed on July 3 after 6:15 p.m.", "July 3", "2025-07-03"},
    {"en", "The filing is dated 5/3/2025 @ 09:30.", "09:30", "2025-05-03T09:30", "TIME"},
    {"es", "El tren salió el 3 de julio después de las 18:00.", "18:00", "2025-07-03T18:00", "TIME"},
    // Unchanged: a sentence apart, the publication day.
    {"en", "It happened on Friday. At 8pm the doors opened.", "8pm", "2025-08-14T20:00", "TIME"},
    // The count before the relative word.
    {"en", "Prices may rise in the 3 coming weeks.", "3 coming weeks", "P3W", "DURATION"},
    {"en", "Prices rose in the 2 previous years.", "2 previous years", "P2Y", "DURATION"},
    // Day ranges with a bare end.
    {"en", "The office was shut April 9th through 17th.", "April 9th through 17th", "2025-04-09/2025-04-17"},
    {"en", "The strike ran from May 28th to the 2nd.", "from May 28th to the 2nd", "2025-05-28/2025-06-02"},
    {"en", "It ran between the fifth and the tenth of March.", "between the fifth and the tenth of March",
     "2025-03-05/2025-03-10"},
    {"en", "It ran from June the first till the fourth.", "from June the first till the fourth", "2025-06-01/2025-06-04"},
    // Unchanged: a plain number after "to" is a count.
    {"en", "On April 9 to 17 people came.", "April 9", "2025-04-09"},
    // Sets.
    {"en", "The committee meets every other week.", "every other week", "P2W", "SET"},
    {"en", "The market opens every other Monday.", "every other Monday", "XXXX-WXX-1", "SET"},
    {"en", "The choir sings each Friday at 6pm.", "each Friday at 6pm", "XXXX-WXX-5T18:00", "SET"},
    {"en", "Tours start Saturdays at 10am.", "Saturdays at 10am", "XXXX-WXX-6T10:00", "SET"},
    {"en", "He plays chess Sunday evenings.", "Sunday evenings", "XXXX-WXX-7TEV", "SET"},
    {"en", "She works mornings.", "mornings", "TMO", "SET"},
    {"en", "They go hiking every weekend.", "every weekend", "P1WE", "SET"},
    {"en", "They go hiking every three weekends.", "every three weekends", "P3WE", "SET"},
    {"en", "Firms report each quarter.", "each quarter", "P3M", "SET"},
    {"en", "It was an everyday habit.", "everyday", "P1D", "SET"},
    {"en", "The annual report is out.", "annual", "P1Y", "SET"},
    // Years in words.
    {"en", "The mill closed in nineteen eighty four.", "nineteen eighty four", "1984"},
    {"en", "The mill closed in October two thousand and nine.", "October two thousand and nine", "2009-10"},
    {"en", "The troops landed on sixth June nineteen forty four.", "sixth June nineteen forty four", "1944-06-06"},
    {"en", "The town was founded on 4 May seventeen hundred and eight.", "4 May seventeen hundred and eight", "1708-05-04"},
    {"en", "The crowd grew to two thousand.", "two thousand", ""},
    {"en", "It cited a July 2025 report.", "July 2025", "2025-07"},
    // Fused dates.
    {"en", "The deal closed on 2024-sep-5.", "2024-sep-5", "2024-09-05"},
    {"en", "The deal closed on Mar-14-2023.", "Mar-14-2023", "2023-03-14"},
    {"en", "The deal closed on 14/Mar/2023.", "14/Mar/2023", "2023-03-14"},
    {"en", "Sales peaked in 2019-4.", "2019-4", "2019-04"},
    {"en", "Sales peaked in 11-2020.", "11-2020", "2020-11"},
    {"en", "See the file report-20230714.pdf", "20230714", "2023-07-14"},
    // Clock suffixes.
    {"en", "The bus leaves at 7p.", "7p", "2025-08-14T19:00", "TIME"},
    {"en", "The bus leaves at 9a.", "9a", "2025-08-14T09:00", "TIME"},
    {"en", "We can talk at 11ish.", "11ish", "2025-08-14T11:00", "TIME"},
    {"en", "We can talk noonish.", "noonish", "2025-08-14T12:00", "TIME"},
    {"en", "Shares rose 5 a share.", "5 a", ""},
    {"en", "He bought a Pixel 3a phone.", "3a", ""},
    {"en", "He stayed for 17 mornings.", "mornings", ""},
    // Weekends counted, the working week.
    {"en", "The course lasts four weekends.", "four weekends", "P4WE", "DURATION"},
    {"en", "The law passes this working week.", "this working week", "2025-W33"},
    {"en", "The law passed last workweek.", "last workweek", "2025-W32"},
    {"en", "He will return tmrw.", "tmrw", "2025-08-15"},
    // Bare hours with the day next to them; hours moved from the text.
    {"en", "They met between 3 and 8 yesterday.", "between 3 and 8 yesterday", "2025-08-13T03:00/2025-08-13T08:00", "TIME"},
    {"en", "The blast came at 5 pm. Two hours later the fire was out.", "Two hours later", "2025-08-14T19:00", "TIME"},
    {"en", "He arrived on Monday. Two hours later he left.", "Two hours later", "2025-08-11"},
    // Unchanged: a season of two years, a code.
    {"en", "He starred in the 2011-12 season.", "2011-12", ""},
    {"en", "The number is 123-11-2019 here.", "11-2019", ""},
};

TEST(DatesRound10, Table) {
  for (const Row& row : kRows) date_table::check_value_row(row, R);
}

// "the 3 coming weeks" counts from the day after the reference, like "the next 3 weeks"; minutes
// count from the reference's time.
TEST(DatesRound10, CountBeforeRelativeGetsBeginAndEnd) {
  auto found = tag("Prices may rise in the 3 coming weeks.", "en", R);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, "2025-08-15");
  EXPECT_EQ(found[0].end, "2025-09-05");
  found = tag("Nothing moved in the 10 past minutes.", "en", "2025-08-14T10:00");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "PT10M");
  EXPECT_EQ(found[0].begin, "2025-08-14T09:50");
  EXPECT_EQ(found[0].end, "2025-08-14T10:00");
}

TEST(DatesRound10, MinutesLaterMoveTheReferenceTime) {
  auto found = tag("We left 30 minutes later.", "en", "2025-08-14T10:00");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "TIME");
  EXPECT_EQ(found[0].value, "2025-08-14T10:30");
}

TEST(DatesRound10, ApproximateClockTimesCarryTheirMod) {
  auto found = tag("We can talk at 11ish.", "en", R);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].mod, "APPROX");
}

// Halves and decades get their first and last day; a moved decade starts at its own first year.
TEST(DatesRound10, HalvesAndDecadesGetTheirDays) {
  auto found = tag("Sales fell in 2019 H2.", "en", R);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2019-H2");
  EXPECT_EQ(found[0].begin, "2019-07-01");
  EXPECT_EQ(found[0].end, "2019-12-31");
  found = tag("It will start in the next decade.", "en", R);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "203");
  EXPECT_EQ(found[0].begin, "2030-01-01");
  EXPECT_EQ(found[0].end, "2039-12-31");
}

}  // namespace
}  // namespace storyline
