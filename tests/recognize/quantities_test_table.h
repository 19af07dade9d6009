// Shared table runner for the quantity recognizer tests: one row per construction.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "recognize/quantities/quantities.h"

namespace storyline::testing {

struct QuantityRow {
  std::string input;
  std::string span;  // text of the expected quantity; "" = no quantity at all
  double value = 0;
  std::string unit = "";
  std::string approx = "exact";
  std::string counted = "";  // "" = none
  std::optional<double> low = std::nullopt, high = std::nullopt;
  bool ordinal = false;
};

inline const QuantityResources& quantity_resources() {
  static auto resources = load_quantity_resources(STORYLINE_SOURCE_DIR "/resources");
  return *resources;
}

inline void check_rows(const std::vector<QuantityRow>& rows, const std::string& lang) {
  for (const QuantityRow& row : rows) {
    SCOPED_TRACE("input: " + row.input);
    auto found = recognize_quantities(row.input, {}, {}, lang, quantity_resources());
    if (row.span.empty()) {
      EXPECT_TRUE(found.empty()) << "first: " << (found.empty() ? "" : row.input.substr(found[0].span.begin, found[0].span.end - found[0].span.begin));
      continue;
    }
    const Quantity* q = nullptr;
    for (const Quantity& candidate : found)
      if (row.input.substr(candidate.span.begin, candidate.span.end - candidate.span.begin) == row.span) q = &candidate;
    std::string all;
    for (const Quantity& c : found) all += "[" + row.input.substr(c.span.begin, c.span.end - c.span.begin) + "] ";
    ASSERT_NE(q, nullptr) << "expected span '" << row.span << "', found " << all;
    EXPECT_NEAR(q->value, row.value, 1e-9 * std::max(1.0, std::fabs(row.value)));
    EXPECT_EQ(q->unit, row.unit);
    EXPECT_EQ(q->approx, row.approx);
    EXPECT_EQ(q->ordinal, row.ordinal);
    std::string counted = q->counted ? row.input.substr(q->counted->begin, q->counted->end - q->counted->begin) : "";
    EXPECT_EQ(counted, row.counted);
    EXPECT_EQ(q->low, row.low);
    EXPECT_EQ(q->high, row.high);
  }
}

}  // namespace storyline::testing
