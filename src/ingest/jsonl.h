// JSON Lines input: one article per line, as written by scrapers and by `storyline` itself.
//
// Each non-blank line is an object with `html` or `text` and optional `id`, `url`, `title`,
// `published`, `lang`, `outlet` and `byline` (a string or a list of strings). Documents are named
// "path:LINE" (1-based). A malformed line, or one without content, becomes an error document and
// reading goes on with the next line.
#pragma once

#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/read.h"

namespace storyline::ingest {

// One line (one JSON object) as the document it describes, named `source`; an error document
// when it is malformed or has no content. The Python package reads a dict through it.
RawDocument document_from_line(std::string_view line, const std::string& source,
                               const ReadOptions& options);

void read_json_lines(StreamReader& input, const std::string& path, const ReadOptions& options,
                     const DocumentSink& sink);

}  // namespace storyline::ingest
