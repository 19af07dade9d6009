// Quotes across outlets: one speaker on one occasion in different words is a variant; the same
// words in two outlets are one statement; different occasions are different statements.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "link/story.h"

namespace storyline {
namespace {

const AnalysisResources& resources() {
  static auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

Analysis analyse(const std::string& id, const std::string& outlet, const std::string& text) {
  Article a;
  a.id = id;
  a.source = id;
  a.outlet = outlet;
  a.lang = "en";
  a.text = text;
  a.published = PublishedDate{"2026-05-05", DatePrecision::Day, DateSource::Given};
  a.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size())});
  return analyze_article(std::move(a), resources());
}

// Each outlet's own background, so that the two reports are not copies of each other.
const std::string kContextA =
    " Governor Elena Vasquez of Calder spoke after the floods in Orla and Benth, where the Sava River "
    "forced thousands of residents from their homes.";
const std::string kContextB =
    " The Sava River flooded Orla and Benth this week; Elena Vasquez, governor of Calder, toured both "
    "towns with engineers and relief officials.";

TEST(QuoteGroups, SameOccasionDifferentWordsIsAVariant) {
  std::vector<Analysis> analyses = {
      analyse("a", "Valley Post", "Aboard the rescue ship, Vasquez said, “We will rebuild every bridge in Orla.”" + kContextA),
      analyse("b", "Plains Herald", "Aboard the rescue ship, Vasquez told reporters, “Every road will be open by summer.”" + kContextB),
  };
  Record record = link_articles(analyses, *resources().claims);
  ASSERT_EQ(record.stories.size(), 1u);
  bool variant = false;
  for (const QuoteGroup& g : record.stories[0].quotes)
    if (g.quotes.size() == 2) variant = g.variant;
  EXPECT_TRUE(variant);
}

TEST(QuoteGroups, SameWordsInTwoOutletsAreOneStatement) {
  std::vector<Analysis> analyses = {
      analyse("a", "Valley Post", "Aboard the rescue ship, Vasquez said, “We will rebuild every bridge in Orla.”" + kContextA),
      analyse("b", "Plains Herald", "“We will rebuild every bridge in Orla,” Vasquez said aboard the rescue ship." + kContextB),
  };
  Record record = link_articles(analyses, *resources().claims);
  ASSERT_EQ(record.stories.size(), 1u);
  for (const QuoteGroup& g : record.stories[0].quotes) EXPECT_FALSE(g.variant) << g.speaker;
}

}  // namespace
}  // namespace storyline
