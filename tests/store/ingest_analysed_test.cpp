// `storyline ingest --analysed`: shards of `storyline analyze` output are stored as `ingest` stores
// the inputs themselves (same stories, same record), once; failed documents and lines that are not
// analyses are counted as failed; options that only apply to analysing are refused.
#include <gtest/gtest.h>

#include "store_fixtures.h"

namespace storyline {
namespace {

using cli_test::run_storyline;

const std::string kCorpus = STORYLINE_SOURCE_DIR "/examples/corpus";

class IngestAnalysed : public store_test::BackendTest {
 protected:
  // The corpus analysed, cut into two shards in a folder (with a hidden, unfinished shard that
  // must be skipped, as storyline.dask leaves one when a worker dies).
  std::string shards() {
    auto analysed = run_storyline({"analyze", kCorpus});
    EXPECT_EQ(analysed.exit_code, 0) << analysed.describe();
    std::size_t middle = analysed.out.find('\n', analysed.out.size() / 2) + 1;
    temp().dir.write("shards/part-00000.jsonl", analysed.out.substr(0, middle));
    temp().dir.write("shards/part-00001.jsonl", analysed.out.substr(middle));
    temp().dir.write("shards/.part-00002.jsonl.0123.tmp", "{\"truncated");
    return (temp().dir.path() / "shards").string();
  }
};

TEST_P(IngestAnalysed, StoresTheShardsAsIngestStoresTheInputsAndOnlyOnce) {
  std::string db = temp().path;
  auto ingest = run_storyline({"ingest", "--db", db, "--batch", "4", "--analysed", shards()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.describe();
  EXPECT_NE(ingest.out.find("10 added, 0 duplicates, 0 revisions, 0 failed"), std::string::npos) << ingest.out;
  auto direct = run_storyline({"report", "--format", "json", kCorpus});
  auto stored = run_storyline({"report", "--db", db, "--format", "json"});
  ASSERT_EQ(stored.exit_code, 0) << stored.describe();
  EXPECT_EQ(stored.out, direct.out);
  auto again = run_storyline({"ingest", "--db", db, "--analysed", (temp().dir.path() / "shards").string()});
  EXPECT_EQ(again.exit_code, 0) << again.describe();
  EXPECT_NE(again.out.find("0 added, 10 duplicates"), std::string::npos) << again.out;
  auto inputs = run_storyline({"ingest", "--db", db, kCorpus});  // the inputs themselves: the same articles
  EXPECT_NE(inputs.out.find("0 added, 10 duplicates"), std::string::npos) << inputs.out;
}

TEST_P(IngestAnalysed, FailedDocumentsAndLinesThatAreNotAnalysesCountAsFailed) {
  std::string folder = shards();
  auto failed = run_storyline({"analyze", (temp().dir.path() / "missing.html").string()});
  ASSERT_EQ(failed.exit_code, 1) << failed.describe();
  auto odd = temp().dir.write("odd.jsonl", failed.out + "not json\n{\"text\": 3}\n");
  auto ingest = run_storyline({"ingest", "--db", temp().path, "--analysed", folder, odd.string()});
  EXPECT_EQ(ingest.exit_code, 1) << ingest.describe();
  EXPECT_NE(ingest.out.find("10 added, 0 duplicates, 0 revisions, 3 failed"), std::string::npos) << ingest.out;
  EXPECT_NE(ingest.err.find("missing.html: cannot open"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.err.find("odd.jsonl:2: not an analysis"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.err.find("odd.jsonl:3: not an analysis"), std::string::npos) << ingest.err;
  EXPECT_FALSE(ingest.sanitizer_report()) << ingest.err;
}

INSTANTIATE_TEST_SUITE_P(Backends, IngestAnalysed, store_test::kBackends, store_test::backend_name);

TEST(IngestAnalysedOptions, OptionsOfAnalysingAreRefusedAndAMissingShardFails) {
  cli_test::TempDir dir;
  std::string db = (dir.path() / "s.db").string();
  auto lang = run_storyline({"ingest", "--db", db, "--analysed", "--lang", "en", kCorpus});
  EXPECT_EQ(lang.exit_code, 2) << lang.describe();
  EXPECT_NE(lang.err.find("--analysed inputs are analyses already"), std::string::npos) << lang.err;
  auto missing = run_storyline({"ingest", "--db", db, "--analysed", (dir.path() / "none.jsonl").string()});
  EXPECT_EQ(missing.exit_code, 1) << missing.describe();
  EXPECT_NE(missing.err.find("none.jsonl: cannot open"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace storyline
