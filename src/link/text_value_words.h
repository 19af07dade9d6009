// Words of names and titles as the text-value rules compare them (src/link/text_values.h).
// Internal to link/: folding and spelling distance shared by the loader and the rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// Lower case without any diacritic: names travel between languages and keyboards, so "Muñoz"
// and "Munoz", "Wałęsa" and "Walesa" are one spelling. (fold_word keeps "ñ", which a reader does
// not count as another letter in a name.)
std::string fold_name_word(std::string_view word);

struct NameWord {
  std::string surface;  // as written
  std::string fold;     // fold_name_word(surface)
};

// Runs of letters and digits: "Beltrán-Leyva" and "Beltrán Leyva" are the same two words.
std::vector<NameWord> name_words(std::string_view text);

// True when x and y read as one word written with a slip of the pen rather than two words: one
// or two letters apart (Damerau-Levenshtein on code points), fewer than two in five, both at
// least `min_length` letters so that one letter is not the whole difference between two common
// words. A prefix is an abbreviation or a plural, never a misspelling. `evidence` (the rest of
// the name agrees) allows one letter more.
bool near_spelling(const std::string& x, const std::string& y, std::size_t min_length, bool evidence = false);

struct TextValueLanguage;
struct TextValueResources;

// The language's words for `lang`, or every language's when it has no folder.
const TextValueLanguage& language_of(const TextValueResources& r, const std::string& lang);

// What a word stands for when names are compared: a qualifier's meaning ("q:south"), a listed
// translation's or variant's class ("c:12"), else the word itself. Equal ids are one value
// whatever the language.
std::string word_id(const TextValueResources& r, const TextValueLanguage& lang, const std::string& fold);

inline std::string quoted(const std::string& s) { return "\"" + s + "\""; }

struct TitleWords {
  std::string lang;  // the article's
  std::vector<NameWord> words;
};

// Why two titles of one entity disagree, "" when they do not. They disagree when one says the
// same office with a modifier the other lacks ("former", "acting", "deputy"), or the same office
// at another rank of one scale ("colonel" / "general"). Titles that share nothing (a job and a
// party post) are two facts, not a dispute.
std::string title_difference(const TitleWords& a, const TitleWords& b, const TextValueResources& r);

}  // namespace storyline
