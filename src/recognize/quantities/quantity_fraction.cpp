#include "recognize/quantities/quantity_fraction.h"

#include <cmath>
#include <string>

namespace storyline {
namespace {

bool is_cardinal(const NumberWord& w) {
  return w.digit >= 0 || w.teen >= 0 || w.ten >= 0 || w.hundred > 0 || w.hundreds > 0 || w.scale > 0;
}

bool is_hyphen(const Token& token) { return token.kind == TokenKind::Punct && token.fold == "-"; }

// A glued cardinal, "veintiun", "cientocinco", "treintaicinco": the longest listed cardinal word
// at each position, with "i"/"y" allowed between two of them.
std::optional<double> glued_cardinal(const std::string& stem, const LanguageNumbers& lang) {
  std::vector<Token> parts;
  std::size_t p = 0;
  while (p < stem.size()) {
    std::size_t best = 0;
    for (std::size_t q = stem.size(); q > p && !best; --q) {
      auto found = lang.words.find(stem.substr(p, q - p));
      if (found != lang.words.end() && is_cardinal(found->second)) best = q;
    }
    Token part;
    if (!best && !parts.empty() && (stem[p] == 'i' || stem[p] == 'y')) {
      part.fold = "y";
      best = p + 1;
    } else if (!best) {
      return std::nullopt;
    } else {
      part.fold = stem.substr(p, best - p);
    }
    parts.push_back(std::move(part));
    p = best;
  }
  return read_cardinal(parts, 0, parts.size(), lang);
}

}  // namespace

std::optional<NumberWord> number_word(const std::vector<Token>& t, std::size_t i, const LanguageNumbers& lang) {
  if (i >= t.size() || t[i].kind != TokenKind::Word) return std::nullopt;
  const std::string& fold = t[i].fold;
  auto found = lang.words.find(fold);
  if (found != lang.words.end()) return found->second;
  for (const auto& [ending, multiplier] : lang.fraction_endings) {
    if (fold.size() <= ending.size() || fold.compare(fold.size() - ending.size(), ending.size(), ending) != 0)
      continue;
    std::string stem = fold.substr(0, fold.size() - ending.size());
    auto value = glued_cardinal(stem, lang);
    if (!value) value = glued_cardinal(stem + "a", lang);  // "treintavos": treinta + avos
    if (value && *value * multiplier >= 2) {
      NumberWord word;
      word.fraction = *value * multiplier;
      word.compound = true;
      return word;
    }
  }
  return std::nullopt;
}

std::optional<NumberMatch> read_split_fraction(const std::vector<Token>& t, std::size_t i,
                                               const LanguageNumbers& lang) {
  // The run of number words up to the first ordinal or fraction word after i.
  std::size_t f = i;
  std::optional<NumberWord> last;
  for (; f < t.size(); ++f) {
    if (f > i && is_hyphen(t[f]) && !t[f].space_before) continue;
    last = number_word(t, f, lang);
    if (!last) return std::nullopt;
    if (f > i && (last->fraction > 0 || last->ordinal > 0)) break;
    if (!is_cardinal(*last) && last->article < 0 && last->joiner < 0) return std::nullopt;
  }
  if (f >= t.size() || last->compound) return std::nullopt;
  double d = last->fraction > 0 ? last->fraction : last->ordinal;
  bool plural = t[f].fold.back() == 's';
  auto skippable = [&](std::size_t k) {
    auto w = number_word(t, k, lang);
    return is_hyphen(t[k]) || (w && w->joiner > 0);
  };
  std::size_t prefix_end = f;
  while (prefix_end > i && skippable(prefix_end - 1)) --prefix_end;
  for (std::size_t s = i + 1; s < prefix_end; ++s) {
    auto first = number_word(t, s, lang);
    if (!first || (first->digit < 0 && first->teen < 0 && first->ten < 0)) continue;
    std::size_t numerator_end = s;
    while (numerator_end > i + 1 && is_hyphen(t[numerator_end - 1])) --numerator_end;
    if (skippable(numerator_end - 1)) continue;  // "one hundred and thirty fifths" is 130/5
    auto head = number_word(t, i, lang);
    std::optional<double> numerator = numerator_end == i + 1 && head && head->article > 0
                                          ? std::optional<double>(head->article)
                                          : read_cardinal(t, i, numerator_end, lang);
    auto prefix = read_cardinal(t, s, prefix_end, lang);
    if (!numerator || !prefix || *prefix != std::floor(*prefix)) continue;
    double place = 1;  // "twenty" takes a digit ordinal, "one hundred" anything below 100
    while (place < *prefix && std::fmod(*prefix, place * 10) == 0) place *= 10;
    if (d >= place || plural == (*numerator == 1)) continue;
    bool ends = f + 1 >= t.size() || t[f + 1].kind != TokenKind::Word || t[f + 1].fold == "of";
    if (!plural && !ends) continue;
    NumberMatch m;
    m.begin = i;
    m.end = f + 1;
    m.value = *numerator / (*prefix + d);
    return m;
  }
  return std::nullopt;
}

}  // namespace storyline
