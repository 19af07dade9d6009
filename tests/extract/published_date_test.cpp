#include "extract/published_date.h"

#include <gtest/gtest.h>

#include "test_resources.h"

namespace storyline {
namespace {

struct DateCase {
  const char* input;
  const char* value;  // "" when no date should be found
  DatePrecision precision;
};

TEST(PublishedDate, ParsesDeclaredForms) {
  const DateCase cases[] = {
      {"2025-03-20", "2025-03-20", DatePrecision::Day},
      {"2025-03-20T14:05:00Z", "2025-03-20T14:05:00Z", DatePrecision::Second},
      {"2025-03-20T14:05:00+01:00", "2025-03-20T13:05:00Z", DatePrecision::Second},
      {"2025-03-20T23:30:00-0500", "2025-03-21T04:30:00Z", DatePrecision::Second},
      {"2025-03-20T00:00:00", "2025-03-20", DatePrecision::Day},
      {"2025-03", "2025-03", DatePrecision::Month},
      {"Thu, 20 Mar 2025 14:05:00 GMT", "2025-03-20T14:05:00Z", DatePrecision::Second},
      {"Thu, 20 Mar 2025 14:05:00 +0200", "2025-03-20T12:05:00Z", DatePrecision::Second},
      {"March 20, 2025", "2025-03-20", DatePrecision::Day},
      {"Published Mar. 20 2025", "2025-03-20", DatePrecision::Day},
      {"20 March 2025", "2025-03-20", DatePrecision::Day},
      {"20 de marzo de 2025", "2025-03-20", DatePrecision::Day},
      {"1 de septiembre del 2025", "2025-09-01", DatePrecision::Day},
      {"marzo de 2025", "2025-03", DatePrecision::Month},
      {"2025-02-30", "", DatePrecision::Unknown},
      {"not a date", "", DatePrecision::Unknown},
      {"", "", DatePrecision::Unknown},
  };
  for (const DateCase& c : cases) {
    auto date = parse_date(c.input, testing::resources());
    if (*c.value == '\0') {
      EXPECT_FALSE(date.has_value()) << "input: " << c.input << " gave " << date->value;
      continue;
    }
    ASSERT_TRUE(date.has_value()) << "input: " << c.input;
    EXPECT_EQ(date->value, c.value) << "input: " << c.input;
    EXPECT_EQ(date->precision, c.precision) << "input: " << c.input;
  }
}

TEST(PublishedDate, FindsDatesInUrls) {
  const DateCase cases[] = {
      {"https://news.example/2025/03/20/story-title/", "2025-03-20", DatePrecision::Day},
      {"https://news.example/politics/2025/03/story", "2025-03", DatePrecision::Month},
      {"https://news.example/20250320/story", "2025-03-20", DatePrecision::Day},
      {"https://news.example/story-2025-03-20-title", "2025-03-20", DatePrecision::Day},
      {"https://news.example/article/12345678", "", DatePrecision::Unknown},
      {"https://news.example/2013/08/5-reasons-the-ferry-returned.html", "2013-08",
       DatePrecision::Month},
  };
  for (const DateCase& c : cases) {
    auto date = date_from_url(c.input);
    if (*c.value == '\0') {
      EXPECT_FALSE(date.has_value()) << "url: " << c.input;
      continue;
    }
    ASSERT_TRUE(date.has_value()) << "url: " << c.input;
    EXPECT_EQ(date->value, c.value) << "url: " << c.input;
  }
}

TEST(PublishedDate, FindsOnlyFullDatesInRunningText) {
  auto date = find_date_in_text("By Ana Ruiz | Updated March 12, 2026, 9:14 a.m.", testing::resources());
  ASSERT_TRUE(date);
  EXPECT_EQ(date->value, "2026-03-12");
  EXPECT_FALSE(find_date_in_text("The plan was drafted in May 2025.", testing::resources()));
  EXPECT_FALSE(find_date_in_text("She may 20 times a day", testing::resources()));
}

}  // namespace
}  // namespace storyline
