// Attributions: statements the article credits to a source without quoting it ("insiders say",
// "according to a senior official", "NBC News reported that six officials confirmed ...").
#pragma once

#include <vector>

#include "recognize/speech/quote_speaker.h"

namespace storyline {

// One attribution per cue outside quotes whose subject is a name, a pronoun or a source
// description. A quote's own cue yields one only when it names the outlet ("told NBC News").
// An outlet reporting what a source said becomes one attribution: source the inner speaker,
// via the outlet.
std::vector<Attribution> recognize_attributions(const SpeechContext& ctx, const QuoteFindings& quotes);

}  // namespace storyline
