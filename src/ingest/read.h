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
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/raw_document.h"

namespace storyline {

struct ReadOptions {
  // Largest content accepted for one document, after decompression. Bigger ones become errors
  // rather than exhausting memory in the HTML parser.
  std::size_t max_document_bytes = 16u << 20;
  // Lines (JSON Lines) or records (WARC) of the file before the bytes being read, when they are
  // a slice of it (read_file_slice): documents are then named as when the whole file is read.
  std::size_t units_before = 0;
};

using DocumentSink = std::function<void(RawDocument)>;

// Calls `sink` once per document, in input order, on the calling thread.
void read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                 const DocumentSink& sink);

// Reads bytes [begin, end) of the JSON Lines or WARC file `path`, which must start and end at
// line or record boundaries, naming its documents after the `options.units_before` lines or
// records before `begin` (storyline.dask splits a large file into such slices).
void read_file_slice(const std::string& path, std::uint64_t begin, std::uint64_t end,
                     const ReadOptions& options, const DocumentSink& sink);

// Reads one file's bytes (already in memory) named `source`; used by read_inputs and by tests.
void read_bytes(std::string bytes, const std::string& source, const ReadOptions& options,
                const DocumentSink& sink);

}  // namespace storyline
