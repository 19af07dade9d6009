// Small readers shared by the codec files: a field that must be there, one that may be, spans.
#pragma once

#include <nlohmann/json.hpp>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "extract/article.h"  // Span

namespace storyline::codec {

using nlohmann::json;

inline const json& need(const json& object, const char* name) {
  auto found = object.find(name);
  if (found == object.end()) throw std::runtime_error(std::string("analysis JSON: missing field '") + name + "'");
  return *found;
}

// nlohmann converts any number to any arithmetic type with a plain cast, and a float or an
// integer beyond the type's range is then undefined behaviour (found by the analysis_codec fuzz
// target: a span of [3.3e84, 0]). Whole numbers are checked against the type first.
template <class T>
T number(const json& value, const std::string& what) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    if (!value.is_number_integer()) throw std::runtime_error("analysis JSON: " + what + " is not a whole number");
    if (value.is_number_unsigned() ? value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<T>::max())
                                   : value.get<std::int64_t>() < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
                                         value.get<std::int64_t>() > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
      throw std::runtime_error("analysis JSON: " + what + " is out of range");
    return static_cast<T>(value.is_number_unsigned() ? static_cast<std::int64_t>(value.get<std::uint64_t>())
                                                     : value.get<std::int64_t>());
  } else {
    return value.get<T>();
  }
}

template <class T>
T get(const json& object, const char* name) {
  try {
    if constexpr (std::is_same_v<T, std::vector<int>>) {
      std::vector<int> out;
      for (const json& item : need(object, name)) out.push_back(number<int>(item, std::string("field '") + name + "'"));
      return out;
    } else {
      return number<T>(need(object, name), std::string("field '") + name + "'");
    }
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
  return {number<std::uint32_t>(pair[0], "a span's begin"), number<std::uint32_t>(pair[1], "a span's end")};
}

inline Span span_of(const json& object, const char* name) { return to_span(need(object, name)); }

// `{"span": [b, e], "text": ...}` when present, else an empty span.
inline Span spanned_or_empty(const json& object, const char* name) {
  auto found = object.find(name);
  return found == object.end() ? Span{} : span_of(*found, "span");
}

}  // namespace storyline::codec
