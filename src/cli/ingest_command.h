// storyline ingest: analyse inputs in parallel and add them to a store in batches, each batch
// stored and linked in one transaction (store/ingest.h).
#pragma once

#include <cstddef>
#include <string>

#include "cli/article_commands.h"

namespace storyline {

// Exit status as for analyze: 0 every input stored (or already there), 1 at least one input
// failed (named on stderr; the others are stored), 2 the command could not run (bad options,
// missing resources, a store that cannot be opened or written).
// With `analysed`, the inputs are the JSON Lines of `storyline analyze` (or storyline.dask shards),
// stored as they are, without reading or analysing documents again.
int run_ingest(const ArticleCommand& command, const std::string& db, std::size_t batch_size, bool analysed = false);

}  // namespace storyline
