#include "ingest/read.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

#include "ingest/byte_source.h"
#include "ingest/charset.h"
#include "ingest/documents.h"
#include "ingest/feed.h"
#include "ingest/format_detect.h"
#include "ingest/gzip.h"
#include "ingest/jsonl.h"
#include "ingest/warc.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;
using namespace ingest;

constexpr std::size_t kReadChunk = 1 << 20;
constexpr const char* kBinaryReason =
    "binary content (not text, HTML, JSON Lines, WARC or a feed)";

// Reads a whole single-document file (HTML, text or feed) after the head has been sniffed.
// `plain` is the file itself when it is not compressed, so it need not be copied.
void read_single_document(StreamReader& input, std::string_view plain, InputFormat format,
                          const std::string& source, const ReadOptions& options,
                          const DocumentSink& sink) {
  const std::size_t limit = options.max_document_bytes;
  std::string inflated;
  std::string_view whole = plain;
  if (plain.empty()) {
    input.read_exact(inflated, saturating_add(limit, 1));
    if (const std::string damage = input.damage(); !damage.empty())
      return sink(failed_document(source, damage));
    if (inflated.size() > limit)
      return sink(failed_document(source, oversize_reason(0, limit, true)));
    whole = inflated;
  } else if (plain.size() > limit) {
    return sink(failed_document(source, oversize_reason(plain.size(), limit)));
  }
  if (format == InputFormat::Feed) return read_feed(whole, source, options, sink);
  RawDocument document;
  document.source = source;
  document.kind = format == InputFormat::Text ? ContentKind::Text : ContentKind::Html;
  document.content =
      decode_to_utf8(whole, CharsetEvidence{.declared = {}, .html = document.kind == ContentKind::Html});
  sink(std::move(document));
}

void read_stream(StreamReader& input, std::string_view plain, const std::string& source,
                 const ReadOptions& options, const DocumentSink& sink) {
  const std::string_view head = input.peek(kSniffBytes);
  if (head.empty()) {
    const std::string damage = input.damage();
    return sink(failed_document(source, damage.empty() ? "empty file" : damage));
  }
  const InputFormat format = detect_format(head, source);
  switch (format) {
    case InputFormat::Binary:
      return sink(failed_document(source, kBinaryReason));
    case InputFormat::Warc:
      return read_warc(input, source, options, sink);
    case InputFormat::JsonLines:
      return read_json_lines(input, source, options, sink);
    case InputFormat::Feed:
    case InputFormat::Html:
    case InputFormat::Text:
      return read_single_document(input, plain, format, source, options, sink);
  }
}

std::string errno_reason(const char* what, int error) {
  return std::string(what) + ": " + std::generic_category().message(error);
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// Appends the rest of `file` to `bytes`; returns 0 or the errno of a failed read.
int read_rest(std::FILE* file, std::string& bytes) {
  for (;;) {
    const std::size_t start = bytes.size();
    bytes.resize(start + kReadChunk);
    const std::size_t got = std::fread(bytes.data() + start, 1, kReadChunk, file);
    bytes.resize(start + got);
    if (got < kReadChunk) return std::ferror(file) ? errno : 0;
  }
}

// The bytes of an open file after the `head` already read from it: a WARC or JSON Lines file
// bigger than one document is read record by record, never whole (a crawl can be gigabytes).
class FileSource : public ByteSource {
 public:
  FileSource(std::FILE* file, std::string head) : file_(file), head_(std::move(head)) {}
  std::size_t read_some(std::string& out, std::size_t max_bytes) override {
    if (offset_ < head_.size()) {
      const std::size_t n = std::min(max_bytes, head_.size() - offset_);
      out.append(head_, offset_, n);
      offset_ += n;
      return n;
    }
    const std::size_t start = out.size();
    out.resize(start + max_bytes);
    const std::size_t got = std::fread(out.data() + start, 1, max_bytes, file_);
    out.resize(start + got);
    if (got == 0 && std::ferror(file_)) damage_ = errno_reason("cannot read", errno);
    return got;
  }
  std::string damage() const override { return damage_; }

 private:
  std::FILE* file_;
  std::string head_;
  std::size_t offset_ = 0;
  std::string damage_;
};

// A file too big to be one document is refused from its head alone unless it is a container
// (WARC, JSON Lines, gzip) whose units are measured one by one.
bool refuse_from_head(const std::string& head, std::uintmax_t size, const std::string& source,
                      const ReadOptions& options, const DocumentSink& sink) {
  if (size <= options.max_document_bytes || has_gzip_magic(head)) return false;
  const InputFormat format = detect_format(head, source);
  if (format == InputFormat::Warc || format == InputFormat::JsonLines) return false;
  sink(failed_document(source, format == InputFormat::Binary
                                   ? std::string(kBinaryReason)
                                   : oversize_reason(size, options.max_document_bytes)));
  return true;
}

void read_file(const std::string& path, const ReadOptions& options, const DocumentSink& sink) {
  errno = 0;
  const File file(std::fopen(path.c_str(), "rb"));
  if (!file) return sink(failed_document(path, errno_reason("cannot open", errno)));
  std::error_code size_error;
  const std::uintmax_t size = fs::file_size(path, size_error);
  std::string bytes;
  if (!size_error && size > options.max_document_bytes) {
    bytes.resize(kSniffBytes);
    bytes.resize(std::fread(bytes.data(), 1, kSniffBytes, file.get()));
    if (refuse_from_head(bytes, size, path, options, sink)) return;
    if (!has_gzip_magic(bytes)) {  // a plain container: its records one at a time
      FileSource source(file.get(), std::move(bytes));
      StreamReader input(source);
      return read_stream(input, {}, path, options, sink);
    }
  }
  if (const int error = read_rest(file.get(), bytes); error != 0)
    return sink(failed_document(path, errno_reason("cannot read", error)));
  read_bytes(std::move(bytes), path, options, sink);
}

void read_stdin(const ReadOptions& options, const DocumentSink& sink) {
  std::string bytes;
  if (const int error = read_rest(stdin, bytes); error != 0)
    return sink(failed_document("-", errno_reason("cannot read", error)));
  read_bytes(std::move(bytes), "-", options, sink);
}

// Entries in byte order of their names, so runs are reproducible across file systems; hidden
// entries (".git", ".DS_Store") and files that are not inputs by name (README.md) are skipped.
// Symbolic links to folders are not followed, which keeps a link cycle from walking forever.
void read_folder(const std::string& folder, const ReadOptions& options,
                 const DocumentSink& sink) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  std::vector<fs::directory_entry> entries;
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    if (!it->path().filename().string().starts_with('.')) entries.push_back(*it);
  }
  if (error) return sink(failed_document(folder, "cannot open: " + error.message()));
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  for (const fs::directory_entry& entry : entries) {
    std::error_code status_error;
    if (entry.is_directory(status_error)) {
      if (!entry.is_symlink(status_error)) read_folder(entry.path().string(), options, sink);
    } else if (is_input_file_name(entry.path().filename().string())) {
      read_file(entry.path().string(), options, sink);
    }
  }
}

void read_path(const std::string& path, const ReadOptions& options, const DocumentSink& sink) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error) return sink(failed_document(path, "cannot open: " + error.message()));
  if (fs::is_directory(status)) return read_folder(path, options, sink);
  read_file(path, options, sink);
}

}  // namespace

void read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                 const DocumentSink& sink) {
  for (const std::string& input : inputs) {
    try {
      if (input == "-") {
        read_stdin(options, sink);
      } else {
        read_path(input, options, sink);
      }
    } catch (const std::bad_alloc&) {
      sink(failed_document(input, "out of memory while reading"));
    }
  }
}

void read_bytes(std::string bytes, const std::string& source, const ReadOptions& options,
                const DocumentSink& sink) {
  if (bytes.empty()) return sink(failed_document(source, "empty file"));
  if (has_gzip_magic(bytes)) {
    GzipSource inflated(bytes);
    StreamReader input(inflated);
    return read_stream(input, {}, source, options, sink);
  }
  MemorySource plain(bytes);
  StreamReader input(plain);
  read_stream(input, bytes, source, options, sink);
}

void read_file_slice(const std::string& path, std::uint64_t begin, std::uint64_t end,
                     const ReadOptions& options, const DocumentSink& sink) {
  errno = 0;
  const File file(std::fopen(path.c_str(), "rb"));
  if (!file) return sink(failed_document(path, errno_reason("cannot open", errno)));
  if (end < begin || std::fseek(file.get(), static_cast<long>(begin), SEEK_SET) != 0)
    return sink(failed_document(path, "cannot read bytes " + std::to_string(begin) + ".." + std::to_string(end)));
  std::string bytes(end - begin, '\0');
  bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
  if (bytes.size() != end - begin)
    return sink(failed_document(path, "cannot read bytes " + std::to_string(begin) + ".." + std::to_string(end) +
                                          ": the file is shorter"));
  // The format is the whole file's, told from its head: a slice may start with a line that alone
  // would not look like JSON Lines.
  std::string head(kSniffBytes, '\0');
  std::rewind(file.get());
  head.resize(std::fread(head.data(), 1, head.size(), file.get()));
  MemorySource slice(bytes);
  StreamReader input(slice);
  switch (has_gzip_magic(head) ? InputFormat::Binary : detect_format(head, path)) {
    case InputFormat::JsonLines:
      return read_json_lines(input, path, options, sink);
    case InputFormat::Warc:
      return read_warc(input, path, options, sink);
    default:
      return sink(failed_document(path, "only plain JSON Lines and WARC files can be read in slices"));
  }
}

}  // namespace storyline
