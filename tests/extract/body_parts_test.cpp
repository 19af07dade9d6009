// The body's parts (issue 14): an article cut into sibling containers by an advertisement is
// kept whole, a table of data after the prose is content, a table that lays out the page is not.
// Each rule is switched off once to show the test sees it. Every page is written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"
#include "test_resources.h"

namespace storyline {
namespace {

Article extract_with(const std::string& html, const ExtractResources& resources) {
  RawDocument doc;
  doc.source = "test.html";
  doc.content = html;
  doc.kind = ContentKind::Html;
  return extract_article(doc, resources, {});
}

bool has(const Article& article, const std::string& words) { return article.text.find(words) != std::string::npos; }

// Many links beside the story in one column, so the column is no candidate for the body.
std::string link_column(int links) {
  std::string html = "<ul class='column'>";
  for (int k = 0; k < links; ++k)
    html += "<li><a href='/s" + std::to_string(k) + "'>Another headline about the council budget number " +
            std::to_string(k) + "</a></li>";
  return html + "</ul>";
}

std::string split_story() {
  return "<html><head><title>Bridge closes for repairs</title></head><body><div class='layout'>" +
         link_column(40) +
         "<div class='story-text'><p>The old river bridge closed on Monday for four months of repairs to its "
         "deck, the county roads office said in a statement.</p><p>Drivers will be sent over the northern "
         "crossing, which adds about twenty minutes to a trip into town at rush hour.</p></div>"
         "<div class='ad-slot'>Advertisement</div>"
         "<div class='story-text'><p>Engineers found cracks in two of the supporting beams during a routine "
         "inspection last spring, according to the report presented to the council.</p><p>The work will "
         "cost the county about four million dollars, paid from its reserve fund.</p></div>" +
         link_column(40) + "</div></body></html>";
}

TEST(BodyParts, AnArticleCutByAnAdvertisementIsKeptWhole) {
  Article article = extract_with(split_story(), testing::resources());
  EXPECT_TRUE(has(article, "closed on Monday")) << article.text;
  EXPECT_TRUE(has(article, "cracks in two of the supporting beams")) << article.text;
  EXPECT_TRUE(has(article, "paid from its reserve fund")) << article.text;
  EXPECT_FALSE(has(article, "Advertisement")) << article.text;
  EXPECT_FALSE(has(article, "Another headline")) << article.text;

  ExtractResources without = testing::resources();
  without.body.join_siblings = false;
  Article cut = extract_with(split_story(), without);
  EXPECT_NE(has(cut, "closed on Monday"), has(cut, "paid from its reserve fund")) << "only one part without the rule";
}

std::string schedule_page(const std::string& table) {
  return "<html><head><title>Ferry timetable changes</title></head><body><article>"
         "<p>The ferry company published its winter timetable on Friday, with two fewer sailings a day "
         "on the northern route because of the crew shortage.</p><p>The new times apply from the first "
         "of December and are listed below.</p>" + table + "</article></body></html>";
}

TEST(BodyParts, ATableOfDataAfterTheProseIsContent) {
  const std::string table =
      "<table><tr><th>Departs</th><th>Arrives</th></tr><tr><td>Harbor 07:10</td><td>Island 08:05</td></tr>"
      "<tr><td>Harbor 12:40</td><td>Island 13:35</td></tr></table>";
  Article article = extract_with(schedule_page(table), testing::resources());
  EXPECT_TRUE(has(article, "Harbor 12:40")) << article.text;

  ExtractResources without = testing::resources();
  without.body.keep_tables = false;
  EXPECT_FALSE(has(extract_with(schedule_page(table), without), "Harbor 12:40"));
}

TEST(BodyParts, ATableThatLaysOutThePageIsNotContent) {
  const std::string layout =
      "<table><tr><td><div>Partner news</div></td><td><div>Most read</div></td></tr>"
      "<tr><td><p>Top stories</p></td><td><p>Weather</p></td></tr></table>";
  Article article = extract_with(schedule_page(layout), testing::resources());
  EXPECT_TRUE(has(article, "winter timetable")) << article.text;
  EXPECT_FALSE(has(article, "Partner news")) << article.text;
}

}  // namespace
}  // namespace storyline
