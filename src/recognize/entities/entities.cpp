// Resolution: grouping the candidates of entity_mentions into the entities they name.
//
// Order matters. Gazetteer names group by their entry; then typed names, longest first, so
// "Donald Trump" exists before "Trump" looks for it; then aliases ("known as", acronyms in
// parentheses); then the names resources could not type, which survive only by joining an
// entity ("Trump", "Guillot"); last, nominal mentions ("the president") join the nearest
// person holding that role.
#include "recognize/entities/entities.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "recognize/entities/entity_mentions.h"
#include "recognize/quantities/quantity_tokens.h"  // fold_word
#include "util/text.h"

namespace storyline {
namespace {

using Words = std::vector<std::string>;

struct Group {
  int known = -1;
  std::vector<int> members;  // candidate indexes
  std::unordered_set<std::string> words;
  std::vector<Words> names;
  std::unordered_set<std::string> nick_words;
  EntityType type = EntityType::Person;
  bool outlet = false;
};

bool subset(const Words& small, const std::unordered_set<std::string>& big) {
  if (small.empty()) return false;
  return std::all_of(small.begin(), small.end(), [&](const std::string& w) { return big.count(w) > 0; });
}

bool is_suffix(const Words& small, const Words& big) {
  return !small.empty() && small.size() <= big.size() &&
         std::equal(small.rbegin(), small.rend(), big.rbegin());
}

std::string initials(const Words& words) {
  std::string out;
  for (const std::string& w : words)
    if (!w.empty() && w != "u.s.") out += w.front();
  return out;
}

std::string undotted(const std::string& word) {
  std::string out;
  for (char c : word)
    if (c != '.') out += c;
  return out;
}

class Resolver {
 public:
  Resolver(std::string_view text, std::vector<NameCandidate>& candidates, const EntityResources& resources)
      : text_(text), c_(candidates), resources_(resources), group_of_(candidates.size(), -1) {}

  EntityLayer run() {
    std::map<int, int> by_known;
    for (std::size_t i = 0; i < c_.size(); ++i) {
      if (c_[i].known < 0 || c_[i].alias_of >= 0) continue;
      auto [it, added] = by_known.emplace(c_[i].known, static_cast<int>(groups_.size()));
      if (added) {
        groups_.emplace_back();
        groups_.back().known = c_[i].known;
        groups_.back().type = resources_.known[c_[i].known].type;
        groups_.back().outlet = resources_.known[c_[i].known].outlet;
      }
      join(static_cast<int>(i), it->second);
    }
    std::vector<int> typed;
    for (std::size_t i = 0; i < c_.size(); ++i)
      if (group_of_[i] < 0 && c_[i].alias_of < 0 && !c_[i].guessed &&
          c_[i].mention.kind == MentionKind::Name)
        typed.push_back(static_cast<int>(i));
    std::stable_sort(typed.begin(), typed.end(),
                     [&](int a, int b) { return c_[a].words.size() > c_[b].words.size(); });
    for (int i : typed) {
      int g = find_group(i, /*strict=*/true);
      if (g < 0) g = new_group(c_[i].mention.type);
      join(i, g);
    }
    for (std::size_t i = 0; i < c_.size(); ++i) {
      int target = c_[i].alias_of;
      if (target < 0) continue;
      if (group_of_[target] < 0) join(target, new_group(c_[target].mention.type));
      int g = group_of_[target];
      groups_[g].nick_words.insert(c_[i].nickname.begin(), c_[i].nickname.end());
      join(static_cast<int>(i), g);
    }
    for (std::size_t i = 0; i < c_.size(); ++i) {
      if (group_of_[i] >= 0 || c_[i].mention.kind != MentionKind::Name) continue;
      int g = find_group(static_cast<int>(i), /*strict=*/false);
      if (g >= 0) join(static_cast<int>(i), g);
    }
    for (std::size_t i = 0; i < c_.size(); ++i)
      if (c_[i].mention.kind == MentionKind::Nominal) {
        int g = nominal_group(static_cast<int>(i));
        if (g >= 0) join(static_cast<int>(i), g);
      }
    return build();
  }

 private:
  int new_group(EntityType type) {
    groups_.emplace_back();
    groups_.back().type = type;
    return static_cast<int>(groups_.size()) - 1;
  }

  void join(int i, int g) {
    group_of_[i] = g;
    Group& group = groups_[g];
    group.members.push_back(i);
    const NameCandidate& c = c_[i];
    if (c.mention.kind != MentionKind::Name) return;
    group.outlet = group.outlet || c.outlet;
    if (c.alias_of < 0) {
      group.words.insert(c.words.begin(), c.words.end());
      group.names.push_back(c.words);
    }
    group.nick_words.insert(c.nickname.begin(), c.nickname.end());
  }

  // The group a name belongs to. Strict (typed names): a person's words within a person's
  // words, or another type's name as a suffix or acronym of the group's. Loose (untyped names):
  // the same, plus nicknames, whatever the type.
  int find_group(int i, bool strict) const {
    const NameCandidate& c = c_[i];
    int best = -1;
    long best_distance = 0;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      bool same_type = group.type == c.mention.type;
      if (strict && !same_type) continue;
      bool fits = false;
      if (group.type == EntityType::Person) {
        fits = !c.words.empty() && std::all_of(c.words.begin(), c.words.end(), [&](const std::string& w) {
          return group.words.count(w) > 0 || group.nick_words.count(w) > 0;
        });
      } else {
        for (const Words& name : group.names) {
          if (is_suffix(c.words, name) || is_suffix(name, c.words)) fits = true;
          if (c.acronym && name.size() > 1 && initials(name) == undotted(c.words.front())) fits = true;
        }
        if (!c.words.empty() && subset(c.words, group.nick_words)) fits = true;
      }
      if (!fits) continue;
      long distance = distance_to(c.mention.span.begin, group);
      if (best < 0 || distance < best_distance) best = static_cast<int>(g), best_distance = distance;
    }
    return best;
  }

  // How far the group's nearest mention is from `at`; mentions before count as nearer than
  // mentions after, because a short name usually refers back.
  long distance_to(std::uint32_t at, const Group& group) const {
    long best = -1;
    for (int m : group.members) {
      long begin = c_[m].mention.span.begin;
      long d = begin <= at ? static_cast<long>(at) - begin : 1'000'000'000L + begin - at;
      if (best < 0 || d < best) best = d;
    }
    return best < 0 ? 2'000'000'000L : best;
  }

  int nominal_group(int i) const {
    const NameCandidate& c = c_[i];
    int best = -1;
    long best_distance = 0;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (group.type != EntityType::Person) continue;
      bool holds = false;
      for (int m : group.members) {
        const Span& role = c_[m].mention.role;
        if (m == i || role.end <= role.begin || c_[m].mention.kind != MentionKind::Name) continue;
        std::unordered_set<std::string> role_words;
        for (const std::string& w : word_tokens(text_.substr(role.begin, role.end - role.begin)))
          role_words.insert(undotted(w));
        Words wanted;
        for (const std::string& w : c.words) wanted.push_back(undotted(w));
        if (subset(wanted, role_words)) holds = true;
      }
      if (!holds) continue;
      long distance = distance_to(c.mention.span.begin, group);
      if (best < 0 || distance < best_distance) best = static_cast<int>(g), best_distance = distance;
    }
    return best;
  }

  EntityLayer build() {
    EntityLayer layer;
    std::vector<int> order;
    for (std::size_t g = 0; g < groups_.size(); ++g)
      if (!groups_[g].members.empty()) order.push_back(static_cast<int>(g));
    auto first = [&](int g) {
      std::uint32_t at = UINT32_MAX;
      for (int m : groups_[g].members) at = std::min(at, c_[m].mention.span.begin);
      return at;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return first(a) < first(b); });
    std::vector<int> entity_of_group(groups_.size(), -1);
    for (int g : order) {
      entity_of_group[g] = static_cast<int>(layer.entities.size());
      layer.entities.push_back(make_entity(groups_[g]));
    }
    std::vector<int> kept;
    for (std::size_t i = 0; i < c_.size(); ++i)
      if (group_of_[i] >= 0) kept.push_back(static_cast<int>(i));
    std::stable_sort(kept.begin(), kept.end(), [&](int a, int b) {
      return c_[a].mention.span.begin < c_[b].mention.span.begin;
    });
    for (int i : kept) {
      Mention mention = c_[i].mention;
      mention.entity = entity_of_group[group_of_[i]];
      mention.type = layer.entities[mention.entity].type;
      layer.entities[mention.entity].mentions.push_back(static_cast<int>(layer.mentions.size()));
      layer.mentions.push_back(mention);
    }
    return layer;
  }

  Entity make_entity(const Group& group) const {
    Entity e;
    e.type = group.type;
    e.outlet = group.outlet;
    const NameCandidate* longest = nullptr;
    std::map<EntityType, int> votes;
    for (int m : group.members) {
      const NameCandidate& c = c_[m];
      std::string_view surface = text_.substr(c.mention.span.begin, c.mention.span.end - c.mention.span.begin);
      auto add = [](std::vector<std::string>* list, std::string value) {
        if (!value.empty() && std::find(list->begin(), list->end(), value) == list->end())
          list->push_back(std::move(value));
      };
      if (c.mention.kind == MentionKind::Name) add(&e.aliases, std::string(surface));
      if (c.mention.role.end > c.mention.role.begin)
        add(&e.roles, std::string(text_.substr(c.mention.role.begin, c.mention.role.end - c.mention.role.begin)));
      if (c.mention.kind != MentionKind::Name || c.alias_of >= 0) continue;
      if (!c.guessed) ++votes[c.mention.type];
      if (!longest || c.words.size() > longest->words.size()) longest = &c;
    }
    if (group.known >= 0) {
      e.name = resources_.known[group.known].name;
      e.key = fold_word(e.name);
    } else {
      if (longest) e.name = longest->name;
      else if (!e.aliases.empty()) e.name = e.aliases.front();
      int best = 0;
      for (const auto& [type, count] : votes)
        if (count > best) best = count, e.type = type;
      e.key = fold_word(e.name);
    }
    return e;
  }

  std::string_view text_;
  std::vector<NameCandidate>& c_;
  const EntityResources& resources_;
  std::vector<int> group_of_;
  std::vector<Group> groups_;
};

}  // namespace

EntityLayer recognize_entities(std::string_view text, const std::vector<Span>& sentences,
                               const std::vector<TimeExpression>& dates, const std::string& lang,
                               const EntityResources& resources) {
  std::vector<NameCandidate> candidates = find_name_candidates(text, sentences, dates, lang, resources);
  return Resolver(text, candidates, resources).run();
}

}  // namespace storyline
