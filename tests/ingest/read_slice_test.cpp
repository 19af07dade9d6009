// read_file_slice: a slice of a JSON Lines or WARC file, cut at line or record boundaries, gives
// the documents the whole file gives there, with the same names (storyline.dask's partitions).
#include <gtest/gtest.h>

#include "ingest_fixtures.h"

namespace storyline {
namespace {

using ingest_test::TempFolder;

std::vector<RawDocument> read_slice(const std::string& path, std::uint64_t begin, std::uint64_t end,
                                    std::size_t before) {
  ReadOptions options;
  options.units_before = before;
  std::vector<RawDocument> out;
  read_file_slice(path, begin, end, options, [&](RawDocument doc) { out.push_back(std::move(doc)); });
  return out;
}

TEST(ReadSlice, JsonLinesSlicesNameTheirLinesAsTheWholeFile) {
  TempFolder folder;
  const std::string first = "{\"id\": \"a\", \"text\": \"One.\"}\n\n";  // lines 1 and 2 (blank)
  const std::string second = "not json, but the slice is still read as JSON Lines\n{\"id\": \"c\", \"text\": \"Three.\"}\n";
  const std::string path = folder.write("news.jsonl", first + second);
  std::vector<RawDocument> whole = ingest_test::read_paths({path});
  std::vector<RawDocument> tail = read_slice(path, first.size(), first.size() + second.size(), 2);
  ASSERT_EQ(whole.size(), 3u);
  ASSERT_EQ(tail.size(), 2u);
  EXPECT_EQ(tail[0].source, path + ":3");
  EXPECT_EQ(tail[0].error, whole[1].error);
  EXPECT_FALSE(tail[0].error.empty());
  EXPECT_EQ(tail[1].source, path + ":4");
  EXPECT_EQ(tail[1].content, "Three.");
  EXPECT_EQ(tail[1].hints.id, "c");
}

TEST(ReadSlice, WarcSlicesNumberRecordsAsTheWholeFile) {
  TempFolder folder;
  auto response = [](const std::string& uri, const std::string& html) {
    return ingest_test::warc_record("response", uri, "application/http; msgtype=response",
                                    ingest_test::http_response("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", html));
  };
  const std::string head = ingest_test::warc_record("warcinfo", "", "application/warc-fields", "x: y\r\n") +
                           response("https://news.example/a", "<p>A</p>");
  const std::string rest = response("https://news.example/b", "<p>B</p>");
  const std::string path = folder.write("crawl.warc", head + rest);
  std::vector<RawDocument> tail = read_slice(path, head.size(), head.size() + rest.size(), 2);
  ASSERT_EQ(tail.size(), 1u);
  EXPECT_EQ(tail[0].source, path + "#record=3");
  EXPECT_EQ(tail[0].hints.url, "https://news.example/b");
  EXPECT_EQ(ingest_test::read_paths({path}).back().source, tail[0].source);
}

TEST(ReadSlice, BadRangesAndOtherFormatsAreErrorDocuments) {
  TempFolder folder;
  const std::string path = folder.write("news.jsonl", "{\"text\": \"One.\"}\n");
  std::vector<RawDocument> beyond = read_slice(path, 0, 100, 0);
  ASSERT_EQ(beyond.size(), 1u);
  EXPECT_NE(beyond[0].error.find("the file is shorter"), std::string::npos) << beyond[0].error;
  const std::string page = folder.write("page.html", "<html><body><p>Hello</p></body></html>");
  std::vector<RawDocument> html = read_slice(page, 0, 10, 0);
  ASSERT_EQ(html.size(), 1u);
  EXPECT_NE(html[0].error.find("only plain JSON Lines and WARC"), std::string::npos) << html[0].error;
  std::vector<RawDocument> missing = read_slice(folder.path() + "/none.jsonl", 0, 1, 0);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_NE(missing[0].error.find("cannot open"), std::string::npos) << missing[0].error;
}

}  // namespace
}  // namespace storyline
