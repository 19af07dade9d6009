// What every reader does when it hands over a document: name failures after their source, and
// hold each document to the size limit.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include "ingest/raw_document.h"

namespace storyline::ingest {

// A document that could not be read; its error reads "<source>: <reason>".
RawDocument failed_document(const std::string& source, std::string_view reason);

// "document is 17.2 MB, above the limit of 16 MB". With `at_least`, the size is a lower bound
// (decompression stopped there): "document is over the limit of 16 MB once decompressed".
std::string oversize_reason(std::size_t size, std::size_t limit, bool at_least = false);

// a + b, capped at the largest size, so a limit set to "unlimited" does not wrap around.
constexpr std::size_t saturating_add(std::size_t a, std::size_t b) {
  return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max()
                                                         : a + b;
}

// "17.2 MB", "3.5 KB", "120 bytes".
std::string human_size(std::size_t bytes);

}  // namespace storyline::ingest
