#include "recognize/entities/entity_mentions.h"

#include <algorithm>
#include <unordered_set>

namespace storyline {
namespace {

using Tokens = std::vector<NameToken>;

constexpr std::size_t kMaxAcronym = 6;  // letters: "NORTHCOM" is known, "HAYWARD" is shouting

std::size_t count_letters(const std::string& word) {
  std::size_t n = 0;
  for (char c : word) n += (c != '.' && c != '-') ? 1 : 0;
  return n;
}

struct Sentence {
  Tokens tokens;
  std::vector<bool> blocked;  // inside a date expression
  bool title_case = false;    // a headline written in Title Case: runs are not names there
};

bool is_word(const NameToken& t) { return t.kind == NameTokenKind::Word; }
bool is_punct(const NameToken& t, std::string_view mark) {
  return t.kind == NameTokenKind::Punct && t.fold == mark;
}
bool opens_quote(const NameToken& t) { return t.kind == NameTokenKind::Quote; }

// Everything one sentence's search needs, so helpers take one argument instead of six.
struct Finder {
  std::string_view text;
  const EntityLanguage& language;
  const EntityResources& resources;
  const std::unordered_set<std::string>& lower_words;  // words the article writes in lower case
  std::vector<NameCandidate>* out;

  std::string_view slice(const Tokens& tokens, std::size_t from, std::size_t to) const {
    return text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin);
  }

  bool name_word(const Sentence& s, std::size_t k) const {
    const NameToken& t = s.tokens[k];
    return is_word(t) && !s.blocked[k] && (t.capitalized || t.all_caps);
  }

  // A capitalized run from `i`: words, connectors between words, and a quoted nickname between
  // two words ("Joaquín “El Chapo” Guzmán"). Returns its end (exclusive).
  std::size_t run_end(const Sentence& s, std::size_t i) const {
    const Tokens& t = s.tokens;
    std::size_t j = i;
    while (j < t.size()) {
      if (name_word(s, j)) {
        ++j;
        continue;
      }
      // Connectors, up to two in a row, inside a name: "Cartel de los Soles".
      if (j > i && is_word(t[j]) && language.connectors.count(t[j].fold)) {
        std::size_t k = j + 1;
        if (k < t.size() && is_word(t[k]) && language.connectors.count(t[k].fold)) ++k;
        if (k < t.size() && name_word(s, k)) {
          j = k;
          continue;
        }
      }
      if (j > i && opens_quote(t[j])) {
        std::size_t k = j + 1;
        while (k < t.size() && k < j + 4 && name_word(s, k)) ++k;
        if (k > j + 1 && k + 1 < t.size() && opens_quote(t[k]) && name_word(s, k + 1)) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  // The rightmost title inside the run: "Acting DEA Administrator | Derek Maltz". Returns the
  // index one past the title's end, or `from` when the run holds none. A role noun opening a
  // sentence counts too ("Employee Steve Castro told ...").
  std::size_t role_end_in_run(const Tokens& t, std::size_t from, std::size_t to) const {
    for (std::size_t k = to; k-- > from + 1;) {
      if (language.titles.longest_ending_at(t, from, k - 1).length > 0) return k;
    }
    if (to > from + 1 && language.role_nouns.count(t[from].fold)) return from + 1;
    return from;
  }

  // A lower-case role right before the name: "former Army intelligence officer | Stefano
  // Ritondale", "la presidenta | Claudia Sheinbaum". The word next to the name must be a title
  // or role noun; the role reaches back over modifiers until a function word or cue verb.
  Span role_before(const Sentence& s, std::size_t name_start) const {
    const Tokens& t = s.tokens;
    if (name_start == 0) return {};
    std::size_t last = name_start - 1;
    if (!is_word(t[last])) return {};
    bool titled = language.role_nouns.count(t[last].fold) ||
                  language.titles.longest_ending_at(t, 0, last).length > 0;
    if (!titled) return {};
    std::size_t first = last;
    while (first > 0 && last - first < 5) {
      const NameToken& prev = t[first - 1];
      if (!is_word(prev) || s.blocked[first - 1] || language.stopwords.count(prev.fold) ||
          language.role_stops.count(prev.fold) || language.determiners.count(prev.fold))
        break;
      --first;
    }
    return {t[first].begin, t[last].end};
  }

  // An appositive after a person's name: ", a professor at American University,".
  Span role_after(const Sentence& s, std::size_t name_end) const {
    const Tokens& t = s.tokens;
    if (name_end + 1 >= t.size() || !is_punct(t[name_end], ",")) return {};
    std::size_t k = name_end + 1;
    if (language.determiners.count(t[k].fold) || t[k].fold == "a" || t[k].fold == "an") ++k;
    std::size_t first = k;
    bool titled = false;
    std::size_t end = k;
    for (; end < t.size() && end < first + 10; ++end) {
      if (!is_word(t[end]) && t[end].kind != NameTokenKind::Possessive) break;
      if (end < first + 3 && (language.role_nouns.count(t[end].fold) ||
                              language.titles.longest_ending_at(t, first, end).length > 0))
        titled = true;
      if (language.role_stops.count(t[end].fold)) break;
    }
    if (!titled || end == first) return {};
    return {t[first].begin, t[end - 1].end};
  }

  NameCandidate make(const Sentence& s, std::size_t from, std::size_t to) const {
    const Tokens& t = s.tokens;
    NameCandidate c;
    c.mention.span = {t[from].begin, t[to - 1].end};
    bool in_nickname = false;
    std::string name, nick;
    for (std::size_t k = from; k < to; ++k) {
      if (opens_quote(t[k])) {
        in_nickname = !in_nickname;
        continue;
      }
      // An unquoted Spanish-style nickname inside a name: "Joaquín El Chapo Guzmán".
      bool bare_nick = !in_nickname && k > from && k + 2 < to && t[k].capitalized &&
                       resources.name_articles.count(t[k].fold);
      if (bare_nick || in_nickname) {
        std::size_t stop = bare_nick ? k + 2 : k + 1;
        for (; k < stop; ++k) {
          c.nickname.push_back(t[k].fold);
          if (!nick.empty()) nick += ' ';
          nick += std::string(slice(t, k, k + 1));
        }
        --k;
        continue;
      }
      if (!name.empty()) name += ' ';
      name += std::string(slice(t, k, k + 1));
      if (!language.connectors.count(t[k].fold)) c.words.push_back(t[k].fold);
    }
    c.name = name;
    c.nickname_text = nick;
    c.acronym = to == from + 1 && t[from].all_caps;
    return c;
  }

  // `speaks`: a speech cue follows the name.
  void type_by_heads(NameCandidate* c, bool speaks) const {
    if (c->words.empty()) return;
    for (const std::string* word : {&c->words.back(), &c->words.front()}) {
      auto head = language.heads.find(*word);
      if (head != language.heads.end()) {
        c->mention.type = head->second;
        c->outlet = language.outlet_heads.count(*word) > 0;
        return;
      }
    }
    if (c->mention.role.end > c->mention.role.begin) return;  // a titled name is a person
    if (c->acronym) {
      // Capitals are an organization's initials unless they are a common abbreviation ("CEO"),
      // a word the article also writes in lower case ("STAFF"), or too long to be initials
      // (a shouted dateline: "HAYWARD").
      const std::string& word = c->words.front();
      c->mention.type = EntityType::Org;
      c->guessed = language.not_acronyms.count(word) || lower_words.count(word) ||
                   language.stopwords.count(word) || count_letters(word) > kMaxAcronym;
      return;
    }
    // An untitled run is a person's name when it opens with a given name, or when a speech
    // verb follows it ("Jane Roe said"), and none of its words is a common word the article
    // also writes in lower case; "Air Force One" and "Executive Order" are not people.
    bool common = std::any_of(c->words.begin(), c->words.end(),
                              [&](const std::string& w) { return lower_words.count(w) > 0; });
    bool given = resources.given_names.count(c->words.front()) > 0;
    c->guessed = c->words.size() < 2 || common || !(given || speaks);
  }

  // Nickname or acronym right after a name: ", known as “El Mencho”", " (NORTHCOM)".
  std::size_t alias_after(const Sentence& s, std::size_t end, int target) const {
    const Tokens& t = s.tokens;
    std::size_t k = end;
    if (k < t.size() && is_punct(t[k], "(") && k + 2 < t.size() && t[k + 1].all_caps &&
        is_punct(t[k + 2], ")")) {
      NameCandidate c = make(s, k + 1, k + 2);
      c.mention.type = (*out)[target].mention.type;
      c.alias_of = target;
      out->push_back(std::move(c));
      return k + 3;
    }
    if (k < t.size() && is_punct(t[k], ",")) ++k;
    auto cue = language.alias_cues.longest_at(t, k);
    if (cue.length == 0) return end;
    k += cue.length;
    bool quoted = k < t.size() && opens_quote(t[k]);
    if (quoted) ++k;
    std::size_t stop = k;
    while (stop < t.size() && stop < k + 4 && name_word(s, stop)) ++stop;
    if (stop == k) return end;
    NameCandidate c = make(s, k, stop);
    c.nickname = c.words;
    c.nickname_text = c.name;
    c.mention.type = (*out)[target].mention.type;
    c.alias_of = target;
    out->push_back(std::move(c));
    return quoted && stop < t.size() && opens_quote(t[stop]) ? stop + 1 : stop;
  }

  // "the president", "el fiscal general": a role standing for a person named elsewhere.
  std::size_t nominal_at(const Sentence& s, std::size_t i) const {
    const Tokens& t = s.tokens;
    if (!language.determiners.count(t[i].fold) || i + 1 >= t.size() || t[i + 1].capitalized) return i;
    auto title = language.titles.longest_at(t, i + 1);
    if (title.length == 0) return i;
    std::size_t after = i + 1 + title.length;
    if (after < t.size() && (name_word(s, after) || language.connectors.count(t[after].fold)))
      return i;
    NameCandidate c;
    c.mention.span = {t[i + 1].begin, t[after - 1].end};
    c.mention.role = c.mention.span;
    c.mention.kind = MentionKind::Nominal;
    for (std::size_t k = i + 1; k < after; ++k) c.words.push_back(t[k].fold);
    c.name = std::string(slice(t, i + 1, after));
    out->push_back(std::move(c));
    return after;
  }

  void scan(const Sentence& s, const std::unordered_set<std::string>* known_words) {
    const Tokens& t = s.tokens;
    std::size_t first_word = 0;
    while (first_word < t.size() && !is_word(t[first_word])) ++first_word;
    std::size_t i = 0;
    while (i < t.size()) {
      if (!is_word(t[i]) || s.blocked[i]) {
        ++i;
        continue;
      }
      auto known = resources.gazetteer.longest_at(t, i);
      if (!name_word(s, i) && known.length == 0) {
        i = std::max(i + 1, nominal_at(s, i));
        continue;
      }
      std::size_t end = name_word(s, i) ? run_end(s, i) : i;
      // In a Title Case headline every word is capitalized, so a run there is only as long as
      // the words the body also uses in names.
      if (known_words) {
        end = i;
        while (end < t.size() && name_word(s, end) && known_words->count(t[end].fold)) ++end;
      }
      if (known.length > 0 && i + known.length >= end) {
        NameCandidate c = make(s, i, i + known.length);
        c.known = known.tag;
        const KnownEntity& entry = resources.known[known.tag];
        c.mention.type = entry.type;
        c.outlet = entry.outlet;
        out->push_back(std::move(c));
        i = alias_after(s, i + known.length, static_cast<int>(out->size()) - 1);
        continue;
      }
      if (language.dropped_articles.count(t[i].fold)) {  // "The Carlyle Group" is "Carlyle Group"
        i = std::max(i + 1, nominal_at(s, i));
        continue;
      }
      bool opener = i == first_word || (i > 0 && !is_word(t[i - 1]) && !is_punct(t[i - 1], ","));
      // A common word opening the sentence is no name, unless a title follows it in the run:
      // "Fire Chief Dana Whitfield said" keeps "Fire Chief" as the role.
      bool opens_role = end > i + 2 && role_end_in_run(t, i, end) > i + 1;
      if (opener && !opens_role && (language.stopwords.count(t[i].fold) || lower_words.count(t[i].fold) ||
                                    language.determiners.count(t[i].fold))) {
        i = std::max(i + 1, nominal_at(s, i));  // "The president said ..."
        continue;
      }
      if (end == i) {
        ++i;
        continue;
      }
      // A title standing alone ("the Attorney General said") is a nominal mention.
      if (known.length == 0 && end > i && language.titles.longest_at(t, i).length == end - i) {
        NameCandidate c = make(s, i, end);
        c.mention.kind = MentionKind::Nominal;
        c.mention.role = c.mention.span;
        out->push_back(std::move(c));
        i = end;
        continue;
      }
      // "Nobel Prize", "Executive Order", "Ley de Seguridad": names of things, not entities.
      bool none_first = language.none_heads.count(t[i].fold) && !resources.given_names.count(t[i].fold);
      if (none_first || language.none_heads.count(t[end - 1].fold)) {  // not "Bill Clinton"
        i = end;
        continue;
      }
      std::size_t name_start = role_end_in_run(t, i, end);
      // "CEO of Take-Two": after a role and a connector comes an organization, not a person.
      while (name_start > i && name_start < end && language.connectors.count(t[name_start].fold))
        ++name_start;
      // "UN General Assembly", "Attorney General's Office": a title inside an organization's
      // name is not a role when a head word types what follows it.
      if (name_start > i) {
        auto head = language.heads.find(t[end - 1].fold);
        if (head != language.heads.end() && head->second != EntityType::Person) name_start = i;
      }
      if (known.length > 0 && name_start == i) {
        // A known name opening a longer run keeps the run only when a head word types it
        // ("U.S. Northern Command"); otherwise the known name stands alone ("Mexico City").
        auto head = language.heads.find(t[end - 1].fold);
        if (head == language.heads.end()) end = i + known.length, name_start = i;
      }
      // A lone head word ("Police said", "Company officials") names no one in particular.
      bool lone_head = end == name_start + 1 && language.heads.count(t[name_start].fold) > 0;
      if ((language.demonyms.count(t[name_start].fold) || lone_head) && end == name_start + 1) {
        i = end;
        continue;
      }
      if (end == name_start) {
        i = std::max(i + 1, end);
        continue;
      }
      // Known names inside a role are mentions too: "DEA" in "Acting DEA Administrator".
      for (std::size_t k = i; k < name_start;) {
        auto inside = resources.gazetteer.longest_at(t, k);
        if (inside.length == 0 || k + inside.length > name_start) {
          ++k;
          continue;
        }
        NameCandidate c = make(s, k, k + inside.length);
        c.known = inside.tag;
        c.mention.type = resources.known[inside.tag].type;
        c.outlet = resources.known[inside.tag].outlet;
        out->push_back(std::move(c));
        k += inside.length;
      }
      NameCandidate c = make(s, name_start, end);
      if (name_start > i) c.mention.role = {t[i].begin, t[name_start - 1].end};
      else c.mention.role = role_before(s, name_start);
      auto inner = resources.gazetteer.longest_at(t, name_start);
      if (inner.length > 0 && name_start + inner.length == end) {
        c.known = inner.tag;
        c.mention.type = resources.known[inner.tag].type;
        c.outlet = resources.known[inner.tag].outlet;
      } else {
        bool speaks = end < t.size() && language.speech_cues.count(t[end].fold) > 0;
        type_by_heads(&c, speaks);
        // "the Marlow Point neighborhood", "el barrio de Tidewater", "la colonia Roma": the noun
        // next to a name the heads did not type says it is a place.
        bool typed = c.mention.type != EntityType::Person && !c.guessed;
        bool noun_after = end < t.size() && language.place_nouns.count(t[end].fold) > 0;
        std::size_t before = name_start > 0 && language.connectors.count(t[name_start - 1].fold) ? name_start - 1 : name_start;
        bool noun_before = before > 0 && language.place_nouns.count(t[before - 1].fold) > 0;
        if (!typed && !c.acronym && c.mention.role.end <= c.mention.role.begin && (noun_after || noun_before)) {
          c.mention.type = EntityType::Loc;
          c.guessed = false;
        }
      }
      // A person's name stops before "of" ("Governor Elena Vasquez of Calder"): what follows
      // is where they are from, scanned again as a name of its own.
      if (c.mention.type == EntityType::Person && c.known < 0) {
        std::size_t cut = name_start + 1;
        while (cut < end && !language.person_breaks.count(t[cut].fold)) ++cut;
        if (cut < end) {
          Span role = c.mention.role;
          bool guessed = c.guessed;
          c = make(s, name_start, cut);
          c.mention.role = role;
          c.guessed = guessed && role.end <= role.begin;
          end = cut;
        }
      }
      if (c.mention.type == EntityType::Person && c.mention.role.end == c.mention.role.begin) {
        c.mention.role = role_after(s, end);
        // "Strauss Pike, CEO of Harrow Digital," is a person by the role the text gives.
        if (c.mention.role.end > c.mention.role.begin && !c.acronym) c.guessed = false;
      }
      out->push_back(std::move(c));
      i = alias_after(s, end, static_cast<int>(out->size()) - 1);
    }
  }
};

Sentence prepare(std::string_view text, Span span, const std::vector<TimeExpression>& dates,
                 const EntityLanguage& language, const std::unordered_set<std::string>& dotted) {
  Sentence s;
  s.tokens = tokenize_names(text, span.begin, span.end, dotted);
  s.blocked.assign(s.tokens.size(), false);
  // Dates are sorted by span: only those inside this sentence can block its tokens.
  auto first = std::lower_bound(dates.begin(), dates.end(), span.begin,
                                [](const TimeExpression& d, std::uint32_t at) { return d.span.end <= at; });
  for (auto date = first; date != dates.end() && date->span.begin < span.end; ++date)
    for (std::size_t k = 0; k < s.tokens.size(); ++k)
      if (date->span.begin <= s.tokens[k].begin && s.tokens[k].end <= date->span.end) s.blocked[k] = true;
  int words = 0, capitals = 0;
  for (const NameToken& t : s.tokens) {
    if (!is_word(t) || language.stopwords.count(t.fold)) continue;
    ++words;
    capitals += t.capitalized ? 1 : 0;
  }
  // Headlines carry no final period; a body sentence full of names ("... the Sinaloa Cartel,
  // CJNG, Gulf Cartel ...") may be as capitalized but ends like a sentence.
  std::size_t last = s.tokens.size();
  while (last > 0 && s.tokens[last - 1].kind == NameTokenKind::Quote) --last;
  bool final_stop = last > 0 && s.tokens[last - 1].kind == NameTokenKind::Punct &&
                    (s.tokens[last - 1].fold == "." || s.tokens[last - 1].fold == "?" ||
                     s.tokens[last - 1].fold == "!");
  s.title_case = !final_stop && words >= 3 && capitals * 4 >= words * 3;
  return s;
}

}  // namespace

std::vector<NameCandidate> find_name_candidates(std::string_view text,
                                                const std::vector<Span>& sentences,
                                                const std::vector<TimeExpression>& dates,
                                                const std::string& lang,
                                                const EntityResources& resources) {
  std::vector<NameCandidate> out;
  auto found = resources.languages.find(lang);
  if (found == resources.languages.end()) return out;
  const EntityLanguage& language = found->second;

  std::vector<Sentence> prepared;
  std::unordered_set<std::string> lower_words;
  for (const Span& span : sentences) {
    prepared.push_back(prepare(text, span, dates, language, resources.dotted));
    const Tokens& t = prepared.back().tokens;
    for (std::size_t k = 1; k < t.size(); ++k)
      if (is_word(t[k]) && !t[k].capitalized && !t[k].all_caps) lower_words.insert(t[k].fold);
  }
  Finder finder{text, language, resources, lower_words, &out};
  for (const Sentence& s : prepared)
    if (!s.title_case) finder.scan(s, nullptr);
  // Headlines in Title Case capitalize every word, so there only names the body also writes
  // count.
  std::unordered_set<std::string> known_words;
  for (const NameCandidate& c : out)
    if (!c.guessed) known_words.insert(c.words.begin(), c.words.end());
  std::size_t body = out.size();
  for (const Sentence& s : prepared)
    if (s.title_case) finder.scan(s, &known_words);
  // Keep text order: headline candidates were appended after the body's.
  std::vector<int> order(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
  if (body == out.size()) return out;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return out[a].mention.span.begin < out[b].mention.span.begin;
  });
  std::vector<int> where(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) where[order[k]] = static_cast<int>(k);
  std::vector<NameCandidate> sorted;
  for (int k : order) {
    sorted.push_back(std::move(out[k]));
    if (sorted.back().alias_of >= 0) sorted.back().alias_of = where[sorted.back().alias_of];
  }
  return sorted;
}

}  // namespace storyline
