// The analysis as storyline writes it: the article object of article_json.h plus its layers.
#pragma once

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"

namespace storyline {

// Adds `sentences`, `dates` and `quantities` to the article object; field names are the public
// schema (docs/schema.md).
nlohmann::json analysis_to_json(const Analysis& analysis);

}  // namespace storyline
