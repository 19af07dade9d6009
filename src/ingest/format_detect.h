// Deciding what kind of input a file is, from its first bytes and its name.
#pragma once

#include <string_view>

namespace storyline::ingest {

enum class InputFormat { Html, Text, JsonLines, Warc, Feed, Binary };

// How many leading (decompressed) bytes detect_format wants to see.
inline constexpr std::size_t kSniffBytes = 8192;

// Content decides first: a "WARC/1." header, an XML feed root (<rss>, <feed>, <rdf:RDF>), a
// first non-blank line starting with '{', HTML markup, or control bytes that no text has. The
// name's extension (with any ".gz" removed) settles what content leaves open, e.g. a .txt file
// that mentions "<p>" stays text. `head` is the start of the (decompressed) input.
InputFormat detect_format(std::string_view head, std::string_view name);

}  // namespace storyline::ingest
