#include "ingest/byte_source.h"

#include <algorithm>

namespace storyline::ingest {

std::size_t MemorySource::read_some(std::string& out, std::size_t max_bytes) {
  const std::size_t n = std::min(max_bytes, bytes_.size());
  out.append(bytes_.substr(0, n));
  bytes_.remove_prefix(n);
  return n;
}

bool StreamReader::fill(std::size_t n) {
  while (buffer_.size() - pos_ < n && !exhausted_) {
    if (pos_ > 0 && pos_ >= buffer_.size() / 2) {  // keep the buffer from growing without bound
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    const std::size_t want = std::max(kChunk, n - (buffer_.size() - pos_));
    if (source_.read_some(buffer_, want) == 0) exhausted_ = true;
  }
  return buffer_.size() - pos_ >= n;
}

void StreamReader::consume(std::size_t n) {
  pos_ += n;
  consumed_ += n;
}

std::string_view StreamReader::peek(std::size_t n) {
  fill(n);
  return std::string_view(buffer_).substr(pos_, n);
}

bool StreamReader::at_end() { return !fill(1); }

bool StreamReader::read_line(std::string& line, std::size_t max_bytes, bool* too_long,
                             bool* terminated) {
  line.clear();
  if (too_long) *too_long = false;
  if (terminated) *terminated = false;
  if (at_end()) return false;
  for (;;) {
    const std::string_view unread = std::string_view(buffer_).substr(pos_);
    const std::size_t newline = unread.find('\n');
    const std::string_view piece = unread.substr(0, newline);
    const std::size_t room = max_bytes - std::min(max_bytes, line.size());
    if (piece.size() > room && too_long) *too_long = true;
    line.append(piece.substr(0, room));
    if (newline != std::string_view::npos) {
      consume(newline + 1);
      if (terminated) *terminated = true;
      break;
    }
    consume(piece.size());
    if (!fill(1)) break;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

std::size_t StreamReader::read_exact(std::string& out, std::size_t n) {
  std::size_t done = 0;
  while (done < n && fill(1)) {
    const std::size_t take = std::min(n - done, buffer_.size() - pos_);
    out.append(buffer_, pos_, take);
    consume(take);
    done += take;
  }
  return done;
}

std::size_t StreamReader::skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n && fill(1)) {
    const std::size_t take = std::min(n - done, buffer_.size() - pos_);
    consume(take);
    done += take;
  }
  return done;
}

}  // namespace storyline::ingest
