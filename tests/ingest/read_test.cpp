#include "ingest/read.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>

#include "ingest_fixtures.h"

namespace storyline {
namespace {

using ingest_test::gzip;
using ingest_test::read_all;
using ingest_test::read_paths;
using ingest_test::sources_of;
using ingest_test::TempFolder;

struct FormatCase {
  const char* name;
  std::string source;
  std::string bytes;
  ContentKind kind;
  std::string content;
};

class ReadFormat : public ::testing::TestWithParam<FormatCase> {};

TEST_P(ReadFormat, DeliversOneDocumentOfTheRightKind) {
  const FormatCase& c = GetParam();
  const std::vector<RawDocument> documents = read_all(c.bytes, c.source);
  ASSERT_EQ(documents.size(), 1u) << c.bytes;
  EXPECT_EQ(documents[0].error, "");
  EXPECT_EQ(documents[0].source, c.source);
  EXPECT_EQ(documents[0].kind, c.kind) << c.bytes;
  EXPECT_EQ(documents[0].content, c.content);
}

const std::string kPage = "<!doctype html><title>Harbour reopens</title><p>Boats are back.</p>";

INSTANTIATE_TEST_SUITE_P(
    Ingest, ReadFormat,
    ::testing::Values(
        FormatCase{"HtmlByExtension", "a.html", "<p>Boats are back.</p>", ContentKind::Html,
                   "<p>Boats are back.</p>"},
        FormatCase{"HtmlByContent", "page", kPage, ContentKind::Html, kPage},
        FormatCase{"HtmlContentBeatsTxtExtension", "a.txt", kPage, ContentKind::Html, kPage},
        FormatCase{"TextByExtension", "note.txt", "Harbour reopens\n\nBoats <p> are back.\n",
                   ContentKind::Text, "Harbour reopens\n\nBoats <p> are back.\n"},
        FormatCase{"TextWithoutMarkup", "stdin-like", "Plain words only.", ContentKind::Text,
                   "Plain words only."},
        FormatCase{"GzipHtmlByMagic", "page.bin", gzip(kPage), ContentKind::Html, kPage},
        FormatCase{"GzipHtmlByExtension", "page.html.gz", gzip("<p>caf\xE9</p>"),
                   ContentKind::Html, "<p>caf\xC3\xA9</p>"},
        FormatCase{"Windows1252MetaCharset", "old.html",
                   "<meta charset=\"windows-1252\"><p>caf\xE9</p>", ContentKind::Html,
                   "<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>"},
        FormatCase{"Utf16LeBomText", "wide.txt", std::string("\xFF\xFEh\0i\0", 6),
                   ContentKind::Text, "hi"},
        FormatCase{"Utf16LeBomHtmlByContent", "wide",
                   std::string("\xFF\xFE<\0p\0>\0h\0i\0", 12), ContentKind::Html, "<p>hi"}),
    [](const ::testing::TestParamInfo<FormatCase>& info) { return std::string(info.param.name); });

struct FailureCase {
  const char* name;
  std::string source;
  std::string bytes;
  std::size_t limit;
  std::string error;
};

class ReadFailure : public ::testing::TestWithParam<FailureCase> {};

TEST_P(ReadFailure, DeliversOneErrorNamingTheSource) {
  const FailureCase& c = GetParam();
  ReadOptions options;
  options.max_document_bytes = c.limit;
  const std::vector<RawDocument> documents = read_all(c.bytes, c.source, options);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].error, c.error);
  EXPECT_EQ(documents[0].content, "");
  EXPECT_EQ(documents[0].source, c.source);
}

std::string truncated_gzip() {
  const std::string whole = gzip("<p>" + std::string(5000, 'a') + "</p>");
  return whole.substr(0, whole.size() / 2);
}

std::string binary_bytes() {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 300; ++i) bytes += static_cast<char>(i % 7);
  return bytes;
}

INSTANTIATE_TEST_SUITE_P(
    Ingest, ReadFailure,
    ::testing::Values(
        FailureCase{"Empty", "empty.html", "", 1000, "empty.html: empty file"},
        FailureCase{"EmptyGzip", "empty.html.gz", gzip(""), 1000, "empty.html.gz: empty file"},
        FailureCase{"Binary", "photo.jpg", binary_bytes(), 1000,
                    "photo.jpg: binary content (not text, HTML, JSON Lines, WARC or a feed)"},
        FailureCase{"TruncatedGzip", "cut.html.gz", truncated_gzip(), 100000,
                    "cut.html.gz: truncated gzip stream"},
        FailureCase{"Oversize", "big.html", "<p>" + std::string(3000, 'a') + "</p>", 2048,
                    "big.html: document is 2.94 KB, above the limit of 2 KB"},
        FailureCase{"GzipBomb", "bomb.html.gz", gzip("<p>" + std::string(20u << 20, 'a')),
                    1u << 20,
                    "bomb.html.gz: document is over the limit of 1 MB once decompressed"}),
    [](const ::testing::TestParamInfo<FailureCase>& info) { return std::string(info.param.name); });

TEST(ReadInputs, NamesAMissingPath) {
  const std::vector<RawDocument> documents = read_paths({"/nonexistent/storyline/a.html"});
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].error,
            "/nonexistent/storyline/a.html: cannot open: No such file or directory");
}

TEST(ReadInputs, WalksFoldersInByteOrderSkippingHiddenAndNonInputFiles) {
  TempFolder folder;
  folder.write("b.html", "<p>b</p>");
  folder.write("README.md", "# About these files");
  folder.write("a/photo.jpg", "\xFF\xD8\xFF");
  folder.write("a/c0ffee", "hash-named dump");
  folder.write("a/d.jsonl.gz", gzip("{\"text\": \"d\"}\n"));
  folder.write("a/z.txt", "z");
  folder.write("a/B.txt", "B");
  folder.write("C.txt", "C");
  folder.write(".hidden.html", "<p>no</p>");
  folder.write(".git/config.txt", "no");
  const std::string root = folder.path();
  const std::vector<RawDocument> documents = read_paths({root});
  EXPECT_EQ(sources_of(documents),
            (std::vector<std::string>{root + "/C.txt", root + "/a/B.txt", root + "/a/c0ffee",
                                      root + "/a/d.jsonl.gz:1", root + "/a/z.txt",
                                      root + "/b.html"}));
}

TEST(ReadInputs, KeepsInputOrderAcrossPathsAndErrorsDoNotStopTheWalk) {
  TempFolder folder;
  const std::string second = folder.write("second.txt", "two");
  const std::string first = folder.write("first.txt", "one");
  const std::string empty = folder.write("empty.txt", "");
  const std::vector<RawDocument> documents =
      read_paths({second, folder.path() + "/missing.txt", empty, first});
  ASSERT_EQ(documents.size(), 4u);
  EXPECT_EQ(documents[0].content, "two");
  EXPECT_NE(documents[1].error, "");
  EXPECT_EQ(documents[2].error, empty + ": empty file");
  EXPECT_EQ(documents[3].content, "one");
}

TEST(ReadInputs, ReadsANamedFileWhateverItsExtension) {
  TempFolder folder;
  const std::string path = folder.write("notes.md", "Plain words.");
  const std::vector<RawDocument> documents = read_paths({path});
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].content, "Plain words.");
}

TEST(ReadInputs, RefusesAnOversizeFileFromItsHead) {
  TempFolder folder;
  const std::string path = folder.write("big.txt", std::string(5000, 'w'));
  ReadOptions options;
  options.max_document_bytes = 1024;
  const std::vector<RawDocument> documents = read_paths({path}, options);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].error, path + ": document is 4.88 KB, above the limit of 1 KB");
}

TEST(ReadInputs, ReadsJsonLinesBiggerThanTheLimitLineByLine) {
  TempFolder folder;
  std::string lines;
  for (int i = 0; i < 40; ++i) lines += R"({"text": ")" + std::string(100, 'x') + "\"}\n";
  const std::string path = folder.write("many.jsonl", lines);
  ReadOptions options;
  options.max_document_bytes = 1024;
  const std::vector<RawDocument> documents = read_paths({path}, options);
  ASSERT_EQ(documents.size(), 40u);
  EXPECT_EQ(documents[39].source, path + ":40");
  EXPECT_EQ(documents[39].error, "");
}

// Far past the 8 KB head that format detection reads first: the records that straddle the head
// and the rest of the file, read from the file in pieces, come out whole and in order.
TEST(ReadInputs, StreamsAContainerFileFarBiggerThanTheLimit) {
  TempFolder folder;
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += R"({"id": "n)" + std::to_string(i) + R"(", "text": ")" + std::string(97 + i % 13, 'y') + "\"}\n";
  ASSERT_GT(lines.size(), 4 * 8192u);
  const std::string path = folder.write("stream.jsonl", lines);
  ReadOptions options;
  options.max_document_bytes = 1024;
  const std::vector<RawDocument> documents = read_paths({path}, options);
  ASSERT_EQ(documents.size(), 300u);
  for (int i = 0; i < 300; ++i) {
    EXPECT_EQ(documents[i].error, "") << i;
    EXPECT_EQ(documents[i].content, std::string(97 + i % 13, 'y')) << i;
  }
  EXPECT_EQ(documents[299].source, path + ":300");
}

TEST(ReadInputs, ReadsStandardInputForDash) {
  TempFolder folder;
  const std::string path = folder.write("piped", gzip("<p>From a pipe</p>"));
  const int saved = dup(STDIN_FILENO);
  const int piped = open(path.c_str(), O_RDONLY);
  ASSERT_GE(piped, 0);
  dup2(piped, STDIN_FILENO);
  close(piped);
  std::clearerr(stdin);
  const std::vector<RawDocument> documents = read_paths({"-"});
  dup2(saved, STDIN_FILENO);
  close(saved);
  std::clearerr(stdin);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].source, "-");
  EXPECT_EQ(documents[0].content, "<p>From a pipe</p>");
}

}  // namespace
}  // namespace storyline
