#include "link/text_value_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>

#include "link/text_values.h"
#include "util/resource_lines.h"

namespace storyline {
namespace fs = std::filesystem;
namespace {

std::u32string code_points(const std::string& s) {
  std::u32string out;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

// Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one slip.
int edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string folded_entry(const fs::path& file, const ResourceLine& line, const std::string& field) {
  std::vector<NameWord> words = name_words(field);
  if (words.size() != 1) resource_error(file, line, "expected one word: " + field);
  return words[0].fold;
}

void add_equivalents(TextValueResources& r, const std::vector<std::string>& words) {
  int target = -1;
  for (const std::string& w : words) {
    auto it = r.equivalents.find(w);
    if (it == r.equivalents.end() || it->second == target) continue;
    if (target < 0) { target = it->second; continue; }
    int old = it->second;  // a word on two lines joins their classes
    for (const std::string& moved : r.classes[old])
      r.equivalents[moved] = target, r.classes[target].push_back(moved);
    r.classes[old].clear();
  }
  if (target < 0) target = static_cast<int>(r.classes.size()), r.classes.emplace_back();
  for (const std::string& w : words)
    if (r.equivalents.emplace(w, target).second) r.classes[target].push_back(w);
}

template <typename Value>
void put(std::map<std::string, Value>& map, const std::string& key, const Value& value, const fs::path& file,
         const ResourceLine& line) {
  auto [it, fresh] = map.emplace(key, value);
  if (!fresh && !(it->second == value))
    resource_error(file, line, "word listed twice with different values: " + key);
}

TextValueLanguage load_language(const fs::path& dir, TextValueResources& r) {
  TextValueLanguage language;
  fs::path file = dir / "claims" / "text_values.txt";
  for (const ResourceLine& line : read_resource_lines(file)) {
    const std::vector<std::string>& f = line.fields;
    const std::string& kind = f[0];
    if (kind == "modifier" && f.size() == 3) {
      bool prefix = !f[2].empty() && f[2].back() == '*';
      std::string word = folded_entry(file, line, prefix ? f[2].substr(0, f[2].size() - 1) : f[2]);
      put(prefix ? language.modifier_prefixes : language.modifiers, word, f[1], file, line);
    } else if (kind == "rank" && f.size() == 4) {
      int position = 0;
      try {
        position = std::stoi(f[2]);
      } catch (const std::exception&) {
        resource_error(file, line, "position not a number: " + f[2]);
      }
      put(language.ranks, folded_entry(file, line, f[3]), std::make_pair(f[1], position), file, line);
    } else if (kind == "qualifier" && f.size() == 3) {
      put(language.qualifiers, folded_entry(file, line, f[2]), f[1], file, line);
    } else if ((kind == "translation" || kind == "variant") && f.size() >= 3) {
      std::vector<std::string> words;
      for (std::size_t i = 1; i < f.size(); ++i) words.push_back(folded_entry(file, line, f[i]));
      add_equivalents(r, words);
    } else {
      resource_error(file, line,
                     "expected modifier | MEANING | word, rank | SCALE | POSITION | word, qualifier | MEANING | "
                     "word, translation | word | word ... or variant | word | word ...");
    }
  }
  for (const ResourceLine& line : read_resource_lines(dir / "stopwords.txt"))
    language.function_words.insert(fold_name_word(line.fields[0]));
  return language;
}

}  // namespace

std::string fold_name_word(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(text.toLower(), status) : text.toLower();
  icu::UnicodeString plain;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) plain.append(c);
  }
  std::string out;
  plain.toUTF8String(out);
  return out;
}

std::vector<NameWord> name_words(std::string_view text) {
  std::vector<NameWord> words;
  int32_t i = 0, start = -1, n = static_cast<int32_t>(text.size());
  while (i <= n) {
    int32_t at = i;
    UChar32 c = 0;
    if (i < n) U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
    else ++i;
    bool inside = at < n && c > 0 && u_isalnum(c);
    if (inside && start < 0) start = at;
    if (!inside && start >= 0) {
      std::string_view w = text.substr(start, at - start);
      words.push_back({std::string(w), fold_name_word(w)});
      start = -1;
    }
  }
  return words;
}

bool near_spelling(const std::string& x, const std::string& y, std::size_t min_length, bool evidence) {
  std::u32string a = code_points(x), b = code_points(y);
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < min_length || a == b) return false;
  if (a.compare(0, shorter, b, 0, shorter) == 0) return false;
  int allowed = (shorter >= 8 ? 2 : 1) + (evidence ? 1 : 0);
  int d = edit_distance(a, b);
  return d <= allowed && static_cast<std::size_t>(d) * 5 <= shorter * 2;
}

const TextValueLanguage& language_of(const TextValueResources& r, const std::string& lang) {
  auto it = r.languages.find(lang);
  return it == r.languages.end() ? r.any : it->second;
}

std::string word_id(const TextValueResources& r, const TextValueLanguage& lang, const std::string& fold) {
  if (auto q = lang.qualifiers.find(fold); q != lang.qualifiers.end()) return "q:" + q->second;
  if (auto c = r.equivalents.find(fold); c != r.equivalents.end()) return "c:" + std::to_string(c->second);
  return fold;
}

std::shared_ptr<const TextValueResources> load_text_value_resources(const std::string& resource_dir) {
  auto r = std::make_shared<TextValueResources>();
  for (const fs::path& dir : language_folders(resource_dir, "claims")) {
    TextValueLanguage language = load_language(dir, *r);
    r->any.modifiers.insert(language.modifiers.begin(), language.modifiers.end());
    r->any.modifier_prefixes.insert(language.modifier_prefixes.begin(), language.modifier_prefixes.end());
    r->any.ranks.insert(language.ranks.begin(), language.ranks.end());
    r->any.qualifiers.insert(language.qualifiers.begin(), language.qualifiers.end());
    r->any.function_words.insert(language.function_words.begin(), language.function_words.end());
    r->languages.emplace(dir.filename().string(), std::move(language));
  }
  return r;
}

}  // namespace storyline
