// The store commands end to end: `report --db` gives the record `report` gives on the inputs,
// an ingest killed mid-way and run again stores everything exactly once, and errors exit 2.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "store_fixtures.h"

namespace storyline {
namespace {

using cli_test::run_storyline;
using cli_test::TempDir;

const std::string kCorpus = STORYLINE_SOURCE_DIR "/examples/corpus";

// One integer from a read-only connection; -1 while the store does not exist yet or is locked.
long long query_integer(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  long long value = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
      value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return value;
}

TEST(StoreCli, ReportFromTheStoreEqualsReportOnTheInputs) {
  TempDir dir;
  std::string db = (dir.path() / "corpus.db").string();
  auto ingest = run_storyline({"ingest", "--db", db, "--batch", "4", kCorpus});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.describe();
  EXPECT_NE(ingest.out.find("10 added"), std::string::npos) << ingest.out;
  for (const char* format : {"json", "md", "html"}) {
    auto direct = run_storyline({"report", "--format", format, kCorpus});
    auto stored = run_storyline({"report", "--db", db, "--format", format});
    ASSERT_EQ(stored.exit_code, 0) << stored.describe();
    EXPECT_EQ(stored.out, direct.out) << format;
  }
  auto again = run_storyline({"ingest", "--db", db, kCorpus});
  EXPECT_NE(again.out.find("0 added, 10 duplicates"), std::string::npos) << again.out;
  auto stories = run_storyline({"stories", "--db", db});
  EXPECT_EQ(stories.exit_code, 0) << stories.describe();
  EXPECT_NE(stories.out.find("10 articles"), std::string::npos) << stories.out;
  auto disputed = run_storyline({"claims", "--db", db, "--disputed"});
  EXPECT_EQ(disputed.exit_code, 0) << disputed.describe();
  auto search = run_storyline({"search", "--db", db, "valvula"});  // "válvula" in the Spanish reports
  EXPECT_NE(search.out.find("[válvula]"), std::string::npos) << search.out;
}

// examples/corpus extracted, then repeated under distinct URLs: `copies` times ten articles.
std::string repeated_corpus(int copies) {
  auto extracted = run_storyline({"extract", kCorpus});
  std::string out;
  for (int k = 0; k < copies; ++k) {
    int i = 0;
    for (nlohmann::json article : cli_test::parse_jsonl(extracted.out)) {
      std::string name = std::to_string(k) + "-" + std::to_string(i++);
      nlohmann::json line = {{"id", "copy-" + name}, {"url", "https://copies.test/" + name},
                             {"title", article["title"]}, {"outlet", article["outlet"]}, {"lang", article["lang"]},
                             {"text", article["text"]}};
      if (!article["published"]["value"].is_null()) line["published"] = article["published"]["value"];
      out += line.dump() + "\n";
    }
  }
  return out;
}

TEST(StoreCli, AnIngestKilledMidwayFinishesOnTheNextRunWithNothingDoubled) {
  constexpr int kArticles = 160, kBatch = 20;
  TempDir dir;
  auto input = dir.write("articles.jsonl", repeated_corpus(kArticles / 10));
  std::string db = (dir.path() / "killed.db").string();
  std::vector<std::string> args = {"ingest", "--db", db, "--batch", std::to_string(kBatch), "--jobs", "2",
                                   input.string()};

  std::vector<std::string> argv_strings = {STORYLINE_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, STORYLINE_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  // Kill it as soon as a first batch is committed (or let it be, if it finished first).
  int status = 0;
  bool exited = false;
  while (!(exited = ::waitpid(pid, &status, WNOHANG) == pid)) {
    if (query_integer(db, "SELECT COUNT(*) FROM articles") > 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (!exited) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  }

  // Consistent after the kill: whole batches only, every stored article linked to a story.
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), 0);
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
  long long stored = query_integer(db, "SELECT COUNT(*) FROM articles");
  EXPECT_TRUE(stored % kBatch == 0 || stored == kArticles) << stored;
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM articles WHERE story IS NULL"), 0);

  auto rerun = run_storyline(args);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.describe();
  EXPECT_NE(rerun.out.find(std::to_string(kArticles - stored) + " added, " + std::to_string(stored) + " duplicates"),
            std::string::npos) << rerun.out;
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM articles"), kArticles);
  EXPECT_EQ(query_integer(db, "SELECT COUNT(DISTINCT url) FROM articles"), kArticles);
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM articles WHERE story IS NULL"), 0);
  EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
}

TEST(StoreCli, ErrorsSayWhatIsWrongAndExitTwo) {
  TempDir dir;
  std::string missing = (dir.path() / "missing.db").string();
  auto stories = run_storyline({"stories", "--db", missing});
  EXPECT_EQ(stories.exit_code, 2);
  EXPECT_NE(stories.err.find("no store at"), std::string::npos) << stories.err;
  auto damaged = dir.write("damaged.db", std::string(2048, 'z'));
  auto search = run_storyline({"search", "--db", damaged.string(), "word"});
  EXPECT_EQ(search.exit_code, 2);
  EXPECT_NE(search.err.find("not a storyline store"), std::string::npos) << search.err;
  EXPECT_EQ(run_storyline({"ingest", "--db", missing, "--batch", "0", kCorpus}).exit_code, 2);
  EXPECT_EQ(run_storyline({"claims", "--db", missing, "--story", "abc"}).exit_code, 2);
  EXPECT_EQ(run_storyline({"report"}).exit_code, 2);
  EXPECT_EQ(run_storyline({"report", "--db", missing, kCorpus}).exit_code, 2);
  EXPECT_EQ(run_storyline({"ingest", "--db", "postgresql://localhost/x", kCorpus}).exit_code, 2);
}

TEST(StoreCli, AnUnreadableInputExitsOneAndTheOthersAreStored) {
  TempDir dir;
  std::string db = (dir.path() / "partial.db").string();
  auto run = run_storyline({"ingest", "--db", db, kCorpus, (dir.path() / "nope.html").string()});
  EXPECT_EQ(run.exit_code, 1) << run.describe();
  EXPECT_NE(run.out.find("10 added"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("1 failed"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace storyline
