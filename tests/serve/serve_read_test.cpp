// The read API over the example corpus: stories, a story's record, an article with its layers,
// entities, quotes by speaker, search, and JSON errors for bad parameters, unknown ids and routes.
#include <algorithm>
#include <cctype>

#include "serve_fixtures.h"

namespace storyline {
namespace {

using nlohmann::json;
using serve_test::body_of;
using serve_test::path_part;
using serve_test::RunningServer;

class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new RunningServer(ServeOptions{}, serve_test::ingest_corpus); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static json get(const std::string& path, int status = 200) {
    httplib::Result result = server_->client().Get(path);
    json body = body_of(result);
    if (result) {
      EXPECT_EQ(result->status, status) << path << ": " << result->body;
    }
    return body;
  }
  static void expect_error(const std::string& path, int status) {
    json body = get(path, status);
    EXPECT_TRUE(body.is_object() && body.contains("error") && body["error"].is_string()) << path << ": " << body;
  }
  static std::int64_t first_story() {
    std::vector<StoryRow> stories = server_->store().stories();
    EXPECT_FALSE(stories.empty());
    return stories.empty() ? 0 : std::max_element(stories.begin(), stories.end(), [](auto& a, auto& b) {
                                   return a.articles < b.articles;
                                 })->id;
  }

  static RunningServer* server_;
};

RunningServer* ServeApi::server_ = nullptr;

TEST_F(ServeApi, ListsStoriesWithTheirCounts) {
  json body = get("/api/stories");
  ASSERT_TRUE(body.contains("stories"));
  ASSERT_EQ(body["stories"].size(), server_->store().stories().size());
  ASSERT_FALSE(body["stories"].empty());
  for (const json& story : body["stories"])
    for (const char* field : {"id", "title", "articles", "outlets", "claim_groups", "disputed", "first_published",
                              "last_published", "thread"})
      EXPECT_TRUE(story.contains(field)) << field << " missing in " << story;
  EXPECT_GT(body["stories"][0]["articles"].get<int>(), 0);
}

TEST_F(ServeApi, AStoryIsTheRecordTheReportWrites) {
  std::int64_t id = first_story();
  json body = get("/api/stories/" + std::to_string(id));
  json expected = *server_->store().story(id);
  expected["id"] = id;
  expected["thread"] = *server_->store().story_thread(id);
  EXPECT_EQ(body, expected);
  for (const char* field : {"articles", "entities", "events", "claim_groups", "quote_groups", "timeline", "outlets"})
    EXPECT_TRUE(body.contains(field)) << field;
  EXPECT_FALSE(body["claim_groups"].empty());
}

TEST_F(ServeApi, AnArticleComesWithItsTextAndLayers) {
  json story = get("/api/stories/" + std::to_string(first_story()));
  ASSERT_FALSE(story["articles"].empty());
  std::string id = story["articles"][0]["id"];
  json article = get("/api/articles/" + path_part(id));
  EXPECT_EQ(article["id"], id);
  EXPECT_FALSE(article["text"].get<std::string>().empty());
  for (const char* layer : {"sentences", "dates", "quantities", "entities", "quotes", "claims"})
    EXPECT_TRUE(article.contains(layer)) << layer;
  // Every span points into the text.
  for (const json& sentence : article["sentences"])
    EXPECT_LE(sentence[1].get<std::size_t>(), article["text"].get<std::string>().size());
  // The same article by its seq.
  json by_seq = get("/api/articles/" + std::to_string(article["seq"].get<std::int64_t>()));
  EXPECT_EQ(by_seq["id"], id);
}

TEST_F(ServeApi, EntitiesOfAStory) {
  std::int64_t id = first_story();
  json body = get("/api/entities?story=" + std::to_string(id));
  EXPECT_EQ(body["story"], id);
  ASSERT_FALSE(body["entities"].empty());
  EXPECT_TRUE(body["entities"][0].contains("key"));
  EXPECT_TRUE(body["entities"][0].contains("name"));
}

TEST_F(ServeApi, QuotesFilteredBySpeakerIgnoringCase) {
  std::int64_t id = first_story();
  json all = get("/api/quotes?story=" + std::to_string(id));
  ASSERT_FALSE(all["quote_groups"].empty());
  std::string speaker = all["quote_groups"][0]["speaker"];
  std::string word = speaker.substr(speaker.rfind(' ') + 1);
  std::string lower = word;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  json some = get("/api/quotes?story=" + std::to_string(id) + "&speaker=" + path_part(lower));
  ASSERT_FALSE(some["quote_groups"].empty()) << lower;
  EXPECT_LE(some["quote_groups"].size(), all["quote_groups"].size());
  for (const json& group : some["quote_groups"])
    EXPECT_NE(group["speaker"].get<std::string>().find(word), std::string::npos) << group["speaker"];
  EXPECT_TRUE(get("/api/quotes?story=" + std::to_string(id) + "&speaker=nobody-by-this-name")["quote_groups"].empty());
}

TEST_F(ServeApi, SearchFindsArticlesAndQuotesWithSnippets) {
  json body = get("/api/search?q=chlorine");
  EXPECT_EQ(body["query"], "chlorine");
  ASSERT_FALSE(body["articles"].empty());
  for (const json& hit : body["articles"]) {
    EXPECT_NE(hit["snippet"].get<std::string>().find('['), std::string::npos) << hit;
    EXPECT_TRUE(hit.contains("seq") && hit.contains("id") && hit.contains("outlet") && hit.contains("title"));
  }
  json quotes = get("/api/search?q=" + path_part("lungs"));
  ASSERT_FALSE(quotes["quotes"].empty());
  EXPECT_TRUE(quotes["quotes"][0].contains("speaker"));
  EXPECT_EQ(get("/api/search?q=chlorine&limit=1")["articles"].size(), 1u);
}

TEST_F(ServeApi, BadParametersAre400) {
  expect_error("/api/search", 400);
  expect_error("/api/search?q=%20", 400);
  expect_error("/api/search?q=x&limit=0", 400);
  expect_error("/api/search?q=x&limit=abc", 400);
  expect_error("/api/entities", 400);
  expect_error("/api/entities?story=abc", 400);
  expect_error("/api/quotes?story=-3", 400);
  expect_error("/api/stories/abc", 400);
}

TEST_F(ServeApi, UnknownIdsAndRoutesAre404) {
  expect_error("/api/stories/999999", 404);
  expect_error("/api/articles/no-such-article", 404);
  expect_error("/api/entities?story=999999", 404);
  expect_error("/api/nothing", 404);
  expect_error("/no-such-page.html", 404);  // the web page's files: tests/serve/serve_static_test.cpp
  expect_error("/api/../../etc/passwd", 404);
  expect_error("/api/stories/1/extra", 404);
}

TEST_F(ServeApi, AKnownPathWithAnotherMethodIs405) {
  httplib::Result deleted = server_->client().Delete("/api/stories");
  json body = body_of(deleted);
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 405);
  EXPECT_EQ(deleted->get_header_value("Allow"), "GET");
  EXPECT_TRUE(body.contains("error"));
  expect_error("/api/articles", 405);
  httplib::Result posted = server_->client().Post("/api/threads", "{}", "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 405);
}

// One story alone is a thread of its own.
TEST_F(ServeApi, ThreadsOfTheExampleCorpus) {
  json body = get("/api/threads");
  std::vector<StoryRow> stories = server_->store().stories();
  ASSERT_TRUE(body.contains("threads"));
  ASSERT_EQ(body["threads"].size(), stories.size());
  for (std::size_t i = 0; i < stories.size(); ++i) {
    EXPECT_EQ(body["threads"][i]["id"], stories[i].id);
    EXPECT_EQ(body["threads"][i]["stories"], json::array({stories[i].id}));
    EXPECT_EQ(body["threads"][i]["title"], stories[i].title);
    EXPECT_EQ(body["threads"][i]["entities"], json::array());
  }
}

void ingest_thread_corpus(Store& store) {
  std::vector<ArticleToStore> batch;
  for (Analysis& analysis : store_test::thread_corpus_analyses())
    batch.push_back(prepare_article(std::move(analysis), *store_test::resources().claims));
  Ingester(store, *store_test::resources().claims).ingest(batch);
}

// Stories that continue one another: a designation and later sanctions, and a flood alone.
TEST(ServeThreads, ListsThreadsWithTheirStoriesAndSharedEntities) {
  RunningServer server(ServeOptions{}, ingest_thread_corpus);
  std::vector<StoryRow> stories = server.store().stories();
  ASSERT_EQ(stories.size(), 3u);
  json threads = body_of(server.client().Get("/api/threads"));
  ASSERT_TRUE(threads.contains("threads")) << threads;
  ASSERT_EQ(threads["threads"].size(), 2u) << threads;
  const json& first = threads["threads"][0];
  EXPECT_EQ(first["id"], stories[0].id);
  EXPECT_EQ(first["title"], stories[0].title);
  EXPECT_EQ(first["stories"], json::array({stories[0].id, stories[2].id}));
  EXPECT_EQ(first["entities"], json::array({"Marco Rubio", "Sinaloa Cartel"}));
  EXPECT_EQ(threads["threads"][1]["stories"], json::array({stories[1].id}));
  json list = body_of(server.client().Get("/api/stories"));
  ASSERT_EQ(list["stories"].size(), 3u);
  EXPECT_EQ(list["stories"][2]["thread"], stories[0].id);
  EXPECT_EQ(list["stories"][1]["thread"], stories[1].id);
  json later = body_of(server.client().Get("/api/stories/" + std::to_string(stories[2].id)));
  EXPECT_EQ(later["id"], stories[2].id);
  EXPECT_EQ(later["thread"], stories[0].id);
  EXPECT_FALSE(later["events"].empty());
}

TEST_F(ServeApi, AReadOnlyServerRefusesWrites) {
  httplib::Headers auth = {{"Authorization", "Bearer anything"}};
  httplib::Result result = server_->client().Post("/api/articles", auth, "{}", "application/json");
  json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 403);
  EXPECT_TRUE(body.contains("error"));
}

}  // namespace
}  // namespace storyline
