// The claims layer: claim frames from an article's sentences and the layers found in them.
//
//   auto resources = load_claim_resources(default_resource_dir());
//   std::vector<Claim> claims = extract_claims(ClaimInput{article, sentences, ...}, *resources);
//
// A claim starts at a trigger word (resources/<lang>/claims/triggers.txt: "extradited",
// "designated", "muertos") or at a quantity no trigger took ("over 82,000 drug overdose deaths"
// is a `measure`), and takes from its sentence the nearest date, quantity, entities, the quote
// or attribution that sources it, hedges and modality words. Pure and thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims/claim.h"
#include "extract/article.h"
#include "recognize/entities/entity.h"
#include "recognize/quantities/quantity.h"
#include "recognize/speech/speech.h"
#include "recognize/dates/time_expression.h"

namespace storyline {


enum class PredicateKind { Once, Repeatable, Cumulative, Statistic };

struct PredicateInfo {
  PredicateKind kind = PredicateKind::Repeatable;
  std::string label;
  std::string role;  // the role of a figure its event word takes when no role word is nearer
};

// What a figure measures in its event (resources/common/claims/roles.txt).
struct RoleInfo {
  PredicateKind kind = PredicateKind::Statistic;
  std::string predicate;  // the event it measures when no event word took it, "" for none
  bool money = false;     // its figures are sums of money, not counts
  bool scale = false;     // its figures are readings on a scale (a magnitude), written bare
  bool share = false;     // its figures are percentages only (a turnout, a share of the vote)
  bool holder = false;    // its figures belong to a named party: a candidate's votes, a reward for someone
  std::string as_share;   // the role its words give a percentage ("turnout" for a crowd's words)
  std::string dimension;  // for a measure in units ("length"): figures are counts of a unit
  std::string label;      // "people evacuated"
};

// A unit of measure (resources/common/claims/units.txt): what it measures and its size in the
// dimension's base unit (a mile is 1609.344 metres).
struct UnitInfo {
  std::string dimension;
  double factor = 1;
};

struct NameToken;

// Folded words and phrases to keys: "extradit*" -> transfer, "executive order" -> order,
// "stay indoors" -> sheltered.
struct PhraseLexicon {
  std::unordered_map<std::string, std::string> exact;
  std::vector<std::pair<std::string, std::string>> prefixes;  // "extradit" for "extradit*"
  std::map<std::vector<std::string>, std::string> phrases;
  void add(const std::vector<std::string>& folded_words, const std::string& key);
  // The key of the entry that starts at token k, and how many tokens it takes; {"", 0} if none.
  std::pair<std::string, std::size_t> match(const std::vector<NameToken>& tokens, std::size_t k) const;
};

struct ClaimLanguage {
  PhraseLexicon triggers;                                             // word -> predicate
  PhraseLexicon roles;                                                // word -> role of a figure
  std::vector<std::vector<std::string>> subsets;                      // "including", "entre ellos"
  std::unordered_set<std::string> things;                             // "counties", "manzanas"
  PhraseLexicon units;                                                // "km", "millas náuticas" -> unit
  std::unordered_set<std::string> updates;                            // "risen", "subió"
  std::unordered_map<std::string, Modality> modality_words;
  std::map<std::vector<std::string>, Modality> modality_phrases;      // "ruled out"
  std::unordered_set<std::string> clause_breaks;                      // "but", "pero"
  std::unordered_set<std::string> conjunctions;                       // "and", "y": split figures
  std::unordered_set<std::string> copulas;                            // "is", "es": "is not part of"
  std::unordered_set<std::string> locatives;                          // "in", "en": "45 en Puebla"
  // ../stopwords.txt: words that say nothing of what an article is about (link/story.cpp).
  std::unordered_set<std::string> function_words;
};

struct TextValueResources;  // link/text_values.h

struct ClaimResources {
  std::map<std::string, PredicateInfo> predicates;  // resources/common/claims/predicates.txt
  std::map<std::string, RoleInfo> roles;            // resources/common/claims/roles.txt
  std::map<std::string, UnitInfo> units;            // resources/common/claims/units.txt
  std::map<std::string, ClaimLanguage> languages;
  // resources/LANG/claims/text_values.txt: how names and titles of claims compare across
  // outlets (link/text_values.h); loaded with the rest of the claims' words.
  std::shared_ptr<const TextValueResources> text_values;

  // The role named `key`, null for none ("" included).
  const RoleInfo* role(const std::string& key) const {
    auto found = roles.find(key);
    return found == roles.end() ? nullptr : &found->second;
  }
};

// Throws std::runtime_error naming file and line on a malformed entry, or on a trigger whose
// predicate the taxonomy does not list.
std::shared_ptr<const ClaimResources> load_claim_resources(const std::string& resource_dir);

// The layers of one article a claim is built from (all sorted by span).
struct ClaimInput {
  const Article& article;
  const std::vector<Span>& sentences;
  const std::vector<TimeExpression>& dates;
  const std::vector<Quantity>& quantities;
  const std::vector<Mention>& mentions;
  const std::vector<Entity>& entities;
  const Speech& speech;
};

std::vector<Claim> extract_claims(const ClaimInput& input, const ClaimResources& resources);

// The interval a TimeML value covers, as ISO dates, and its precision: "2025-08" ->
// {"2025-08-01", "2025-08-31", "month"}; values with X placeholders -> precision "unknown".
ClaimTime interval_of(const std::string& value);

}  // namespace storyline
