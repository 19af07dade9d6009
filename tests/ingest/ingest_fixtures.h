// Helpers shared by the ingest tests: build inputs in memory or in a temporary folder and collect
// what the readers deliver.
#pragma once

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "../support/compress.h"
#include "ingest/read.h"

namespace storyline::ingest_test {

// One gzip member holding `bytes`; concatenate results for a multi-member file.
inline std::string gzip(std::string_view bytes) { return test_support::gzip_member(bytes); }

// `bytes` compressed with deflate, zlib-wrapped or raw, as HTTP "deflate" bodies come.
inline std::string deflate_body(std::string_view bytes, bool raw) {
  return test_support::compress(bytes, raw ? -MAX_WBITS : MAX_WBITS);
}

inline std::vector<RawDocument> read_all(std::string bytes, const std::string& source,
                                         ReadOptions options = {}) {
  std::vector<RawDocument> documents;
  read_bytes(std::move(bytes), source, options,
             [&](RawDocument document) { documents.push_back(std::move(document)); });
  return documents;
}

inline std::vector<RawDocument> read_paths(const std::vector<std::string>& paths,
                                           ReadOptions options = {}) {
  std::vector<RawDocument> documents;
  read_inputs(paths, options,
              [&](RawDocument document) { documents.push_back(std::move(document)); });
  return documents;
}

inline std::vector<std::string> sources_of(const std::vector<RawDocument>& documents) {
  std::vector<std::string> sources;
  for (const RawDocument& document : documents) sources.push_back(document.source);
  return sources;
}

// A WARC record; `block` is the record content (for a response: the whole HTTP message).
inline std::string warc_record(std::string_view type, std::string_view target_uri,
                               std::string_view content_type, std::string_view block) {
  std::string record = "WARC/1.1\r\n";
  record += "WARC-Type: " + std::string(type) + "\r\n";
  record += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  record += "WARC-Date: 2024-03-01T10:00:00Z\r\n";
  if (!target_uri.empty()) record += "WARC-Target-URI: " + std::string(target_uri) + "\r\n";
  if (!content_type.empty()) record += "Content-Type: " + std::string(content_type) + "\r\n";
  record += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  record += block;
  record += "\r\n\r\n";
  return record;
}

inline std::string http_response(std::string_view status_line, std::string_view headers,
                                 std::string_view body) {
  return std::string(status_line) + "\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

// A fresh folder under the system temp directory, removed with its contents at scope exit.
class TempFolder {
 public:
  TempFolder() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("storyline-ingest-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `bytes` at `relative` (creating folders) and returns the full path.
  std::string write(const std::string& relative, std::string_view bytes) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace storyline::ingest_test
