// Small readers shared by the codec files: a field that must be there, one that may be, spans.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "extract/article.h"  // Span

namespace storyline::codec {

using nlohmann::json;

inline const json& need(const json& object, const char* name) {
  auto found = object.find(name);
  if (found == object.end()) throw std::runtime_error(std::string("analysis JSON: missing field '") + name + "'");
  return *found;
}

template <class T>
T get(const json& object, const char* name) {
  try {
    return need(object, name).get<T>();
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(std::string("analysis JSON: field '") + name + "': " + error.what());
  }
}

template <class T>
T get_or(const json& object, const char* name, T fallback) {
  auto found = object.find(name);
  if (found == object.end() || found->is_null()) return fallback;
  return get<T>(object, name);
}

inline Span to_span(const json& pair) {
  if (!pair.is_array() || pair.size() != 2) throw std::runtime_error("analysis JSON: a span is not [begin, end]");
  return {pair[0].get<std::uint32_t>(), pair[1].get<std::uint32_t>()};
}

inline Span span_of(const json& object, const char* name) { return to_span(need(object, name)); }

// `{"span": [b, e], "text": ...}` when present, else an empty span.
inline Span spanned_or_empty(const json& object, const char* name) {
  auto found = object.find(name);
  return found == object.end() ? Span{} : span_of(*found, "span");
}

}  // namespace storyline::codec
