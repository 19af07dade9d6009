// The store commands end to end: `report --db` gives the record `report` gives on the inputs,
// an ingest killed mid-way and run again stores everything exactly once, and errors exit 2. On
// SQLite files and on PostgreSQL databases.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store_fixtures.h"

namespace storyline {
namespace {

using cli_test::run_storyline;
using cli_test::TempDir;

const std::string kCorpus = STORYLINE_SOURCE_DIR "/examples/corpus";

class StoreCli : public store_test::BackendTest {};

TEST_P(StoreCli, ReportFromTheStoreEqualsReportOnTheInputs) {
  std::string db = temp().path;
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

// Stories that continue one another are listed together under their thread; `report --db`
// still gives what `report` gives, threads included.
TEST_P(StoreCli, StoriesListsThreadsAndTheReportKeepsThem) {
  const std::string threads = STORYLINE_SOURCE_DIR "/tests/store/data/threads.jsonl";
  std::string db = temp().path;
  auto first = run_storyline({"ingest", "--db", db, "--batch", "2", kCorpus, threads});
  ASSERT_EQ(first.exit_code, 0) << first.describe();
  auto direct = run_storyline({"report", "--format", "json", kCorpus, threads});
  auto stored = run_storyline({"report", "--db", db, "--format", "json"});
  ASSERT_EQ(stored.exit_code, 0) << stored.describe();
  EXPECT_EQ(stored.out, direct.out);
  EXPECT_EQ(nlohmann::json::parse(stored.out)["threads"].size(), 3u);
  auto stories = run_storyline({"stories", "--db", db});
  ASSERT_EQ(stories.exit_code, 0) << stories.describe();
  // thread NN: 2 stories, sharing ..., then its two stories indented under it.
  std::size_t thread = stories.out.find(": 2 stories, sharing Marco Rubio, Sinaloa Cartel\n");
  ASSERT_NE(thread, std::string::npos) << stories.out;
  std::size_t designation = stories.out.find("U.S. designates Sinaloa Cartel");
  std::size_t sanctions = stories.out.find("Treasury sanctions 12");
  std::size_t flood = stories.out.find("River floods Riverton");
  EXPECT_LT(thread, designation) << stories.out;
  EXPECT_LT(designation, sanctions) << stories.out;
  EXPECT_EQ(stories.out.rfind("\n  ", designation), stories.out.rfind('\n', designation)) << stories.out;
  EXPECT_EQ(stories.out.rfind("\n  ", sanctions), stories.out.rfind('\n', sanctions)) << stories.out;
  EXPECT_NE(stories.out.rfind('\n', flood) + 1, stories.out.find("  ", stories.out.rfind('\n', flood))) << stories.out;
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

TEST_P(StoreCli, AnIngestKilledMidwayFinishesOnTheNextRunWithNothingDoubled) {
  constexpr int kArticles = 160, kBatch = 20;
  auto input = temp().dir.write("articles.jsonl", repeated_corpus(kArticles / 10));
  std::string db = temp().path;
  auto query_integer = [&](const std::string&, const char* sql) { return temp().query_integer(sql); };
  // Stories every article points to exist, and so do the copy groups' first articles: SQLite's
  // foreign key check, and the same question asked of PostgreSQL.
  const char* broken_links = postgres()
      ? "SELECT COUNT(*) FROM articles a WHERE (story IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories s "
        "WHERE s.id = a.story)) OR (copy_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles c WHERE c.seq = "
        "a.copy_of))"
      : "SELECT COUNT(*) FROM pragma_foreign_key_check";
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
  if (!postgres()) {
    EXPECT_EQ(query_integer(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), 0);
  }
  EXPECT_EQ(query_integer(db, broken_links), 0);
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
  EXPECT_EQ(query_integer(db, broken_links), 0);
}

TEST(StoreCliSqlite, ErrorsSayWhatIsWrongAndExitTwo) {
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
  auto unreachable = run_storyline({"ingest", "--db", "postgresql://me:s3cret@127.0.0.1:1/x", kCorpus});
  EXPECT_EQ(unreachable.exit_code, 2);
  EXPECT_NE(unreachable.err.find("cannot connect to postgresql://me:***@127.0.0.1:1/x"), std::string::npos)
      << unreachable.err;
  EXPECT_EQ(unreachable.err.find("s3cret"), std::string::npos) << unreachable.err;
}

TEST_P(StoreCli, AnUnreadableInputExitsOneAndTheOthersAreStored) {
  std::string db = temp().path;
  auto run = run_storyline({"ingest", "--db", db, kCorpus, (temp().dir.path() / "nope.html").string()});
  EXPECT_EQ(run.exit_code, 1) << run.describe();
  EXPECT_NE(run.out.find("10 added"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("1 failed"), std::string::npos) << run.out;
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCli, store_test::kBackends, store_test::backend_name);

}  // namespace
}  // namespace storyline
