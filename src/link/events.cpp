#include "link/events.h"

#include <algorithm>
#include <map>
#include <set>

#include "claims/claims.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxParticipants = 8;

// What one claim says about which happening it reports.
struct Signature {
  std::string predicate;
  // The interval of the date its sentence gives it (the date layer's nearest date to the event
  // word; `attached` when in the event word's clause), else empty: never a publication date.
  std::string begin, end, precision;
  bool attached = false;
  std::string place, subject, object;  // entity keys, "" when not named
  bool place_attached = false;         // the place is next to the event word or figure
};

Signature signature_of(const Analysis& a, const Claim& c, const std::string& predicate) {
  Signature s;
  s.predicate = predicate;
  if (c.time.from == "text" && !c.time.begin.empty() && c.time.precision != "unknown")
    s.begin = c.time.begin, s.end = c.time.end, s.precision = c.time.precision, s.attached = c.time.attached;
  auto key = [&](int entity) { return entity >= 0 ? a.entities[entity].key : std::string(); };
  s.place = key(c.place);
  s.place_attached = c.place_attached;
  s.subject = key(c.subject);
  s.object = key(c.object);
  return s;
}

struct Building {
  Event event;
  std::vector<Signature> signatures;
};

bool differ(const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && a != b; }

bool overlaps(const Signature& a, const Signature& b) {
  return a.begin <= b.end && b.begin <= a.end;
}

// How well a claim fits an event it may join: -1 when something says it is another happening,
// else the number of things they share (dates, place, participants).
int fit(const Building& event, const Signature& claim, PredicateKind kind) {
  int shared = 0;
  for (const Signature& s : event.signatures) {
    // Who or what a once-only act befell ("designated the cartels", "designated Maduro").
    if (kind == PredicateKind::Once && differ(s.object, claim.object)) return -1;
    // A repeatable act on other days or in another place is another act. Subjects are not
    // compared: the subject of a claim is often who tells of it, not who did it.
    if (kind == PredicateKind::Repeatable) {
      if (!s.begin.empty() && !claim.begin.empty() && !overlaps(s, claim)) return -1;
      if (differ(s.place, claim.place)) return -1;
    }
    // A running figure is one whatever its dates, but not one of two places each attached to
    // its figure: the evacuation of one neighbourhood, then of another.
    if (kind == PredicateKind::Cumulative && s.place_attached && claim.place_attached && differ(s.place, claim.place))
      return -1;
  }
  for (const Signature& s : event.signatures) {
    shared += !s.begin.empty() && !claim.begin.empty() && overlaps(s, claim);
    shared += !s.place.empty() && s.place == claim.place;
    shared += !s.subject.empty() && s.subject == claim.subject;
    shared += !s.object.empty() && s.object == claim.object;
  }
  return shared;
}

// The interval of an event: the most precise of its dates when they agree, all of them when they
// do not (a designation dated "January" by one outlet and "February" by another). Dates attached
// to event words are preferred to other dates of their sentences.
void set_time(Event& e, const std::vector<Signature>& signatures) {
  for (bool attached : {true, false}) {
    std::vector<const Signature*> dated;
    for (const Signature& s : signatures)
      if (!s.begin.empty() && (s.attached || !attached)) dated.push_back(&s);
    if (dated.empty()) continue;
    const Signature* best = dated.front();
    std::string first = best->begin, last = best->end;
    for (const Signature* s : dated) {
      first = std::min(first, s->begin);
      last = std::max(last, s->end);
      if (s->end < best->end || s->begin > best->begin) best = s;
    }
    const bool agree = std::all_of(dated.begin(), dated.end(), [&](const Signature* s) { return overlaps(*s, *best); });
    e.begin = agree ? best->begin : first;
    e.end = agree ? best->end : last;
    e.precision = agree ? best->precision : "range";
    e.time_from = attached ? "attached" : "sentence";
    return;
  }
}

}  // namespace

std::string event_predicate(const Claim& claim, const ClaimResources& resources) {
  // A figure measures the event its role names: "killed 3" after "the explosion" counts a
  // death toll, and "156 missing" after "deaths" is no death toll.
  if (const RoleInfo* role = resources.role(claim.role); role && !role->predicate.empty()) return role->predicate;
  return claim.predicate == "measure" ? "" : claim.predicate;
}

std::vector<Event> link_events(const StoryInput& input, const ClaimResources& resources) {
  std::vector<Building> building;
  for (std::size_t a = 0; a < input.articles.size(); ++a) {
    const Analysis& analysis = *input.articles[a];
    for (std::size_t c = 0; c < analysis.claims.size(); ++c) {
      const Claim& claim = analysis.claims[c];
      const std::string predicate = event_predicate(claim, resources);
      const auto info = resources.predicates.find(predicate);
      if (info == resources.predicates.end() || info->second.kind == PredicateKind::Statistic) continue;
      const Signature s = signature_of(analysis, claim, predicate);
      int best = -1, best_fit = -1;
      for (std::size_t e = 0; e < building.size(); ++e) {
        if (building[e].event.predicate != s.predicate) continue;
        const int f = fit(building[e], s, info->second.kind);
        // Ties go to the event with more claims: an undated report of "the transfer" is about
        // the one most reported.
        if (f > best_fit || (f == best_fit && f >= 0 && building[e].signatures.size() > building[best].signatures.size()))
          best = static_cast<int>(e), best_fit = f;
      }
      if (best < 0 || best_fit < 0) {
        best = static_cast<int>(building.size());
        building.push_back({});
        building.back().event.predicate = s.predicate;
        building.back().event.label = info->second.label;
      }
      building[best].event.claims.push_back({static_cast<int>(a), static_cast<int>(c)});
      building[best].signatures.push_back(s);
    }
  }

  std::vector<Event> events;
  for (Building& b : building) {
    Event& e = b.event;
    set_time(e, b.signatures);
    std::set<int> copies;
    std::map<std::string, int> places, participants;
    std::map<std::string, std::string> names;
    for (std::size_t k = 0; k < e.claims.size(); ++k) {
      const ClaimRef& ref = e.claims[k];
      const Analysis& a = *input.articles[ref.article];
      const Claim& c = a.claims[ref.claim];
      copies.insert(input.copy_of[ref.article]);
      if (c.place >= 0) ++places[a.entities[c.place].name];
      for (int entity : {c.subject, c.object})
        if (entity >= 0) {
          const Entity& named = a.entities[entity];
          ++participants[named.key];
          if (named.name.size() > names[named.key].size()) names[named.key] = named.name;
        }
    }
    e.sources = static_cast<int>(copies.size());
    int most = 0;
    for (const auto& [place, n] : places)
      if (n > most) most = n, e.place = place;
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [key, n] : participants) ranked.emplace_back(-n, names[key]);
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [n, name] : ranked)
      if (e.participants.size() < kMaxParticipants) e.participants.push_back(name);
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.sources > y.sources; });
  return events;
}

void set_event_groups(std::vector<Event>& events, const std::vector<ClaimGroup>& groups) {
  std::map<std::pair<int, int>, int> group_of;  // claim -> its group
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const ClaimRef& ref : groups[g].claims) group_of[{ref.article, ref.claim}] = static_cast<int>(g);
  for (Event& e : events) {
    std::map<int, int> in_group;
    for (const ClaimRef& ref : e.claims) {
      const auto group = group_of.find({ref.article, ref.claim});
      if (group != group_of.end()) ++in_group[group->second];
    }
    int most = 0;
    e.group = -1;
    for (const auto& [g, n] : in_group)
      if (n > most) most = n, e.group = g;
  }
}

}  // namespace storyline
