#include "link/claim_groups.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_set>

#include "claims/claims.h"
#include "link/claim_compare.h"
#include "link/events.h"

namespace storyline {
namespace {

using claim_compare::asserts;
using claim_compare::compare;
using claim_compare::compare_values;
using claim_compare::edited_copy;
using claim_compare::Facts;
using claim_compare::facts_of;
using claim_compare::severity;
using claim_compare::speculative;

// Where a claim belongs: an event and the role of its figure in it, and for a figure of no
// event the place it is attached to.
struct GroupKey {
  int event = -1;
  std::string role, place;
  std::string holder;  // whose figure it is, for roles of a party (votes of a candidate)
  bool operator<(const GroupKey& o) const {
    return std::tie(event, role, place, holder) < std::tie(o.event, o.role, o.place, o.holder);
  }
};

// The verdict of a group from its pairs of sources: each pair of sources counts once, with the
// most severe verdict among their claims. A source dissents when most of its pairs contradict
// it; a group is contradicted when half its sources dissent, else corroborated even when one
// source disputes it, saying by how many.
void summarise(ClaimGroup& g, const std::map<std::pair<int, int>, Verdict>& pairs, const std::set<int>& asserting) {
  int agree = 0, contradicted = 0, changed = 0;
  std::map<int, int> against, with;  // per source: pairs that contradict it, that agree with it
  for (const auto& [sources, v] : pairs) {
    bool agrees = v == Verdict::Corroborated || v == Verdict::ApproximatelyEqual;
    agree += agrees;
    contradicted += v == Verdict::Contradicted;
    changed += v == Verdict::ChangedOverTime;
    for (int s : {sources.first, sources.second}) {
      if (v == Verdict::Contradicted) ++against[s];
      if (agrees) ++with[s];
    }
  }
  g.sources = static_cast<int>(asserting.size());
  int dissenting = 0, compared = 0;  // sources most of whose pairs contradict
  std::set<int> in_pairs;
  for (const auto& [sources, v] : pairs) in_pairs.insert(sources.first), in_pairs.insert(sources.second);
  for (int source : in_pairs) {
    ++compared;
    if (against[source] > with[source]) ++dissenting;
  }
  if (contradicted > 0 && 2 * dissenting >= compared) {
    g.verdict = Verdict::Contradicted;
    g.reasons.push_back(std::to_string(contradicted) + " of " + std::to_string(pairs.size()) + " pairs of sources disagree");
  } else if (changed > 0 && changed >= agree) {
    g.verdict = Verdict::ChangedOverTime;
    g.reasons.push_back("later reports give another figure or status");
  } else if (g.sources >= 2) {
    g.verdict = Verdict::Corroborated;
    g.reasons.push_back(std::to_string(g.sources) + " independent sources report it");
    g.disputed_by = contradicted > 0 ? std::max(1, dissenting) : 0;
  } else {
    g.verdict = Verdict::SingleSource;
    g.reasons.push_back(g.sources == 1 ? "one source (copies counted once)" : "no source asserts it");
  }
  g.summary = to_string(g.verdict);
  if (g.disputed_by > 0) g.summary += ", disputed by " + std::to_string(g.disputed_by);
}

}  // namespace

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::Corroborated: return "corroborated";
    case Verdict::ApproximatelyEqual: return "approximately equal";
    case Verdict::Contradicted: return "contradicted";
    case Verdict::DistinctEvents: return "distinct events";
    case Verdict::ChangedOverTime: return "changed over time";
    case Verdict::SingleSource: return "single source";
  }
  return "single source";
}

std::vector<ClaimGroup> group_claims(const StoryInput& story, const std::vector<Event>& events,
                                     const ClaimResources& resources) {
  std::map<std::pair<int, int>, int> event_of;
  for (std::size_t e = 0; e < events.size(); ++e)
    for (const ClaimRef& ref : events[e].claims) event_of[{ref.article, ref.claim}] = static_cast<int>(e);
  std::map<GroupKey, std::vector<Facts>> by_key;
  for (std::size_t a = 0; a < story.articles.size(); ++a) {
    const Analysis& analysis = *story.articles[a];
    for (std::size_t c = 0; c < analysis.claims.size(); ++c) {
      const Claim& claim = analysis.claims[c];
      const auto event = event_of.find({static_cast<int>(a), static_cast<int>(c)});
      GroupKey key;
      key.event = event == event_of.end() ? -1 : event->second;
      Facts f = facts_of(story, static_cast<int>(a), static_cast<int>(c), resources);
      if (const RoleInfo* role = resources.role(claim.role); f.has_value && role) {
        key.role = claim.role;
        // A measure of no event ("employs 210", "156 missing") is one group per place, not part
        // of the event whose word happened to take its figure.
        if (role->predicate.empty()) key.event = -1;
        if (key.event < 0 && claim.place_attached && claim.place >= 0) key.place = analysis.entities[claim.place].key;
        // One candidate's share of the vote is no figure of another's.
        if (role->holder && claim.subject >= 0) key.holder = analysis.entities[claim.subject].key;
      } else {
        f.has_value = false;          // a figure of no known role is compared with nothing
        if (key.event < 0) continue;  // nor grouped when it reports no event: a claim of its sentence
      }
      by_key[key].push_back(std::move(f));
    }
  }
  // A figure of no event without a place joins the one place its role was reported for.
  for (auto it = by_key.begin(); it != by_key.end();) {
    const GroupKey& key = it->first;
    if (key.event >= 0 || key.role.empty() || !key.place.empty()) { ++it; continue; }
    std::vector<std::map<GroupKey, std::vector<Facts>>::iterator> placed;
    for (auto other = by_key.begin(); other != by_key.end(); ++other)
      if (other->first.event < 0 && other->first.role == key.role && !other->first.place.empty()) placed.push_back(other);
    if (placed.size() != 1) { ++it; continue; }
    auto& into = placed.front()->second;
    into.insert(into.end(), it->second.begin(), it->second.end());
    it = by_key.erase(it);
  }

  std::vector<ClaimGroup> groups;
  for (auto& [key, facts] : by_key) {
    ClaimGroup g;
    g.event = key.event;
    g.role = key.role;
    g.predicate = key.event >= 0 ? events[key.event].predicate : facts.front().claim->predicate;
    PredicateKind kind = PredicateKind::Repeatable;
    if (!key.role.empty()) {
      const RoleInfo& role = resources.roles.at(key.role);
      kind = role.kind;
      g.label = role.label;
    } else if (auto info = resources.predicates.find(g.predicate); info != resources.predicates.end()) {
      kind = info->second.kind;
      g.label = info->second.label;
    }
    std::map<std::string, int> subjects, places;
    std::set<int> sources;
    for (const Facts& f : facts) {
      g.claims.push_back(f.ref);
      if (!f.subject.empty()) ++subjects[f.subject];
      if (asserts(f)) sources.insert(f.source);
      if (f.claim->place_attached && f.claim->place >= 0) ++places[f.analysis->entities[f.claim->place].name];
    }
    // A place names the group when most of its figures are attached to it: one city's part of
    // a national toll does not make the toll that city's.
    int most = static_cast<int>(facts.size() - 1) / 2;
    for (const auto& [place, n] : places)
      if (n > most) most = n, g.place = place;
    if (!g.place.empty()) g.label += " (" + g.place + ")";
    // A subject names the group only when it is the actor of many of its claims, not the
    // nearest name to one of them.
    int best = std::max(2, static_cast<int>(facts.size()) / 3) - 1;
    for (const auto& [subject, n] : subjects)
      if (n > best) best = n, g.subject = subject;
    if (!key.holder.empty()) g.subject = key.holder;  // the candidate whose votes these are
    for (const Facts& f : facts)
      if (f.subject == g.subject && f.claim->subject >= 0) {
        g.subject_name = f.analysis->entities[f.claim->subject].name;
        break;
      }
    std::map<std::pair<int, int>, Verdict> pairs;      // per pair of sources, the most severe verdict
    std::set<std::tuple<int, int, std::string>> seen;  // one dispute per pair of sources and aspect
    // Two sources that give one figure exactly agree on it; another figure one of them gives in
    // the group is of something else (the second quake, one town's part of the toll, an
    // aftershock's dead), not a disagreement or a change between them.
    std::vector<int> rank(facts.size());  // of a figure among its article's figures in the group
    std::map<int, int> figures;            // per article
    for (std::size_t i = 0; i < facts.size(); ++i)
      if (facts[i].has_value) rank[i] = figures[facts[i].ref.article]++;
    std::set<std::pair<int, int>> agreeing;
    for (std::size_t i = 0; i < facts.size(); ++i)
      for (std::size_t j = i + 1; j < facts.size(); ++j)
        if (facts[i].source != facts[j].source && facts[i].has_value && facts[j].has_value && asserts(facts[i]) &&
            asserts(facts[j]) && compare_values(facts[i], facts[j]) == 1 && facts[i].exact && facts[j].exact &&
            !compare(facts[i], facts[j], kind))  // one figure of one happening, not of two
          agreeing.insert({std::min(facts[i].source, facts[j].source), std::max(facts[i].source, facts[j].source)});
    for (std::size_t i = 0; i < facts.size(); ++i)
      for (std::size_t j = i + 1; j < facts.size(); ++j) {
        if (facts[i].source == facts[j].source) {
          // Copies are one source, but a copy that gives another figure is a later version of the
          // text: what it changed is news ("subió a 331" rewritten as "subió a 343").
          const bool same_place = rank[i] == rank[j] && figures[facts[i].ref.article] == figures[facts[j].ref.article];
          if (auto d = edited_copy(facts[i], facts[j], same_place); d && seen.insert({facts[i].source, facts[i].source, "edit"}).second)
            g.disputes.push_back(*d);
          continue;
        }
        const bool in_order = facts[i].published.empty() || facts[j].published.empty() || facts[i].published <= facts[j].published;
        const Facts& x = in_order ? facts[i] : facts[j];
        const Facts& y = in_order ? facts[j] : facts[i];
        // What could or would happen is not compared with what did: "about 20 firefighters
        // would remain" is no count of those who fought the fire.
        if (speculative(x) || speculative(y)) continue;
        auto d = compare(x, y, kind);
        if (!d && !asserts(x) && !asserts(y)) continue;  // two denials agree on nothing done
        const std::pair<int, int> sources_key{std::min(x.source, y.source), std::max(x.source, y.source)};
        if (d && agreeing.count(sources_key)) continue;
        const Verdict v = d ? d->verdict : Verdict::Corroborated;
        auto known = pairs.find(sources_key);
        if (known == pairs.end() || severity(v) > severity(known->second)) pairs[sources_key] = v;
        if (!d || !seen.insert({sources_key.first, sources_key.second, d->aspect + to_string(d->verdict)}).second) continue;
        g.disputes.push_back(*d);
      }
    std::stable_sort(g.disputes.begin(), g.disputes.end(),
                     [](const Dispute& x, const Dispute& y) { return severity(x.verdict) > severity(y.verdict); });
    summarise(g, pairs, sources);
    for (const Dispute& d : g.disputes) g.reasons.push_back(std::string(to_string(d.verdict)) + " (" + d.aspect + "): " + d.reason);
    groups.push_back(std::move(g));
  }
  // Most-sourced and disputed groups first: what a reader should look at.
  std::stable_sort(groups.begin(), groups.end(), [](const ClaimGroup& x, const ClaimGroup& y) {
    if (x.disputes.empty() != y.disputes.empty()) return !x.disputes.empty();
    return x.sources > y.sources;
  });
  return groups;
}

}  // namespace storyline
