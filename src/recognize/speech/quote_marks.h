// Quoted stretches: where quotation marks (or dialogue dashes) put words in someone's mouth.
// No judgement yet about whether a stretch is speech, a name or a title; quote_speaker decides.
#pragma once

#include <vector>

#include "recognize/speech/speech_context.h"

namespace storyline {

struct QuoteStretch {
  Span words;          // the quoted words, marks and surrounding spaces and commas trimmed
  Span open, close;    // the marks; `close` is empty when the paragraph ends first
  bool dash = false;   // a piece of a dialogue paragraph ("—No vamos a ceder —dijo—.")
  Span narration;      // dash dialogue: the narrator's words after this piece, empty if none
  int continues = -1;  // the stretch this one carries on: the piece before the narrator's words,
                       // or the unclosed quote of the previous paragraph
  bool unclosed() const { return close.begin == close.end; }
};

// Every stretch of the article in text order. Nested marks inside a stretch are left alone.
std::vector<QuoteStretch> find_quote_stretches(const SpeechContext& ctx);

}  // namespace storyline
