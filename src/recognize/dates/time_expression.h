// TimeExpression: one temporal expression of an article, TIMEX3-style.
//
//   DateContext context{"en", "2025-08-14", false};
//   auto dates = storyline::recognize_dates(text, sentences, context, date_resources);
//
// Values follow TimeML as news annotation uses it (TempEval-3): "2025-02-20", "2025-02",
// "2025-W33", "2025-SU", "2025-Q1", "2025", "202" (decade), "P12M", "PT3H", "PRESENT_REF",
// "PAST_REF", "FUTURE_REF", "XXXX-05-04" when the year cannot be known, "XXXX-WXX-4" for an
// unanchored weekday. Relative expressions are resolved against the publication date when one is
// given; without one they stay unresolved (X forms) rather than guessed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"  // Span

namespace storyline {

enum class TimeAnchor {
  Absolute,     // the text itself says when ("January 20, 2025")
  Publication,  // resolved against the article's publication date ("last week")
  Text,         // resolved against another date in the text ("two days later")
  Unresolved,   // relative, but nothing to anchor it: value keeps X placeholders
};

struct TimeExpression {
  Span span;              // byte offsets into the article text
  std::string type;       // "DATE", "TIME", "DURATION" or "SET"
  std::string value;      // TimeML value
  std::string mod;        // "" or one of BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN
                          // EQUAL_OR_LESS EQUAL_OR_MORE START MID END APPROX
  TimeAnchor anchor = TimeAnchor::Absolute;
  int anchor_date = -1;   // index into the same vector when anchor == Text
  // For ranges and anchored durations ("del 1 al 5 de agosto", "between March and May", "the 12
  // months ending January 2025"): the interval's first and last values; empty otherwise.
  std::string begin, end;
  bool estimated = false;  // resolved through an estimated publication date
};

// "absolute", "publication", "text", "unresolved": the names used in JSON and in the store.
const char* to_string(TimeAnchor anchor);

// What relative expressions are resolved against.
struct DateContext {
  std::string lang;       // "en", "es", ...: which resource folder's grammar to use
  std::string reference;  // publication date as ISO 8601 ("2025-08-14", "2025-08-14T10:00:00Z",
                          // "2025-08"), or empty when unknown
  bool reference_estimated = false;  // mark every value resolved through it as `estimated`
};

}  // namespace storyline
