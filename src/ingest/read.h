// Reading inputs: paths, folders and stdin into RawDocuments, in a stable order.
//
//   storyline::ReadOptions options;
//   storyline::read_inputs({"pages/", "feed.xml", "-"}, options,
//                          [](storyline::RawDocument doc) { /* extract it */ });
//
// Folders are walked recursively in byte order of their entry names; inside a folder, hidden
// entries and files whose extension names no input format (README.md, images) are skipped, while
// a file named explicitly is always read. A file's format is decided
// by its content first (gzip magic, WARC/ header, XML feed root, JSON object lines, HTML markup)
// and by its extension when the content is ambiguous. Errors never stop the walk: an unreadable
// path, a truncated gzip member or a malformed JSON line becomes a RawDocument with `error` set,
// naming the input and the reason, and reading goes on with the next unit.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "ingest/raw_document.h"

namespace storyline {

struct ReadOptions {
  // Largest content accepted for one document, after decompression. Bigger ones become errors
  // rather than exhausting memory in the HTML parser.
  std::size_t max_document_bytes = 16u << 20;
};

using DocumentSink = std::function<void(RawDocument)>;

// Calls `sink` once per document, in input order, on the calling thread.
void read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                 const DocumentSink& sink);

// Reads one file's bytes (already in memory) named `source`; used by read_inputs and by tests.
void read_bytes(std::string bytes, const std::string& source, const ReadOptions& options,
                const DocumentSink& sink);

}  // namespace storyline
