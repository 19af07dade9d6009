#include "recognize/quantities/quantity_counted.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxWords = 4;

bool ends_with(const std::string& word, const std::string& ending) {
  return word.size() > ending.size() + 2 && word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

bool plural(const std::string& word) {
  return word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's';
}

// A word after the first that is the sentence's verb, not part of the phrase: a listed verb
// ("15 U.S. strikes hit boats"), or after a plural noun a word with a verb ending ("boats
// carrying", "soldados resultaron") or one followed by a determiner ("troops guard the base").
bool is_verb(const std::vector<Token>& t, std::size_t j, std::size_t previous, const LanguageNumbers& lang) {
  const std::string& word = t[j].fold;
  if (lang.counted_verbs.count(word)) return true;
  if (previous + 1 != j || !plural(t[previous].fold)) return false;  // not after "por": "muertes por sobredosis el"
  for (const std::string& ending : lang.counted_verb_endings)
    if (ends_with(word, ending)) return true;
  return j + 1 < t.size() && lang.counted_determiners.count(t[j + 1].fold);
}

}  // namespace

std::optional<Span> find_counted(const std::vector<Token>& t, std::size_t i, bool skip_of,
                                 const LanguageNumbers& lang) {
  if (skip_of && i < t.size() && lang.counted_of.count(t[i].fold)) ++i;
  std::size_t j = i, words = 0, last_word = i;
  while (j < t.size() && words < kMaxWords) {
    const Token& token = t[j];
    if (token.kind == TokenKind::Punct && token.fold == "-" && !token.space_before && j > i &&
        j + 1 < t.size() && t[j + 1].kind == TokenKind::Word && !t[j + 1].space_before) {
      ++j;  // "cartel-linked"
      continue;
    }
    if (token.kind != TokenKind::Word || lang.counted_stops.count(token.fold)) break;
    if (lang.words.count(token.fold) && words == 0) break;  // another number word
    if (lang.counted_joiners.count(token.fold)) {
      bool word_follows = j + 1 < t.size() && t[j + 1].kind == TokenKind::Word &&
                          !lang.counted_stops.count(t[j + 1].fold) && !lang.counted_joiners.count(t[j + 1].fold);
      if (words == 0 || !word_follows) break;
      ++j;
      continue;
    }
    if (words > 0 && is_verb(t, j, last_word, lang)) break;
    ++words;
    last_word = j;
    ++j;
  }
  if (words == 0) return std::nullopt;
  // A lone singular participle is the sentence's verb: "de magnitud 7,8 registrado el sábado".
  // It is singular where the language lists its plural ending too ("ado" and "ados"); where it
  // does not ("ed"), "14 injured" counts the injured.
  if (last_word == i) {
    for (const std::string& ending : lang.participle_endings)
      if (ends_with(t[i].fold, ending) && lang.participle_endings.count(ending + "s")) return std::nullopt;
  }
  // Trailing participles are the verb of the sentence, not part of the phrase. The first word
  // stays: it is the head noun position, and many nouns look like participles ("soldados").
  while (last_word > i) {
    bool participle = false;
    for (const std::string& ending : lang.participle_endings) participle = participle || ends_with(t[last_word].fold, ending);
    if (!participle) break;
    std::size_t k = last_word - 1;
    while (k > i && t[k].kind != TokenKind::Word) --k;
    while (k > i && lang.counted_joiners.count(t[k].fold)) --k;
    last_word = k;
  }
  return Span{t[i].begin, t[last_word].end};
}

}  // namespace storyline
