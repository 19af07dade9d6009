// Bounding the nesting of a page before gumbo parses it (extract/html_nesting.h): ordinary pages
// pass untouched, start tags past the limit go, their text stays, and a page nested 100,000
// levels deep is extracted (gumbo alone takes time in the square of the depth).
#include "extract/html_nesting.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"
#include "test_resources.h"

namespace storyline {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string repeat(const std::string& part, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += part;
  return out;
}

TEST(HtmlNesting, AnOrdinaryPageIsLeftAlone) {
  bool changed = true;
  std::string page = "<!doctype html><html><body>" + repeat("<div class='a>b'>", 40) + "<p>Text" +
                     repeat("</div>", 40) + "<img src=x><br/></body></html>";
  EXPECT_EQ(limit_html_nesting(page, 64, &changed), "");
  EXPECT_FALSE(changed);
}

TEST(HtmlNesting, StartTagsPastTheLimitAreDroppedAndTheirTextKept) {
  bool changed = false;
  std::string page = "<body>" + repeat("<div>", 100) + "deep words" + repeat("</div>", 100);
  std::string limited = limit_html_nesting(page, 64, &changed);
  EXPECT_TRUE(changed);
  EXPECT_EQ(count(limited, "<div>"), 64u);
  EXPECT_EQ(count(limited, "</div>"), 100u);
  EXPECT_NE(limited.find("deep words"), std::string::npos);
}

TEST(HtmlNesting, UnclosedParagraphsAndRawTextDoNotCount) {
  bool changed = true;
  std::string page = "<body>" + repeat("<p>one<li>two<td>three", 500) + "<script>" + repeat("<div>", 500) +
                     "</script><!-- " + repeat("<span>", 500) + " -->";
  limit_html_nesting(page, 64, &changed);
  EXPECT_FALSE(changed);
}

TEST(HtmlNesting, APageNestedAHundredThousandDeepIsExtracted) {
  RawDocument doc;
  doc.source = "deep.html";
  doc.kind = ContentKind::Html;
  doc.content = "<html><body>" + repeat("<div>", 100000) +
                repeat("The valve at the plant failed on Tuesday morning, the inspectors said. ", 6) +
                repeat("</div>", 100000);
  Article article = extract_article(doc, testing::resources(), {});
  EXPECT_NE(article.text.find("The valve at the plant failed"), std::string::npos) << article.error;
}

}  // namespace
}  // namespace storyline
