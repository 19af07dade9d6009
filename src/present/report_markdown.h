// The story record as Markdown, for reading: `storyline report --format md`.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "link/story.h"

namespace storyline {

std::string report_to_markdown(const std::vector<Analysis>& analyses, const Record& record);

}  // namespace storyline
