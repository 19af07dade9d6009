// The noun phrase a number counts: "26 suspected cartel members" -> "suspected cartel members".
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/article.h"  // Span
#include "recognize/quantities/quantity_lexicon.h"

namespace storyline {

// The counted noun phrase starting at tokens[i] (after "of"/"de" when `skip_of`), or nothing.
// A short phrase of words: it stops at punctuation, numbers and stop words (verbs, prepositions,
// pronouns), lets a joiner ("de", "por") sit between two words, and drops trailing participles
// ("15 people killed" counts "people").
std::optional<Span> find_counted(const std::vector<Token>& tokens, std::size_t i, bool skip_of,
                                 const LanguageNumbers& language);

}  // namespace storyline
