// English temporal tagging, one row per construction. Reference: Thursday 2025-08-14.
#include "dates_test_table.h"

namespace storyline {
namespace {

using namespace date_table;

const Row kRows[] = {
    {"The order was signed on January 20, 2025.", R, "January 20, 2025", "DATE", "2025-01-20", "", A},
    {"It was signed on Jan. 20 in Washington.", R, "Jan. 20", "DATE", "2025-01-20", "", P},
    // No tense cue near a day without its year: the nearest one, ahead or behind.
    {"The board meets Dec. 15 to vote on the sale.", R, "Dec. 15", "DATE", "2025-12-15", "", P},
    {"Shares of the company, according to the filing, traded at $12 on Aug. 1.", R, "Aug. 1", "DATE", "2025-08-01", "", P},
    {"A dividend is payable in January.", R, "January", "DATE", "2026-01", "", P},
    {"The filing is dated 2025-01-20.", R, "2025-01-20", "DATE", "2025-01-20", "", A},
    {"The filing is dated 1/20/2025.", R, "1/20/2025", "DATE", "2025-01-20", "", A},
    {"Prices rose in February 2025.", R, "February 2025", "DATE", "2025-02", "", A},
    {"The law passed in 2024.", R, "2024", "DATE", "2024", "", A},
    {"Crime fell sharply in the 1990s.", R, "1990s", "DATE", "199", "", A},
    {"The raid happened May 4.", R, "May 4", "DATE", "2025-05-04", "", P},
    {"The raid happened May 4.", "", "May 4", "DATE", "XXXX-05-04", "", U},
    {"Officials met on Tuesday.", R, "Tuesday", "DATE", "2025-08-12", "", P},
    {"Officials will meet on Tuesday.", R, "Tuesday", "DATE", "2025-08-19", "", P},
    // The report's own weekday is that day whatever the tense; a past verb next to a weekday
    // decides before a future elsewhere in the sentence.
    {"Officials will meet on Thursday.", R, "Thursday", "DATE", "2025-08-14", "", P},
    // A possessive dates its noun: "Tuesday's close", "next year's budget".
    {"Shares fell after Tuesday's close.", R, "Tuesday", "DATE", "2025-08-12", "", P},
    {"Next year's budget is tight.", R, "Next year", "DATE", "2026", "", P},
    {"Prices rose in May last year.", R, "May last year", "DATE", "2024-05", "", P},
    {"The talks lasted twenty-four hours.", R, "twenty-four hours", "DURATION", "PT24H", "", A},
    {"The vote is Saturday, Aug. 16, officials said.", R, "Saturday, Aug. 16", "DATE", "2025-08-16", "", P},
    {"Its shares closed unchanged Tuesday, and it will report results soon.", R, "Tuesday", "DATE", "2025-08-12", "", P},
    {"Officials met on Tuesday.", "", "Tuesday", "DATE", "XXXX-WXX-2", "", U},
    {"The senator spoke today.", R, "today", "DATE", "2025-08-14", "", P},
    {"The senator spoke yesterday.", R, "yesterday", "DATE", "2025-08-13", "", P},
    {"The senator speaks tomorrow.", R, "tomorrow", "DATE", "2025-08-15", "", P},
    {"Troops arrived last week.", R, "last week", "DATE", "2025-W32", "", P},
    {"Troops arrive this week.", R, "this week", "DATE", "2025-W33", "", P},
    {"Troops arrive next week.", R, "next week", "DATE", "2025-W34", "", P},
    {"Sales fell last month.", R, "last month", "DATE", "2025-07", "", P},
    {"Sales fell in June.", R, "June", "DATE", "2025-06", "", P},
    {"The border was quiet this summer.", R, "this summer", "DATE", "2025-SU", "", P},
    {"Talks stalled in late spring 2025.", R, "late spring 2025", "DATE", "2025-SP", "END", A},
    {"Profits doubled in the first quarter.", R, "first quarter", "DATE", "2025-Q1", "", P},
    {"Profits doubled in the first quarter of 2024.", R, "first quarter of 2024", "DATE", "2024-Q1", "", A},
    // Quarters are written about once they end: "the quarter", "the latest quarter" and "the
    // past quarter" are the last one (Q2 on August 14); "third-quarter profit" is this year's.
    {"Net income for the quarter rose 4%.", R, "the quarter", "DATE", "2025-Q2", "", P},
    {"Sales in the latest quarter fell.", R, "latest quarter", "DATE", "2025-Q2", "", P},
    {"Sales fell in the past quarter.", R, "past quarter", "DATE", "2025-Q2", "", P},
    {"Third-quarter profit rose.", R, "Third-quarter", "DATE", "2025-Q3", "", P},
    // A year back in a sentence about a quarter, or right after one, is that quarter a year
    // before: the comparison of an earnings report. Without a quarter near it is a year.
    {"Third-quarter profit rose to $5 million from $4 million a year ago.", R, "a year ago", "DATE", "2024-Q3", "", T},
    {"Profit rose in the second quarter. A year earlier, it had fallen.", R, "A year earlier", "DATE", "2024-Q2", "", T},
    {"Profit rose to $5 million from $4 million a year ago.", R, "a year ago", "DATE", "2024", "", P},
    {"A 1978 resolution set the border.", R, "1978", "DATE", "1978", "", A},
    {"The plan was drafted in early 2025.", R, "early 2025", "DATE", "2025", "START", A},
    {"The vote will take place in mid-September.", R, "mid-September", "DATE", "2025-09", "MID", P},
    {"He has lived there since October 2024.", R, "October 2024", "DATE", "2024-10", "", A},
    {"Exports grew in the 12 months ending January 2025.", R, "12 months ending January 2025", "DURATION", "P12M", "", A},
    {"Rain fell between March and May.", R, "between March and May", "DATE", "2025-03/2025-05", "", P},
    {"The festival ran March 1-5, 2024.", R, "March 1-5, 2024", "DATE", "2024-03-01/2024-03-05", "", A},
    {"The program lasted two years.", R, "two years", "DURATION", "P2Y", "", A},
    {"The feud went on for decades.", R, "decades", "DURATION", "PXDE", "", A},
    {"He was held for 48 hours.", R, "48 hours", "DURATION", "PT48H", "", A},
    {"She waited more than two years.", R, "more than two years", "DURATION", "P2Y", "MORE_THAN", A},
    {"He left about three months ago.", R, "about three months ago", "DATE", "2025-05", "APPROX", P},
    {"The company was founded two years ago.", R, "two years ago", "DATE", "2023", "", P},
    {"The body was found three days ago.", R, "three days ago", "DATE", "2025-08-11", "", P},
    {"The storm hit on March 3, 2025. Two days later the river rose.", R, "Two days later", "DATE", "2025-03-05", "", T},
    {"Inspectors visit every week.", R, "every week", "SET", "P1W", "", A},
    {"The paper is published weekly.", R, "weekly", "SET", "P1W", "", A},
    {"The market opens every Monday.", R, "every Monday", "SET", "XXXX-WXX-1", "", A},
    {"The hearing starts at 5 p.m. in Austin.", R, "5 p.m.", "TIME", "2025-08-14T17:00", "", P},
    {"Shots were fired this morning.", R, "this morning", "TIME", "2025-08-14TMO", "", P},
    {"The president speaks tonight.", R, "tonight", "TIME", "2025-08-14TNI", "", P},
    {"The bridge is now closed.", R, "now", "DATE", "PRESENT_REF", "", P},
    {"The agency recently changed its rules.", R, "recently", "DATE", "PAST_REF", "", P},
    {"Nobody knows what the future holds.", R, "the future", "DATE", "FUTURE_REF", "", P},
    {"The survey took about two years.", R, "about two years", "DURATION", "P2Y", "APPROX", A},
    {"They stayed at least three weeks.", R, "at least three weeks", "DURATION", "P3W", "EQUAL_OR_MORE", A},
    // Date arithmetic: "in N units" points forward only in a forward-looking sentence.
    {"The plant will reopen in two days.", R, "two days", "DATE", "2025-08-16", "", P},
    {"The rules will change in two years.", R, "two years", "DATE", "2027", "", P},
    {"Prices doubled in two years.", R, "two years", "DURATION", "P2Y", "", A},
    {"The vote is three days after Christmas.", R, "three days after Christmas", "DATE", "2024-12-28", "", P},
    {"Results come two weeks from today.", R, "two weeks from today", "DATE", "2025-08-28", "", P},
    {"The flight leaves 30 minutes from now.", "2025-08-14T10:00:00", "30 minutes from now", "TIME", "2025-08-14T10:30", "", P},
    {"They met two days before yesterday.", R, "two days before yesterday", "DATE", "2025-08-11", "", P},
    // Clock ranges, alone or bound to a day.
    {"The talks ran between 2 and 4:30 p.m. on Tuesday.", R, "between 2 and 4:30 p.m. on Tuesday", "TIME", "2025-08-12T14:00/2025-08-12T16:30", "", P},
    // A time zone belongs to the clock reading; the day after it is the nearest one.
    {"The offer expires at 5 p.m. EST Aug. 29.", R, "5 p.m. EST Aug. 29", "TIME", "2025-08-29T17:00", "", P},
    {"The blast happened at 10:30 a.m. GMT.", R, "10:30 a.m. GMT", "TIME", "2025-08-14T10:30", "", P},
    {"Polls are open from 7 a.m. to 8 p.m. tomorrow.", R, "from 7 a.m. to 8 p.m. tomorrow", "TIME", "2025-08-15T07:00/2025-08-15T20:00", "", P},
    {"The office opens tomorrow 9am-5pm.", R, "tomorrow 9am-5pm", "TIME", "2025-08-15T09:00/2025-08-15T17:00", "", P},
    // Range ends resolved one by one are kept in order.
    {"Sales will grow from May to September.", R, "from May to September", "DATE", "2025-05/2025-09", "", P},
    // A day of the month alone.
    {"The strike began on the 4th.", R, "the 4th", "DATE", "2025-08-04", "", P},
    {"The strike began on the 18th.", R, "the 18th", "DATE", "2025-07-18", "", P},
    // Fractions are durations only with a unit; "a second" only without a noun after it.
    {"He waited half an hour.", R, "half an hour", "DURATION", "PT30M", "", A},
    {"The call lasted a quarter of an hour.", R, "a quarter of an hour", "DURATION", "PT15M", "", A},
    {"Growth slowed in the first half of 2025.", R, "first half of 2025", "DATE", "2025-H1", "", A},
    {"Profits fell in the third quarter.", R, "third quarter", "DATE", "2025-Q3", "", P},
    // ISO 8601 and TimeML count quarters in months.
    {"Sales fell over the past two quarters.", R, "past two quarters", "DURATION", "P6M", "", A},
    {"The lights went out for a second.", R, "a second", "DURATION", "PT1S", "", A},
    {"The mayor spoke on 9/11.", R, "9/11", "DATE", "2024-09-11", "", P},
    {"The visit ended on 22/04/2025.", R, "22/04/2025", "DATE", "2025-04-22", "", A},
    // Compact quarter and half codes; weekends.
    {"Revenue fell in 2025-Q1.", R, "2025-Q1", "DATE", "2025-Q1", "", A},
    {"Revenue fell in Q3 2024.", R, "Q3 2024", "DATE", "2024-Q3", "", A},
    {"Revenue will rise in H2 2025.", R, "H2 2025", "DATE", "2025-H2", "", A},
    {"The festival runs this weekend.", R, "this weekend", "DATE", "2025-W33-WE", "", P},
    {"Protesters gathered last weekend.", R, "last weekend", "DATE", "2025-W32-WE", "", P},
    {"Crowds gathered on the weekend of October 31, 2025.", R, "the weekend of October 31, 2025", "DATE", "2025-W44-WE", "", A},
    {"Storms hit over the weekend.", "2025-08-11", "the weekend", "DATE", "2025-W32-WE", "", P},
};

TEST(DatesEnglish, EveryConstruction) {
  for (const Row& row : kRows) check(row, "en");
}

TEST(DatesEnglish, NumbersThatAreNotYears) {
  for (const char* text : {"Executive Order 14157 was signed.", "The vote was 2024 to 12.", "Rooms 1990 and 1991.",
                           "Scores rose from 3 to 5.", "The team won 3-2."})
    EXPECT_TRUE(tag(text, "en", R).empty()) << text;
}

TEST(DatesEnglish, CommonWordsThatAreNotDates) {
  for (const char* text : {"Three quarters of the residents left.", "He ate a half of it.",
                           "This may be a great opportunity.", "It may not last.", "They ordered a second evacuation.",
                           "Post-9/11 counterterrorism grew.", "The 9/11 attacks changed the city.",
                           "The march on Washington drew crowds.", "The sun rose.", "The Q3 phone sold well."})
    EXPECT_TRUE(tag(text, "en", R).empty()) << text;
}

TEST(DatesEnglish, CountedPeriodsFromNowHaveBeginAndEnd) {
  auto found = tag("Sales rose over the past two quarters and will grow in the next 3 days.", "en", R);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "P6M");
  EXPECT_EQ(found[0].begin, "2025-01-01");
  EXPECT_EQ(found[0].end, "2025-07-01");
  EXPECT_EQ(found[1].value, "P3D");
  EXPECT_EQ(found[1].begin, "2025-08-15");
  EXPECT_EQ(found[1].end, "2025-08-18");
}

TEST(DatesEnglish, EstimatedReferenceMarksResolvedValues) {
  std::string text = "Troops arrived last week.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"en", R, true}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].estimated);
}

TEST(DatesEnglish, ResultsAreSortedAndDisjoint) {
  std::string text = "On Monday, January 6, 2025, and again last week, officials met for two hours.";
  auto found = tag(text, "en", R);
  ASSERT_EQ(found.size(), 3u) << text;
  for (std::size_t k = 1; k < found.size(); ++k) EXPECT_LE(found[k - 1].span.end, found[k].span.begin);
  EXPECT_EQ(found[0].value, "2025-01-06");
}

TEST(DatesEnglish, NumberRangesThatAreNotClockTimes) {
  for (const char* text : {"Rates rose from 3 to 5 on Tuesday.", "The team lost 2-3 on Tuesday.", "Scores rose from 3 to 5."})
    for (const auto& e : tag(text, "en", R)) EXPECT_NE(e.type, "TIME") << text;
}

}  // namespace
}  // namespace storyline
