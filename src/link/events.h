// Events: the real-world happenings a story's claims describe, linked across its articles
// (cross-document event coreference by rule).
//
//   std::vector<Event> events = link_events(input, groups, resources);
//   const Event& main = events.front();   // the one most sources report
//
// Two claims describe one event when they share a predicate and nothing about them says
// otherwise: for an act that happens many times (a transfer, a strike), dates of their sentences
// that do not overlap, or different places, make two events; one that happens once to what it
// befalls (a designation of the cartels) is another event only for another object; a running
// figure (a death toll) stays one event whatever its dates, so its reports can be compared over
// time, unless their figures are attached to different places (an evacuation of one
// neighbourhood, then of another). Subjects are not compared: a claim's subject is often who
// tells of it. A figure without an event word joins the event its role measures ("82,000 deaths"
// a death toll); one whose role belongs to no event ("employs 210 people") is no event. Pure.
#pragma once

#include <string>
#include <vector>

#include "link/claim_groups.h"

namespace storyline {

struct Event {
  std::string predicate, label;
  // The interval its dates cover (ISO dates), from dates attached to its event words, else from
  // dates in its claims' sentences (`time_from` "attached" or "sentence"); empty when none. Never
  // from a publication date.
  std::string begin, end, precision, time_from;
  std::string place;                      // the place its claims name most, "" when none
  std::vector<std::string> participants;  // subjects and objects named as entities, most cited first
  std::vector<ClaimRef> claims;
  int sources = 0;                        // copy groups reporting it
  int group = -1;                         // the claim group holding most of its claims
};

// Events most reported first (ties: first mentioned first).
std::vector<Event> link_events(const StoryInput& input, const ClaimResources& resources);

// The predicate of the event a claim reports: its own, or for a figure without an event word the
// one its role measures; "" when it reports no event.
std::string event_predicate(const Claim& claim, const ClaimResources& resources);

// Sets each event's `group`: the claim group holding most of its claims.
void set_event_groups(std::vector<Event>& events, const std::vector<ClaimGroup>& groups);

}  // namespace storyline
