// POST /api/articles: only with the write token (401 without, 403 with a wrong one), the
// article then readable and searchable, duplicates not stored twice, bad bodies 400, big ones 413.
#include "serve_fixtures.h"

namespace storyline {
namespace {

using nlohmann::json;
using serve_test::body_of;
using serve_test::RunningServer;

const char* kToken = "s3cret-token";

ServeOptions writable(std::size_t max_body = 8u << 20) {
  ServeOptions options;
  options.write_token = kToken;
  options.resources = serve_test::shared_resources();
  options.max_body_bytes = max_body;
  return options;
}

const std::string kArticle = json{{"id", "test-blast-1"},
                                  {"url", "https://harbor.test/blast"},
                                  {"outlet", "Harbor Test"},
                                  {"title", "Blast at the Velmora plant"},
                                  {"published", "2026-03-10"},
                                  {"lang", "en"},
                                  {"text",
                                   "An explosion at the Velmora chemical plant in Port Saltmere killed three "
                                   "workers on Tuesday, fire officials said. \"We heard it across the bay,\" "
                                   "said Dana Whitcomb, a neighbour."}}
                                 .dump();

httplib::Result post(RunningServer& server, const std::string& body, const std::string& authorization) {
  httplib::Headers headers;
  if (!authorization.empty()) headers.emplace("Authorization", authorization);
  return server.client().Post("/api/articles", headers, body, "application/x-ndjson");
}

TEST(ServeWrite, PostingWithoutATokenIs401) {
  RunningServer server(writable());
  httplib::Result result = post(server, kArticle, "");
  json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 401);
  EXPECT_EQ(result->get_header_value("WWW-Authenticate"), "Bearer");
  EXPECT_TRUE(body.contains("error"));
  EXPECT_EQ(server.store().counts().articles, 0);
}

TEST(ServeWrite, PostingWithAWrongTokenIs403) {
  RunningServer server(writable());
  for (const char* wrong : {"Bearer wrong", "Bearer s3cret-token-and-more", "Basic s3cret-token"}) {
    httplib::Result result = post(server, kArticle, wrong);
    json body = body_of(result);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, std::string(wrong).starts_with("Basic") ? 401 : 403) << wrong;
    EXPECT_TRUE(body.contains("error"));
  }
  EXPECT_EQ(server.store().counts().articles, 0);
}

TEST(ServeWrite, PostingWithTheTokenStoresTheArticleOnce) {
  RunningServer server(writable());
  httplib::Result result = post(server, kArticle, std::string("Bearer ") + kToken);
  json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
  EXPECT_EQ(body["added"], 1);
  EXPECT_EQ(body["articles"], json::array({"test-blast-1"}));
  ASSERT_EQ(body["stories"].size(), 1u);

  json article = body_of(server.client().Get("/api/articles/test-blast-1"));
  EXPECT_NE(article["text"].get<std::string>().find("Velmora"), std::string::npos);
  json stories = body_of(server.client().Get("/api/stories"));
  ASSERT_EQ(stories["stories"].size(), 1u);
  json found = body_of(server.client().Get("/api/search?q=velmora"));
  EXPECT_EQ(found["articles"].size(), 1u);

  // The same article again (pretty-printed this time, one object) is a duplicate.
  httplib::Result again = post(server, json::parse(kArticle).dump(2), std::string("Bearer ") + kToken);
  json again_body = body_of(again);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(again_body["duplicates"], 1);
  EXPECT_EQ(server.store().counts().articles, 1);
}

// Another writer (here: straight into the store while the server idles, as a separate
// `storyline ingest` would) shows in the story list, which the server keeps between requests.
TEST(ServeWrite, TheStoryListFollowsWritesFromOutsideTheServer) {
  RunningServer server(ServeOptions{});
  ASSERT_EQ(body_of(server.client().Get("/api/stories"))["stories"].size(), 0u);
  serve_test::ingest_corpus(server.store());
  json stories = body_of(server.client().Get("/api/stories"));
  EXPECT_EQ(stories["stories"].size(), server.store().stories().size());
  EXPECT_FALSE(stories["stories"].empty());
}

TEST(ServeWrite, JsonLinesWithSeveralArticles) {
  RunningServer server(writable());
  json second = json::parse(kArticle);
  second["id"] = "test-flood-2";
  second["url"] = "https://harbor.test/flood";
  second["text"] = "Heavy rain flooded the lower town of Brindle Ford on Sunday and 200 residents were evacuated.";
  httplib::Result result = post(server, kArticle + "\n\n" + second.dump() + "\n", std::string("Bearer ") + kToken);
  json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
  EXPECT_EQ(body["added"], 2);
  EXPECT_EQ(server.store().counts().articles, 2);
}

TEST(ServeWrite, ABodyThatIsNotJsonIs400) {
  RunningServer server(writable());
  for (const std::string& bad : std::vector<std::string>{"", "not json", "[1, 2]", kArticle + "\n{broken"}) {
    httplib::Result result = post(server, bad, std::string("Bearer ") + kToken);
    json body = body_of(result);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 400) << bad;
    EXPECT_TRUE(body.contains("error")) << bad;
  }
  EXPECT_EQ(server.store().counts().articles, 0);
}

TEST(ServeWrite, ABodyOverTheLimitIs413) {
  RunningServer server(writable(4096));
  json big = json::parse(kArticle);
  big["text"] = std::string(10000, 'a');
  httplib::Result result = post(server, big.dump(), std::string("Bearer ") + kToken);
  json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 413);
  EXPECT_TRUE(body.contains("error"));
  EXPECT_EQ(server.store().counts().articles, 0);
}

TEST(ServeWrite, AWriteTokenWithoutResourcesIsRefused) {
  store_test::TempStore temp;
  auto store = temp.open();
  ServeOptions options;
  options.write_token = kToken;
  EXPECT_THROW(ApiServer(*store, options), std::invalid_argument);
}

}  // namespace
}  // namespace storyline
