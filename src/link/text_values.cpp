#include "link/text_values.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>

#include "link/text_value_words.h"

namespace storyline {
namespace {

// Listed translations and transliterations ("Zelensky", "Zelenskyy") are one value.
bool same_class(const TextValueResources& r, const std::string& x, const std::string& y) {
  auto cx = r.equivalents.find(x), cy = r.equivalents.find(y);
  return cx != r.equivalents.end() && cy != r.equivalents.end() && cx->second == cy->second;
}

std::string_view span_text(const Analysis& an, Span s) {
  return std::string_view(an.article.text).substr(s.begin, s.end - s.begin);
}

struct Use {
  int article = -1;
  Span span;
};

// One way the story writes one entity: its key, the folded words of its name and where.
struct Name {
  bool person = false;
  std::string key, lang, joined, display;
  std::vector<NameWord> words;
  std::vector<Use> uses;
  std::vector<int> groups;  // copy groups that write it, sorted
  // Its words as group names compare them: function words of every language dropped (names
  // cross languages), each with the id of what it stands for.
  std::vector<std::pair<std::string, std::size_t>> content;  // id, index into words
};

struct Finding {
  std::string aspect, reason;
};

// A person is named by given names then surnames; a short form keeps the last words. So the
// shorter name is read against the end of the longer one, and the names disagree only when one
// surname (never a given name: Maria and Mario are two people) is a near-spelling of the other.
std::optional<Finding> person_spelling(const Name& a, const Name& b, const TextValueResources& r) {
  const Name& shorter = a.words.size() <= b.words.size() ? a : b;
  const Name& longer = &shorter == &a ? b : a;
  std::size_t offset = longer.words.size() - shorter.words.size();
  int differing = -1;
  for (std::size_t i = 0; i < shorter.words.size(); ++i) {
    const std::string& x = shorter.words[i].fold;
    const std::string& y = longer.words[offset + i].fold;
    if (x == y || same_class(r, x, y)) continue;
    if (differing >= 0) return std::nullopt;
    differing = static_cast<int>(i);
  }
  if (differing < 0 || (differing == 0 && shorter.words.size() > 1)) return std::nullopt;
  const NameWord& x = shorter.words[differing];
  const NameWord& y = longer.words[offset + differing];
  // A name of given names and two surnames that keeps the given names and the second surname
  // but changes the first ("José Luis Rodríguez Almeida" / "José Luis Martínez-Almeida") is one
  // person's name written wrong, however unlike the two surnames look.
  const bool first_surname = shorter.words.size() >= 3 && differing > 0 &&
                             static_cast<std::size_t>(differing) + 1 < shorter.words.size() &&
                             shorter.words[0].fold == longer.words[0].fold;
  if (!first_surname && !near_spelling(x.fold, y.fold, 5, shorter.words.size() > 1)) return std::nullopt;
  const NameWord& first = &shorter == &a ? x : y;
  const NameWord& second = &shorter == &a ? y : x;
  bool surname = longer.words.size() > 1 && offset + differing == longer.words.size() - 1;
  return Finding{"spelling", quoted(first.surface) + " vs " + quoted(second.surface) + ": one person's " +
                                 (surname ? "surname" : "name") + " spelled two ways"};
}

// x is a near-spelling of a translatable word's forms but none of them ("Golf" for "Gulf" /
// "Golfo"): a translation gone wrong. Returns the forms it should have been, else "".
std::string mistranslation(const std::string& x, const std::string& y, const TextValueResources& r) {
  auto c = r.equivalents.find(y);
  if (c == r.equivalents.end() || r.classes[c->second].size() < 2) return "";
  const std::vector<std::string>& forms = r.classes[c->second];
  auto near = [&](const std::string& f) { return near_spelling(x, f, 4); };
  if (std::none_of(forms.begin(), forms.end(), near)) return "";
  std::string out;
  for (const std::string& f : forms) out += (out.empty() ? "" : " / ") + quoted(f);
  return out;
}

// Group and institution names are bags of words in any order ("Gulf Cartel", "Cártel del
// Golfo"). Two names that agree on every other word and differ in one are one name written two
// ways, and the one word says how: a qualifier, a mistranslation or a misspelling.
std::optional<Finding> group_name_difference(const Name& a, const Name& b, const TextValueResources& r) {
  if (a.content.size() != b.content.size() || a.content.empty()) return std::nullopt;
  auto left = a.content, right = b.content;
  std::size_t words = left.size();
  for (auto it = left.begin(); it != left.end();) {
    auto match = std::find_if(right.begin(), right.end(), [&](const auto& p) { return p.first == it->first; });
    if (match == right.end()) { ++it; continue; }
    right.erase(match);
    it = left.erase(it);
  }
  if (left.size() != 1) return std::nullopt;
  bool anchored = words > 1;  // a shared word says the two names are of one kind of thing
  const std::string &x = left[0].first, &y = right[0].first;
  const NameWord &wx = a.words[left[0].second], &wy = b.words[right[0].second];
  std::string both = quoted(wx.surface) + " vs " + quoted(wy.surface);
  if (anchored && x.rfind("q:", 0) == 0 && y.rfind("q:", 0) == 0)
    return Finding{"institution", both + ": one institution named with two different qualifiers"};
  if (x.rfind("q:", 0) == 0 || y.rfind("q:", 0) == 0) return std::nullopt;
  for (const auto& [bad, good] : {std::pair{&wx, &wy}, std::pair{&wy, &wx}}) {
    std::string forms = anchored ? mistranslation(bad->fold, good->fold, r) : "";
    if (!forms.empty())
      return Finding{"translation", both + ": " + quoted(bad->surface) + " is close to " + forms +
                                        " but is none of them"};
  }
  if (near_spelling(wx.fold, wy.fold, 5))
    return Finding{"spelling", both + ": one group's name spelled two ways"};
  return std::nullopt;
}

// ---- the story's names and roles ------------------------------------------------------------

struct StoryView {
  const StoryInput& story;
  const TextValueResources& r;

  const Analysis& at(int article) const { return *story.articles[article]; }
  int group(int article) const {
    return article < static_cast<int>(story.copy_of.size()) ? story.copy_of[article] : article;
  }
  // A guessed date cannot order reports; unknown dates sort last, then story order.
  std::pair<std::string, int> order(int article) const {
    const PublishedDate& p = at(article).article.published;
    bool known = !p.value.empty() && p.from != DateSource::Estimated;
    return {known ? p.value.substr(0, std::min<std::size_t>(10, p.value.size())) : "~", article};
  }
  TextValueRef ref(const Use& u) const {
    const std::string& text = at(u.article).article.text;
    return {u.article, u.span, text.substr(u.span.begin, u.span.end - u.span.begin)};
  }
};

std::string joined_folds(const std::vector<NameWord>& words, const TextValueLanguage* skip = nullptr) {
  std::string out;
  for (const NameWord& w : words)
    if (!skip || !skip->function_words.count(w.fold)) out += (out.empty() ? "" : " ") + w.fold;
  return out;
}

// The fullest name the article writes for the entity. Not the canonical name: a gazetteer
// gives "Gulf Cartel" to "Cártel del Golfo", and the dispute is about the words printed.
std::optional<Span> written_name(const Analysis& an, const Entity& e) {
  std::optional<Span> best;
  std::size_t most = 0;
  for (int m : e.mentions) {
    if (m < 0 || m >= static_cast<int>(an.mentions.size())) continue;  // an analysis without its mentions
    const Mention& mention = an.mentions[m];
    std::size_t words = name_words(span_text(an, mention.span)).size();
    if (mention.kind == MentionKind::Name && words > most) best = mention.span, most = words;
  }
  return best;
}

std::vector<Name> collect_names(const StoryView& v) {
  std::vector<Name> names;
  std::map<std::tuple<bool, std::string, std::string, std::string>, std::size_t> index;
  for (int i = 0; i < static_cast<int>(v.story.articles.size()); ++i) {
    const Analysis& an = v.at(i);
    for (const Entity& e : an.entities) {
      bool person = e.type == EntityType::Person;
      if (e.outlet || !(person || e.type == EntityType::Org || e.type == EntityType::ArmedGroup)) continue;
      std::optional<Span> span = written_name(an, e);
      if (!span) continue;
      std::vector<NameWord> words = name_words(span_text(an, *span));
      std::string joined = joined_folds(words);
      auto [it, fresh] = index.emplace(std::make_tuple(person, e.key, joined, an.article.lang), names.size());
      if (fresh) names.push_back({person, e.key, an.article.lang, joined, e.name, std::move(words), {}, {}});
      Name& name = names[it->second];
      if (fresh && !person)
        for (std::size_t w = 0; w < name.words.size(); ++w)
          if (!v.r.any.function_words.count(name.words[w].fold))
            name.content.emplace_back(word_id(v.r, language_of(v.r, name.lang), name.words[w].fold), w);
      name.uses.push_back({i, *span});
      if (!std::binary_search(name.groups.begin(), name.groups.end(), v.group(i)))
        name.groups.insert(std::upper_bound(name.groups.begin(), name.groups.end(), v.group(i)), v.group(i));
    }
  }
  return names;
}

// What the sentences around a name talk about: their content words and entities.
std::set<std::string> frame_of(const StoryView& v, const Name& n) {
  std::set<std::string> frame;
  for (const Use& u : n.uses) {
    const Analysis& an = v.at(u.article);
    const TextValueLanguage& lang = language_of(v.r, an.article.lang);
    for (const Span& s : an.sentences) {
      if (u.span.begin < s.begin || u.span.begin >= s.end) continue;
      for (const NameWord& w : name_words(span_text(an, s)))
        if (!v.r.any.function_words.count(w.fold) && w.fold.size() >= 4) frame.insert(word_id(v.r, lang, w.fold));
      for (const Mention& m : an.mentions)
        if (m.entity >= 0 && m.span.begin >= s.begin && m.span.end <= s.end)
          frame.insert("k:" + an.entities[m.entity].key);
    }
  }
  return frame;
}

// Two institutions of one kind can both exist (Northern and Southern Command); only names that
// sit in sentences about the same thing are one institution named two ways.
bool same_frame(const StoryView& v, const Name& a, const Name& b) {
  std::set<std::string> fa = frame_of(v, a), fb = frame_of(v, b);
  for (const Name* n : {&a, &b}) {
    const TextValueLanguage& lang = language_of(v.r, n->lang);
    for (const NameWord& w : n->words) fa.erase(word_id(v.r, lang, w.fold)), fb.erase(word_id(v.r, lang, w.fold));
    fa.erase("k:" + n->key), fb.erase("k:" + n->key);
  }
  return std::any_of(fa.begin(), fa.end(), [&](const std::string& x) { return fb.count(x) > 0; });
}

TextDispute make_dispute(const StoryView& v, const Finding& f, const std::string& entity, Use a, Use b) {
  if (v.order(b.article) < v.order(a.article)) std::swap(a, b);
  return {f.aspect, entity, v.ref(a), v.ref(b), f.reason};
}

// The earliest uses of two names by different copy groups.
std::optional<std::pair<Use, Use>> pick_uses(const StoryView& v, const Name& a, const Name& b) {
  std::optional<std::pair<Use, Use>> best;
  auto key = [&](const std::pair<Use, Use>& p) {
    return std::min(v.order(p.first.article), v.order(p.second.article));
  };
  for (const Use& ua : a.uses)
    for (const Use& ub : b.uses)
      if (v.group(ua.article) != v.group(ub.article) && (!best || key({ua, ub}) < key(*best))) best = {ua, ub};
  return best;
}

void compare_names(const StoryView& v, std::vector<TextDispute>& out) {
  std::vector<Name> names = collect_names(v);
  for (std::size_t i = 0; i < names.size(); ++i)
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      const Name &a = names[i], &b = names[j];
      if (a.person != b.person || a.key == b.key) continue;
      if (a.person && std::max(a.words.back().fold.size(), b.words.back().fold.size()) >
                          std::min(a.words.back().fold.size(), b.words.back().fold.size()) + 4) continue;
      // An outlet that writes both names means two things.
      std::vector<int> both;
      std::set_intersection(a.groups.begin(), a.groups.end(), b.groups.begin(), b.groups.end(),
                            std::back_inserter(both));
      if (!both.empty()) continue;
      std::optional<Finding> f = a.person ? person_spelling(a, b, v.r) : group_name_difference(a, b, v.r);
      if (!f || (f->aspect == "institution" && !same_frame(v, a, b))) continue;
      if (auto uses = pick_uses(v, a, b)) out.push_back(make_dispute(v, *f, a.display, uses->first, uses->second));
    }
}

// ---- titles ------------------------------------------------------------------------------

struct RoleUse {
  Use use;
  std::string key, entity, signature;
  TitleWords title;
};

std::map<std::string, std::vector<RoleUse>> collect_roles(const StoryView& v) {
  std::map<std::string, std::vector<RoleUse>> roles;
  for (int i = 0; i < static_cast<int>(v.story.articles.size()); ++i) {
    const Analysis& an = v.at(i);
    for (const Mention& m : an.mentions) {
      if (m.entity < 0 || m.role.end <= m.role.begin) continue;
      const Entity& e = an.entities[m.entity];
      RoleUse u{{i, m.role}, e.key, e.name, "", {an.article.lang, name_words(span_text(an, m.role))}};
      u.signature = joined_folds(u.title.words, &v.r.any);
      roles[e.key].push_back(std::move(u));
    }
  }
  return roles;
}

void compare_titles(const StoryView& v, std::vector<TextDispute>& out) {
  for (const auto& [key, uses] : collect_roles(v)) {
    std::set<std::pair<int, std::string>> given;  // (copy group, title) pairs of this entity
    for (const RoleUse& u : uses) given.insert({v.group(u.use.article), u.signature});
    std::set<std::pair<std::string, std::string>> reported;
    for (std::size_t i = 0; i < uses.size(); ++i)
      for (std::size_t j = i + 1; j < uses.size(); ++j) {
        const RoleUse &a = uses[i], &b = uses[j];
        int ga = v.group(a.use.article), gb = v.group(b.use.article);
        if (ga == gb || a.signature == b.signature) continue;
        // An outlet that also gives the other title is not contradicted by it.
        if (given.count({ga, b.signature}) || given.count({gb, a.signature})) continue;
        if (!reported.insert(std::minmax(a.signature, b.signature)).second) continue;
        std::string why = title_difference(a.title, b.title, v.r);
        if (why.empty()) continue;
        TextDispute d = make_dispute(v, {"title", why}, a.entity, a.use, b.use);
        d.reason = quoted(d.a.text) + " vs " + quoted(d.b.text) + ": " + d.reason;
        out.push_back(std::move(d));
      }
  }
}

}  // namespace

std::vector<TextDispute> compare_text_values(const StoryInput& story, const TextValueResources& resources) {
  StoryView view{story, resources};
  std::vector<TextDispute> out;
  compare_names(view, out);
  compare_titles(view, out);
  std::stable_sort(out.begin(), out.end(), [](const TextDispute& x, const TextDispute& y) {
    return std::tie(x.aspect, x.a.article, x.b.article) < std::tie(y.aspect, y.a.article, y.b.article);
  });
  return out;
}

}  // namespace storyline
