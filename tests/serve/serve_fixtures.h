// Shared by the serve tests: an ApiServer running in-process on a free loopback port over a
// store in a temporary folder, and a client for it.
#pragma once

#include <httplib.h>
#include <gtest/gtest.h>

#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "../store/store_fixtures.h"
#include "serve/server.h"
#include "store/ingest.h"

namespace storyline::serve_test {

// The test resources as the shared_ptr ServeOptions wants, without loading them twice.
inline std::shared_ptr<const AnalysisResources> shared_resources() {
  return {std::shared_ptr<void>{}, &store_test::resources()};
}

inline void ingest_corpus(Store& store) {
  std::vector<ArticleToStore> batch;
  for (Analysis& analysis : store_test::corpus_analyses()) batch.push_back(prepare_article(std::move(analysis), *store_test::resources().claims));
  Ingester(store, *store_test::resources().claims).ingest(batch);
}

class RunningServer {
 public:
  // Serves `fill`ed store on 127.0.0.1, any free port; returns once a request was answered.
  explicit RunningServer(ServeOptions options, void (*fill)(Store&) = nullptr) {
    store_ = temp_.open();
    if (fill) fill(*store_);
    options.bind = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<ApiServer>(*store_, std::move(options));
    port_ = server_->bind();
    EXPECT_GT(port_, 0);
    thread_ = std::thread([this] { server_->listen(); });
    // The socket listens from bind() on, so this waits in the backlog until the loop runs:
    // afterwards stop() cannot come before listen().
    EXPECT_TRUE(client().Get("/api/stories"));
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(120, 0);  // sanitizer builds analyse slowly; no wall-clock assertion
    return client;
  }
  Store& store() { return *store_; }
  int port() const { return port_; }

 private:
  store_test::TempStore temp_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
};

// The body of a JSON answer; a failed test (and null) when there was no answer or no JSON.
inline nlohmann::json body_of(const httplib::Result& result) {
  if (!result) {
    ADD_FAILURE() << "no answer: " << httplib::to_string(result.error());
    return nullptr;
  }
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json") << result->body;
  return nlohmann::json::parse(result->body, nullptr, false);
}

// Percent-encodes everything but unreserved characters, for ids in a path.
inline std::string path_part(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

}  // namespace storyline::serve_test
