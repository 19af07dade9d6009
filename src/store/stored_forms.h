// How an article's parts are written into store columns, the same in every store (SQLite and
// PostgreSQL), so that a store's contents mean one thing whichever database holds them.
#pragma once

#include <string>
#include <string_view>

#include "analyze/analyze.h"
#include "link/story_index.h"

namespace storyline {

// What names an article across its revisions: its URL, else its text's hash.
std::string article_key(const Article& article, const std::string& content_hash);

// A claim's evidence spans as a JSON array of [begin, end] byte offsets.
std::string evidence_text(const Claim& claim);

// Story features as stored in `articles.features`, and back.
std::string features_to_text(const StoryFeatures& features);
StoryFeatures features_from_text(std::string_view text);

// An analysis as stored: its JSON without `text`, and the text column.
Analysis stored_analysis(std::string_view analysis, std::string_view text);

}  // namespace storyline
