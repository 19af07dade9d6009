#include <gtest/gtest.h>

#include "ingest_fixtures.h"

namespace storyline {
namespace {

using ingest_test::gzip;
using ingest_test::read_all;
using ingest_test::sources_of;

TEST(JsonlRead, CarriesFieldsAsHints) {
  const std::vector<RawDocument> documents = read_all(
      R"({"id": "a1", "url": "https://news.example/a1", "title": "Bridge opens", )"
      R"("published": "2024-05-02T08:00:00Z", "lang": "en", "outlet": "Example News", )"
      R"("byline": ["Ana Ruiz", "Tom Hale"], "html": "<p>The bridge opened.</p>"})"
      "\n",
      "batch.jsonl");
  ASSERT_EQ(documents.size(), 1u);
  const RawDocument& document = documents[0];
  EXPECT_EQ(document.error, "");
  EXPECT_EQ(document.source, "batch.jsonl:1");
  EXPECT_EQ(document.kind, ContentKind::Html);
  EXPECT_EQ(document.content, "<p>The bridge opened.</p>");
  EXPECT_EQ(document.hints.id, "a1");
  EXPECT_EQ(document.hints.url, "https://news.example/a1");
  EXPECT_EQ(document.hints.title, "Bridge opens");
  EXPECT_EQ(document.hints.published, "2024-05-02T08:00:00Z");
  EXPECT_EQ(document.hints.lang, "en");
  EXPECT_EQ(document.hints.outlet, "Example News");
  EXPECT_EQ(document.hints.byline, (std::vector<std::string>{"Ana Ruiz", "Tom Hale"}));
}

TEST(JsonlRead, TextFieldGivesTextAndBylineMayBeAString) {
  const std::vector<RawDocument> documents =
      read_all(R"({"id": 7, "text": "Rain fell.", "byline": "Ana Ruiz"})", "x.ndjson");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].kind, ContentKind::Text);
  EXPECT_EQ(documents[0].content, "Rain fell.");
  EXPECT_EQ(documents[0].hints.id, "7");
  EXPECT_EQ(documents[0].hints.byline, (std::vector<std::string>{"Ana Ruiz"}));
}

// An integer past 2^53 arrives as an inexact float: kept, the id would silently change.
TEST(JsonlRead, AnIdOutOfNumericRangeIsAnErrorNotAChangedId) {
  const std::vector<RawDocument> documents = read_all(
      "{\"id\": 123456789012345678901234567890, \"text\": \"Rain fell.\"}\n"
      "{\"id\": 9007199254740991, \"published\": 2.5, \"text\": \"Rain fell.\"}\n",
      "x.jsonl");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].error, "x.jsonl:1: field \"id\" holds a number out of range");
  EXPECT_EQ(documents[1].error, "");
  EXPECT_EQ(documents[1].hints.id, "9007199254740991");
  EXPECT_EQ(documents[1].hints.published, "2.5");
}

TEST(JsonlRead, MalformedLineBecomesAnErrorAndLaterLinesAreRead) {
  const std::vector<RawDocument> documents = read_all(
      "{\"text\": \"first\"}\n"
      "\n"
      "{\"text\": \"broken\"\n"
      "   \n"
      "{\"title\": \"no content\"}\n"
      "[1, 2]\n"
      "{\"text\": \"last\"}",
      "feed.jsonl");
  EXPECT_EQ(sources_of(documents),
            (std::vector<std::string>{"feed.jsonl:1", "feed.jsonl:3", "feed.jsonl:5",
                                      "feed.jsonl:6", "feed.jsonl:7"}));
  ASSERT_EQ(documents.size(), 5u);
  EXPECT_EQ(documents[0].content, "first");
  EXPECT_TRUE(documents[1].error.starts_with("feed.jsonl:3: malformed JSON: parse error"))
      << documents[1].error;
  EXPECT_EQ(documents[2].error, "feed.jsonl:5: no \"html\" or \"text\" field");
  EXPECT_EQ(documents[3].error, "feed.jsonl:6: malformed JSON: not an object");
  EXPECT_EQ(documents[4].content, "last");
  EXPECT_EQ(documents[4].error, "");
}

TEST(JsonlRead, DetectedByContentAndReadFromGzip) {
  const std::vector<RawDocument> documents =
      read_all(gzip("{\"html\": \"<p>one</p>\"}\r\n{\"html\": \"<p>two</p>\"}\r\n"), "dump.gz");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].source, "dump.gz:2");
  EXPECT_EQ(documents[1].content, "<p>two</p>");
}

TEST(JsonlRead, InvalidUtf8InsideAStringIsReplacedNotFatal) {
  const std::vector<RawDocument> documents = read_all("{\"text\": \"caf\xE9\"}\n", "a.jsonl");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].error, "");
  EXPECT_EQ(documents[0].content, "caf\xEF\xBF\xBD");
}

TEST(JsonlRead, TruncatedGzipKeepsCompleteLines) {
  std::string lines;
  for (int i = 0; i < 200; ++i) lines += "{\"text\": \"line " + std::to_string(i) + "\"}\n";
  const std::string whole = gzip(lines);
  const std::vector<RawDocument> documents = read_all(whole.substr(0, whole.size() - 30), "t.jsonl");
  ASSERT_GE(documents.size(), 2u);
  EXPECT_EQ(documents.front().content, "line 0");
  EXPECT_TRUE(documents.back().error.ends_with(": truncated gzip stream")) << documents.back().error;
  for (std::size_t i = 0; i + 1 < documents.size(); ++i) EXPECT_EQ(documents[i].error, "");
}

}  // namespace
}  // namespace storyline
