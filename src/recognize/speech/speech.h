// Who said what: direct quotes with their speakers, attributions of reported statements,
// hedges, and a per-article sourcing summary.
//
//   auto resources = storyline::load_speech_resources(storyline::default_resource_dir());
//   storyline::Speech speech = storyline::recognize_speech(input, *resources);
//
// `“We will act,” Homan told Fox Business.` gives one quote {text "We will act", speaker entity
// of Homan, cue "told"} and one attribution {source Homan, via Fox Business}.
// All language knowledge (cue verbs, source nouns, hedges, pronouns) is data under
// resources/<lang>/speech/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"  // Span
#include "recognize/entities/entity.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

// Who a quote or statement is credited to.
struct Speaker {
  int entity = -1;         // index into entities when the speaker is one
  std::string text;        // the words the article uses: "a senior official", "Pete Hegseth"
  Span span;               // where those words are (for a pronoun: the pronoun)
  bool anonymous = false;  // the article does not name the source
  int count = 0;           // how many sources the phrase counts ("two officials" -> 2); 0 unknown
};

struct Quote {
  Span span;              // the quoted words, without the quotation marks
  std::string text;
  bool partial = false;   // a fragment inside the reporter's own sentence
  Speaker speaker;        // text empty when no speaker can be found
  Span cue;               // the cue verb or phrase ("said", "told", "dijo", "according to")
  std::string cue_text;
  int when = -1;          // index into the date layer when the sentence dates the statement
  Span where;             // "aboard Air Force One", "in a February post on X"; empty if none
  std::string where_text;
  int sentence = -1;      // index of the sentence the quote starts in
  int continues = -1;     // index (in Speech::quotes) of the quote this one carries on: a quote
                          // interrupted by its cue or the narrator, or running over paragraphs
};

struct Attribution {
  Span span;              // the attributing phrase: "a senior official told Rolling Stone"
  std::string cue;        // "told", "according to", "reported", "says", "según"
  Speaker source;         // the person, outlet or anonymous source credited
  Speaker via;            // the outlet that carried it, when named; text empty otherwise
  Span statement;         // the statement it supports (usually its sentence or clause)
  int sentence = -1;
};

struct Hedge {
  Span span;              // "reportedly", "is expected to", "al parecer"
  std::string text;
  int sentence = -1;      // the sentence it qualifies
};

struct SpeakerCount {
  std::string speaker;    // entity name, or the anonymous description
  int entity = -1;
  bool anonymous = false;
  int quotes = 0;
};

struct Sourcing {
  // Sentences of the article by who they are credited to. A sentence with a quote or an
  // attribution counts once, for its first source; every other sentence is unsourced.
  int named = 0;
  int anonymous = 0;
  int outlets = 0;
  int unsourced = 0;
  std::vector<SpeakerCount> quotes_by_speaker;  // most quotes first
};

struct Speech {
  std::vector<Quote> quotes;              // sorted by span
  std::vector<Attribution> attributions;  // sorted by span
  std::vector<Hedge> hedges;              // sorted by span
  Sourcing sourcing;
};

struct SpeechInput {
  std::string_view text;
  std::string lang;
  const std::vector<Span>* paragraphs = nullptr;
  const std::vector<Span>* sentences = nullptr;
  const std::vector<TimeExpression>* dates = nullptr;
  const std::vector<Mention>* mentions = nullptr;  // sorted by span
  const std::vector<Entity>* entities = nullptr;
};

struct SpeechResources;

// Loads resources/<lang>/speech/ for every language folder that has one; throws
// std::runtime_error naming the file on a malformed line.
std::shared_ptr<const SpeechResources> load_speech_resources(const std::string& resource_dir);

// Pure and thread-safe. An unknown language yields an empty Speech.
Speech recognize_speech(const SpeechInput& input, const SpeechResources& resources);

}  // namespace storyline
