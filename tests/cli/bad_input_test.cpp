// End-to-end tests of `storyline extract` on bad, huge and deeply nested inputs. Every batch that
// holds a bad input also holds a good page, which must still come out with its text.
//
// Documented exit codes: 0 every input read, 1 at least one input failed (its `error` is in the
// output and a message is on stderr), 2 the command itself could not run.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "run_binary.h"

namespace storyline::cli_test {
namespace {

using nlohmann::json;

constexpr const char* kGoodMarker = "GoodPageMarkerQz";

std::vector<std::string> good_paragraphs() {
  return {
      std::string("The lighthouse keepers of Gullrock held their yearly meeting on Saturday and "
                  "voted to restore the old signal lamp, which has been dark since 1998. ") +
          kGoodMarker + " was on the agenda.",
      "The restoration will be paid for by a small grant from the regional heritage fund and by "
      "donations from residents, who raised more than four thousand euros at a spring fair.",
      "Volunteers expect the lamp to shine again by the end of the summer, weather permitting, "
      "and the keepers invited anyone interested to join the work on weekends.",
  };
}

std::string good_page() { return html_page("Gullrock lamp to shine again", good_paragraphs()); }

// An HTML page of about `target_bytes`: many <p> paragraphs of `sentences_per_paragraph`
// sentences each, the last paragraph carrying `marker`.
std::string big_page(std::size_t target_bytes, const std::string& marker,
                     int sentences_per_paragraph = 1) {
  const std::string sentence =
      "The harbor board of Saltby discussed the dredging schedule for the inner basin again "
      "this week, and members agreed that the work should wait until the autumn tides. ";
  std::string paragraph = "<p>";
  for (int i = 0; i < sentences_per_paragraph; ++i) paragraph += sentence;
  paragraph += "</p>\n";
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Saltby harbor "
      "minutes</title></head>\n<body><article><h1>Saltby harbor minutes</h1>\n";
  page.reserve(target_bytes + 4096);
  while (page.size() < target_bytes) page += paragraph;
  page += "<p>The minutes end here with the closing note " + marker +
          " signed by the board secretary.</p>\n</article></body></html>\n";
  return page;
}

class CliBadInput : public ::testing::Test {
 protected:
  TempDir dir;
  std::string good = dir.write("good.html", good_page()).string();

  // Checks the documented shape of a batch where `bad` failed and `good` did not: exit 1, a
  // message on stderr naming the bad input, an `error` naming it with a reason, the good page's
  // text present. Returns the parsed articles.
  std::vector<json> expect_one_failed(const RunResult& run, const std::string& bad,
                                      const std::string& reason_hint = {}) {
    EXPECT_FALSE(run.signaled) << run.describe();
    EXPECT_FALSE(run.sanitizer_report()) << run.describe();
    EXPECT_EQ(run.exit_code, 1) << run.describe();
    EXPECT_NE(run.err.find(bad), std::string::npos) << "stderr should name " << bad << "\n"
                                                    << run.err;
    std::vector<json> articles;
    try {
      articles = parse_jsonl(run.out);
    } catch (const std::exception& error) {
      ADD_FAILURE() << "stdout is not JSON Lines: " << error.what();
      return articles;
    }
    bool good_seen = false, bad_seen = false;
    for (const json& article : articles) {
      const std::string source = article.value("source", "");
      if (source == good) {
        good_seen = true;
        EXPECT_FALSE(article.contains("error")) << article.dump();
        EXPECT_NE(article.value("text", "").find(kGoodMarker), std::string::npos)
            << "the good page's text is missing: " << article.dump();
      } else if (article.contains("error")) {
        bad_seen = true;
        const std::string error = article["error"].get<std::string>();
        EXPECT_NE(error.find(bad), std::string::npos) << "error should name " << bad << ": " << error;
        EXPECT_GT(error.size(), bad.size() + 3) << "error should give a reason: " << error;
        if (!reason_hint.empty()) {
          EXPECT_NE(error.find(reason_hint), std::string::npos) << error;
        }
      }
    }
    EXPECT_TRUE(good_seen) << "no article for the good page\n" << run.out.substr(0, 3000);
    EXPECT_TRUE(bad_seen) << "no article with an error for " << bad << "\n" << run.out.substr(0, 3000);
    return articles;
  }
};

TEST_F(CliBadInput, EmptyFile) {
  const std::string bad = dir.write("empty.html", "").string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad, "empty");
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["source"], bad);
  EXPECT_EQ(articles[1]["source"], good);
}

TEST_F(CliBadInput, BinaryFile) {
  std::string bytes(64 * 1024, '\0');
  std::mt19937 random(7);
  for (std::size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = i % 5 == 0 ? '\0' : static_cast<char>(random() & 0xff);
  bytes[0] = 'X';  // not a gzip magic, which would be a different path
  const std::string bad = dir.write("blob.html", bytes).string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["source"], bad);
}

TEST_F(CliBadInput, TruncatedGzipHtml) {
  const std::string compressed = gzip_member(big_page(200 * 1024, "CutMarker"));
  const std::string bad =
      dir.write("page.html.gz", compressed.substr(0, compressed.size() / 2)).string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["source"], bad);
}

std::string warc_response(const std::string& uri, const std::string& html) {
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

TEST_F(CliBadInput, TruncatedWarcGz) {
  std::vector<std::string> first_paragraphs = good_paragraphs();
  first_paragraphs[0] += " WarcFirstQz";
  const std::string first =
      gzip_member(warc_response("http://x.example/a", html_page("Archived lamp story", first_paragraphs)));
  const std::string second =
      gzip_member(warc_response("http://x.example/b", big_page(100 * 1024, "WarcSecondQz")));
  const std::string bad =
      dir.write("crawl.warc.gz", first + second.substr(0, second.size() / 2)).string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad);
  // The intact first record still comes out, with its text and URL.
  bool first_seen = false;
  for (const json& article : articles) {
    if (article.contains("error")) continue;
    if (article.value("text", "").find("WarcFirstQz") != std::string::npos) {
      first_seen = true;
      EXPECT_EQ(article["url"], "http://x.example/a");
      EXPECT_NE(article["source"].get<std::string>().find(bad), std::string::npos);
    }
  }
  EXPECT_TRUE(first_seen) << "the intact first record is missing\n" << run.out.substr(0, 3000);
}

TEST_F(CliBadInput, MalformedJsonLineAmongGoodLines) {
  const json one = {{"id", "lamp-1"},
                    {"title", "Lamp fund opens"},
                    {"text", good_paragraphs()[1] + "\n\nJsonlFirstQz closes the story."}};
  const json three = {{"id", "lamp-3"},
                      {"title", "Lamp volunteers wanted"},
                      {"text", good_paragraphs()[2] + "\n\nJsonlThirdQz closes the story."}};
  const std::string bad =
      dir.write("feed.jsonl", one.dump() + "\n{\"id\": \"lamp-2\", \"title\": \"Broken\", \"text\": \n" +
                                  three.dump() + "\n")
          .string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad);
  ASSERT_EQ(articles.size(), 4u) << run.out;
  EXPECT_EQ(articles[0]["id"], "lamp-1");
  EXPECT_NE(articles[0]["text"].get<std::string>().find("JsonlFirstQz"), std::string::npos);
  EXPECT_TRUE(articles[1].contains("error")) << articles[1].dump();
  EXPECT_EQ(articles[2]["id"], "lamp-3");
  EXPECT_NE(articles[2]["text"].get<std::string>().find("JsonlThirdQz"), std::string::npos);
  EXPECT_EQ(articles[3]["source"], good);
}

TEST_F(CliBadInput, PathThatDoesNotExist) {
  const std::string bad = (dir.path() / "no-such-file.html").string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["source"], bad);
}

TEST_F(CliBadInput, InvalidUtf8InsideAGoodPageIsNotAnError) {
  std::vector<std::string> paragraphs = good_paragraphs();
  paragraphs[1] = "The caf\xc3\xa9 on the quay served coffee to the volunteers; a broken byte "
                  "\xff\xfe here and a cut sequence \xe2\x82 there. BrokenBytesQz ends it.";
  const std::string page = dir.write("broken.html", html_page("Gullrock caf\xc3\xa9 story", paragraphs)).string();
  const RunResult run = run_storyline({"extract", page, good});
  EXPECT_FALSE(run.sanitizer_report()) << run.describe();
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  std::vector<json> articles;
  ASSERT_NO_THROW(articles = parse_jsonl(run.out)) << "stdout must be valid JSON (UTF-8)";
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_FALSE(articles[0].contains("error")) << articles[0].dump();
  const std::string text = articles[0]["text"].get<std::string>();
  EXPECT_NE(text.find("BrokenBytesQz"), std::string::npos) << text;
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos) << "invalid bytes should become U+FFFD";
  EXPECT_NE(text.find("caf\xc3\xa9"), std::string::npos) << "valid UTF-8 must be kept: " << text;
  EXPECT_NE(articles[1]["text"].get<std::string>().find(kGoodMarker), std::string::npos);
}

TEST_F(CliBadInput, PageOverTheDefaultSizeLimit) {
  const std::string bad = dir.write("huge.html", big_page(50u << 20, "HugeEndQz", 50)).string();
  const RunResult run = run_storyline({"extract", bad, good});
  const std::vector<json> articles = expect_one_failed(run, bad, "limit");
  ASSERT_EQ(articles.size(), 2u);
  const std::string error = articles[0].value("error", "");
  EXPECT_NE(error.find("16 MB"), std::string::npos) << "should name the 16 MB limit: " << error;
}

// 20 MB (over the default 16 MB limit) rather than 50 MB, in paragraphs of about 8 KB: the
// sanitizer Debug build spends about 3 s of CPU per MB on pages of short paragraphs (an RE2 match
// per paragraph allocates over 1 MB, which ASan serves with mmap), so 50 MB of short paragraphs
// costs minutes there. 20 MB of long paragraphs is about 5 s of CPU.
TEST_F(CliBadInput, PageUnderARaisedSizeLimit) {
  const std::string page = dir.write("huge.html", big_page(20u << 20, "HugeEndQz", 50)).string();
  const RunResult run = run_storyline({"extract", "--max-mb", "64", page, good});
  EXPECT_FALSE(run.signaled) << run.describe();
  EXPECT_FALSE(run.sanitizer_report()) << run.describe();
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_FALSE(articles[0].contains("error"));
  EXPECT_NE(articles[0]["text"].get<std::string>().find("HugeEndQz"), std::string::npos)
      << "the last paragraph of the big page is missing";
  EXPECT_NE(articles[1]["text"].get<std::string>().find(kGoodMarker), std::string::npos);
}

std::string nested_page(const std::string& open, const std::string& close, std::size_t depth,
                        const std::string& marker) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Deep page</title>"
      "</head><body>\n";
  page.reserve(depth * (open.size() + close.size()) + 4096);
  for (std::size_t i = 0; i < depth; ++i) page += open;
  page += "<p>" + good_paragraphs()[1] + "</p><p>At the very bottom sits " + marker +
          ", the text a reader came for, after a long way down through the markup.</p>";
  for (std::size_t i = 0; i < depth; ++i) page += close;
  page += "\n</body></html>\n";
  return page;
}

TEST_F(CliBadInput, HundredThousandNestedDivs) {
  const std::string page =
      dir.write("deep-div.html", nested_page("<div>", "</div>", 100000, "DeepDivQz")).string();
  const RunResult run = run_storyline({"extract", page, good});
  EXPECT_FALSE(run.signaled) << run.describe();
  EXPECT_FALSE(run.sanitizer_report()) << run.describe();
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_NE(articles[0]["text"].get<std::string>().find("DeepDivQz"), std::string::npos)
      << articles[0].dump().substr(0, 2000);
  EXPECT_NE(articles[1]["text"].get<std::string>().find(kGoodMarker), std::string::npos);
}

TEST_F(CliBadInput, HundredThousandNestedBold) {
  const std::string page =
      dir.write("deep-b.html", nested_page("<b>", "</b>", 100000, "DeepBoldQz")).string();
  const RunResult run = run_storyline({"extract", page, good});
  EXPECT_FALSE(run.signaled) << run.describe();
  EXPECT_FALSE(run.sanitizer_report()) << run.describe();
  ASSERT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u);
  if (run.exit_code == 0) {
    EXPECT_NE(articles[0]["text"].get<std::string>().find("DeepBoldQz"), std::string::npos)
        << articles[0].dump().substr(0, 2000);
  } else {
    ASSERT_TRUE(articles[0].contains("error")) << articles[0].dump().substr(0, 2000);
    EXPECT_NE(articles[0]["error"].get<std::string>().find(page), std::string::npos);
    EXPECT_NE(run.err.find(page), std::string::npos);
  }
  EXPECT_NE(articles[1]["text"].get<std::string>().find(kGoodMarker), std::string::npos);
}

}  // namespace
}  // namespace storyline::cli_test
