// Quantity recognition: numbers that count or measure something, in English and Spanish.
//
//   auto resources = storyline::load_quantity_resources(storyline::default_resource_dir());
//   auto found = storyline::recognize_quantities(text, sentences, dates, "en", *resources);
//   // "at least 15 U.S. strikes" -> {value 15, approx "at_least", counted "U.S. strikes"}
//
// All language knowledge (number words, scales, currencies, qualifiers, words that make a
// number a name) is data under resources/<lang>/numbers/; see resources/en/numbers/README.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/quantities/quantity.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

struct QuantityResources;

// Loads every language folder's numbers/ resources under resource_dir; throws std::runtime_error
// naming the file on a malformed line. A language folder without numbers/ is skipped.
std::shared_ptr<const QuantityResources> load_quantity_resources(const std::string& resource_dir);

// Pure, thread-safe. `sentences`: byte spans of `text` (may be one span for all; empty means the
// whole text). `dates`: the date layer of the same text — numbers inside a date's span are never
// quantities. Returns quantities sorted by span; an unknown `lang` yields none.
std::vector<Quantity> recognize_quantities(std::string_view text, const std::vector<Span>& sentences,
                                           const std::vector<TimeExpression>& dates,
                                           const std::string& lang,
                                           const QuantityResources& resources);

}  // namespace storyline
