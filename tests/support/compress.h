// Compressing test inputs in memory with zlib: gzip members, zlib and raw deflate streams.
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>

namespace storyline::test_support {

// `window_bits` picks the wrapper as zlib does: 16 + MAX_WBITS gzip, MAX_WBITS zlib,
// -MAX_WBITS raw deflate.
inline std::string compress(std::string_view bytes, int window_bits) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// One gzip member holding `bytes`; concatenate members for a multi-member file.
inline std::string gzip_member(std::string_view bytes) { return compress(bytes, 16 + MAX_WBITS); }

}  // namespace storyline::test_support
