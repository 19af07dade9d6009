#include "ingest/gzip.h"

#include <gtest/gtest.h>

#include "ingest_fixtures.h"

namespace storyline::ingest {
namespace {

using ingest_test::deflate_body;
using ingest_test::gzip;

std::string inflate_all(std::string_view compressed, std::string* damage) {
  GzipSource source(compressed);
  std::string out;
  while (source.read_some(out, 7) > 0) {
  }
  *damage = source.damage();
  return out;
}

TEST(GzipSource, ReadsConcatenatedMembers) {
  std::string damage;
  EXPECT_EQ(inflate_all(gzip("first ") + gzip("second"), &damage), "first second");
  EXPECT_EQ(damage, "");
}

TEST(GzipSource, ReportsTruncation) {
  const std::string whole = gzip(std::string(2000, 'x') + "end");
  std::string damage;
  inflate_all(std::string_view(whole).substr(0, whole.size() - 6), &damage);
  EXPECT_EQ(damage, "truncated gzip stream");
}

TEST(GzipSource, IgnoresZeroPaddingAfterLastMember) {
  std::string damage;
  EXPECT_EQ(inflate_all(gzip("text") + std::string(8, '\0'), &damage), "text");
  EXPECT_EQ(damage, "");
}

TEST(GzipDecompress, StopsJustAboveTheLimit) {
  const std::string bomb = gzip(std::string(8u << 20, '\0'));
  const Decompressed result = decompress(bomb, Compression::Gzip, 1000);
  EXPECT_TRUE(result.over_limit);
  EXPECT_EQ(result.bytes.size(), 1001u);
}

TEST(GzipDecompress, ReadsZlibAndRawDeflate) {
  EXPECT_EQ(decompress(deflate_body("<p>hi</p>", false), Compression::Deflate, 100).bytes,
            "<p>hi</p>");
  EXPECT_EQ(decompress(deflate_body("<p>hi</p>", true), Compression::Deflate, 100).bytes,
            "<p>hi</p>");
}

}  // namespace
}  // namespace storyline::ingest
