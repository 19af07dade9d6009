#include "ingest/warc.h"

#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/charset.h"
#include "ingest/documents.h"
#include "ingest/format_detect.h"
#include "ingest/gzip.h"
#include "ingest/http_message.h"

namespace storyline::ingest {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;
constexpr std::size_t kMaxHeaderLines = 512;
// Room for the HTTP status line and headers in front of a body at the size limit.
constexpr std::size_t kHttpHeaderAllowance = 1 << 20;

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string media_type(std::string_view content_type) {
  std::string type = lowercase(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.erase(0, 1);
  return type;
}

// The kind of article a media type carries; nullopt for anything that is not an article. Without
// a media type, the body itself decides.
std::optional<ContentKind> article_kind(std::string_view content_type, std::string_view body) {
  const std::string type = media_type(content_type);
  if (type == "text/html" || type == "application/xhtml+xml") return ContentKind::Html;
  if (type == "text/plain") return ContentKind::Text;
  if (type.empty() && detect_format(body.substr(0, kSniffBytes), "") == InputFormat::Html)
    return ContentKind::Html;
  return std::nullopt;
}

struct RecordHeader {
  HeaderFields fields;
  std::size_t content_length = 0;
};

// What one record gave: nothing to deliver, a document, or the end of what can be read.
enum class RecordOutcome { Skipped, Delivered, Stop };

class WarcFileReader {
 public:
  WarcFileReader(StreamReader& input, const std::string& path, const ReadOptions& options,
                 const DocumentSink& sink)
      : input_(input), path_(path), options_(options), sink_(sink), record_number_(options.units_before) {}

  void read_all() {
    while (skip_record_separator()) {
      ++record_number_;
      if (read_record() == RecordOutcome::Stop) return;
    }
    if (const std::string damage = input_.damage(); !damage.empty())
      sink_(failed_document(path_, damage));
  }

 private:
  std::string record_source() const { return fmt::format("{}#record={}", path_, record_number_); }

  void fail(std::string_view reason) {
    std::string full(reason);
    if (const std::string damage = input_.damage(); !damage.empty()) full += " (" + damage + ")";
    sink_(failed_document(record_source(), full));
  }

  // Records end with "\r\n\r\n"; tolerate any number of blank lines. False at end of input.
  bool skip_record_separator() {
    for (;;) {
      const std::string_view next = input_.peek(2);
      if (next.empty()) return false;
      if (next.starts_with("\r\n")) {
        input_.skip(2);
      } else if (next.starts_with('\n')) {
        input_.skip(1);
      } else {
        return true;
      }
    }
  }

  std::optional<RecordHeader> read_header() {
    std::string version;
    input_.read_line(version, kMaxHeaderLine);
    if (!version.starts_with("WARC/1.")) {
      fail(fmt::format("not a WARC record (it starts with \"{}\")", version.substr(0, 20)));
      return std::nullopt;
    }
    std::vector<std::string> lines;
    std::string line;
    for (;;) {
      bool terminated = false;
      if (!input_.read_line(line, kMaxHeaderLine, nullptr, &terminated) || !terminated) {
        fail("truncated WARC record header");
        return std::nullopt;
      }
      if (line.empty()) break;
      if (lines.size() == kMaxHeaderLines) {
        fail("WARC record header has too many lines");
        return std::nullopt;
      }
      lines.push_back(line);
    }
    RecordHeader header;
    header.fields = parse_header_lines(std::vector<std::string_view>(lines.begin(), lines.end()));
    const std::string length = header.fields.get("Content-Length");
    const auto [end, error] =
        std::from_chars(length.data(), length.data() + length.size(), header.content_length);
    if (length.empty() || error != std::errc{} || end != length.data() + length.size()) {
      fail(fmt::format("WARC record without a valid Content-Length (\"{}\")", length));
      return std::nullopt;
    }
    return header;
  }

  RecordOutcome read_record() {
    const std::optional<RecordHeader> header = read_header();
    if (!header) return RecordOutcome::Stop;
    const std::string type = lowercase(header->fields.get("WARC-Type"));
    const std::size_t length = header->content_length;
    if (type != "response" && type != "resource") {
      const std::size_t skipped = input_.skip(length);
      return skipped == length ? RecordOutcome::Skipped : truncated(length, skipped);
    }
    // Keep only what a document within the limit can need; skip the rest of a huge block.
    const std::size_t keep = std::min(length, saturating_add(options_.max_document_bytes, kHttpHeaderAllowance));
    std::string block;
    const std::size_t got = input_.read_exact(block, keep);
    if (got < keep) return truncated(length, got);
    if (length > keep) {
      const std::size_t skipped = input_.skip(length - keep);
      if (skipped < length - keep) return truncated(length, keep + skipped);
    }
    deliver(type, *header, block, length > keep);
    return RecordOutcome::Delivered;
  }

  RecordOutcome truncated(std::size_t expected, std::size_t got) {
    fail(fmt::format("truncated WARC record (expected {} bytes, got {})", expected, got));
    return RecordOutcome::Stop;
  }

  void deliver(const std::string& type, const RecordHeader& header, std::string_view block,
               bool block_over_limit) {
    std::string content_type = header.fields.get("Content-Type");
    std::string_view body = block;
    std::string chunked_body;
    std::string content_encoding;
    if (type == "response") {
      const std::optional<HttpResponse> response = parse_http_response(block);
      if (!response || response->status < 200 || response->status > 299) return;
      content_type = response->headers.get("Content-Type");
      body = response->body;
      if (lowercase(response->headers.get("Transfer-Encoding")).find("chunked") !=
          std::string::npos) {
        if (std::optional<std::string> joined = dechunk(body)) {
          chunked_body = std::move(*joined);
          body = chunked_body;
        }
      }
      content_encoding = lowercase(response->headers.get("Content-Encoding"));
    }
    const std::optional<ContentKind> kind = article_kind(content_type, body);
    if (!kind) return;
    const std::string source = record_source();
    if (block_over_limit) {
      sink_(failed_document(source, oversize_reason(header.content_length,
                                                    options_.max_document_bytes)));
      return;
    }
    std::string decoded_body;
    if (!content_encoding.empty() && content_encoding != "identity") {
      if (content_encoding != "gzip" && content_encoding != "x-gzip" &&
          content_encoding != "deflate") {
        sink_(failed_document(source, "unsupported Content-Encoding: " + content_encoding));
        return;
      }
      Decompressed inflated =
          decompress(body, content_encoding == "deflate" ? Compression::Deflate : Compression::Gzip,
                     options_.max_document_bytes);
      if (inflated.over_limit) {
        sink_(failed_document(source, oversize_reason(0, options_.max_document_bytes, true)));
        return;
      }
      if (!inflated.damage.empty()) {
        sink_(failed_document(source, "HTTP body: " + inflated.damage));
        return;
      }
      decoded_body = std::move(inflated.bytes);
      body = decoded_body;
    }
    if (body.size() > options_.max_document_bytes) {
      sink_(failed_document(source, oversize_reason(body.size(), options_.max_document_bytes)));
      return;
    }
    RawDocument document;
    document.source = source;
    document.kind = *kind;
    const std::string charset = charset_from_content_type(content_type);
    document.content =
        decode_to_utf8(body, CharsetEvidence{.declared = charset, .html = *kind == ContentKind::Html});
    std::string url = header.fields.get("WARC-Target-URI");
    if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
    document.hints.url = std::move(url);
    sink_(std::move(document));
  }

  StreamReader& input_;
  const std::string& path_;
  const ReadOptions& options_;
  const DocumentSink& sink_;
  std::size_t record_number_;
};

}  // namespace

void read_warc(StreamReader& input, const std::string& path, const ReadOptions& options,
               const DocumentSink& sink) {
  WarcFileReader(input, path, options, sink).read_all();
}

}  // namespace storyline::ingest
