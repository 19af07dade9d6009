// The story record as JSON: `storyline report --format json` (docs/schema.md, "The report").
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "link/story.h"

namespace storyline {

// One JSON object: `articles` (every input once) and `stories`, each with its entities, claim
// groups (claims quoted with their evidence), quote groups, timeline and outlets; references
// name articles by id. Field names in docs/schema.md.
void write_report_json(std::ostream& out, const std::vector<Analysis>& analyses, const Record& record);

// The record in `format`: "json", "md" or "html" (report_markdown.h, report_html.h).
void write_report(std::ostream& out, const std::string& format, const std::vector<Analysis>& analyses,
                  const Record& record);

}  // namespace storyline
