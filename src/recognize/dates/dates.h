// Temporal tagging: finds every time expression of a text and gives it a TimeML value.
//
//   auto resources = storyline::load_date_resources("/work/main/resources");
//   storyline::DateContext context{"es", "2025-08-14", false};
//   auto found = storyline::recognize_dates(text, {{0, size}}, context, *resources);
//   // "el jueves pasado" -> DATE 2025-08-07, anchor Publication
//
// Conventions where TimeML leaves a choice (documented in resources/en/dates/README.md):
// signals ("since", "before", "until") stay outside the span and set no mod; a range ("between
// March and May", "del 1 al 5 de agosto") is one DATE whose value is the ISO 8601 interval
// "2025-03/2025-05" with begin and end set; relative expressions without a reference keep X
// placeholders ("XXXX-WXX" for "last week").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/dates/date_lexicon.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

// Loads every language folder's dates/ resources under resource_dir. A language without a dates/
// folder is skipped. Throws std::runtime_error naming the file on a malformed resource.
std::shared_ptr<const DateResources> load_date_resources(const std::string& resource_dir);

// Pure, thread-safe. `sentences` are byte spans of `text` (one span covering everything is
// fine); they bound the tense cues that decide whether "May 4" or "Thursday" points forward.
// Results are sorted by span and never overlap. An unknown context.lang finds nothing.
std::vector<TimeExpression> recognize_dates(std::string_view text, const std::vector<Span>& sentences,
                                            const DateContext& context, const DateResources& resources);

}  // namespace storyline
