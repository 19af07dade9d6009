// What dates and names an article itself: datelines, date lines under the title, URL lines and
// credits; stray lines that must never become the title. Texts written for these tests.
#include <gtest/gtest.h>

#include "extract/dateline.h"
#include "extract/extract.h"
#include "extract/plain_text.h"
#include "extract/published_date.h"
#include "test_resources.h"

namespace storyline {
namespace {

Article extract_text(const std::string& text, const std::string& outlet = "") {
  RawDocument doc;
  doc.source = "inbox/some-file-2019-01-01.txt";
  doc.content = text;
  doc.kind = ContentKind::Text;
  doc.hints.outlet = outlet;
  return extract_article(doc, testing::resources(), {});
}

struct DatelineCase {
  const char* paragraph;
  int year, month, day;  // month 0: no date
  const char* credit;    // nullptr: not a dateline at all
};

TEST(Dateline, ReadsPlaceDateAndCredit) {
  const DatelineCase cases[] = {
      {"GREYMOUTH, June 4 (Tidal Press) \u2014 Two ferries collided off the pier.", 0, 6, 4,
       "Tidal Press"},
      {"GREYMOUTH, June 4, 2024 (Tidal Press) \u2014 Two ferries collided.", 2024, 6, 4,
       "Tidal Press"},
      {"VALDEMAR, 7 abr (EFE) - Dos transbordadores chocaron junto al muelle.", 0, 4, 7, "EFE"},
      {"Valdemar, 7 de abril de 2024 (Agencia Sur) - Dos transbordadores chocaron.", 2024, 4, 7,
       "Agencia Sur"},
      {"OSLO (Reuters) - Two ferries collided on Sunday.", 0, 0, 0, "Reuters"},
      {"Greymouth, Westland (Harbour Network) - Two ferries collided.", 0, 0, 0,
       "Harbour Network"},
      {"GREYMOUTH - June 4 - Two ferries collided off the pier.", 0, 6, 4, ""},
      {"GREYMOUTH, June 4 (Tidal Press)", 0, 6, 4, "Tidal Press"},
      // Not datelines: a sentence, a headline-like line, a remark in parentheses.
      {"Two ferries collided off the pier (again) - officials said.", 0, 0, 0, nullptr},
      {"GREYMOUTH - Two ferries collided off the pier on Sunday.", 0, 0, 0, nullptr},
      {"Ferry Crash Closes Pier (Updated)", 0, 0, 0, nullptr},
      {"In 1998, two ferries collided - the last time.", 0, 0, 0, nullptr},
  };
  for (const DatelineCase& c : cases) {
    std::optional<Dateline> dateline = read_dateline(c.paragraph, testing::resources());
    if (c.credit == nullptr) {
      EXPECT_FALSE(dateline) << c.paragraph;
      continue;
    }
    ASSERT_TRUE(dateline) << c.paragraph;
    EXPECT_EQ(dateline->year, c.year) << c.paragraph;
    EXPECT_EQ(dateline->month, c.month) << c.paragraph;
    EXPECT_EQ(dateline->day, c.day) << c.paragraph;
    EXPECT_EQ(dateline->credit, c.credit) << c.paragraph;
  }
}

TEST(PublishedFromTheArticle, DatelineWithAYearDatesIt) {
  Article article = extract_text(
      "GREYMOUTH, June 4, 2024 (Tidal Press) \u2014 Two ferries collided off the pier on "
      "Tuesday, the harbour master said. The pier opened in March 1987.\n");
  EXPECT_EQ(article.published.value, "2024-06-04");
  EXPECT_EQ(article.published.from, DateSource::Text);
}

TEST(PublishedFromTheArticle, DatelineWithoutAYearTakesTheYearTheTextWritesForThatDay) {
  Article completed = extract_text(
      "GREYMOUTH, June 4 (Tidal Press) \u2014 Two ferries collided off the pier. The harbour "
      "master said the collision on June 4, 2024 was the first since 2011.\n");
  EXPECT_EQ(completed.published.value, "2024-06-04");
  EXPECT_EQ(completed.published.from, DateSource::Text);

  // The text writes a year for another day only: the year stays unknown, so the date does.
  Article open = extract_text(
      "GREYMOUTH, June 4 (Tidal Press) \u2014 Two ferries collided off the pier. The pier was "
      "rebuilt after a storm on October 2, 2019.\n");
  EXPECT_TRUE(open.published.value.empty()) << open.published.value;
  EXPECT_EQ(open.published.from, DateSource::None);
  EXPECT_EQ(open.outlet, "Tidal Press");
}

TEST(PublishedFromTheArticle, DateLineUnderTheTitle) {
  Article article = extract_text(
      "Ferry service resumes after pier repairs\n"
      "Published: Friday, July 12, 2024, 9:05 AM\n"
      "Ferries returned to the Greymouth pier on Friday, two years after a storm in August "
      "2022 closed it and the harbour board voted twice to rebuild it.\n");
  EXPECT_EQ(article.title, "Ferry service resumes after pier repairs");
  EXPECT_EQ(article.published.value, "2024-07-12");
  EXPECT_EQ(article.published.from, DateSource::Text);
  EXPECT_EQ(article.text.find("Published"), std::string::npos) << article.text;

  Article bare = extract_text(
      "Ferry service resumes after pier repairs\n\n12 julio 2024\n\nLos transbordadores "
      "volvieron al muelle el viernes.\n");
  EXPECT_EQ(bare.published.value, "2024-07-12");
  EXPECT_EQ(bare.title, "Ferry service resumes after pier repairs");
}

TEST(PublishedFromTheArticle, UrlLineAboveTheTitle) {
  Article article = extract_text(
      "https://www.tidalpress.example/2024/07/12/ferries-return\n"
      "Ferries return to Greymouth pier\n\n"
      "Ferries returned on Friday to the rebuilt pier, which first opened in 1987 and closed "
      "after a storm.\n");
  EXPECT_EQ(article.url, "https://www.tidalpress.example/2024/07/12/ferries-return");
  EXPECT_EQ(article.published.value, "2024-07-12");
  EXPECT_EQ(article.published.from, DateSource::Url);
  EXPECT_EQ(article.title, "Ferries return to Greymouth pier");
  EXPECT_EQ(article.outlet, "tidalpress.example");

  // Tokenized text dumps print URLs with spaces: still a URL line, never the title.
  Article spaced = extract_text(
      "http: / / www. tidalpress. example / 2024 / 07 / 12 / ferries - return\n"
      "Ferries return to Greymouth pier\n\nFerries returned on Friday.\n");
  EXPECT_EQ(spaced.url, "http://www.tidalpress.example/2024/07/12/ferries-return");
  EXPECT_EQ(spaced.published.value, "2024-07-12");
  EXPECT_EQ(spaced.title, "Ferries return to Greymouth pier");
}

TEST(PublishedFromTheArticle, BodyDatesNeverDateTheArticle) {
  Article article = extract_text(
      "Ferry crash recalled\n\nThe collision of March 3, 1998 still shapes the harbour. A new "
      "inquiry opened on January 15, 2019.\n\nAlso read: Ferries return on May 2, 2024\n");
  EXPECT_TRUE(article.published.value.empty()) << article.published.value;
  EXPECT_EQ(article.published.from, DateSource::None);
}

TEST(OutletFromTheArticle, MetadataThenCreditThenSiteElseUnknown) {
  EXPECT_EQ(extract_text("OSLO (Fjord Wire) - Two ferries collided.\n", "Harbour Daily").outlet,
            "Harbour Daily");
  EXPECT_EQ(extract_text("OSLO (Fjord Wire) - Two ferries collided on Sunday.\n").outlet,
            "Fjord Wire");
  EXPECT_EQ(extract_text("VALDEMAR, 7 abr (EFE) - Dos transbordadores chocaron.\n").outlet, "EFE");
  EXPECT_EQ(extract_text("Ferries collide\n\nBy Ana Lind, TPN\n\nTwo ferries collided.\n").outlet,
            "TPN");
  EXPECT_EQ(extract_text("Choque de transbordadores\n\nPor Ana Lind, Diario del Puerto\n\n"
                         "Dos transbordadores chocaron.\n").outlet,
            "Diario del Puerto");
  Article credited = extract_text("Ferries collide\n\nBy Ana Lind, TPN\n\nTwo ferries collided.\n");
  ASSERT_EQ(credited.byline.size(), 1u);
  EXPECT_EQ(credited.byline[0], "Ana Lind");
  // Nothing names the outlet: unknown, never the file's path.
  Article unknown = extract_text("Two ferries collided off the pier on Sunday.\n");
  EXPECT_EQ(unknown.outlet, "");
}

TEST(TitleFromTheArticle, StrayLinesNeverBecomeTheTitle) {
  const char* texts[] = {
      "Advertisement\n\nFerries return to Greymouth pier\n\nFerries returned on Friday.\n",
      "Publicidad\n\nFerries return to Greymouth pier\n\nFerries returned on Friday.\n",
      "Screenshot: Tidal Press\n\nFerries return to Greymouth pier\n\nFerries returned on "
      "Friday.\n",
      "July 12, 2024\n\nFerries return to Greymouth pier\n\nFerries returned on Friday.\n",
      "https://tidalpress.example/ferries\n\nFerries return to Greymouth pier\n\nFerries "
      "returned on Friday.\n",
  };
  // A line that starts like a URL and goes on in words is prose, not a URL line.
  EXPECT_EQ(url_of_line("https://tidalpress.example/a Ferries return"), "");
  for (const char* text : texts)
    EXPECT_EQ(extract_text(text).title, "Ferries return to Greymouth pier") << text;
  EXPECT_EQ(extract_text("July 12, 2024\n\nFerries returned on Friday.\n").title, "");
  EXPECT_EQ(extract_text("Advertisement\n\nFerries returned on Friday.\n").title, "");

  RawDocument doc;
  doc.source = "feed.jsonl:3";
  doc.content = "Ferries returned on Friday.";
  doc.kind = ContentKind::Text;
  doc.hints.title = "Publicidad";
  EXPECT_EQ(extract_article(doc, testing::resources(), {}).title, "");
}

TEST(PublishedFromTheArticle, AnArticleThatIsOnlyADateline) {
  Article article = extract_text("GREYMOUTH, June 4, 2024 (Tidal Press) \u2014\n");
  EXPECT_TRUE(article.error.empty()) << article.error;
  EXPECT_EQ(article.published.value, "2024-06-04");
  EXPECT_EQ(article.outlet, "Tidal Press");
}

}  // namespace
}  // namespace storyline
