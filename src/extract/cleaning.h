// Cleaning shared by HTML and plain-text articles: boilerplate lines, the footer tail, bylines
// and outlet names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/main_text.h"
#include "extract/resources.h"

namespace storyline {

// Drops blocks matching a boilerplate line pattern, then everything after a hard footer marker
// (copyright, contact links, comment form, syndication notice) found in the last part of the
// text: what follows such a marker is the site's furniture, not reporting.
void drop_boilerplate_blocks(std::vector<TextBlock>& blocks, std::vector<DroppedBlock>& dropped,
                             const ExtractResources& resources);

// Names from raw byline strings: "By Jane Doe and John Roe, Staff Writers" -> {Jane Doe, John
// Roe}. Timestamps, "5 Minute Read", job titles and URLs are removed.
std::vector<std::string> clean_byline(const std::vector<std::string>& raw,
                                      const ExtractResources& resources);

// The outlet a byline credits after the names, in its last comma-separated part: "By Jane Doe,
// CNN", "Por Ana Gil, Diario Marejada". An outlet is an acronym or a name holding an outlet word
// (outlet_words.txt); empty when no entry credits one.
std::string byline_credit(const std::vector<std::string>& raw, const ExtractResources& resources);

// A short line that carries only a byline and/or a dateline: "By Jane Doe | March 13, 2026",
// "Port Saltmere, 14 de marzo de 2026. Por Lucía Barreto." `names` holds the byline parts, not
// yet cleaned.
struct BylineLine {
  bool matches = false;
  std::vector<std::string> names;
};
BylineLine read_byline_line(std::string_view line, const ExtractResources& resources);

// "https://www.example.co.uk/a/b" -> "example.co.uk"; empty when the URL has no host.
std::string registrable_domain(std::string_view url, const ExtractResources& resources);

}  // namespace storyline
