// Article: the extracted document that every later stage reads.
//
// `text` is the main text in UTF-8: paragraphs separated by one blank line, headings kept as
// their own paragraphs. `paragraphs` are byte spans into `text`. Later annotation layers point
// into `text` too, so it is never rewritten after extraction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace storyline {

// Byte offsets [begin, end) into Article::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

enum class DatePrecision { Second, Day, Month, Year, Unknown };

// Where a publication date came from, in the order we trust them. Text: a date line, byline or
// dateline printed with the article. Estimated: no longer produced (dates in a body are the
// events it reports, not its publication); kept so analyses stored by older versions still read.
enum class DateSource { Given, Metadata, Url, Text, Estimated, None };

struct PublishedDate {
  std::string value;  // ISO 8601 cut to `precision`: "2025-03-20T14:05:00Z", "2025-03-20", "2025-03"
  DatePrecision precision = DatePrecision::Unknown;
  DateSource from = DateSource::None;
};

// A block or line removed as boilerplate, kept so a user can check nothing real was lost.
struct DroppedBlock {
  std::string text;
  std::string reason;  // short, e.g. "navigation", "cross-link", "newsletter prompt"
};

struct Article {
  std::string id;
  std::string source;
  std::string url;
  std::string outlet;
  std::string title;
  std::vector<std::string> byline;
  PublishedDate published;
  std::string lang;
  std::string text;
  std::vector<Span> paragraphs;
  std::vector<DroppedBlock> dropped;
  std::string error;
};

const char* to_string(DatePrecision precision);
const char* to_string(DateSource source);

}  // namespace storyline
