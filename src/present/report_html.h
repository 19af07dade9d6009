// The story record as one self-contained HTML page with a timeline drawing.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "link/story.h"

namespace storyline {

std::string report_to_html(const std::vector<Analysis>& analyses, const Record& record);

}  // namespace storyline
