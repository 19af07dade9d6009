// Language identification by function words, for every language with a resource folder.
#pragma once

#include <string>
#include <string_view>

#include "extract/resources.h"

namespace storyline {

struct LanguageGuess {
  std::string code;  // empty when no language scored at all
  bool confident = false;
};

// Scores the first few thousand words of `text` against each language's stopword list.
LanguageGuess detect_language(std::string_view text, const ExtractResources& resources);

// "en-US", "es_MX", "en_us" -> "en"; empty stays empty.
std::string primary_language_tag(std::string_view tag);

}  // namespace storyline
