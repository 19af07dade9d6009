// Claim frames, table-driven in English and Spanish: which event word starts a claim, which
// figure and date belong to it, and how sure the sentence is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analyze.h"

namespace storyline {
namespace {

const AnalysisResources& resources() {
  static auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

Analysis analyse(const std::string& text, const std::string& lang, const std::string& published = "2025-09-10") {
  Article a;
  a.id = "t";
  a.source = "t";
  a.lang = lang;
  a.text = text;
  a.published = PublishedDate{published, DatePrecision::Day, DateSource::Given};
  a.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size())});
  return analyze_article(std::move(a), resources());
}

struct Row {
  std::string lang, text;
  std::string predicate;     // the claim to look at: the first of this predicate
  std::string value;         // the words of its figure, "" for none
  std::string modality;      // asserted, reported, planned, denied, conditional, hypothetical
  std::string time;          // its time value, "" when dated by publication only
  bool attached = false;     // whether that date is attached to the event word
};

void check(const Row& row) {
  SCOPED_TRACE(row.text);
  Analysis a = analyse(row.text, row.lang);
  const Claim* claim = nullptr;
  for (const Claim& c : a.claims)
    if (c.predicate == row.predicate) {
      claim = &c;
      break;
    }
  ASSERT_NE(claim, nullptr) << "no " << row.predicate << " claim";
  std::string value;
  if (claim->value >= 0) {
    const Span& s = a.quantities[claim->value].span;
    value = a.article.text.substr(s.begin, s.end - s.begin);
  }
  EXPECT_EQ(value, row.value);
  EXPECT_EQ(to_string(claim->modality), row.modality);
  if (row.time.empty()) {
    EXPECT_NE(claim->time.from, "text");
  } else {
    EXPECT_EQ(claim->time.value, row.time);
    EXPECT_EQ(claim->time.attached, row.attached);
  }
  EXPECT_EQ(claim->article, "t");
  ASSERT_FALSE(claim->evidence.empty());
}

TEST(Claims, English) {
  const std::vector<Row> rows = {
      {"en", "In August 2025, Norvania extradited 26 prisoners to Calder.", "transfer", "26", "asserted", "2025-08", true},
      {"en", "Three workers were killed and 12 people were hurt in the blast.", "death_toll", "Three", "asserted", ""},
      {"en", "Three workers were killed and 12 people were hurt in the blast.", "injuries", "12", "asserted", ""},
      {"en", "Deploying ground troops is not part of the plan.", "deployment", "", "denied", ""},
      {"en", "The ministry is preparing to deploy troops along the river.", "deployment", "", "planned", ""},
      {"en", "If talks fail, the army could strike the depots.", "strike", "", "conditional", ""},
      {"en", "Provisional data show over 82,000 overdose deaths in 2024.", "death_toll", "over 82,000", "asserted", "2024", true},
      {"en", "The death toll from the mill fire rose to five on Thursday, officials said.", "death_toll", "five", "reported", "2025-09-04", false},
      {"en", "The report, which does not justify the strikes, labeled four groups as terrorists.", "designation", "four", "asserted", ""},
      {"en", "Fire Chief Ana Ruiz said crews were still at the site.", "incident", "", "", ""},
  };
  for (const Row& row : rows) {
    if (row.modality.empty()) {  // a row that must give no claim of its predicate
      Analysis a = analyse(row.text, row.lang);
      for (const Claim& c : a.claims) EXPECT_NE(c.predicate, row.predicate) << row.text;
      continue;
    }
    check(row);
  }
}

TEST(Claims, Spanish) {
  const std::vector<Row> rows = {
      {"es", "En agosto de 2025, Norvania extraditó a 26 presos a Calder.", "transfer", "26", "asserted", "2025-08", true},
      {"es", "Murieron cinco trabajadores y 14 personas resultaron heridas.", "death_toll", "cinco", "asserted", ""},
      {"es", "El gobierno no enviará tropas a la frontera.", "deployment", "", "denied", ""},
      {"es", "El ejército prepara un operativo en la sierra, según fuentes militares.", "strike", "", "planned", ""},
      {"es", "Si no hay acuerdo, podría haber nuevos ataques.", "strike", "", "conditional", ""},
  };
  for (const Row& row : rows) check(row);
}

}  // namespace
}  // namespace storyline
