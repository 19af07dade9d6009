// Pull-based access to one input's bytes, plain or inflated, so container formats (WARC, JSON
// Lines) can be read record by record without holding the whole decompressed file in memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Appends up to `max_bytes` to `out` and returns how many were appended; 0 means the input is
  // exhausted (or broken: see damage()).
  virtual std::size_t read_some(std::string& out, std::size_t max_bytes) = 0;
  // Empty while the input is sound; otherwise why it ended early, e.g. "truncated gzip stream".
  virtual std::string damage() const { return {}; }
};

// Serves bytes that are already in memory; `bytes` must outlive the source.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  std::size_t read_some(std::string& out, std::size_t max_bytes) override;

 private:
  std::string_view bytes_;
};

// Buffered reading of lines and fixed-size blocks from a ByteSource.
class StreamReader {
 public:
  explicit StreamReader(ByteSource& source) : source_(source) {}

  // Up to `n` bytes from the current position, without consuming them.
  std::string_view peek(std::size_t n);

  // Reads through the next '\n' into `line`, without the "\n" or "\r\n". Returns false at end of
  // input. A line longer than `max_bytes` is consumed whole but only its first `max_bytes` are
  // kept, and `*too_long` is set. `*terminated` tells whether the line ended with '\n'.
  bool read_line(std::string& line, std::size_t max_bytes, bool* too_long = nullptr,
                 bool* terminated = nullptr);

  // Appends up to `n` bytes to `out`; returns how many (fewer only at end of input).
  std::size_t read_exact(std::string& out, std::size_t n);

  // Consumes up to `n` bytes without keeping them; returns how many.
  std::size_t skip(std::size_t n);

  bool at_end();
  // Bytes consumed so far (decompressed offset for gzip input).
  std::size_t offset() const { return consumed_; }
  std::string damage() const { return source_.damage(); }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  // Makes at least `n` unread bytes available if the source has them; false if it has not.
  bool fill(std::size_t n);
  void consume(std::size_t n);

  ByteSource& source_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t consumed_ = 0;
  bool exhausted_ = false;
};

}  // namespace storyline::ingest
