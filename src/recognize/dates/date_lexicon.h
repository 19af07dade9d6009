// DateResources: the per-language lexicon of the date grammar, loaded from
// resources/<lang>/dates/*.txt (format: resources/en/dates/README.md). Every word the grammar
// knows comes from there; the C++ only knows roles ("a month name", "a relative word").
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace storyline {

// One role per resource file, so a phrase's meaning is (file, value).
enum class DateRole : std::uint8_t {
  Month, Weekday, Season, Number, Ordinal, Unit, RelativeDay, Relative, Part, Modifier,
  Reference, Set, DayPart, Holiday, Grammar, Tense, Fraction
};

struct DatePhrase {
  std::vector<std::string> words;  // tokens as tokenize_for_dates makes them
  DateRole role;
  std::string value;
};

// A phrase found in the text: its role and value and how many tokens it covers.
struct DateLexeme {
  DateRole role;
  const std::string* value;
  int length;
};

struct DateLexicon {
  std::unordered_map<std::string, std::vector<DatePhrase>> by_first_word;
  std::vector<std::string> future_suffixes;          // tense.txt lines "*rá = FUTURE"
  std::vector<std::string> past_suffixes;            // tense.txt lines "*ed = PAST"
  std::unordered_set<std::string> ambiguous;         // words that need a cue to be dates
  std::unordered_map<std::string, std::string> settings;
  std::string setting(const std::string& key) const {
    auto found = settings.find(key);
    return found == settings.end() ? std::string() : found->second;
  }
};

struct DateResources {
  std::unordered_map<std::string, DateLexicon> languages;
};

}  // namespace storyline
