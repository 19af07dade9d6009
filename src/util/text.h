// Small string helpers shared by every stage. All functions take and return UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// Collapses every run of ASCII and Unicode spaces (including NBSP) into one ' ' and trims both
// ends. Line breaks count as spaces.
std::string collapse_spaces(std::string_view text);

std::string_view trim(std::string_view text);

// ASCII-only lower-casing: cheap and enough for tags, attribute values and ASCII keywords.
std::string ascii_lower(std::string_view text);

// Unicode lower-casing through ICU, for words with accents ("Según" -> "según").
std::string unicode_lower(std::string_view text);

bool starts_with_ci(std::string_view text, std::string_view prefix);

std::vector<std::string_view> split_lines(std::string_view text);

// The pieces between separators, empty ones included: split("a,,b", ',') is {"a", "", "b"}.
std::vector<std::string> split(std::string_view text, char separator);

// Number of Unicode code points (not bytes); invalid bytes count one each.
std::size_t count_code_points(std::string_view text);

// Words as runs of letters and digits (Unicode aware), lower-cased.
std::vector<std::string> word_tokens(std::string_view text);

// A stable 64-bit hash as 16 lower-case hex digits (XXH3).
std::string stable_hash_hex(std::string_view bytes);

}  // namespace storyline
