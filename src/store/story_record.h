// A linked story as the store keeps it: its summary row, the story object of `report --format
// json`, and one row per claim group.
#pragma once

#include <cstdint>
#include <vector>

#include "link/story.h"
#include "store/store.h"

namespace storyline {

// `analyses` are the story's articles in ingest order; `story` was linked from them (its
// `articles` are 0..n-1). `id` is the story's id in the store.
StoryToStore story_to_store(std::int64_t id, const std::vector<Analysis>& analyses, const Story& story);

}  // namespace storyline
