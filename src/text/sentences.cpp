#include "text/sentences.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>

#include "util/text.h"

namespace storyline {
namespace {

UChar32 code_point_at(std::string_view text, std::size_t i, std::size_t* next = nullptr) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  if (next) *next = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool is_terminator(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool is_closer(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A;
}

bool is_space(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c); }

// Characters that can open a sentence: capitals, digits, opening quotes, Spanish ¿ ¡, and the
// dashes of Spanish dialogue.
bool can_open(UChar32 c) {
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || c == '"' || c == '\'' || c == 0x201C ||
         c == 0x2018 || c == 0x00AB || c == 0x00BF || c == 0x00A1 || c == 0x2014 || c == 0x2013 ||
         c == '(' || c == '[';
}

// The word ending at `end` (exclusive), without leading quotes or brackets.
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t start = end;
  while (start > begin && text[start - 1] != ' ' && text[start - 1] != '\n' && text[start - 1] != '\t')
    --start;
  std::string_view word = text.substr(start, end - start);
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\''))
    word.remove_prefix(1);
  if (word.starts_with("“") || word.starts_with("«")) word.remove_prefix(word.starts_with("“") ? 3 : 2);
  return word;
}

// The next word starting at `start`, lower-cased, letters only.
std::string word_after(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t stop = start;
  while (stop < end && text[stop] != ' ' && text[stop] != '\n') ++stop;
  std::vector<std::string> words = word_tokens(text.substr(start, stop - start));
  return words.empty() ? std::string() : words.front();
}

// "M." and "J.D." are initials: letters each followed by a period.
bool is_initials(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2)
    if (!(word[i] >= 'A' && word[i] <= 'Z') || word[i + 1] != '.') return false;
  return true;
}

bool ends_sentence(std::string_view text, std::size_t begin, std::size_t period, std::size_t next,
                   std::size_t end, const SentenceRules& rules) {
  std::string word = unicode_lower(word_before(text, begin, period + 1));
  if (rules.never_final.count(word)) return false;
  std::string_view raw = word_before(text, begin, period + 1);
  if (raw.size() == 2 && is_initials(raw)) return false;  // a middle initial
  if (rules.maybe_final.count(word) || is_initials(raw))
    return rules.openers.count(word_after(text, next, end)) > 0;
  return true;
}

void split_paragraph(std::string_view text, std::size_t begin, std::size_t end,
                     const SentenceRules& rules, std::vector<Span>& out) {
  auto emit = [&](std::size_t from, std::size_t to) {
    std::string_view piece = trim(text.substr(from, to - from));
    if (piece.empty()) return;
    std::size_t start = static_cast<std::size_t>(piece.data() - text.data());
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(start + piece.size())});
  };
  std::size_t start = begin, i = begin;
  while (i < end) {
    std::size_t next;
    UChar32 c = code_point_at(text, i, &next);
    if (!is_terminator(c)) {
      i = next;
      continue;
    }
    std::size_t terminator = i;
    bool period = c == '.';
    // Absorb runs such as '?!', '...', '."' and '.”)'.
    std::size_t j = next;
    while (j < end) {
      std::size_t after;
      UChar32 d = code_point_at(text, j, &after);
      if (!is_terminator(d) && !is_closer(d)) break;
      if (d != '.') period = period && d != '!' && d != '?';
      j = after;
    }
    std::size_t k = j;
    while (k < end) {
      std::size_t after;
      if (!is_space(code_point_at(text, k, &after))) break;
      k = after;
    }
    i = j;
    if (k == j || k >= end) continue;  // no space after it, or the paragraph ends anyway
    if (!can_open(code_point_at(text, k))) continue;
    if (period && text[terminator] == '.' && !ends_sentence(text, start, terminator, k, end, rules))
      continue;
    emit(start, j);
    start = k;
    i = k;
  }
  emit(start, end);
}

std::vector<std::string> read_entries(const std::string& path) {
  std::vector<std::string> entries;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view entry = trim(line);
    if (!entry.empty() && entry.front() != '#') entries.push_back(unicode_lower(entry));
  }
  return entries;
}

}  // namespace

SentenceRules load_sentence_rules(const std::string& resource_dir, const std::string& lang) {
  SentenceRules rules;
  std::string folder = resource_dir + "/" + lang + "/";
  for (std::string& entry : read_entries(folder + "abbreviations.txt")) rules.never_final.insert(entry);
  for (std::string& entry : read_entries(folder + "abbreviations_final.txt")) rules.maybe_final.insert(entry);
  for (std::string& entry : read_entries(folder + "stopwords.txt")) rules.openers.insert(entry);
  return rules;
}

std::vector<Span> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                  const SentenceRules& rules) {
  std::vector<Span> sentences;
  if (paragraphs.empty()) {
    split_paragraph(text, 0, text.size(), rules, sentences);
    return sentences;
  }
  for (const Span& paragraph : paragraphs)
    split_paragraph(text, paragraph.begin, std::min<std::size_t>(paragraph.end, text.size()), rules,
                    sentences);
  return sentences;
}

}  // namespace storyline
