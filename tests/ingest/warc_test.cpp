#include <gtest/gtest.h>

#include "ingest_fixtures.h"

namespace storyline {
namespace {

using ingest_test::deflate_body;
using ingest_test::gzip;
using ingest_test::http_response;
using ingest_test::read_all;
using ingest_test::sources_of;
using ingest_test::warc_record;

const char* const kHttp = "application/http; msgtype=response";

std::string warcinfo() {
  return warc_record("warcinfo", "", "application/warc-fields", "software: storyline-test\r\n");
}

std::string html_response(std::string_view uri, std::string_view html) {
  return warc_record("response", uri, kHttp,
                     http_response("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", html));
}

TEST(WarcRead, DeliversHtmlResponsesAndResourcesOnly) {
  const std::string file =
      warcinfo() +
      warc_record("request", "https://news.example/a", "application/http; msgtype=request",
                  "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n") +
      html_response("https://news.example/a", "<p>Port reopens.</p>") +
      warc_record("response", "https://news.example/logo.png", kHttp,
                  http_response("HTTP/1.1 200 OK", "Content-Type: image/png\r\n", "\x89PNG")) +
      warc_record("response", "https://news.example/gone", kHttp,
                  http_response("HTTP/1.1 404 Not Found", "Content-Type: text/html\r\n",
                                "<p>Not here</p>")) +
      warc_record("metadata", "https://news.example/a", "application/warc-fields", "x: y\r\n") +
      warc_record("resource", "<https://news.example/b.txt>", "text/plain; charset=utf-8",
                  "Ferry times changed.") +
      warc_record("resource", "https://news.example/c", "text/html", "<p>Third</p>");
  const std::vector<RawDocument> documents = read_all(file, "crawl.warc");
  EXPECT_EQ(sources_of(documents),
            (std::vector<std::string>{"crawl.warc#record=3", "crawl.warc#record=7",
                                      "crawl.warc#record=8"}));
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].content, "<p>Port reopens.</p>");
  EXPECT_EQ(documents[0].kind, ContentKind::Html);
  EXPECT_EQ(documents[0].hints.url, "https://news.example/a");
  EXPECT_EQ(documents[0].hints.published, "") << "the WARC-Date is the crawl date";
  EXPECT_EQ(documents[1].kind, ContentKind::Text);
  EXPECT_EQ(documents[1].content, "Ferry times changed.");
  EXPECT_EQ(documents[1].hints.url, "https://news.example/b.txt");
  EXPECT_EQ(documents[2].content, "<p>Third</p>");
}

TEST(WarcRead, UndoesChunkingAndContentEncoding) {
  const std::string chunked = http_response(
      "HTTP/1.1 200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
      "6\r\n<p>Tid\r\n8;ext=1\r\nes high.\r\n4\r\n</p>\r\n0\r\n\r\n");
  const std::string gzipped = http_response(
      "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
      gzip("<p>Compressed</p>"));
  const std::string deflated = http_response(
      "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
      deflate_body("<p>Deflated</p>", true));
  const std::string file = warc_record("response", "u1", kHttp, chunked) +
                           warc_record("response", "u2", kHttp, gzipped) +
                           warc_record("response", "u3", kHttp, deflated);
  const std::vector<RawDocument> documents = read_all(file, "x.warc");
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].content, "<p>Tides high.</p>");
  EXPECT_EQ(documents[1].content, "<p>Compressed</p>");
  EXPECT_EQ(documents[2].content, "<p>Deflated</p>");
}

TEST(WarcRead, UsesHttpCharsetOverMeta) {
  const std::string file = warc_record(
      "response", "u", kHttp,
      http_response("HTTP/1.1 200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n",
                    "<meta charset=utf-8><p>Espa\xF1" "a \x80</p>"));
  const std::vector<RawDocument> documents = read_all(file, "x.warc");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].content, "<meta charset=utf-8><p>Espa\xC3\xB1" "a \xE2\x82\xAC</p>");
}

TEST(WarcRead, ReadsOneGzipMemberPerRecordByContent) {
  const std::string file = gzip(warcinfo()) + gzip(html_response("u1", "<p>One</p>")) +
                           gzip(html_response("u2", "<p>Two</p>"));
  const std::vector<RawDocument> documents = read_all(file, "crawl.bin");
  EXPECT_EQ(sources_of(documents),
            (std::vector<std::string>{"crawl.bin#record=2", "crawl.bin#record=3"}));
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].content, "<p>Two</p>");
}

TEST(WarcRead, TruncatedFileDeliversRecordsBeforeThenOneError) {
  const std::string last = html_response("u2", "<p>" + std::string(400, 'b') + "</p>");
  const std::string file = html_response("u1", "<p>One</p>") + last;
  const std::vector<RawDocument> documents =
      read_all(file.substr(0, file.size() - 100), "cut.warc");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].content, "<p>One</p>");
  EXPECT_TRUE(documents[1].error.starts_with(
      "cut.warc#record=2: truncated WARC record (expected "))
      << documents[1].error;
}

TEST(WarcRead, TruncatedGzipMemberDeliversRecordsBeforeThenOneError) {
  const std::string last = gzip(html_response("u2", "<p>" + std::string(4000, 'q') + "</p>"));
  const std::string file = gzip(html_response("u1", "<p>One</p>")) + last.substr(0, last.size() / 2);
  const std::vector<RawDocument> documents = read_all(file, "cut.warc.gz");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].content, "<p>One</p>");
  EXPECT_TRUE(documents[1].error.starts_with("cut.warc.gz#record=2: truncated WARC record"))
      << documents[1].error;
  EXPECT_TRUE(documents[1].error.ends_with("(truncated gzip stream)")) << documents[1].error;
}

TEST(WarcRead, OversizeRecordIsAnErrorAndTheNextIsRead) {
  ReadOptions options;
  options.max_document_bytes = 1024;
  const std::string file = html_response("big", "<p>" + std::string(3000, 'a') + "</p>") +
                           html_response("small", "<p>ok</p>");
  const std::vector<RawDocument> documents = read_all(file, "x.warc", options);
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].error, "x.warc#record=1: document is 2.94 KB, above the limit of 1 KB");
  EXPECT_EQ(documents[1].content, "<p>ok</p>");
}

TEST(WarcRead, GarbageInsteadOfARecordStopsWithAnError) {
  const std::string file = html_response("u1", "<p>One</p>") + "hello there\r\n";
  const std::vector<RawDocument> documents = read_all(file, "x.warc");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].error,
            "x.warc#record=2: not a WARC record (it starts with \"hello there\")");
}

}  // namespace
}  // namespace storyline
