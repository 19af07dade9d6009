// How every layer writes a span: `[begin, end]` in bytes of the article text, and, where a layer
// names a piece of text, `{"span": [b, e], "text": "..."}`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "extract/article.h"  // Span

namespace storyline {

inline nlohmann::json span_json(const Span& span) { return nlohmann::json::array({span.begin, span.end}); }

inline std::string span_text(std::string_view text, const Span& span) {
  if (span.begin > span.end || span.end > text.size()) return {};
  return std::string(text.substr(span.begin, span.end - span.begin));
}

inline bool empty_span(const Span& span) { return span.end <= span.begin; }

inline nlohmann::json spanned_json(std::string_view text, const Span& span) {
  return {{"span", span_json(span)}, {"text", span_text(text, span)}};
}

}  // namespace storyline
