// The table runner shared by the English and Spanish date tests: a row is a sentence, its
// reference date and the expression expected in it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "recognize/dates/dates.h"

namespace storyline::date_table {

struct Row {
  const char* sentence;
  const char* reference;
  const char* span;  // the expected expression's text
  const char* type;
  const char* value;
  const char* mod;
  TimeAnchor anchor;
};

inline const DateResources& resources() {
  static auto loaded = load_date_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

inline std::vector<TimeExpression> tag(std::string_view text, const char* lang, const char* reference) {
  return recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {lang, reference, false},
                         resources());
}

inline void check(const Row& row, const char* lang) {
  std::string text = row.sentence;
  auto found = tag(text, lang, row.reference);
  const TimeExpression* match = nullptr;
  for (const auto& e : found)
    if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
  ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
  EXPECT_EQ(match->type, row.type) << text;
  EXPECT_EQ(match->value, row.value) << text;
  EXPECT_EQ(match->mod, row.mod) << text;
  EXPECT_EQ(match->anchor, row.anchor) << text;
}

constexpr auto A = TimeAnchor::Absolute;
constexpr auto P = TimeAnchor::Publication;
constexpr auto T = TimeAnchor::Text;
constexpr auto U = TimeAnchor::Unresolved;
constexpr const char* R = "2025-08-14";

// A row of the later tables: the expression expected over `span` and its value, or with an
// empty value, the promise that nothing is tagged over `span`.
struct ValueRow {
  const char* lang;
  const char* sentence;
  const char* span;   // the expected expression's text
  const char* value;  // "" when no expression may overlap the span
  const char* type = "DATE";
};

inline void check_value_row(const ValueRow& row, const char* reference) {
  std::string text = row.sentence;
  auto found = tag(text, row.lang, reference);
  if (!*row.value) {
    if (!*row.span) return;
    std::size_t at = text.find(row.span);
    for (const auto& e : found)
      EXPECT_FALSE(e.span.begin < at + std::string(row.span).size() && at < e.span.end)
          << "unexpected \"" << text.substr(e.span.begin, e.span.end - e.span.begin) << "\" in: " << text;
    return;
  }
  const TimeExpression* match = nullptr;
  for (const auto& e : found)
    if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
  ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
  EXPECT_EQ(match->type, row.type) << text;
  EXPECT_EQ(match->value, row.value) << text;
}

}  // namespace storyline::date_table
