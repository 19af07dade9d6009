#include "ingest/format_detect.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace storyline::ingest {
namespace {

constexpr std::size_t kBinaryProbeBytes = 4096;

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view skip_bom_and_blanks(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

std::string extension_of(std::string_view name) {
  std::string lower = lowercase(name);
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  const std::size_t slash = lower.find_last_of('/');
  const std::size_t dot = lower.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  return lower.substr(dot + 1);
}

// UTF-16 text is full of NUL bytes; it only counts as text with a BOM.
bool has_utf16_bom(std::string_view s) {
  return s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF");
}

bool looks_binary(std::string_view head) {
  if (has_utf16_bom(head)) return false;
  head = head.substr(0, kBinaryProbeBytes);
  std::size_t control = 0;
  for (const char c : head) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return true;
    if (byte < 0x20 && !is_blank(c) && c != '\v' && byte != 0x1B) ++control;
  }
  return control * 20 > head.size();  // more than 5%
}

// Narrows UTF-16 with a BOM to its ASCII bytes, enough to recognise markup.
std::string ascii_view_of_utf16(std::string_view head) {
  const bool little_endian = head.starts_with("\xFF\xFE");
  std::string out;
  for (std::size_t i = 2; i + 1 < head.size(); i += 2) {
    const char low = little_endian ? head[i] : head[i + 1];
    const char high = little_endian ? head[i + 1] : head[i];
    out.push_back(high == 0 ? low : '?');
  }
  return out;
}

// The name of the first element, past the XML declaration, comments, doctype and processing
// instructions; "" if the text does not start with markup.
std::string root_element(std::string_view s) {
  for (;;) {
    s = skip_bom_and_blanks(s);
    if (!s.starts_with('<')) return {};
    if (s.starts_with("<!--")) {
      const std::size_t close = s.find("-->");
      if (close == std::string_view::npos) return {};
      s.remove_prefix(close + 3);
      continue;
    }
    if (s.starts_with("<?") || s.starts_with("<!")) {
      const std::size_t close = s.find('>');
      if (close == std::string_view::npos) return {};
      s.remove_prefix(close + 1);
      continue;
    }
    std::size_t end = 1;
    while (end < s.size() && !is_blank(s[end]) && s[end] != '>' && s[end] != '/') ++end;
    return std::string(s.substr(1, end - 1));
  }
}

bool is_feed_root(const std::string& root) {
  return root == "rss" || root == "feed" || root == "rdf:RDF" || root.ends_with(":feed");
}

bool starts_like_html(std::string_view s) {
  const std::string lower = lowercase(skip_bom_and_blanks(s).substr(0, 64));
  return lower.starts_with("<!doctype html") || lower.starts_with("<html") ||
         lower.starts_with("<head") || lower.starts_with("<body");
}

bool mentions_html_tags(std::string_view s) {
  const std::string lower = lowercase(s);
  static constexpr std::array kTags = {"<html", "<body", "<head", "<p>",     "<p ",  "<div",
                                       "<article", "<meta", "<title", "<br", "<h1", "<span"};
  return std::any_of(kTags.begin(), kTags.end(),
                     [&](const char* tag) { return lower.find(tag) != std::string::npos; });
}

bool first_line_is_json_object(std::string_view s) {
  return skip_bom_and_blanks(s).starts_with('{');
}

constexpr std::array kInputExtensions = {"html", "htm",    "xhtml", "txt", "text", "jsonl",
                                         "ndjson", "warc", "xml",   "rss", "atom"};

}  // namespace

bool is_input_file_name(std::string_view name) {
  const std::string extension = extension_of(name);
  return extension.empty() ||
         std::find(kInputExtensions.begin(), kInputExtensions.end(), extension) !=
             kInputExtensions.end();
}

InputFormat detect_format(std::string_view head, std::string_view name) {
  // WARC records may hold binary payloads (images, compressed bodies) right after the header.
  if (skip_bom_and_blanks(head).starts_with("WARC/1.")) return InputFormat::Warc;
  if (looks_binary(head)) return InputFormat::Binary;
  const std::string utf16_narrowed = has_utf16_bom(head) ? ascii_view_of_utf16(head) : "";
  const std::string_view text = utf16_narrowed.empty() ? head : std::string_view(utf16_narrowed);
  const std::string extension = extension_of(name);

  if (is_feed_root(root_element(text))) return InputFormat::Feed;
  if (first_line_is_json_object(text)) return InputFormat::JsonLines;
  if (starts_like_html(text)) return InputFormat::Html;

  if (extension == "html" || extension == "htm" || extension == "xhtml") return InputFormat::Html;
  if (extension == "txt" || extension == "text") return InputFormat::Text;
  if (extension == "jsonl" || extension == "ndjson") return InputFormat::JsonLines;
  if (extension == "warc") return InputFormat::Warc;
  if (extension == "xml" || extension == "rss" || extension == "atom") return InputFormat::Feed;
  return mentions_html_tags(text) ? InputFormat::Html : InputFormat::Text;
}

}  // namespace storyline::ingest
