// What two claims of one group say against each other (internal to src/link/: claim_groups.cpp
// builds the groups, this file compares their claims pair by pair).
#pragma once

#include <optional>
#include <set>
#include <string>

#include "claims/claims.h"
#include "link/claim_groups.h"

namespace storyline::claim_compare {

struct Facts {
  ClaimRef ref;
  const Claim* claim = nullptr;
  const Analysis* analysis = nullptr;
  int source = -1;  // copy group: copies are one source
  std::string subject;
  bool has_value = false;
  double low = 0, high = 0, value = 0;
  bool exact = false;
  bool rough = false;  // "about", "nearly": the figure is someone's rounding
  std::string unit;
  double unit_size = 0;           // of a unit of measure in its base unit, 0 for none
  std::set<std::string> context; // words around the event word
  std::string begin, end;        // text-dated interval; empty when not dated by its sentence
  std::string precision;         // of that date: "day", "month", "week", "year", ...
  int month = 0;                 // month of a value without its year ("XXXX-01"), else 0
  std::string published;
  bool attached = false;  // its date is in the clause of its event word
};

Facts facts_of(const StoryInput& story, int article, int claim, const ClaimResources& resources);
bool asserts(const Facts& f);      // neither denied nor hypothetical nor conditional
bool speculative(const Facts& f);  // hypothetical or conditional
// 0: not comparable (different units); 1: the same figure; 2: the same within rounding or the
// qualifiers; 3: incompatible.
int compare_values(const Facts& a, const Facts& b);
// The verdict of a pair of claims of different sources, nothing when they agree; `a` is the earlier.
std::optional<Dispute> compare(const Facts& a, const Facts& b, PredicateKind kind);
// Two copies of one text whose figures differ: the text was updated. `same_place`: the two
// figures stand at the same place in their texts.
std::optional<Dispute> edited_copy(const Facts& x, const Facts& y, bool same_place);
int severity(Verdict v);  // contradicted 4 > changed 3 > distinct 2 > approximately equal 1

}  // namespace storyline::claim_compare
