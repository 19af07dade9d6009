// WARC 1.0 / 1.1 input (ISO 28500), plain or gzip-compressed with one member per record.
//
// Only records that carry an article are delivered: `response` records with a 2xx HTTP response
// and `resource` records, whose media type is HTML (or text/plain, as text). Everything else
// (warcinfo, request, metadata, revisit, images, redirects) is skipped silently. Documents are
// named "path#record=N", N counting every record in the file from 1. The WARC-Date is the crawl
// date, not the publication date, so it is not passed on as a hint.
//
// A file that ends inside a record delivers the records before it, then one error document.
#pragma once

#include <string>

#include "ingest/byte_source.h"
#include "ingest/read.h"

namespace storyline::ingest {

void read_warc(StreamReader& input, const std::string& path, const ReadOptions& options,
               const DocumentSink& sink);

}  // namespace storyline::ingest
