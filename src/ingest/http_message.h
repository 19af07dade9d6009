// The HTTP response stored in a WARC `response` record: status, headers and the decoded body.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace storyline::ingest {

// A header block in the "Name: value" form shared by WARC and HTTP; names compare
// case-insensitively and the first occurrence wins.
class HeaderFields {
 public:
  void add(std::string name, std::string value);
  std::string get(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Parses "Name: value" lines (one per element, without line ends); lines starting with
// whitespace continue the previous value.
HeaderFields parse_header_lines(const std::vector<std::string_view>& lines);

struct HttpResponse {
  int status = 0;
  HeaderFields headers;
  std::string_view body;  // as stored: possibly chunked and compressed
};

// Splits a stored HTTP response into status, headers and body; nullopt when `message` does not
// start with an HTTP status line and a complete header block.
std::optional<HttpResponse> parse_http_response(std::string_view message);

// Undoes Transfer-Encoding: chunked; nullopt when `body` is not validly chunked (some archivers
// store the body de-chunked but keep the header).
std::optional<std::string> dechunk(std::string_view body);

}  // namespace storyline::ingest
