// The analysis as storyline writes it: the article object of article_json.h plus its layers.
#pragma once

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"

namespace storyline {

// Adds every layer (sentences, dates, quantities, mentions, entities, quotes, attributions,
// hedges, sourcing, claims) to the article object; field names are the public schema
// (docs/schema.md).
nlohmann::json analysis_to_json(const Analysis& analysis);

// One claim; `text` is its article's text, for the trigger's words. Shared with the report.
nlohmann::json claim_to_json(const Claim& claim, const std::string& text);

}  // namespace storyline
