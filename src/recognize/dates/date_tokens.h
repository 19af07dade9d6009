// The token stream the date grammar reads: words, digit runs and single punctuation marks, each
// with its byte span, lower-cased text and whether space came before it. Letter/digit boundaries
// split tokens ("4th" -> "4" "th", "1990s" -> "1990" "s") so suffixes are lexicon words too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct DateToken {
  enum Kind : std::uint8_t { Word, Number, Punct };
  std::uint32_t begin = 0, end = 0;
  Kind kind = Word;
  bool space_before = true;
  bool capitalized = false;
  std::string lower;  // lower-cased; typographic apostrophes and dashes folded to ' and -
};

std::vector<DateToken> tokenize_for_dates(std::string_view text);

}  // namespace storyline
