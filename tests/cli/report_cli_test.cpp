// `storyline report` end to end: the three formats on the example corpus, copies and stories
// in the JSON, offsets of evidence, and bad options.
#include <gtest/gtest.h>

#include "run_binary.h"

namespace storyline::cli_test {
namespace {

const std::string kCorpus = STORYLINE_SOURCE_DIR "/examples/corpus";

TEST(CliReport, JsonRecordOfTheExampleCorpus) {
  RunResult result = run_storyline({"report", "--format", "json", kCorpus});
  ASSERT_EQ(result.exit_code, 0) << result.describe();
  nlohmann::json report = nlohmann::json::parse(result.out);
  ASSERT_EQ(report["articles"].size(), 10u);
  // One story told by every outlet, in both languages; the syndicated copy is found.
  ASSERT_EQ(report["stories"].size(), 1u);
  int copies = 0;
  for (const auto& a : report["articles"]) copies += a.contains("copy_of") ? 1 : 0;
  EXPECT_EQ(copies, 1);
  const auto& story = report["stories"][0];
  for (const char* key : {"articles", "entities", "claim_groups", "quote_groups", "timeline", "outlets"})
    EXPECT_TRUE(story.contains(key)) << key;
  bool toll_changed = false;
  for (const auto& g : story["claim_groups"]) {
    for (const auto& d : g["disputes"])
      if (g["predicate"] == "death_toll" && d["verdict"] == "changed over time") toll_changed = true;
    for (const auto& c : g["claims"]) {
      // Every claim names its article and quotes its evidence sentence.
      EXPECT_FALSE(c["article"].get<std::string>().empty());
      EXPECT_FALSE(c["evidence_text"].get<std::string>().empty());
    }
  }
  EXPECT_TRUE(toll_changed) << "the toll rising from three to five is not shown as a change";
}

TEST(CliReport, MarkdownAndHtml) {
  RunResult md = run_storyline({"report", kCorpus});
  ASSERT_EQ(md.exit_code, 0) << md.describe();
  EXPECT_NE(md.out.find("# Story record"), std::string::npos);
  EXPECT_NE(md.out.find("### Sourcing by outlet"), std::string::npos);
  RunResult html = run_storyline({"report", "--format", "html", kCorpus});
  ASSERT_EQ(html.exit_code, 0) << html.describe();
  EXPECT_EQ(html.out.rfind("<!doctype html>", 0), 0u);
  EXPECT_NE(html.out.find("<svg class=\"timeline\""), std::string::npos);
  // Self-contained: nothing is fetched.
  EXPECT_EQ(html.out.find("<script src"), std::string::npos);
  EXPECT_EQ(html.out.find("<link "), std::string::npos);
}

TEST(CliReport, BadFormatIsACommandError) {
  RunResult result = run_storyline({"report", "--format", "pdf", kCorpus});
  EXPECT_EQ(result.exit_code, 2) << result.describe();
  EXPECT_NE(result.err.find("unknown --format"), std::string::npos) << result.err;
}

TEST(CliReport, AnUnreadableInputIsReportedAndTheRestGoesOn) {
  TempDir dir;
  auto good = dir.write("a.txt", "Flooding forced 300 residents of Orla from their homes on Sunday, officials said.\n");
  RunResult result = run_storyline({"report", "--format", "json", good.string(), (dir.path() / "missing.html").string()});
  EXPECT_EQ(result.exit_code, 1) << result.describe();
  nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["articles"].size(), 1u);
  EXPECT_NE(result.err.find("missing.html"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace storyline::cli_test
