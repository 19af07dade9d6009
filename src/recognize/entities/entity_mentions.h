// Finding names in sentences: the first half of entity recognition.
//
// A candidate is a run of capitalized words (with connectors such as "of" or "de" inside),
// split into a role ("Defense Secretary") and a name ("Pete Hegseth"), typed by what the
// resources know: a gazetteer entry, a head word ("Department", "Cartel"), a title. Runs the
// resources cannot type stay `guessed` and are kept only if resolution ties them to a typed name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/entities/entity.h"
#include "recognize/entities/entity_lexicon.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

struct NameCandidate {
  Mention mention;                  // span, type, kind and role; entity unset
  int known = -1;                   // gazetteer entry (EntityResources::known)
  std::vector<std::string> words;   // folded name words, nickname and connectors left out
  std::vector<std::string> nickname;  // folded nickname words ("el", "chapo"), if any
  std::string name;                 // the name as written, nickname left out
  std::string nickname_text;        // the nickname as written
  bool guessed = false;             // type not backed by any resource
  bool acronym = false;             // one all-capitals word: "CJNG", "NORTHCOM"
  bool outlet = false;
  int alias_of = -1;                // this candidate names the candidate at that index
                                    // ("known as “El Mencho”", "(NORTHCOM)")
};

// Candidates of the whole text in text order. `dates` are never names.
std::vector<NameCandidate> find_name_candidates(std::string_view text,
                                                const std::vector<Span>& sentences,
                                                const std::vector<TimeExpression>& dates,
                                                const std::string& lang,
                                                const EntityResources& resources);

}  // namespace storyline
