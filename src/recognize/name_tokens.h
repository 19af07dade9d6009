// Tokens for name recognition: words keep their case, so "Sinaloa" and "sinaloa" differ.
//
// Unlike the date and quantity tokens, a word here may carry a dot when it is an initial ("M."),
// a dotted acronym ("U.S.", "EE.UU.") or a known abbreviation ("Gen.", "Sra."), because a dot
// inside a name is part of the name. A possessive ending ("’s", "'s") is a token of its own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace storyline {

enum class NameTokenKind { Word, Number, Possessive, Quote, Punct };

struct NameToken {
  std::uint32_t begin = 0, end = 0;  // byte offsets into the text
  NameTokenKind kind = NameTokenKind::Word;
  std::string fold;                  // lower case, accents removed ("Cártel" -> "cartel")
  bool capitalized = false;          // first letter upper case
  bool all_caps = false;             // two or more letters, all upper case ("CJNG", "U.S.")
  bool space_before = false;
};

// Splits text[begin, end) into tokens. `dotted` holds folded abbreviations that keep their
// final dot ("gen.", "sra."); single letters and dotted acronyms keep theirs without asking.
std::vector<NameToken> tokenize_names(std::string_view text, std::uint32_t begin,
                                      std::uint32_t end,
                                      const std::unordered_set<std::string>& dotted);

// True for the opening or closing quotation marks a name or nickname may sit in.
bool is_quote_mark(std::string_view mark);

}  // namespace storyline
