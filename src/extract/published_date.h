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

// The first full date (day, month and year) in a text, as bylines and date lines print them:
// written ("May 3, 2013", "3 de mayo de 2013"), else ISO or day/month/year digits when they can be
// read only one way ("2013-05-03", "25/03/2013"; never "05/03/2013").
std::optional<PublishedDate> find_date_in_text(std::string_view text,
                                               const ExtractResources& resources);

// The year the text writes beside this month and day ("March 10, 2026", "10 de marzo de 2026"),
// when it writes one; nothing when it writes none or two different ones.
std::optional<int> year_stated_for(int month, int day, std::string_view text,
                                   const ExtractResources& resources);

}  // namespace storyline
