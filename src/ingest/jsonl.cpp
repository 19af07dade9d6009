#include "ingest/jsonl.h"

#include <cmath>

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string_view>

#include "ingest/charset.h"
#include "ingest/documents.h"

namespace storyline::ingest {
namespace {

using nlohmann::json;

bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; people need the rest.
std::string parse_error_reason(const json::exception& error) {
  std::string_view what = error.what();
  if (what.starts_with('[')) {
    const std::size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  return std::string(what);
}

// Ids and dates sometimes arrive as numbers; keep them as written rather than dropping them.
std::string field_text(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() || it->is_boolean()) return it->dump();
  return {};
}

// The first metadata field holding a number that cannot be kept as written: an integer past
// 2^53 (parsed as an inexact float, so an id would silently change) or a float beyond double's
// range. nullptr when none.
const char* out_of_range_field(const json& object) {
  for (const char* key : {"id", "url", "title", "published", "lang", "outlet"}) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_float()) continue;
    const double value = it->get<double>();
    if (!std::isfinite(value) || std::fabs(value) >= 9007199254740992.0) return key;
  }
  return nullptr;
}

std::vector<std::string> byline_of(const json& object) {
  std::vector<std::string> names;
  const auto it = object.find("byline");
  if (it == object.end()) return names;
  if (it->is_string()) {
    if (!it->get_ref<const std::string&>().empty()) names.push_back(it->get<std::string>());
  } else if (it->is_array()) {
    for (const json& name : *it)
      if (name.is_string() && !name.get_ref<const std::string&>().empty())
        names.push_back(name.get<std::string>());
  }
  return names;
}

}  // namespace

RawDocument document_from_line(std::string_view line, const std::string& source,
                               const ReadOptions& options) {
  // nlohmann rejects invalid UTF-8 inside strings; one stray byte should not cost the article.
  const std::string text = decode_to_utf8(line, CharsetEvidence{.declared = "utf-8"});
  json object;
  try {
    object = json::parse(text);
  } catch (const json::exception& error) {
    return failed_document(source, "malformed JSON: " + parse_error_reason(error));
  }
  if (!object.is_object()) return failed_document(source, "malformed JSON: not an object");

  RawDocument document;
  document.source = source;
  if (const auto html = object.find("html"); html != object.end() && html->is_string()) {
    document.content = html->get<std::string>();
    document.kind = ContentKind::Html;
  } else if (const auto plain = object.find("text"); plain != object.end() && plain->is_string()) {
    document.content = plain->get<std::string>();
    document.kind = ContentKind::Text;
  } else {
    return failed_document(source, "no \"html\" or \"text\" field");
  }
  if (document.content.size() > options.max_document_bytes)
    return failed_document(source, oversize_reason(document.content.size(),
                                                   options.max_document_bytes));
  if (const char* field = out_of_range_field(object))
    return failed_document(source, fmt::format("field \"{}\" holds a number out of range", field));
  DocumentHints& hints = document.hints;
  hints.id = field_text(object, "id");
  hints.url = field_text(object, "url");
  hints.title = field_text(object, "title");
  hints.published = field_text(object, "published");
  hints.lang = field_text(object, "lang");
  hints.outlet = field_text(object, "outlet");
  hints.byline = byline_of(object);
  return document;
}

void read_json_lines(StreamReader& input, const std::string& path, const ReadOptions& options,
                     const DocumentSink& sink) {
  // A line carries JSON escapes and metadata around the document, so allow it some room.
  const std::size_t max_line = saturating_add(
      saturating_add(options.max_document_bytes, options.max_document_bytes), 64 * 1024);
  std::string line;
  std::size_t number = options.units_before;
  bool too_long = false;
  bool terminated = false;
  while (input.read_line(line, max_line, &too_long, &terminated)) {
    ++number;
    const std::string source = fmt::format("{}:{}", path, number);
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!terminated && !input.damage().empty()) break;  // a line cut off by truncation
    if (is_blank_line(line)) continue;
    if (too_long) {
      sink(failed_document(source, fmt::format("line is over {}, above the limit of {}",
                                               human_size(max_line),
                                               human_size(options.max_document_bytes))));
      continue;
    }
    sink(document_from_line(line, source, options));
  }
  if (const std::string damage = input.damage(); !damage.empty())
    sink(failed_document(fmt::format("{}:{}", path, number), damage));
}

}  // namespace storyline::ingest
