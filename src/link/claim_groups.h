// Claim groups: the claims of a story that are about the same thing, compared across outlets.
//
// A group is one predicate about one subject ("designation" of the cartels, "transfer" of
// prisoners by Mexico, the "deaths" counted by a figure). Its verdict is about the fact: did
// independent outlets report it (corroborated), only one (single source), or does one deny what
// another asserts (contradicted)? Its disputes are about the details, pair by pair: figures
// that agree only approximately, that are incompatible, that belong to different events or
// periods, or that changed over time. Copies of one text count as one source. Rules in
// docs/verdicts.md.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyze.h"

namespace storyline {

enum class Verdict {
  Corroborated,
  ApproximatelyEqual,
  Contradicted,
  DistinctEvents,
  ChangedOverTime,
  SingleSource,
};

const char* to_string(Verdict verdict);  // "corroborated", "approximately equal", ...

struct ClaimRef {
  int article = -1;  // index into the story's articles
  int claim = -1;    // index into that article's claims
};

struct Dispute {
  Verdict verdict = Verdict::Contradicted;
  std::string aspect;  // "value", "time", "modality", "metric"
  ClaimRef a, b;       // a is the earlier article
  std::string reason;  // readable: "26 vs 29 suspected cartel members: different counted
                       // things and no shared date"
};

struct ClaimGroup {
  std::string predicate;
  std::string label;          // the taxonomy's label
  std::string subject;        // the subject entity's key, or "" for all claims of the predicate
  std::string subject_name;
  std::vector<ClaimRef> claims;
  int sources = 0;            // independent sources: copy groups that assert it
  Verdict verdict = Verdict::SingleSource;
  std::vector<std::string> reasons;
  std::vector<Dispute> disputes;
  int event = -1;             // index into the story's events (link/events.h), -1 for none
};

// The story's articles as analysed, and for each the first article of its copy group (itself
// when it is an original), as indexes into `articles`.
struct StoryInput {
  std::vector<const Analysis*> articles;
  std::vector<int> copy_of;
};

struct ClaimResources;

std::vector<ClaimGroup> group_claims(const StoryInput& story, const ClaimResources& resources);

}  // namespace storyline
