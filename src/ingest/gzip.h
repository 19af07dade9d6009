// gzip and deflate decoding with zlib, bounded so that a small compressed input ("gzip bomb")
// cannot make us allocate much more than the caller's limit.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"

namespace storyline::ingest {

// True when `bytes` starts with the gzip magic number 1f 8b, whatever the file is called.
bool has_gzip_magic(std::string_view bytes);

// Inflates a gzip file of one or more concatenated members (RFC 1952 allows them, and .warc.gz
// uses one member per record). `compressed` must outlive the source. Bytes after the last
// member that are not another member (zero padding from some tools) are ignored.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::string_view compressed);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  std::size_t read_some(std::string& out, std::size_t max_bytes) override;
  // "truncated gzip stream" or "corrupt gzip stream: <zlib's reason>" once that is found.
  std::string damage() const override { return damage_; }

 private:
  struct Inflater;
  std::unique_ptr<Inflater> inflater_;
  std::string_view input_;
  std::string damage_;
  bool finished_ = false;
};

enum class Compression { Gzip, Deflate };

struct Decompressed {
  std::string bytes;
  bool over_limit = false;  // stopped after `limit` bytes; `bytes` is then incomplete
  std::string damage;       // as GzipSource::damage(); empty when sound
};

// Inflates a whole HTTP body sent with Content-Encoding gzip or deflate, keeping at most
// `limit` + 1 bytes. "deflate" is read as zlib-wrapped, or as raw deflate (as some servers
// send it) when the zlib header is missing.
Decompressed decompress(std::string_view compressed, Compression compression,
                        std::size_t limit);

}  // namespace storyline::ingest
