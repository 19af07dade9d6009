// Plain-text articles: the header (title, URL, byline and date lines), paragraphs and line-level
// cleaning.
#pragma once

#include <string>
#include <string_view>

#include "extract/main_text.h"
#include "extract/resources.h"

namespace storyline {

struct PlainText {
  std::string title;  // the headline: a line standing alone, or just above a byline or date line
  std::string url;    // a URL line in the header ("http://example.org/a"), spaces removed
  MainText body;      // header lines set aside are in body.dropped ("url", "byline", boilerplate)
};

// Paragraphs are lines, or blank-line separated groups when the text is hard-wrapped. The header
// is read from the first lines only: stray lines there (a URL, "Advertisement", a bare date) are
// set aside and never taken for the title.
PlainText read_plain_text(std::string_view text, const ExtractResources& resources);

// A line that is a URL and nothing else, perhaps with the stray spaces of tokenized text
// ("http: / / example. org / a"): the URL without spaces, else empty.
std::string url_of_line(std::string_view line);

}  // namespace storyline
