// Fractions whose denominator is itself a compound number: Spanish glued words ("tres
// veintiunavos" 3/21, "tres dosmilésimos" 3/2000) and English split ordinals ("three
// twenty-firsts" 3/21, "one hundred thirty fifths" 100/35).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "recognize/quantities/quantity_lexicon.h"
#include "recognize/quantities/quantity_number.h"

namespace storyline {

// The number word at tokens[i]: a words.txt entry, or a glued fraction built from the language's
// fraction endings ("veintiunavos": stem "veintiun" read as 21, ending "avos" -> fraction 21,
// `compound`). Nothing for other tokens. One hash probe for listed words.
std::optional<NumberWord> number_word(const std::vector<Token>& tokens, std::size_t i,
                                      const LanguageNumbers& language);

// A numerator followed by a compound ordinal denominator, split where the numerator is
// shortest: "three twenty-firsts", "one one hundred fifth", "twenty twenty fifths". A singular
// denominator needs a numerator of one and nothing after it but "of" ("a twenty-first century"
// is no fraction); a plural one another numerator.
std::optional<NumberMatch> read_split_fraction(const std::vector<Token>& tokens, std::size_t i,
                                               const LanguageNumbers& language);

}  // namespace storyline
