// The fuzz target of the HTTP API: raw request bytes through ApiServer::answer, the same routing,
// limits and error handling as a served connection, over a small store of the example corpus.
// Writes are allowed with the token "fuzz-token" (in the dictionary), so POST bodies reach the
// readers and the analysis too. An answer of 5xx means a request broke something: a finding.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "serve/server.h"
#include "store/ingest.h"
#include "targets.h"

namespace storyline::fuzz {
namespace {

// A store in a temporary folder that lives as long as the process, and the server over it.
class Api {
 public:
  Api() {
    char pattern[] = "/tmp/storyline-fuzz-XXXXXX";
    if (!mkdtemp(pattern)) require(false, "cannot make a temporary folder");
    dir_ = pattern;
    store_ = open_store(dir_ + "/fuzz.db", OpenMode::Create);
    fill();
    ServeOptions options;
    options.write_token = "fuzz-token";
    options.resources = {std::shared_ptr<void>{}, &resources()};  // not owned: lives forever
    options.max_body_bytes = 1u << 20;
    server_ = std::make_unique<ApiServer>(*store_, options);
  }
  ~Api() {
    server_.reset();
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  ApiServer& server() { return *server_; }

 private:
  // Two articles of the example corpus: enough for stories, entities, quotes and search.
  void fill() {
    const std::string corpus = STORYLINE_SOURCE_DIR "/examples/corpus/";
    std::vector<ArticleToStore> batch;
    read_inputs({corpus + "coastal-wire-2026-03-10-plant-blast.txt", corpus + "onda-salina-2026-03-13-quinta-victima.html"},
                ReadOptions{}, [&](RawDocument doc) {
                  Analysis analysis = analyze_article(extract_article(doc, resources().extract, {}), resources());
                  batch.push_back(prepare_article(std::move(analysis), *resources().claims));
                });
    Ingester ingester(*store_, *resources().claims);
    ingester.ingest(batch);
    ingester.finish();
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<ApiServer> server_;
};

Api& api() {
  static Api instance;
  return instance;
}

}  // namespace

void http_api_entry(std::string_view bytes) {
  std::string response = api().server().answer(bytes);
  // The first answer's status (later ones, after a HEAD, cannot be told apart from a body
  // without parsing the requests again). Nothing at all is fine: a request cut short.
  if (response.empty()) return;
  require(response.starts_with("HTTP/1.1 ") && response.size() > 12, "an answer without a status line");
  require(response[9] != '5', "the API answered 5xx (an internal error) to a request");
}

}  // namespace storyline::fuzz
