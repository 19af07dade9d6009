// Years spelled out (date_grammar.h): "nineteen eighty six", "twenty eighteen", "two thousand
// and five", "dos mil dieciocho", "mil novecientos noventa y ocho". Only read where a year may
// follow a day or month (year_at), never as a bare number: "dos mil personas" is no year.
#include <charconv>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
int value_of(const DateLexeme* lexeme) {
  int value = 0;
  if (!lexeme || *lexeme->value == "X") return -1;
  auto [end, error] = std::from_chars(lexeme->value->data(), lexeme->value->data() + lexeme->value->size(), value);
  return error == std::errc() ? value : -1;
}
}  // namespace

std::optional<std::pair<int, int>> DateGrammar::year_words(int i) const {
  if (i >= static_cast<int>(tokens_.size()) || tokens_[i].kind != DateToken::Word) return std::nullopt;
  auto small = [&](int k) -> std::optional<std::pair<int, int>> {  // 1-99 in words
    if (k >= static_cast<int>(tokens_.size()) || tokens_[k].kind != DateToken::Word) return std::nullopt;
    auto word = number_word(k);
    if (!word || word->first < 1 || word->first > 99) return std::nullopt;
    return word;
  };
  // "two thousand (and) five", "dos mil dieciocho", "mil novecientos noventa".
  int thousands = 1, j = i;
  if (auto lead = small(i); lead && grammar(lead->second, "THOUSAND")) thousands = lead->first, j = lead->second;
  if (int t = grammar(j, "THOUSAND"); t && (thousands == 1 || thousands == 2)) {
    int value = thousands * 1000, end = j + t;
    int k = skip(end, "AND");
    int hundreds = value_of(lex(k, DateRole::Number));
    if (hundreds >= 100 && hundreds <= 900 && hundreds % 100 == 0) {
      value += hundreds, end = k + lex(k, DateRole::Number)->length, k = skip(end, "AND");
    } else if (auto h = small(k); h && h->first <= 9 && grammar(h->second, "HUNDRED")) {
      value += h->first * 100, end = h->second + grammar(h->second, "HUNDRED"), k = skip(end, "AND");
    }
    if (auto rest = small(k)) value += rest->first, end = rest->second;
    if (value < 1000 || value > 2999) return std::nullopt;
    return std::pair{value, end};
  }
  // "nineteen eighty six", "twenty eighteen": a century (10-20) then 10-99.
  auto century = small(i);
  if (!century || century->first < 10 || century->first > 20) return std::nullopt;  // not "twenty five nineteen"
  // "nineteen hundred ninety three", "seventeen hundred and thirty three".
  if (int h = grammar(century->second, "HUNDRED")) {
    auto rest = small(skip(century->second + h, "AND"));
    if (!rest) return std::pair{century->first * 100, century->second + h};
    return std::pair{century->first * 100 + rest->first, rest->second};
  }
  auto rest = small(century->second);
  if (!rest || rest->first < 10) return std::nullopt;
  return std::pair{century->first * 100 + rest->first, rest->second};
}

}  // namespace storyline
