// Hedges: the reporter's qualifiers of a claim ("reportedly", "could", "al parecer").
#pragma once

#include <vector>

#include "recognize/speech/speech_context.h"

namespace storyline {

// Hedge phrases outside direct quotes (a speaker's own "could" is theirs, not the reporter's),
// dates ("May 4") and names ("Theresa May"). A capitalized match counts only when it opens its
// sentence followed by a comma ("Reportedly, ...", "Al parecer, ...").
std::vector<Hedge> find_hedges(const SpeechContext& ctx);

}  // namespace storyline
