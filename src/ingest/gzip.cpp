#include "ingest/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace storyline::ingest {
namespace {

// zlib counts in uInt; feed it large inputs a slice at a time.
constexpr std::size_t kMaxSlice = std::size_t{1} << 30;
constexpr int kGzipWindow = 16 + MAX_WBITS;
constexpr int kZlibWindow = MAX_WBITS;
constexpr int kRawWindow = -MAX_WBITS;

}  // namespace

bool has_gzip_magic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

struct GzipSource::Inflater {
  explicit Inflater(int window_bits) { ok = inflateInit2(&stream, window_bits) == Z_OK; }
  ~Inflater() {
    if (ok) inflateEnd(&stream);
  }
  z_stream stream{};
  bool ok = false;
};

GzipSource::GzipSource(std::string_view compressed)
    : inflater_(std::make_unique<Inflater>(kGzipWindow)), input_(compressed) {
  if (!inflater_->ok) {
    damage_ = "cannot start zlib";
    finished_ = true;
  }
}

GzipSource::~GzipSource() = default;

std::size_t GzipSource::read_some(std::string& out, std::size_t max_bytes) {
  z_stream& z = inflater_->stream;
  const std::size_t start = out.size();
  out.resize(start + max_bytes);
  std::size_t produced = 0;
  while (!finished_ && produced < max_bytes) {
    const std::size_t in_slice = std::min(input_.size(), kMaxSlice);
    const std::size_t out_slice = std::min(max_bytes - produced, kMaxSlice);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input_.data()));
    z.avail_in = static_cast<uInt>(in_slice);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + start + produced);
    z.avail_out = static_cast<uInt>(out_slice);
    const int rc = inflate(&z, Z_NO_FLUSH);
    produced += out_slice - z.avail_out;
    input_.remove_prefix(in_slice - z.avail_in);
    if (rc == Z_STREAM_END) {
      if (has_gzip_magic(input_)) {
        inflateReset(&z);
      } else {
        finished_ = true;
      }
    } else if (rc == Z_BUF_ERROR) {
      // No progress with room to write: zlib needs more input than the file has.
      if (z.avail_out != 0) {
        damage_ = "truncated gzip stream";
        finished_ = true;
      }
    } else if (rc != Z_OK) {
      damage_ = std::string("corrupt gzip stream: ") + (z.msg ? z.msg : "unknown zlib error");
      finished_ = true;
    }
  }
  out.resize(start + produced);
  return produced;
}

namespace {

Decompressed inflate_all(std::string_view compressed, int window_bits, std::size_t limit) {
  Decompressed result;
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    result.damage = "cannot start zlib";
    return result;
  }
  // One byte over tells "too big" apart from "exactly full".
  const std::size_t cap = limit == std::numeric_limits<std::size_t>::max() ? limit : limit + 1;
  for (;;) {
    if (result.bytes.size() >= cap) {
      result.bytes.resize(cap);
      result.over_limit = true;
      break;
    }
    const std::size_t in_slice = std::min(compressed.size(), kMaxSlice);
    const std::size_t room = std::min<std::size_t>(cap - result.bytes.size(), 256 * 1024);
    const std::size_t start = result.bytes.size();
    result.bytes.resize(start + room);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = static_cast<uInt>(in_slice);
    z.next_out = reinterpret_cast<Bytef*>(result.bytes.data() + start);
    z.avail_out = static_cast<uInt>(room);
    const int rc = inflate(&z, Z_NO_FLUSH);
    result.bytes.resize(start + room - z.avail_out);
    compressed.remove_prefix(in_slice - z.avail_in);
    if (rc == Z_STREAM_END) {
      if (window_bits == kGzipWindow && has_gzip_magic(compressed)) {
        inflateReset(&z);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_out != 0) {
      result.damage = "truncated compressed stream";
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      result.damage = std::string("corrupt compressed stream: ") + (z.msg ? z.msg : "unknown");
      break;
    }
  }
  inflateEnd(&z);
  return result;
}

}  // namespace

Decompressed decompress(std::string_view compressed, Compression compression,
                        std::size_t limit) {
  if (compression == Compression::Gzip) return inflate_all(compressed, kGzipWindow, limit);
  Decompressed wrapped = inflate_all(compressed, kZlibWindow, limit);
  if (wrapped.damage.empty()) return wrapped;
  return inflate_all(compressed, kRawWindow, limit);
}

}  // namespace storyline::ingest
