// Plain-text articles: title line, paragraphs and line-level cleaning.
#pragma once

#include <string>
#include <string_view>

#include "extract/main_text.h"
#include "extract/resources.h"

namespace storyline {

struct PlainText {
  std::string title;  // the first line when it stands alone and reads like a headline
  MainText body;
};

// Paragraphs are lines, or blank-line separated groups when the text is hard-wrapped.
PlainText read_plain_text(std::string_view text, const ExtractResources& resources);

}  // namespace storyline
