// SpeechResources: what a language contributes to the speech layer, loaded once.
//
// Read from resources/<lang>/speech/*.txt (formats in resources/en/speech/README.md); the
// recognizer holds no words of its own. Words are folded like quantity tokens (lower case,
// Spanish accents removed), so every lookup is one hash probe per token.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "recognize/phrase_table.h"
#include "recognize/quantities/quantity_tokens.h"

namespace storyline {

using SpeechPhrases = PhraseTable<int>;  // tag: flag bits (CueFlag for cues)

// Flags of a cue (cues.txt).
enum CueFlag : int {
  kCueAudience = 1,  // "told": the object is who was told
  kCueQuoteOnly = 2, // "called": introduces quotes, never an attribution
  kCueReportOnly = 4, // "believe": attributes, never introduces a quote
  kCueParticiple = 8  // "..., insisting": the sentence's subject speaks, not the nearest noun
};

enum class PronounKind { Person, Any, Org };
enum class StopKind { Clause, Preposition, Conjunction };

struct SpeechLanguage {
  std::vector<std::pair<std::string, std::string>> mark_pairs;  // open, close
  std::vector<std::string> dashes;                              // dialogue dashes
  SpeechPhrases cues;         // tag: CueFlag bits
  SpeechPhrases according;    // "according to", "según"
  SpeechPhrases hedges;
  SpeechPhrases where_openers;
  SpeechPhrases quantifiers;  // tag: the count (0 unknown)
  std::unordered_set<std::string> source_nouns;
  std::unordered_map<std::string, PronounKind> pronouns;
  std::unordered_set<std::string> work_titles;
  std::unordered_set<std::string> speaker_skip;
  std::unordered_set<std::string> passive;  // "were told": the subject was the audience
  std::unordered_map<std::string, StopKind> stops;
};

struct SpeechResources {
  std::unordered_map<std::string, SpeechLanguage> languages;
};

}  // namespace storyline
