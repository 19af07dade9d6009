// Direct quotes: which quoted stretches are speech, and who said them.
//
// Representation choices (documented for consumers of Speech::quotes):
// - One Quote per quoted stretch. A quote the cue interrupts (“We are ready,” she said. “We will
//   act.”), a dialogue paragraph the narrator interrupts, and an English quote running over
//   several paragraphs all give several Quotes; each later piece has `continues` pointing at the
//   piece before and carries its speaker and cue.
// - A quote spanning several sentences is one Quote; `sentence` is where it starts.
#pragma once

#include <vector>

#include "recognize/speech/quote_marks.h"

namespace storyline {

struct QuoteFindings {
  std::vector<Quote> quotes;  // in text order
  std::vector<Speaker> via;   // per quote: the outlet its cue names ("told NBC News"), or empty
};

// Marks the tokens of accepted quotes in ctx.quoted (later layers skip quoted words).
QuoteFindings recognize_quotes(SpeechContext& ctx, const std::vector<QuoteStretch>& stretches);

}  // namespace storyline
