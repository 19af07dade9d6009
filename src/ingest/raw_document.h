// RawDocument: one article-sized unit read from an input, before extraction.
//
// Readers (files, stdin, JSON Lines, WARC, RSS/Atom) turn bytes into RawDocuments. A reader always
// hands over valid UTF-8 in `content` (legacy charsets converted, invalid bytes replaced), so the
// extract stage never deals with encodings. A document that could not be read still travels
// through the pipeline with `error` set, so it shows up in the output in input order.
#pragma once

#include <string>
#include <vector>

namespace storyline {

enum class ContentKind { Html, Text };

// What the container around the content already told us (JSON Lines fields, WARC headers, feed
// item elements). Empty strings mean "not given". The extract stage prefers these over what it
// finds in the content itself, except where noted there.
struct DocumentHints {
  std::string id;         // the input's own id (JSON Lines `id`, feed item guid)
  std::string url;        // WARC-Target-URI, JSONL `url`, feed item link
  std::string title;
  std::string published;  // as written: ISO 8601, RFC 822 or WARC-Date
  std::string lang;
  std::string outlet;     // feed channel title
  std::vector<std::string> byline;
};

struct RawDocument {
  std::string source;   // "path", "path#record=3" (WARC), "path:12" (JSONL line), "path#item=2"
  std::string content;  // UTF-8
  ContentKind kind = ContentKind::Html;
  DocumentHints hints;
  std::string error;    // non-empty when the input could not be read; `content` is then empty
};

}  // namespace storyline
