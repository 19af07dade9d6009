// Text values compared across outlets: names and titles that outlets write differently.
//
//   auto words = storyline::load_text_value_resources(storyline::default_resource_dir());
//   for (const storyline::TextDispute& d : storyline::compare_text_values(story, *words))
//     std::cout << d.aspect << ": " << d.reason << "\n";
//
// Not every difference is a dispute. Accents and case, the gazetteer's aliases (entities with one
// `key`, in any language), a word and its listed translation, a listed transliteration and a
// short form inside the long one ("Kowalski" / "Anna Kowalski") are the same value. What is left:
//   spelling     one person's or group's name spelled two ways ("Kowalski" / "Kowalsky");
//   translation  a group's name translated with one wrong word ("Cartel of the Golf");
//   title        one entity given titles that differ by a meaningful modifier or rank
//                ("former minister" / "minister", "colonel" / "general");
//   institution  one institution named with two qualifiers ("Southern" / "Western District").
// Articles of one copy group are one source and are never compared with each other.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "link/claim_groups.h"  // StoryInput

namespace storyline {

struct TextValueRef {
  int article = -1;  // index into StoryInput::articles
  Span span;         // the words in that article's text
  std::string text;  // the text at `span`
};

struct TextDispute {
  std::string aspect;  // "spelling", "translation", "title", "institution"
  std::string entity;  // readable name of what is disputed
  TextValueRef a, b;   // a from the earlier-published article when known
  std::string reason;  // readable: "\"Kowalski\" vs \"Kowalsky\": one person's surname spelled
                       // two ways"
};

// One language's words, folded (lower case, accents removed). Formats in
// resources/<lang>/claims/text_values.txt.
struct TextValueLanguage {
  std::map<std::string, std::string> modifiers;         // word -> meaning ("former" -> "past")
  std::map<std::string, std::string> modifier_prefixes;  // "ex" -> "past" (for "exministro")
  std::map<std::string, std::pair<std::string, int>> ranks;  // word -> scale and position
  std::map<std::string, std::string> qualifiers;        // word -> meaning ("southern" -> "south")
  std::set<std::string> function_words;                 // from ../stopwords.txt
};

struct TextValueResources {
  std::map<std::string, TextValueLanguage> languages;  // by language code
  TextValueLanguage any;  // every language merged, for articles of an unknown language
  // Word -> the id of its class of equivalents: translations and listed variants, every file
  // merged ("gulf" and "golfo" share one id). Words in no class are absent.
  std::map<std::string, int> equivalents;
  std::vector<std::vector<std::string>> classes;  // id -> its words
};

// Reads resources/<lang>/claims/text_values.txt (and <lang>/stopwords.txt) for every language
// folder of `resource_dir`. Throws std::runtime_error "path:line: why" on a malformed line.
std::shared_ptr<const TextValueResources> load_text_value_resources(const std::string& resource_dir);

// The text disputes of a story, in a stable order (by aspect, then by the first article).
// Pure: reads the analyses, keeps no pointer to them. Every dispute's spans point into the
// texts of its two articles, which belong to different copy groups.
std::vector<TextDispute> compare_text_values(const StoryInput& story, const TextValueResources& resources);

}  // namespace storyline
