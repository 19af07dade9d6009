// Judgements on one quoted stretch that need no speaker: is it a name or a title rather than
// speech, does it stand as a sentence of its own, and where and when the sentence places it.
#pragma once

#include <cstddef>

#include "recognize/speech/quote_marks.h"

namespace storyline {

// Words (letters or digits) in `span`.
std::size_t word_count(const SpeechContext& ctx, Span span);

// A stretch that one mention covers whole: a name or nickname ("El Chapo").
bool is_name(const SpeechContext& ctx, const QuoteStretch& stretch);

// A capitalized stretch right after a work word ("the film “Rising Tide”", "el libro «...»")
// that does not end like a sentence.
bool is_work_title(const SpeechContext& ctx, const QuoteStretch& stretch);

// A sentence that is its whole paragraph and ends without final punctuation: a headline.
bool headline_like(const SpeechContext& ctx, int sentence);

// Whether the stretch is a fragment inside the reporter's sentence. `lead` is the first token of
// the reporter's words before it in its sentence (after any earlier quote).
bool is_partial(const SpeechContext& ctx, const QuoteStretch& stretch, std::size_t lead);

// The first place/occasion phrase ("aboard Air Force One") in sentences [first, last], outside
// quotes; empty span when none.
Span find_where(const SpeechContext& ctx, int first, int last);

// The first DATE or TIME of sentences [first, last] outside `words`; -1 when none.
int find_when(const SpeechContext& ctx, int first, int last, Span words);

}  // namespace storyline
