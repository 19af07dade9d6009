// The analyze stage end to end on articles: layers present, publication date only from what
// dates the article itself (never estimated from its body), and the seeds' dates and numeric claims found with the values a careful reader gives.
#include "analyze/analyze.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract.h"
#include "util/text.h"

namespace storyline {
namespace {

const AnalysisResources& resources() {
  static const auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

Analysis analyze_text(const std::string& text, const std::string& published = "") {
  RawDocument doc;
  doc.source = "test.txt";
  doc.content = text;
  doc.kind = ContentKind::Text;
  Article article = extract_article(doc, resources().extract, {"", "", published});
  return analyze_article(std::move(article), resources());
}

std::string slice(const std::string& text, const Span& span) {
  return text.substr(span.begin, span.end - span.begin);
}

TEST(Analyze, AddsSentencesDatesAndQuantities) {
  Analysis analysis = analyze_text(
      "The board met on March 3, 2025. It fined the company $2.5 million.\nAt least 15 people "
      "were hurt.", "2025-03-05");
  EXPECT_EQ(analysis.sentences.size(), 3u);
  ASSERT_FALSE(analysis.dates.empty());
  EXPECT_EQ(analysis.dates.front().value, "2025-03-03");
  ASSERT_GE(analysis.quantities.size(), 2u);
  EXPECT_EQ(analysis.article.published.from, DateSource::Given);
}

TEST(Analyze, AnUndatedArticleStaysUndatedThoughItMentionsOldYears) {
  Analysis analysis = analyze_text(
      "The strike began on March 3, 2019, and ended on March 7, 2019. Last week the union "
      "voted again, as it did in 1987.");
  EXPECT_EQ(analysis.article.published.from, DateSource::None);
  EXPECT_TRUE(analysis.article.published.value.empty()) << analysis.article.published.value;
  for (const TimeExpression& date : analysis.dates) {
    EXPECT_FALSE(date.estimated) << slice(analysis.article.text, date.span);
    if (slice(analysis.article.text, date.span) == "Last week")
      EXPECT_EQ(date.anchor, TimeAnchor::Unresolved);
  }
}

TEST(Analyze, ADatelineDatesTheArticleAndItsRelativeDates) {
  Analysis analysis = analyze_text(
      "GREYMOUTH, June 4, 2024 (Tidal Press) \u2014 Two ferries collided off the pier on "
      "Monday, the harbour master said. The pier opened in 1987.");
  EXPECT_EQ(analysis.article.published.value, "2024-06-04");
  EXPECT_EQ(analysis.article.published.from, DateSource::Text);
  bool monday = false;
  for (const TimeExpression& date : analysis.dates)
    if (slice(analysis.article.text, date.span) == "Monday")
      monday = date.value == "2024-06-03" && !date.estimated;
  EXPECT_TRUE(monday);
}

// A dateline without a year the text never completes: the date layer keeps its day, year-less.
TEST(Analyze, AYearlessDatelineLeavesTheYearUnknown) {
  Analysis analysis = analyze_text(
      "GREYMOUTH, June 4 (Tidal Press) \u2014 Two ferries collided off the pier yesterday. The "
      "pier was rebuilt in 2011.");
  EXPECT_TRUE(analysis.article.published.value.empty());
  bool yearless = false;
  for (const TimeExpression& date : analysis.dates)
    if (slice(analysis.article.text, date.span) == "June 4") yearless = date.value == "XXXX-06-04";
  EXPECT_TRUE(yearless);
}

TEST(Analyze, AnArticleThatIsOnlyADatelineIsAnalysed) {
  for (const char* text : {"GREYMOUTH, June 4 (Tidal Press) \u2014", "VALDEMAR, 7 abr (EFE) -",
                           "OSLO (Reuters) -"}) {
    Analysis analysis = analyze_text(text);
    EXPECT_TRUE(analysis.article.error.empty()) << text;
    EXPECT_FALSE(analysis.article.outlet.empty()) << text;
  }
}

TEST(Analyze, LeavesRelativeDatesUnresolvedWithoutAnyAnchor) {
  Analysis analysis = analyze_text("Last week the union voted again.");
  EXPECT_EQ(analysis.article.published.from, DateSource::None);
  ASSERT_EQ(analysis.dates.size(), 1u);
  EXPECT_EQ(analysis.dates[0].anchor, TimeAnchor::Unresolved);
  EXPECT_FALSE(analysis.dates[0].estimated);
}

// expected.json writes values with notes: "2025-SP (late)", "2025 (early)", "2024-02/2025-01
// (duration P12M)", "XXXX-05-04, year from publication date", "relative to publication date".
// "year from context" values were annotated with the year the reader takes from the rest of the
// article; in an article nothing dates, storyline leaves that year open (XXXX), as it does for
// "year from publication date".
bool date_matches(const TimeExpression& date, const std::string& expected, bool undated) {
  if (expected.starts_with("relative to publication"))
    return date.anchor == TimeAnchor::Publication || date.anchor == TimeAnchor::Unresolved;
  std::string value = expected.substr(0, expected.find_first_of(" ,"));
  if (std::size_t slash = value.find('/'); slash != std::string::npos)
    return date.begin == value.substr(0, slash) && date.end == value.substr(slash + 1);
  if (value.starts_with("XXXX")) return date.value.ends_with(value.substr(4));
  std::string mod = expected.find("(late)") != std::string::npos    ? "END"
                    : expected.find("(mid)") != std::string::npos   ? "MID"
                    : expected.find("(early)") != std::string::npos ? "START"
                                                                    : "";
  if (undated && expected.find("year from context") != std::string::npos && value.size() > 4 &&
      date.value == "XXXX" + value.substr(4))
    return date.mod == mod;
  return date.value == value && date.mod == mod;
}


std::map<std::string, Analysis> analyze_seeds(const std::filesystem::path& folder) {
  std::map<std::string, Analysis> seeds;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    std::stringstream buffer;
    buffer << std::ifstream(entry.path()).rdbuf();
    seeds.emplace(entry.path().filename().string().substr(0, 3), analyze_text(buffer.str()));
  }
  return seeds;
}

TEST(Analyze, FindsTheSeedsDatesAndNumericClaims) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(STORYLINE_SOURCE_DIR) / "../shared/seeds";
  if (!fs::exists(folder / "expected.json")) GTEST_SKIP() << "no seeds at " << folder;
  nlohmann::json expected = nlohmann::json::parse(std::ifstream(folder / "expected.json"));
  std::map<std::string, Analysis> seeds = analyze_seeds(folder);

  for (const auto& item : expected["dates"]) {
    const Analysis& analysis = seeds.at(item["doc"]);
    std::string wanted = item["text"], value = item["value"];
    const std::string& text = analysis.article.text;
    bool found = false;
    for (const TimeExpression& date : analysis.dates) {
      std::string got = slice(text, date.span);
      bool overlaps = unicode_lower(got).find(unicode_lower(wanted)) != std::string::npos ||
                      unicode_lower(wanted).find(unicode_lower(got)) != std::string::npos;
      bool undated = analysis.article.published.value.empty();
      if (overlaps && date_matches(date, value, undated)) found = true;
    }
    EXPECT_TRUE(found) << "seed " << item["doc"] << ": date '" << wanted << "' = " << value;
  }

  for (const auto& item : expected["numeric_claims"]) {
    const Analysis& analysis = seeds.at(item["doc"]);
    std::string wanted = item["text"];
    double value = item["value"];
    std::size_t at = analysis.article.text.find(wanted);
    ASSERT_NE(at, std::string::npos) << wanted;
    bool found = false;
    for (const Quantity& quantity : analysis.quantities) {
      if (quantity.span.end <= at || quantity.span.begin >= at + wanted.size()) continue;
      bool same = std::abs(quantity.value - value) < 1e-6 ||
                  (quantity.unit == "percent" && std::abs(quantity.value / 100 - value) < 1e-9);
      if (item.contains("unit") && item["unit"] == "USD") same = same && quantity.unit == "USD";
      if (item.contains("approx")) {
        std::string approx = item["approx"];
        std::replace(approx.begin(), approx.end(), ' ', '_');
        same = same && quantity.approx == approx;
      }
      if (same) found = true;
    }
    EXPECT_TRUE(found) << "seed " << item["doc"] << ": '" << wanted << "' = " << value;
  }
}

}  // namespace
}  // namespace storyline
