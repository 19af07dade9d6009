// Analysis <-> JSON, so that a store can keep an article's analysis as one JSON document and load
// it back for relinking and reports.
//
//   nlohmann::json stored = analysis_to_json(analysis);          // present/analysis_json.h
//   Analysis loaded = analysis_from_json(stored);
//   assert(analysis_to_json(loaded) == stored);
//
// analysis_from_json is the inverse of analysis_to_json: what the JSON carries comes back, field
// for field. What the JSON leaves out (an empty role span, cue_text beyond the cue's own words) is
// rebuilt from the article text where it can be.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "analyze/analyze.h"

namespace storyline {

// Throws std::runtime_error (naming the field) on JSON that is not an analysis: a missing
// required field or a value of the wrong type.
Analysis analysis_from_json(const nlohmann::json& json);

// The article object alone (article_to_json's inverse); the layers are left empty.
Article article_from_json(const nlohmann::json& json);

}  // namespace storyline
