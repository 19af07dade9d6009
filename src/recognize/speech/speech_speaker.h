// Speakers: the cue verbs of a sentence and the noun phrases they credit.
//
//   "a senior Trump administration official told ..." -> anonymous, count 1, entity -1
//   "two officials and two former officials said"     -> anonymous, count 4
//   "said Hegseth"                                     -> entity of the mention "Hegseth"
//   "she said"                                         -> a pronoun, resolved by the caller
#pragma once

#include <cstddef>

#include "recognize/speech/speech_context.h"

namespace storyline {

struct CueMatch {
  std::size_t first = 0, count = 0;  // tokens; count 0 when none
  int flags = 0;                     // CueFlag bits
  bool according = false;            // "according to", "según": the source follows
  explicit operator bool() const { return count > 0; }
  std::size_t end() const { return first + count; }
};

// The cue starting at token i, not reaching `limit`. A capitalized cue counts only when it opens
// its sentence; a cue after a determiner is a noun ("the claims").
CueMatch cue_at(const SpeechContext& ctx, std::size_t i, std::size_t limit);

struct SpeakerPhrase {
  bool found = false;
  Speaker speaker;
  std::size_t first = 0, last = 0;  // tokens [first, last) of the phrase
  bool pronoun = false;             // speaker.text is the pronoun; resolve it
  PronounKind pronoun_kind = PronounKind::Any;
  const Mention* mention = nullptr; // the mention that names the speaker, if any
};

// The subject of a cue: the phrase ending right before token `end`, not reaching back past
// `floor`. `loose` accepts a short phrase that is neither a name nor a source description.
SpeakerPhrase subject_before(const SpeechContext& ctx, std::size_t end, std::size_t floor, bool loose);

// The phrase starting at token `begin` (after the cue), not reaching `ceiling`.
SpeakerPhrase phrase_after(const SpeechContext& ctx, std::size_t begin, std::size_t ceiling, bool loose);

// A speaker for the mention: its entity, the mention's words.
Speaker mention_speaker(const SpeechContext& ctx, const Mention& mention);

// The latest mention before byte `before` that is not inside a quote and is of the kind a
// pronoun of `kind` can stand for, no earlier than paragraph `min_paragraph`.
const Mention* nearest_mention(const SpeechContext& ctx, std::uint32_t before, PronounKind kind,
                               int min_paragraph);

// Resolves a pronoun (or a subject the text leaves out, when `phrase` is not found) to the
// previous speaker when that fits, else to the nearest fitting mention. `previous` may be null.
Speaker resolve_speaker(const SpeechContext& ctx, const SpeakerPhrase& phrase, const Speaker* previous,
                        std::uint32_t at);

}  // namespace storyline
