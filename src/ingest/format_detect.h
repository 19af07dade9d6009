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

// Whether a file met while walking a folder is an input: its extension (after removing ".gz") is
// one we read (html, htm, xhtml, txt, text, jsonl, ndjson, warc, xml, rss, atom), or it has
// none, as crawl dumps named by hash often do. A README.md or a photo beside the articles is not
// read. Files named on the command line are always read.
bool is_input_file_name(std::string_view name);

}  // namespace storyline::ingest
