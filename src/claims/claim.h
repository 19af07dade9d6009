// Claim: one thing an article asserts, as a frame: who did what to whom, how many, when, where,
// said by whom, and how sure.
//
// "Mexico extradited 26 suspected cartel members to the U.S. days later" ->
//   {predicate "transfer", subject Mexico, object "suspected cartel members", value 26,
//    time (the date layer's "days later"), source: the outlet itself, modality asserted}
#pragma once

#include <string>
#include <vector>

#include "extract/article.h"  // Span

namespace storyline {

// The version of the claims layer: analyses stored by an older one are given their claims again
// (refresh_claims in analyze/analyze.h). 2: figures have roles and attached places; 3: readings
// on a scale, units, holders, a figure read in its own clause.
inline constexpr int kClaimsVersion = 3;


enum class Modality {
  Asserted,     // the outlet states it
  Reported,     // the outlet credits it to a source ("officials said", "according to")
  Planned,      // planned, prepared, considered, expected: not (yet) done
  Denied,       // negated or denied ("ruled out", "negó")
  Conditional,  // "if ...", "si ..."
  Hypothetical, // "could", "would", "might"
};

const char* to_string(Modality modality);

// Who a claim is credited to.
struct ClaimSource {
  enum Kind { Outlet, Named, Anonymous } kind = Outlet;
  std::string text;  // the source's words or name; the article's outlet for Outlet
  int entity = -1;   // index into the article's entities
  std::string via;   // the outlet that carried it, when another one ("told NBC News")
};

struct ClaimTime {
  int date = -1;          // index into the date layer; -1 when the claim is dated by publication
  std::string value;      // TimeML value ("2025-08", "2025-02-20", "XXXX-05-04")
  std::string begin, end; // the interval it covers, ISO dates ("2025-08-01", "2025-08-31"); empty
                          // when unknown
  std::string precision;  // "day", "week", "month", "quarter", "season", "half", "year",
                          // "unknown"
  bool attached = false;  // the date is in the clause of the claim's event word, not only in
                          // its sentence
  std::string from;       // "text" (a date of the sentence), "publication" (no date in the
                          // sentence: the article's own date), or "" (neither known)
};

struct Claim {
  std::string article;    // the article's id: claims travel across articles
  int sentence = -1;
  std::string predicate;  // taxonomy in docs/verdicts.md: transfer, designation, order, ...
  Span trigger;           // the word that names the event or measure
  int subject = -1;       // entity index, -1 when none
  std::string subject_text;
  int object = -1;        // entity index, -1 when the object is text only
  std::string object_text;
  int value = -1;         // index into the quantity layer, -1 when the claim counts nothing
  std::string role;       // what the figure measures in the event ("killed", "evacuated",
                          // "employed"; resources/common/claims/roles.txt), "" when no figure
                          // or no role fits it
  ClaimTime time;
  int place = -1;         // entity index of a GPE/LOC: the nearest to the event word in its
                          // clause, else the first of its sentence
  bool place_attached = false;  // the place is in the event word's clause, near it ("300
                                // residents of Tidewater", "evacuated from Marlow Point")
  ClaimSource source;
  Modality modality = Modality::Asserted;
  bool hedged = false;
  int quote = -1;         // index into quotes when the claim is a direct quote
  std::vector<Span> evidence;  // the sentence first, then the spans that fill the frame
};

}  // namespace storyline
