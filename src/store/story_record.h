// A linked story as the store keeps it: its summary row, the story object of `report --format
// json`, and one row per claim group.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "link/story.h"
#include "store/store.h"

namespace storyline {

// `analyses` are the story's articles in ingest order; `story` was linked from them (its
// `articles` are 0..n-1). `id` is the story's id in the store.
StoryToStore story_to_store(std::int64_t id, const std::vector<Analysis>& analyses, const Story& story);

// A story's thread keys as stored in `stories.thread_keys` (a JSON array), and back.
std::string thread_keys_to_text(const std::vector<std::string>& keys);
std::vector<std::string> thread_keys_from_text(std::string_view text);

// The thread keys of a stored story record (its `articles` and `entities`): what thread_keys
// gives for the story it was written from. For stores written before threads existed.
std::vector<std::string> record_thread_keys(const nlohmann::json& record);

// Per story (in id order), the id of its thread's first story: link_threads over their keys.
std::vector<std::int64_t> thread_ids(const std::vector<StoryThread>& stories);

// The threads of stories (in id order) given their titles and, for stories in threads of two or
// more, their entities as (key, name), most mentioned first: as link_articles names them.
std::vector<ThreadRow> threads_of(
    const std::vector<StoryRow>& rows, const std::vector<StoryThread>& stories,
    const std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>>& entities);

}  // namespace storyline
