// The fuzz targets of the readers: format detection, each container format, gzip and charsets.
// Every document a reader hands over must hold valid UTF-8 (raw_document.h promises it).
#include <string>

#include "ingest/byte_source.h"
#include "ingest/charset.h"
#include "ingest/feed.h"
#include "ingest/format_detect.h"
#include "ingest/gzip.h"
#include "ingest/jsonl.h"
#include "ingest/read.h"
#include "ingest/warc.h"
#include "targets.h"

namespace storyline::fuzz {
namespace {

using namespace storyline::ingest;

// Small enough that a fuzzed input cannot reach the memory limit of a fuzzing run.
ReadOptions options() {
  ReadOptions o;
  o.max_document_bytes = 1u << 20;
  return o;
}

void check_document(const RawDocument& doc) {
  require(is_valid_utf8(doc.content), "a reader handed over content that is not valid UTF-8");
  require(doc.error.empty() || doc.content.empty(), "a failed document has content");
  require(!doc.source.empty(), "a document without a source");
}

// The input's first line (at most 64 bytes) as a name or label, and the rest.
std::pair<std::string_view, std::string_view> split_first_line(std::string_view bytes) {
  std::size_t end = bytes.find('\n');
  if (end == std::string_view::npos || end > 64) return {{}, bytes};
  return {bytes.substr(0, end), bytes.substr(end + 1)};
}

void read_named(std::string_view bytes, const char* name) {
  read_bytes(std::string(bytes), name, options(), check_document);
}

}  // namespace

void detect_format_entry(std::string_view bytes) {
  auto [name, rest] = split_first_line(bytes);
  InputFormat format = detect_format(rest.substr(0, kSniffBytes), name);
  require(format >= InputFormat::Html && format <= InputFormat::Binary, "detect_format: no such format");
  is_input_file_name(name);
  // And whatever the name says, the whole read path from there.
  read_bytes(std::string(rest), name.empty() ? std::string("input") : std::string(name), options(), check_document);
}

void read_html_entry(std::string_view bytes) { read_named(bytes, "fuzz.html"); }

void read_text_entry(std::string_view bytes) { read_named(bytes, "fuzz.txt"); }

void read_jsonl_entry(std::string_view bytes) {
  MemorySource source(bytes);
  StreamReader reader(source);
  read_json_lines(reader, "fuzz.jsonl", options(), check_document);
}

void read_warc_entry(std::string_view bytes) {
  if (has_gzip_magic(bytes)) {
    GzipSource source(bytes);
    StreamReader reader(source);
    read_warc(reader, "fuzz.warc.gz", options(), check_document);
    return;
  }
  MemorySource source(bytes);
  StreamReader reader(source);
  read_warc(reader, "fuzz.warc", options(), check_document);
}

void read_feed_entry(std::string_view bytes) { read_feed(bytes, "fuzz.xml", options(), check_document); }

void gzip_entry(std::string_view bytes) {
  const std::size_t limit = 1u << 20;
  for (Compression compression : {Compression::Gzip, Compression::Deflate}) {
    Decompressed out = decompress(bytes, compression, limit);
    require(out.bytes.size() <= limit + 1, "decompress kept more than limit + 1 bytes");
    require(!out.over_limit || out.bytes.size() > limit, "over_limit without reaching the limit");
  }
  read_named(bytes, "fuzz.html.gz");
}

void charset_entry(std::string_view bytes) {
  auto [label, rest] = split_first_line(bytes);
  CharsetEvidence evidence;
  evidence.declared = label;
  evidence.html = !rest.empty() && (rest[0] & 1);
  std::string utf8 = decode_to_utf8(rest, evidence);
  require(is_valid_utf8(utf8), "decode_to_utf8 gave invalid UTF-8");
  require(!utf8.starts_with("\xEF\xBB\xBF"), "decode_to_utf8 kept a byte order mark");
  charset_from_content_type(label);
  html_meta_charset(rest);
  xml_declared_encoding(rest);
}

}  // namespace storyline::fuzz
