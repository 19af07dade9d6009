// Language knowledge the extract stage needs, loaded once from resource files and shared
// read-only by every worker thread.
//
// Layout: <dir>/common/*.txt hold language-neutral lists (markup class hints); <dir>/<lang>/*.txt
// hold one language's lists. Every language folder found is loaded, so adding a language is
// adding a folder. Files are UTF-8, one entry per line, `#` starts a comment.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include <re2/set.h>

namespace storyline {

// A boilerplate line pattern with the reason reported when it drops a line.
struct LinePattern {
  std::shared_ptr<const re2::RE2> regex;
  std::string reason;
};

struct LanguageResources {
  std::string code;                       // "en", "es": the folder name
  std::unordered_set<std::string> stopwords;  // frequent function words, for language id
  std::vector<LinePattern> boilerplate;   // whole-line patterns (boilerplate.txt)
  std::vector<std::string> byline_noise;  // words that are never part of a name (byline_noise.txt)
  std::vector<std::string> month_names;   // "january", ... for dates written in text (months.txt)
  std::vector<std::string> byline_leads;  // "by", "por": words before an author's name
  std::vector<std::string> byline_joiners;  // "and", "y": words between two names
};

// How the body of a page is chosen (common/body_weights.txt, `name = value` lines). The
// defaults are what the file ships with; eval/extraction/cv chooses them by cross-validation.
struct BodyWeights {
  double prose_length = 60;      // a block this long (code points) reads as prose...
  double sentence_length = 15;   // ...or one this long that ends like a sentence
  double link_density = 0.65;     // a block with more of its text in links is a link list
  double noise_weight = 0.5;     // how much a container's noise counts against its prose
  double positive_hint = 1.5;   // the prose of a container named like content counts this much more
  double forgive_share = 0.6;    // a boilerplate-named element with this share of the prose is the body
  double fragment_length = 150;  // shorter non-prose blocks before or after the prose are dropped
  bool join_siblings = true;     // an article split into sibling containers of one class is whole
  bool keep_tables = true;       // a table after the prose, inside the body, is content
};

struct ExtractResources {
  BodyWeights body;
  std::map<std::string, LanguageResources> languages;
  // Lower-case fragments of class/id attributes that mark boilerplate or content containers.
  std::vector<std::string> negative_hints;  // common/negative_class_hints.txt
  std::vector<std::string> positive_hints;  // common/positive_class_hints.txt
  std::vector<LinePattern> boilerplate;     // union of every language's line patterns
  // The same patterns compiled into one automaton, so a line is matched against all of them in
  // one pass; index i in the set is boilerplate[i].
  std::shared_ptr<const re2::RE2::Set> boilerplate_set;
  // Suffixes under which registrable domains sit one label deeper ("co.uk", "com.mx").
  std::vector<std::string> public_suffixes;  // common/public_suffixes.txt
  // Every language's byline noise words, for cleaning names whatever the page's language.
  std::unordered_set<std::string> byline_noise;
  // Splits a byline into names: punctuation, "&", and every language's joiner words.
  std::shared_ptr<const re2::RE2> byline_separator;
  // Lower-case words a dateline may hold besides names, numbers and months (dateline_words.txt).
  std::unordered_set<std::string> dateline_words;
  // Matches a byline lead at the start of a text, in any language: "By ", "Escrito por ".
  std::shared_ptr<const re2::RE2> byline_lead;
  // Lower-case words that mark a name as an outlet's, in any language: "news", "press",
  // "diario" (outlet_words.txt). "By Jane Doe, Harbor News": the last part is the outlet.
  std::unordered_set<std::string> outlet_words;
  // Every spelling of every month in every language, mapped to 1..12 (from months.txt).
  std::map<std::string, int> months;
};

// The resource folder: $STORYLINE_RESOURCES if set, else ../resources beside the executable's
// folder if present, else the source tree's folder compiled in.
std::string default_resource_dir();

// Throws std::runtime_error naming the file when a resource file exists but cannot be parsed.
ExtractResources load_extract_resources(const std::string& dir);

}  // namespace storyline
