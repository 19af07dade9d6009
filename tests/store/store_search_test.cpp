// Full-text search over articles and quotes: case and accents folded both ways, all words
// required, prefixes, and any user input taken as words, never as query syntax.
#include <gtest/gtest.h>

#include "store/ingest.h"
#include "store/sqlite_store.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

class StoreSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = temp_.open();
    Ingester ingester(*store_, *store_test::resources().claims);
    std::vector<ArticleToStore> batch;
    batch.push_back(store_test::prepared(
        "https://diario.test/1",
        "La presidenta Claudia Sheinbaum dijo el lunes en la Ciudad de México: «No habrá más "
        "aranceles este año». El anuncio llegó tras la reunión con los gobernadores del norte.",
        "es"));
    batch.push_back(store_test::prepared(
        "https://herald.test/2",
        "Flooding closed the coastal highway near Mexico Beach on Monday, officials said. "
        "\"The water came up faster than anyone expected,\" said Sheriff Ana Colón.",
        "en"));
    ingester.ingest(batch);
  }

  std::vector<std::string> found(const std::string& query, const std::string& kind) {
    std::vector<std::string> urls;
    for (const SearchHit& hit : store_->search(query, 10))
      if (hit.kind == kind) urls.push_back(hit.id);
    return urls;
  }

  store_test::TempStore temp_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreSearch, FindsASpanishWordInArticles) {
  EXPECT_EQ(found("dijo", "article"), std::vector<std::string>{"https://diario.test/1"});
  EXPECT_EQ(found("Sheinbaum dijo", "article"), std::vector<std::string>{"https://diario.test/1"});
}

TEST_F(StoreSearch, FoldsAccentsAndCaseBothWays) {
  EXPECT_EQ(found("Mexico", "article").size(), 2u);  // "México" and "Mexico Beach"
  EXPECT_EQ(found("MÉXICO", "article").size(), 2u);
  EXPECT_EQ(found("colon", "quote"), std::vector<std::string>{"https://herald.test/2"});  // the speaker, Colón
}

TEST_F(StoreSearch, FindsQuotesWithTheirSpeakerAndASnippet) {
  std::vector<SearchHit> hits = store_->search("aranceles", 10);
  auto quote = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == "quote"; });
  ASSERT_NE(quote, hits.end());
  EXPECT_NE(quote->snippet.find("[aranceles]"), std::string::npos) << quote->snippet;
  EXPECT_NE(quote->speaker.find("Sheinbaum"), std::string::npos) << quote->speaker;
}

TEST_F(StoreSearch, AllWordsAreRequiredAndAStarIsAPrefix) {
  EXPECT_TRUE(found("Sheinbaum flooding", "article").empty());
  EXPECT_EQ(found("gobernador*", "article"), std::vector<std::string>{"https://diario.test/1"});
}

TEST_F(StoreSearch, QuerySyntaxInInputIsJustWords) {
  for (const char* query : {"\"", "AND OR NOT", "sheinbaum\" OR \"x", "(*) ^ : -", "NEAR(a b)", ""})
    EXPECT_NO_THROW(store_->search(query, 10)) << query;
  EXPECT_EQ(fts_query("say \"no\" now*"), "\"say\" \"\"\"no\"\"\" \"now\"*");
}

}  // namespace
}  // namespace storyline
