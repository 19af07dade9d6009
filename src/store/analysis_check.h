// Whether an analysis read back from a store holds together: every span inside the article text,
// every index naming an element of its layer. A store file is bytes that anyone (or a damaged
// disk) may have changed; the layers index each other and slice the text without checks, so a
// stored analysis is checked once, when it is read.
#pragma once

#include "analyze/analyze.h"

namespace storyline {

// Throws std::runtime_error naming the first span or index that is out of range.
void check_stored_analysis(const Analysis& analysis);

}  // namespace storyline
