// `storyline ingest --analysed`: the JSON Lines that `storyline analyze` (or storyline.dask)
// wrote, read back as articles ready for the store, without analysing them again.
#pragma once

#include <string>
#include <vector>

#include "ingest/read.h"
#include "store/store.h"

namespace storyline {

// Calls `sink` once per non-blank line of the inputs, in order: files, "-" (stdin), or folders,
// whose *.jsonl and *.ndjson files are read in byte order of their names (hidden files, such as
// the temporary files of an unfinished shard, are skipped). Each line comes as a RawDocument whose
// content is the line and whose source is "path:LINE"; an unreadable input comes with `error` set.
void read_analysed_lines(const std::vector<std::string>& inputs, const DocumentSink& sink);

// One line as an article to store. A line holding a failed document (an `error` field), or one
// that is not an analysis, comes back with analysis.article.error set and is not to be stored.
// Pure and thread-safe.
ArticleToStore analysed_article(const RawDocument& line, const ClaimResources& claims);

}  // namespace storyline
