// End-to-end tests of `storyline extract`: they run the real binary on inputs written to a
// temporary folder and check its exit status, stdout and stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "run_binary.h"

namespace storyline::cli_test {
namespace {

using nlohmann::json;

// Three paragraphs of plain news prose, distinct for each `n` and carrying `marker`.
std::vector<std::string> story_paragraphs(int n, const std::string& marker) {
  const std::string number = std::to_string(n);
  return {
      "The town council of Brackwater met on Tuesday evening to discuss report number " + number +
          " on the state of the old ferry pier, which has been closed to the public since the "
          "storms of last winter damaged its wooden supports. " + marker + " was read aloud.",
      "Engineers told the council that repairs to pier section " + number +
          " would take about eleven weeks and cost more than the town had set aside, and several "
          "residents asked whether the work could begin before the summer season.",
      "The council agreed to vote on the plan at its next meeting, after a public hearing in "
      "the library hall, and asked the harbor office to publish the full engineering report "
      "online so that residents can read it before then. Item " + number + " closes the list.",
  };
}

std::string text_file(const std::string& title, const std::vector<std::string>& paragraphs) {
  std::string out = title + "\n\n";
  for (const std::string& paragraph : paragraphs) out += paragraph + "\n\n";
  return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

class CliExtract : public ::testing::Test {
 protected:
  TempDir dir;

  // A good HTML page with a marker in its text; returns its path.
  std::string good_html(const std::string& name, int n, const std::string& marker) {
    return dir.write(name, html_page("Ferry pier report " + std::to_string(n),
                                     story_paragraphs(n, marker)))
        .string();
  }
};

TEST_F(CliExtract, OutputOrderFollowsArgumentOrderWhateverTheJobs) {
  std::vector<std::string> paths;
  std::map<std::string, std::string> marker_of;  // path -> marker in its text
  for (int i = 0; i < 30; ++i) {
    const std::string marker = "Marker" + std::to_string(i) + "Qz";
    const std::string title = "Ferry pier report " + std::to_string(i);
    std::string path;
    if (i % 3 == 2) {
      path = dir.write("doc" + std::to_string(i) + ".txt",
                       text_file(title, story_paragraphs(i, marker)))
                 .string();
    } else {
      // Uneven sizes so that workers finish out of order.
      std::vector<std::string> paragraphs = story_paragraphs(i, marker);
      for (int extra = 0; extra < (i * 7) % 40; ++extra)
        paragraphs.push_back(story_paragraphs(100 + extra, "filler")[1]);
      path = dir.write("doc" + std::to_string(i) + ".html", html_page(title, paragraphs)).string();
    }
    paths.push_back(path);
    marker_of[path] = marker;
  }
  std::mt19937 shuffle_random(20240611);
  std::shuffle(paths.begin(), paths.end(), shuffle_random);

  std::vector<std::string> args1{"extract", "--jobs", "1"}, args4{"extract", "--jobs", "4"};
  args1.insert(args1.end(), paths.begin(), paths.end());
  args4.insert(args4.end(), paths.begin(), paths.end());
  const RunResult one = run_storyline(args1);
  const RunResult four = run_storyline(args4);
  ASSERT_EQ(one.exit_code, 0) << one.describe();
  ASSERT_EQ(four.exit_code, 0) << four.describe();
  EXPECT_EQ(one.out, four.out) << "--jobs 1 and --jobs 4 differ";

  const std::vector<json> articles = parse_jsonl(four.out);
  ASSERT_EQ(articles.size(), paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    EXPECT_EQ(articles[i].value("source", ""), paths[i]) << "position " << i;
    EXPECT_NE(articles[i].value("text", "").find(marker_of[paths[i]]), std::string::npos)
        << "position " << i << " should hold the text of " << paths[i];
  }
}

void expect_article_shape(const json& article) {
  ASSERT_TRUE(article.is_object()) << article.dump();
  for (const char* field : {"id", "source", "url", "outlet", "title", "lang", "text"}) {
    ASSERT_TRUE(article.contains(field)) << field << " missing in " << article.dump();
    EXPECT_TRUE(article[field].is_string()) << field << " in " << article.dump();
  }
  ASSERT_TRUE(article.contains("byline"));
  ASSERT_TRUE(article["byline"].is_array());
  for (const json& name : article["byline"]) EXPECT_TRUE(name.is_string());

  ASSERT_TRUE(article.contains("published"));
  const json& published = article["published"];
  ASSERT_TRUE(published.is_object());
  ASSERT_TRUE(published.contains("value"));
  EXPECT_TRUE(published["value"].is_string() || published["value"].is_null());
  ASSERT_TRUE(published.contains("precision"));
  EXPECT_TRUE(published["precision"].is_string());
  ASSERT_TRUE(published.contains("from"));
  EXPECT_TRUE(published["from"].is_string());

  ASSERT_TRUE(article.contains("paragraphs"));
  ASSERT_TRUE(article["paragraphs"].is_array());
  const std::size_t text_size = article["text"].get<std::string>().size();
  for (const json& span : article["paragraphs"]) {
    ASSERT_TRUE(span.is_array() && span.size() == 2) << span.dump();
    EXPECT_LE(span[0].get<std::size_t>(), span[1].get<std::size_t>());
    EXPECT_LE(span[1].get<std::size_t>(), text_size);
  }

  ASSERT_TRUE(article.contains("dropped"));
  ASSERT_TRUE(article["dropped"].is_array());
  for (const json& block : article["dropped"]) {
    ASSERT_TRUE(block.is_object()) << block.dump();
    EXPECT_TRUE(block.contains("text") && block["text"].is_string()) << block.dump();
    EXPECT_TRUE(block.contains("reason") && block["reason"].is_string()) << block.dump();
  }
}

TEST_F(CliExtract, JsonLinesHasOneObjectPerLineWithTheDocumentedFields) {
  const std::string html = good_html("page.html", 1, "HtmlMarkerQz");
  const std::string text =
      dir.write("story.txt", text_file("Pier vote delayed", story_paragraphs(2, "TextMarkerQz")))
          .string();
  const RunResult run = run_storyline({"extract", "--format", "jsonl", html, text});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  ASSERT_FALSE(run.out.empty());
  EXPECT_EQ(run.out.back(), '\n');
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u) << run.out;
  for (const json& article : articles) {
    expect_article_shape(article);
    EXPECT_FALSE(article.contains("error")) << article.dump();
    EXPECT_FALSE(article["id"].get<std::string>().empty());
    EXPECT_FALSE(article["paragraphs"].empty());
  }
  EXPECT_EQ(articles[0]["title"], "Ferry pier report 1");
  EXPECT_NE(articles[0]["text"].get<std::string>().find("HtmlMarkerQz"), std::string::npos);
  EXPECT_EQ(articles[1]["title"], "Pier vote delayed");
  EXPECT_NE(articles[1]["text"].get<std::string>().find("TextMarkerQz"), std::string::npos);
}

TEST_F(CliExtract, JsonIsOneArrayOfTheSameObjects) {
  const std::string a = good_html("a.html", 1, "FirstMarkerQz");
  const std::string b = good_html("b.html", 2, "SecondMarkerQz");
  const RunResult lines = run_storyline({"extract", "--format", "jsonl", a, b});
  const RunResult array = run_storyline({"extract", "--format", "json", a, b});
  ASSERT_EQ(lines.exit_code, 0) << lines.describe();
  ASSERT_EQ(array.exit_code, 0) << array.describe();
  const json parsed = json::parse(array.out);  // the whole stdout is one JSON value
  ASSERT_TRUE(parsed.is_array()) << array.out;
  const std::vector<json> expected = parse_jsonl(lines.out);
  ASSERT_EQ(parsed.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    expect_article_shape(parsed[i]);
    EXPECT_EQ(parsed[i], expected[i]) << "object " << i;
  }
}

TEST_F(CliExtract, JsonWithNoArticleIsStillOneArray) {
  // An empty folder gives no article; the output must still be valid JSON.
  std::filesystem::create_directory(dir.path() / "empty");
  const RunResult run = run_storyline({"extract", "--format", "json", (dir.path() / "empty").string()});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const json parsed = json::parse(run.out);
  EXPECT_TRUE(parsed.is_array());
  EXPECT_TRUE(parsed.empty());
}

TEST_F(CliExtract, TextFormatIsReadableAndHoldsTitleAndText) {
  const std::vector<std::string> paragraphs = story_paragraphs(3, "ReadableMarkerQz");
  const std::string page =
      dir.write("page.html", html_page("Brackwater pier to reopen in June", paragraphs)).string();
  const RunResult run = run_storyline({"extract", "--format", "text", page});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  EXPECT_NE(run.out.find("Brackwater pier to reopen in June"), std::string::npos) << run.out;
  for (const std::string& paragraph : paragraphs)
    EXPECT_NE(run.out.find(paragraph), std::string::npos) << "missing: " << paragraph;
  EXPECT_NE(run.out.front(), '{') << "text format should not be JSON";
  EXPECT_EQ(run.out.find("\"paragraphs\""), std::string::npos);
}

TEST_F(CliExtract, UrlAndPublishedOverridesApplyToTheSingleInput) {
  const std::string page = good_html("page.html", 4, "OverrideMarkerQz");
  const RunResult run = run_storyline({"extract", "--url", "https://news.example/2023/pier",
                                       "--published", "2023-05-06", page});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0]["url"], "https://news.example/2023/pier");
  ASSERT_TRUE(articles[0]["published"]["value"].is_string()) << articles[0]["published"].dump();
  EXPECT_TRUE(articles[0]["published"]["value"].get<std::string>().starts_with("2023-05-06"))
      << articles[0]["published"].dump();
  EXPECT_EQ(articles[0]["published"]["from"], "given");
}

TEST_F(CliExtract, UrlWithTwoInputsIsACommandError) {
  const std::string a = good_html("a.html", 1, "A");
  const std::string b = good_html("b.html", 2, "B");
  const RunResult run = run_storyline({"extract", "--url", "https://news.example/x", a, b});
  EXPECT_EQ(run.exit_code, 2) << run.describe();
  EXPECT_NE(run.err.find("--url"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 500);
}

TEST_F(CliExtract, PublishedWithTwoInputsIsACommandError) {
  const std::string a = good_html("a.html", 1, "A");
  const std::string b = good_html("b.html", 2, "B");
  const RunResult run = run_storyline({"extract", "--published", "2023-05-06", a, b});
  EXPECT_EQ(run.exit_code, 2) << run.describe();
  EXPECT_NE(run.err.find("--published"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 500);
}

TEST_F(CliExtract, LangOverrideForcesTheLanguage) {
  const std::string page = good_html("page.html", 5, "LangMarkerQz");
  const RunResult detected = run_storyline({"extract", page});
  ASSERT_EQ(detected.exit_code, 0) << detected.describe();
  const std::vector<json> plain = parse_jsonl(detected.out);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0]["lang"], "en");

  const RunResult forced = run_storyline({"extract", "--lang", "es", page});
  ASSERT_EQ(forced.exit_code, 0) << forced.describe();
  const std::vector<json> articles = parse_jsonl(forced.out);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0]["lang"], "es");
}

TEST_F(CliExtract, UnknownFormatIsACommandError) {
  const std::string page = good_html("page.html", 6, "FormatMarkerQz");
  const RunResult run = run_storyline({"extract", "--format", "yaml", page});
  EXPECT_EQ(run.exit_code, 2) << run.describe();
  EXPECT_FALSE(run.err.empty());
  EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 500);
}

TEST_F(CliExtract, DashReadsAnHtmlDocumentFromStdin) {
  const std::string page = html_page("Pier report from a pipe", story_paragraphs(7, "StdinMarkerQz"));
  const RunResult run = run_storyline({"extract", "-"}, page);
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 1u) << run.out;
  EXPECT_EQ(articles[0]["source"], "-");
  EXPECT_EQ(articles[0]["title"], "Pier report from a pipe");
  EXPECT_NE(articles[0]["text"].get<std::string>().find("StdinMarkerQz"), std::string::npos);
  EXPECT_EQ(articles[0]["text"].get<std::string>().find("<p>"), std::string::npos)
      << "stdin must be parsed as HTML";
}

TEST_F(CliExtract, StdinSitsInArgumentOrderAmongFiles) {
  const std::string before = good_html("before.html", 8, "BeforeMarkerQz");
  const std::string after = good_html("after.html", 9, "AfterMarkerQz");
  const std::string page = html_page("Pier report from a pipe", story_paragraphs(10, "PipeMarkerQz"));
  const RunResult run = run_storyline({"extract", "--jobs", "4", before, "-", after}, page);
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 3u) << run.out;
  EXPECT_EQ(articles[0]["source"], before);
  EXPECT_EQ(articles[1]["source"], "-");
  EXPECT_EQ(articles[2]["source"], after);
  EXPECT_NE(articles[1]["text"].get<std::string>().find("PipeMarkerQz"), std::string::npos);
}

TEST_F(CliExtract, JsonLinesInputKeepsItsOwnId) {
  json first = {{"id", "brackwater-pier-0001"},
                {"url", "https://brackwater.example/news/pier-1"},
                {"title", "Pier repairs approved"},
                {"published", "2024-04-02T09:00:00Z"},
                {"lang", "en"},
                {"text", join(story_paragraphs(11, "JsonlOneQz"), "\n\n")}};
  json second = {{"id", "brackwater-pier-0002"},
                 {"title", "Pier hearing set"},
                 {"text", join(story_paragraphs(12, "JsonlTwoQz"), "\n\n")}};
  const std::string feed =
      dir.write("feed.jsonl", first.dump() + "\n" + second.dump() + "\n").string();
  const RunResult run = run_storyline({"extract", feed});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u) << run.out;
  EXPECT_EQ(articles[0]["id"], "brackwater-pier-0001");
  EXPECT_EQ(articles[1]["id"], "brackwater-pier-0002");
  EXPECT_NE(articles[0]["text"].get<std::string>().find("JsonlOneQz"), std::string::npos);
  EXPECT_NE(articles[1]["text"].get<std::string>().find("JsonlTwoQz"), std::string::npos);
}

TEST_F(CliExtract, IdsAreStableAcrossRunsAndDifferForDifferentContent) {
  const std::string a = good_html("a.html", 13, "IdOneQz");
  const std::string b = good_html("b.html", 14, "IdTwoQz");
  const std::string c =
      dir.write("c.txt", text_file("Pier hearing moved", story_paragraphs(15, "IdThreeQz"))).string();
  const RunResult first = run_storyline({"extract", "--jobs", "1", a, b, c});
  const RunResult second = run_storyline({"extract", "--jobs", "3", a, b, c});
  ASSERT_EQ(first.exit_code, 0) << first.describe();
  ASSERT_EQ(second.exit_code, 0) << second.describe();
  const std::vector<json> one = parse_jsonl(first.out), two = parse_jsonl(second.out);
  ASSERT_EQ(one.size(), 3u);
  ASSERT_EQ(two.size(), 3u);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < one.size(); ++i) {
    const std::string id = one[i]["id"].get<std::string>();
    EXPECT_FALSE(id.empty());
    EXPECT_EQ(two[i]["id"], id) << "id of " << one[i]["source"] << " changed between runs";
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 3u) << "different content must give different ids";
}

// --- The example corpus --------------------------------------------------------------------

// file name (and "#line N" for JSON Lines rows) -> language, from the README's "Files" table.
std::map<std::string, std::string> corpus_languages(const std::string& readme) {
  std::map<std::string, std::string> languages;
  std::istringstream lines(readme);
  std::string line;
  bool in_files = false;
  while (std::getline(lines, line)) {
    if (line.starts_with("## ")) in_files = line == "## Files";
    if (!in_files || !line.starts_with("| ")) continue;
    std::vector<std::string> cells;
    std::size_t start = 1;
    for (std::size_t bar = line.find('|', start); bar != std::string::npos;
         start = bar + 1, bar = line.find('|', start)) {
      std::string cell = line.substr(start, bar - start);
      cell.erase(0, cell.find_first_not_of(' '));
      cell.erase(cell.find_last_not_of(' ') + 1);
      cells.push_back(cell);
    }
    // | # | File | Outlet | Lang | Format | ...
    if (cells.size() < 5 || cells[0].empty() || !std::isdigit(static_cast<unsigned char>(cells[0][0])))
      continue;
    const std::size_t open = cells[1].find('`'), close = cells[1].find('`', open + 1);
    if (open == std::string::npos || close == std::string::npos) continue;
    std::string key = cells[1].substr(open + 1, close - open - 1);
    if (const std::size_t at = cells[1].find(" line "); at != std::string::npos)
      key += "#line " + cells[1].substr(at + 6, cells[1].find_first_not_of("0123456789", at + 6) - at - 6);
    languages[key] = cells[3];
  }
  return languages;
}

TEST(CliCorpus, ExtractsTheExampleCorpus) {
  const std::filesystem::path corpus = std::filesystem::path(STORYLINE_SOURCE_DIR) / "examples/corpus";
  const std::map<std::string, std::string> expected_lang =
      corpus_languages(read_whole_file(corpus / "README.md"));
  ASSERT_EQ(expected_lang.size(), 10u) << "README's Files table should list 10 articles";

  const RunResult run = run_storyline({"extract", corpus.string()});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  EXPECT_EQ(articles.size(), 10u) << "sources: " << [&] {
    std::string sources;
    for (const json& article : articles) sources += "\n  " + article.value("source", "?");
    return sources;
  }();

  // Boilerplate lines the README says the pages carry (section 14) and the engine must drop.
  const std::vector<std::string> boilerplate = {"Also read",   "Lee también",
                                                "Sign up",     "Suscríbete",
                                                "All rights reserved", "Todos los derechos reservados"};
  std::set<std::string> seen;
  int jsonl_line = 0;
  for (const json& article : articles) {
    expect_article_shape(article);
    const std::string source = article["source"].get<std::string>();
    SCOPED_TRACE(source);
    EXPECT_FALSE(article.contains("error")) << article.dump();
    const std::string title = article["title"].get<std::string>();
    const std::string text = article["text"].get<std::string>();
    EXPECT_FALSE(title.empty());
    EXPECT_FALSE(text.empty());

    std::string key = std::filesystem::path(source).filename().string();
    if (key == "README.md") {
      ADD_FAILURE() << "the corpus README was extracted as an article";
      continue;
    }
    if (key.find(".jsonl") != std::string::npos) {
      key = key.substr(0, key.find(".jsonl") + 6) + "#line " + std::to_string(++jsonl_line);
    }
    seen.insert(key);
    const auto expected = expected_lang.find(key);
    ASSERT_NE(expected, expected_lang.end()) << "not in the README: " << key;
    const std::string lang = article["lang"].get<std::string>();
    EXPECT_TRUE(lang == "en" || lang == "es") << lang;
    EXPECT_EQ(lang, expected->second);
    for (const std::string& phrase : boilerplate)
      EXPECT_EQ(text.find(phrase), std::string::npos) << "boilerplate \"" << phrase << "\" kept";
  }
  EXPECT_EQ(seen.size(), 10u);
  EXPECT_EQ(jsonl_line, 2) << "the .jsonl file holds two articles";
}

TEST(CliCorpus, JsonLinesFileKeepsItsIds) {
  const std::filesystem::path feed =
      std::filesystem::path(STORYLINE_SOURCE_DIR) / "examples/corpus/feed-2026-03-11-to-12.jsonl";
  const RunResult run = run_storyline({"extract", feed.string()});
  ASSERT_EQ(run.exit_code, 0) << run.describe();
  const std::vector<json> articles = parse_jsonl(run.out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["id"], "cw-20260311-velmora-toll-four");
  EXPECT_EQ(articles[1]["id"], "os-20260312-protesta-tidewater");
}

}  // namespace
}  // namespace storyline::cli_test
