// Publication dates: parsing what metadata, URLs and bylines write into one ISO 8601 value cut to
// the precision actually known.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/article.h"
#include "extract/resources.h"

namespace storyline {

// ISO 8601 ("2025-03-20", "2025-03-20T14:05:00+01:00"), RFC 822 ("Thu, 20 Mar 2025 14:05:00
// GMT"), and written dates in any loaded language ("March 20, 2025", "20 de marzo de 2025",
// "March 2025"). Times with an offset are converted to UTC. `from` is left for the caller.
std::optional<PublishedDate> parse_date(std::string_view text, const ExtractResources& resources);

// Dates in URL paths: /2025/03/20/, /2025/03/, /20250320/, -2025-03-20-.
std::optional<PublishedDate> date_from_url(std::string_view url);

// The first written full date (day, month and year) in a text, as bylines print them.
std::optional<PublishedDate> find_date_in_text(std::string_view text,
                                               const ExtractResources& resources);

}  // namespace storyline
