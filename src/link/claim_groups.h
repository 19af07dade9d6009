// Claim groups: the claims of a story that are about the same thing, compared across outlets.
//
// A group is one event (link/events.h) as its reports name it ("the designation of the
// cartels"), or one measure of one event: the role of a figure in it ("people killed" in the
// blast, "people evacuated" from one neighbourhood, the plant's "employees"), the same group in
// English and Spanish. A figure that fits no role is in no group. Each pair of claims from
// different sources gets a verdict; the group's verdict follows its pairs ("corroborated,
// disputed by 1"). Copies of one text count as one source. Rules in docs/verdicts.md.
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
  std::string role;           // what its figures measure ("killed", "employed"), "" for an event
  std::string label;          // readable: "people evacuated (Marlow Point)", "designation"
  std::string place;          // the place its figures are attached to, "" when none
  std::string subject;        // the subject entity's key, or "" for all claims of the predicate
  std::string subject_name;
  std::vector<ClaimRef> claims;
  int sources = 0;            // independent sources: copy groups that assert it
  Verdict verdict = Verdict::SingleSource;
  int disputed_by = 0;        // sources whose reports most other sources contradict
  std::string summary;        // "corroborated, disputed by 1", "changed over time", ...
  std::vector<std::string> reasons;
  std::vector<Dispute> disputes;  // contradictions first
  int event = -1;             // index into the story's events (link/events.h), -1 for none
};

// The story's articles as analysed, and for each the first article of its copy group (itself
// when it is an original), as indexes into `articles`.
struct StoryInput {
  std::vector<const Analysis*> articles;
  std::vector<int> copy_of;
};

struct ClaimResources;
struct Event;

// `events` from link_events(story, resources); sets each group's `event`.
std::vector<ClaimGroup> group_claims(const StoryInput& story, const std::vector<Event>& events,
                                     const ClaimResources& resources);

}  // namespace storyline
