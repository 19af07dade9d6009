#include "store/postgres_search.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <set>

namespace storyline {
namespace {

struct Word {
  std::size_t begin = 0, end = 0;  // bytes of the original text
  std::string folded;
};

// Lower case, and a letter whose canonical decomposition is a base and combining marks becomes
// its base ("É" -> "e", "ñ" -> "n"), as FTS5's remove_diacritics does. Hangul and other
// decompositions into letters are kept whole.
UChar32 fold_code_point(UChar32 c) {
  c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  if (c < 0xC0) return c;
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString parts;
  if (!nfd || !nfd->getDecomposition(c, parts) || parts.isEmpty()) return c;
  UChar32 base = parts.char32At(0);
  for (int32_t i = U16_LENGTH(base); i < parts.length();) {
    UChar32 mark = parts.char32At(i);
    if (u_charType(mark) != U_NON_SPACING_MARK) return c;
    i += U16_LENGTH(mark);
  }
  return u_foldCase(base, U_FOLD_CASE_DEFAULT);
}

// Runs of letters and digits; combining marks inside a word are dropped, not separators.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::int32_t i = 0;
  bool in_word = false;
  while (i < length) {
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool mark = c >= 0 && u_charType(c) == U_NON_SPACING_MARK;
    if (c < 0 || (!u_isalnum(c) && !(mark && in_word))) {
      in_word = false;
      continue;
    }
    if (!in_word) out.push_back({static_cast<std::size_t>(start), 0, {}});
    in_word = true;
    out.back().end = static_cast<std::size_t>(i);
    if (mark) continue;
    c = fold_code_point(c);
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    [[maybe_unused]] UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), n, U8_MAX_LENGTH, c, error);
    out.back().folded.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

// The index of the term `word` matches, else -1.
int term_of(const std::string& word, const std::vector<SearchTerm>& terms) {
  for (std::size_t t = 0; t < terms.size(); ++t)
    if (terms[t].prefix ? word.starts_with(terms[t].word) : word == terms[t].word) return static_cast<int>(t);
  return -1;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (Word& word : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += word.folded;
  }
  return out;
}

std::vector<SearchTerm> search_terms(const std::string& query) {
  std::vector<SearchTerm> out;
  std::size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::size_t start = i;
    while (i < query.size() && !std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::string_view chunk(query.data() + start, i - start);
    bool prefix = chunk.size() > 1 && chunk.back() == '*';
    std::vector<Word> words = words_of(chunk);
    for (Word& word : words) out.push_back({std::move(word.folded), false});
    if (prefix && !words.empty()) out.back().prefix = true;
  }
  return out;
}

std::string tsquery_text(const std::vector<SearchTerm>& terms) {
  std::string out;
  for (const SearchTerm& term : terms)
    out += (out.empty() ? "'" : " & '") + term.word + "'" + (term.prefix ? ":*" : "");
  return out;
}

int matched_terms(std::string_view text, const std::vector<SearchTerm>& terms) {
  std::set<int> found;
  for (const Word& word : words_of(text))
    if (int t = term_of(word.folded, terms); t >= 0) found.insert(t);
  return static_cast<int>(found.size());
}

std::string search_snippet(std::string_view text, const std::vector<SearchTerm>& terms, int words) {
  std::vector<Word> all = words_of(text);
  if (all.empty() || words <= 0) return "";
  std::vector<int> match(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) match[i] = term_of(all[i].folded, terms);
  std::size_t width = std::min(all.size(), static_cast<std::size_t>(words));
  // The earliest window holding the most distinct terms.
  std::size_t best = 0;
  int best_score = -1;
  for (std::size_t start = 0; start + width <= all.size(); ++start) {
    std::set<int> found;
    for (std::size_t k = start; k < start + width; ++k)
      if (match[k] >= 0) found.insert(match[k]);
    if (static_cast<int>(found.size()) > best_score) best_score = static_cast<int>(found.size()), best = start;
  }
  std::string out = best > 0 ? "…" : "";
  std::size_t at = all[best].begin;
  for (std::size_t k = best; k < best + width; ++k) {
    out.append(text.substr(at, all[k].begin - at));
    std::string_view word = text.substr(all[k].begin, all[k].end - all[k].begin);
    if (match[k] >= 0) out += "[" + std::string(word) + "]";
    else out.append(word);
    at = all[k].end;
  }
  if (best + width < all.size()) out += "…";
  return out;
}

}  // namespace storyline
