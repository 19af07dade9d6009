// Date ranges written with a dash ("10/1-11/7", "Nov-Feb 2017") and year signals ("later than
// 2018", "a partir de 2019"), English and Spanish. Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

struct Row {
  const char* lang;
  const char* sentence;
  const char* span;
  const char* value;
  const char* begin;
  const char* end;
};

using date_table::resources;

std::vector<TimeExpression> tag(std::string_view text, const char* lang) {
  return recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {lang, "2025-08-14", false},
                         resources());
}

const Row kRows[] = {
    {"en", "My vacation is from 10/1/2018-10/7/2018.", "from 10/1/2018-10/7/2018", "2018-10-01/2018-10-07",
     "2018-10-01", "2018-10-07"},
    {"en", "My vacation is from 10-1-2018-10-7-2018.", "from 10-1-2018-10-7-2018", "2018-10-01/2018-10-07",
     "2018-10-01", "2018-10-07"},
    {"en", "The period is 10/1-11/2/2017.", "10/1-11/2/2017", "2017-10-01/2017-11-02", "2017-10-01", "2017-11-02"},
    {"en", "The period is 12/15-1/5/2017.", "12/15-1/5/2017", "2016-12-15/2017-01-05", "2016-12-15", "2017-01-05"},
    {"en", "We left from 5/1/2019-5/7/2020.", "from 5/1/2019-5/7/2020", "2019-05-01/2020-05-07", "2019-05-01",
     "2020-05-07"},
    {"en", "They were away between 6/1-6/7.", "between 6/1-6/7", "2025-06-01/2025-06-07", "2025-06-01",
     "2025-06-07"},
    {"en", "Talks ran Jan-Feb 2017 in Seoul.", "Jan-Feb 2017", "2017-01/2017-02", "2017-01", "2017-02"},
    {"en", "Talks ran Nov-Feb 2017 in Seoul.", "Nov-Feb 2017", "2016-11/2017-02", "2016-11", "2017-02"},
    {"en", "Talks ran Nov-Feb 5th, 2017 in Seoul.", "Nov-Feb 5th, 2017", "2016-11/2017-02-05", "2016-11",
     "2017-02-05"},
    {"en", "The plan for Dec/2018-May/2019 is set.", "Dec/2018-May/2019", "2018-12/2019-05", "2018-12", "2019-05"},
    {"es", "El periodo 10/1-11/2/2017 fue largo.", "10/1-11/2/2017", "2017-01-10/2017-02-11", "2017-01-10",
     "2017-02-11"},
};

TEST(DateRanges, DashRangesAreOneDate) {
  for (const Row& row : kRows) {
    std::string text = row.sentence;
    auto found = tag(text, row.lang);
    const TimeExpression* match = nullptr;
    for (const auto& e : found)
      if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
    ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
    EXPECT_EQ(match->type, "DATE") << text;
    EXPECT_EQ(match->value, row.value) << text;
    EXPECT_EQ(match->begin, row.begin) << text;
    EXPECT_EQ(match->end, row.end) << text;
  }
}

TEST(DateRanges, DashedNumbersThatAreNoDates) {
  for (const char* text : {"The vote was 4-23 in the end.", "The tally was 10-1-11-7 overall."}) {
    auto found = tag(text, "en");
    EXPECT_TRUE(found.empty()) << text << ": " << (found.empty() ? "" : found[0].value);
  }
}

TEST(DateRanges, ComparativeYearSignals) {
  struct Case {
    const char* lang;
    const char* text;
    const char* year;
  };
  for (const Case& c : {Case{"en", "Sales later than 2018 rose.", "2018"},
                        Case{"en", "Rated where year is greater than 2015.", "2015"},
                        Case{"es", "Las ventas a partir de 2019 subieron.", "2019"}}) {
    auto found = tag(c.text, c.lang);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].value, c.year) << c.text;
  }
  EXPECT_TRUE(tag("It had more than 2018 members.", "en").empty());
}

}  // namespace
}  // namespace storyline
