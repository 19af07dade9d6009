// Quantity: a number in an article that counts or measures something.
//
// "at least 15 U.S. strikes" -> {value 15, approx "at_least", counted: "U.S. strikes"};
// "$10 million" -> {value 1e7, unit "USD"}; "70 por ciento" -> {value 70, unit "percent"};
// "between 20 and 30 people" -> {low 20, high 30, approx "range"}.
#pragma once

#include <optional>
#include <string>

#include "extract/article.h"  // Span

namespace storyline {

struct Quantity {
  Span span;                   // the whole expression, qualifier included ("at least 15")
  double value = 0;            // for ranges, the low end
  std::optional<double> low;   // ranges only
  std::optional<double> high;  // ranges only
  std::string unit;            // ISO 4217 code for money ("USD", "MXN", "EUR"), "percent", or a
                               // unit name ("km", "kg", "ton"), or "" for a plain count
  std::string approx = "exact";  // exact, over, under, at_least, at_most, about, nearly, range
  std::optional<Span> counted;   // the noun phrase counted: "26 suspected cartel members"
  bool ordinal = false;          // "third", "21st": a rank, not a count
};

}  // namespace storyline
