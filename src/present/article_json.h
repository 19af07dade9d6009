// The article as storyline writes it: JSON (the schema of docs/schema.md) and readable text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "extract/article.h"

namespace storyline {

// Field names are the public schema: later versions add fields, never rename them.
nlohmann::json article_to_json(const Article& article);

// A plain-text rendering for people: a header of metadata lines, then the text.
std::string article_to_text(const Article& article);

}  // namespace storyline
