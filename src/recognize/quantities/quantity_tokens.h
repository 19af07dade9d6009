// Tokens for quantity recognition: one pass over a sentence, numerals already valued.
//
// Words are folded (ASCII lower case, Spanish accents removed: "Veintiséis" -> "veintiseis") so
// every lexicon lookup is one hash probe. Numerals are read with the language's separators here,
// once, so the matcher never re-reads digits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

enum class TokenKind { Numeral, Word, Symbol, Punct };

struct Token {
  std::uint32_t begin = 0, end = 0;  // byte offsets into the text
  TokenKind kind = TokenKind::Word;
  std::string fold;                  // folded text (numerals: the raw digits)
  bool space_before = false;         // whitespace between this token and the previous one
  double value = 0;                  // numerals only
  bool fraction = false;             // numerals written "3/4"
  int digits = 0;                    // numerals: integer digits, for phone/code checks
};

// Folds one word: ASCII lower case and accented Latin vowels to plain ones (ñ kept as "ñ").
std::string fold_word(std::string_view word);

// Splits text[begin, end) into tokens. `decimal_comma` selects Spanish separators ("82.000",
// "1,5"); a comma followed by exactly three digits is a thousands separator in both languages.
std::vector<Token> tokenize_quantities(std::string_view text, std::uint32_t begin,
                                       std::uint32_t end, bool decimal_comma);

}  // namespace storyline
