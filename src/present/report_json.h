// The story record as JSON: `storyline report --format json` (docs/schema.md, "The report").
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "analyze/analyze.h"
#include "link/story.h"

namespace storyline {

// Articles are listed once, with their claims, quotes and entities, so every reference in
// stories (article index, claim index, quote index) resolves inside the same object.
nlohmann::json report_to_json(const std::vector<Analysis>& analyses, const Record& record);

}  // namespace storyline
