// Full-text search over articles and quotes: case and accents folded both ways, all words
// required, prefixes, and any user input taken as words, never as query syntax. On both stores.
#include <gtest/gtest.h>

#include "store/ingest.h"
#include "store/postgres_search.h"
#include "store/sqlite_store.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

class StoreSearch : public store_test::BackendTest {
 protected:
  void SetUp() override {
    store_test::BackendTest::SetUp();
    if (IsSkipped()) return;
    store_ = temp().open();
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

  std::unique_ptr<Store> store_;
};

TEST_P(StoreSearch, FindsASpanishWordInArticles) {
  EXPECT_EQ(found("dijo", "article"), std::vector<std::string>{"https://diario.test/1"});
  EXPECT_EQ(found("Sheinbaum dijo", "article"), std::vector<std::string>{"https://diario.test/1"});
}

TEST_P(StoreSearch, FoldsAccentsAndCaseBothWays) {
  EXPECT_EQ(found("Mexico", "article").size(), 2u);  // "México" and "Mexico Beach"
  EXPECT_EQ(found("MÉXICO", "article").size(), 2u);
  EXPECT_EQ(found("colon", "quote"), std::vector<std::string>{"https://herald.test/2"});  // the speaker, Colón
}

TEST_P(StoreSearch, FindsQuotesWithTheirSpeakerAndASnippet) {
  std::vector<SearchHit> hits = store_->search("aranceles", 10);
  auto quote = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == "quote"; });
  ASSERT_NE(quote, hits.end());
  EXPECT_NE(quote->snippet.find("[aranceles]"), std::string::npos) << quote->snippet;
  EXPECT_NE(quote->speaker.find("Sheinbaum"), std::string::npos) << quote->speaker;
}

TEST_P(StoreSearch, AllWordsAreRequiredAndAStarIsAPrefix) {
  EXPECT_TRUE(found("Sheinbaum flooding", "article").empty());
  EXPECT_EQ(found("gobernador*", "article"), std::vector<std::string>{"https://diario.test/1"});
}

TEST_P(StoreSearch, QuerySyntaxInInputIsJustWords) {
  for (const char* query : {"\"", "AND OR NOT", "sheinbaum\" OR \"x", "(*) ^ : -", "NEAR(a b)", ""})
    EXPECT_NO_THROW(store_->search(query, 10)) << query;
  EXPECT_NO_THROW(store_->search(std::string(3000, 'a') + " sheinbaum", 10));  // longer than any indexed word
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreSearch, store_test::kBackends, store_test::backend_name);

TEST(StoreSearchQuery, UserInputBecomesQuotedWords) {
  EXPECT_EQ(fts_query("say \"no\" now*"), "\"say\" \"\"\"no\"\"\" \"now\"*");
  EXPECT_EQ(tsquery_text(search_terms("say \"no\" Now*")), "'say' & 'no' & 'now':*");
  EXPECT_EQ(tsquery_text(search_terms("MÉXICO l'été (*) & | ! :")), "'mexico' & 'l' & 'ete'");
  EXPECT_EQ(tsquery_text(search_terms("  * ' ")), "");
}

// The PostgreSQL store's folding (postgres_search.h): what the index holds and what snippets show.
TEST(StoreSearchQuery, FoldingAndSnippets) {
  struct Case {
    const char* text;
    const char* folded;
  };
  for (const Case& c : std::vector<Case>{
           {"Ciudad de México", "ciudad de mexico"},
           {"Sheriff Ana Colón, «No habrá más»", "sheriff ana colon no habra mas"},
           {"A\u00d1O e\u0301xito straße", "ano exito straße"},  // ñ -> n; a combining accent dropped
           {"COVID-19 in 2026", "covid 19 in 2026"},
           {"", ""},
       })
    EXPECT_EQ(fold_for_search(c.text), c.folded) << c.text;
  std::vector<SearchTerm> terms = search_terms("valvula gobernador*");
  EXPECT_EQ(search_snippet("La válvula falló, dijeron los gobernadores.", terms, 12),
            "La [válvula] falló, dijeron los [gobernadores]");
  EXPECT_EQ(search_snippet("uno dos tres cuatro válvula seis siete", terms, 3), "…tres cuatro [válvula]…");
  EXPECT_EQ(search_snippet("nada aquí", terms, 12), "nada aquí");
}

}  // namespace
}  // namespace storyline
