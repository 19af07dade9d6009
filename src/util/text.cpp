#include "util/text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>

namespace storyline {
namespace {

// Decodes the code point at `i` and advances it; invalid bytes yield U+FFFD and advance by one.
UChar32 next_code_point(std::string_view text, std::size_t& i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool is_space(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF;
}

}  // namespace

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if (is_space(byte)) {
        pending_space = true;
        continue;
      }
    } else if (is_space(next_code_point(text, i))) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const char* spaces = " \t\r\n\f\v";
  std::size_t begin = text.find_first_not_of(spaces);
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(spaces);
  return text.substr(begin, end - begin + 1);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string unicode_lower(std::string_view text) {
  // Most words are ASCII; ICU's round trip through UTF-16 costs an allocation for each.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return ascii_lower(text);
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return ascii_lower(text.substr(0, prefix.size())) == ascii_lower(prefix);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    pieces.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return pieces;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::vector<std::string> word_tokens(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    UChar32 c = next_code_point(text, i);
    if (u_isalnum(c)) {
      current.append(text.substr(start, i - start));
    } else if (!current.empty()) {
      words.push_back(unicode_lower(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(unicode_lower(current));
  return words;
}

std::string stable_hash_hex(std::string_view bytes) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
  return buffer;
}

}  // namespace storyline
