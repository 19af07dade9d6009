// The web page's files: served from the table embedded at build time, with their content type
// and a Content-Security-Policy; every other path (traversals included) stays a JSON 404.
#include <string>

#include "serve/static_files.h"
#include "serve_fixtures.h"

namespace storyline {
namespace {

using serve_test::body_of;
using serve_test::RunningServer;

class ServeStatic : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new RunningServer(ServeOptions{}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static RunningServer* server_;
};

RunningServer* ServeStatic::server_ = nullptr;

TEST_F(ServeStatic, RootIsThePage) {
  httplib::Result result = server_->client().Get("/");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(result->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(result->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(result->body.find("<!doctype html>"), std::string::npos);
  EXPECT_NE(result->body.find("app.js"), std::string::npos);
}

TEST_F(ServeStatic, EveryEmbeddedFileIsServedWithItsType) {
  ASSERT_FALSE(serve::static_files().empty());
  for (const serve::StaticFile& file : serve::static_files()) {
    httplib::Result result = server_->client().Get(std::string(file.path));
    ASSERT_TRUE(result) << file.path;
    EXPECT_EQ(result->status, 200) << file.path;
    EXPECT_EQ(result->get_header_value("Content-Type"), file.content_type) << file.path;
    EXPECT_EQ(result->body, file.bytes) << file.path;
  }
  httplib::Result script = server_->client().Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  httplib::Result style = server_->client().Get("/style.css");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(ServeStatic, PathsOutsideTheTableAreJson404) {
  for (const char* path : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/../CMakeLists.txt",
                           "/web/index.html", "/CMakeLists.txt", "/app.js/", "/app.jsx", "/.%2e/app.js",
                           "/%2fetc%2fpasswd", "/index.html%00.js", "//etc/passwd"}) {
    httplib::Result result = server_->client().Get(path);
    nlohmann::json body = body_of(result);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 404) << path << ": " << result->body;
    EXPECT_TRUE(body.is_object() && body.contains("error")) << path << ": " << result->body;
  }
}

TEST_F(ServeStatic, ThePageAnswersGetOnly) {
  httplib::Result result = server_->client().Post("/app.js", "x", "text/plain");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 405);
  EXPECT_EQ(result->get_header_value("Allow"), "GET");
}

TEST_F(ServeStatic, TheApiStillAnswers) {
  httplib::Result result = server_->client().Get("/api/stories");
  nlohmann::json body = body_of(result);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_TRUE(body.contains("stories")) << result->body;
}

}  // namespace
}  // namespace storyline
