// Reading one number from tokens: digits, words, or both ("2 million", "dos mil millones",
// "one and a half", "two dozen", "21st", "tercer").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "recognize/quantities/quantity_lexicon.h"

namespace storyline {

struct NumberMatch {
  std::size_t begin = 0, end = 0;  // token range [begin, end)
  double value = 0;
  double scale = 1;       // the largest scale word or suffix applied ("million": 1e6)
  bool ordinal = false;   // "third", "21st"
  bool vague = false;     // "hundreds", "decenas": at least this many
  bool glued_word = false;  // digits run straight into letters that were not read ("180ml")
};

// Reads the number starting at tokens[i], or nothing. `text` gives the raw spelling of suffix
// scales, which are case-sensitive ("10M" is ten million, "1m" is not). `cued`: a qualifier or
// cue word stands before ("al menos un", "solo una"), so a `lone` article counts as one.
std::optional<NumberMatch> read_number(std::string_view text, const std::vector<Token>& tokens,
                                       std::size_t i, const LanguageNumbers& language, bool cued = false);

// The whole of tokens[begin, end) read as one cardinal number in words ("one hundred"), or
// nothing when it is not exactly one (a fraction, a leftover word).
std::optional<double> read_cardinal(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                                    const LanguageNumbers& language);

}  // namespace storyline
