#include "ingest/http_message.h"

#include <algorithm>
#include <charconv>

namespace storyline::ingest {
namespace {

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; };
           return lower(x) == lower(y);
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view block) {
  std::vector<std::string_view> lines;
  while (!block.empty()) {
    const std::size_t end = block.find('\n');
    std::string_view line = block.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    block.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

void HeaderFields::add(std::string name, std::string value) {
  fields_.emplace_back(std::move(name), std::move(value));
}

std::string HeaderFields::get(std::string_view name) const {
  for (const auto& [field, value] : fields_)
    if (equals_ci(field, name)) return value;
  return {};
}

HeaderFields parse_header_lines(const std::vector<std::string_view>& lines) {
  std::vector<std::pair<std::string, std::string>> parsed;
  for (const std::string_view line : lines) {
    if (line.empty()) continue;
    if ((line.front() == ' ' || line.front() == '\t') && !parsed.empty()) {
      parsed.back().second += ' ';
      parsed.back().second += trim(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    parsed.emplace_back(std::string(trim(line.substr(0, colon))),
                        std::string(trim(line.substr(colon + 1))));
  }
  HeaderFields fields;
  for (auto& [name, value] : parsed) fields.add(std::move(name), std::move(value));
  return fields;
}

std::optional<HttpResponse> parse_http_response(std::string_view message) {
  if (!message.starts_with("HTTP/")) return std::nullopt;
  std::size_t header_end = message.find("\r\n\r\n");
  std::size_t body_start = header_end + 4;
  if (const std::size_t bare = message.find("\n\n");
      bare != std::string_view::npos && (header_end == std::string_view::npos || bare < header_end)) {
    header_end = bare;
    body_start = bare + 2;
  }
  if (header_end == std::string_view::npos) return std::nullopt;

  std::vector<std::string_view> lines = split_lines(message.substr(0, header_end));
  if (lines.empty()) return std::nullopt;
  const std::string_view status_line = lines.front();
  const std::size_t space = status_line.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  HttpResponse response;
  const std::string_view code = status_line.substr(space + 1, 3);
  if (std::from_chars(code.data(), code.data() + code.size(), response.status).ec != std::errc{})
    return std::nullopt;
  lines.erase(lines.begin());
  response.headers = parse_header_lines(lines);
  response.body = message.substr(body_start);
  return response;
}

std::optional<std::string> dechunk(std::string_view body) {
  std::string out;
  for (;;) {
    const std::size_t line_end = body.find('\n');
    if (line_end == std::string_view::npos) return std::nullopt;
    std::string_view size_text = trim(body.substr(0, line_end));
    size_text = size_text.substr(0, size_text.find(';'));  // chunk extensions
    std::size_t size = 0;
    const auto [end, error] =
        std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (error != std::errc{} || end != size_text.data() + size_text.size()) return std::nullopt;
    body.remove_prefix(line_end + 1);
    if (size == 0) return out;  // trailers, if any, carry nothing we use
    if (size > body.size()) return std::nullopt;
    out.append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) {
      body.remove_prefix(2);
    } else if (body.starts_with('\n')) {
      body.remove_prefix(1);
    } else {
      return std::nullopt;
    }
  }
}

}  // namespace storyline::ingest
