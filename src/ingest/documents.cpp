#include "ingest/documents.h"

#include <fmt/format.h>

namespace storyline::ingest {

RawDocument failed_document(const std::string& source, std::string_view reason) {
  RawDocument document;
  document.source = source;
  document.error = fmt::format("{}: {}", source, reason);
  return document;
}

std::string human_size(std::size_t bytes) {
  constexpr double kKilo = 1024.0;
  constexpr double kMega = kKilo * 1024.0;
  const auto scaled = [](double value, const char* unit) {
    return value >= 100 ? fmt::format("{:.0f} {}", value, unit)
                        : fmt::format("{:.3g} {}", value, unit);
  };
  if (bytes >= kMega) return scaled(bytes / kMega, "MB");
  if (bytes >= kKilo) return scaled(bytes / kKilo, "KB");
  return fmt::format("{} bytes", bytes);
}

std::string oversize_reason(std::size_t size, std::size_t limit, bool at_least) {
  if (at_least) return fmt::format("document is over the limit of {} once decompressed", human_size(limit));
  return fmt::format("document is {}, above the limit of {}", human_size(size), human_size(limit));
}

}  // namespace storyline::ingest
