// Shared by the store tests: resources loaded once, articles written for the tests, the example
// corpus analysed in input order, and a store in a temporary folder.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "../cli/run_binary.h"
#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "store/store.h"

namespace storyline::store_test {

using cli_test::TempDir;

inline const AnalysisResources& resources() {
  static auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

inline Analysis analyse(const std::string& url, const std::string& text, const std::string& lang = "en",
                        const std::string& outlet = "Test Outlet", const std::string& published = "2026-03-10") {
  Article a;
  a.url = url;
  a.id = url.empty() ? "no-url" : url;
  a.source = url.empty() ? "test" : url;
  a.outlet = outlet;
  a.title = text.substr(0, text.find('.'));
  a.lang = lang;
  a.text = text;
  a.published = PublishedDate{published, DatePrecision::Day, DateSource::Given};
  a.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size())});
  return analyze_article(std::move(a), resources());
}

inline ArticleToStore prepared(const std::string& url, const std::string& text, const std::string& lang = "en") {
  return prepare_article(analyse(url, text, lang));
}

// examples/corpus as `storyline report examples/corpus` reads it: input order, every document.
inline std::vector<Analysis> corpus_analyses() {
  std::vector<Analysis> out;
  read_inputs({STORYLINE_SOURCE_DIR "/examples/corpus"}, ReadOptions{}, [&](RawDocument doc) {
    out.push_back(analyze_article(extract_article(doc, resources().extract, {}), resources()));
  });
  return out;
}

struct TempStore {
  TempDir dir;
  std::string path = (dir.path() / "test.db").string();
  std::unique_ptr<Store> open() { return open_store(path, OpenMode::Create); }
};

}  // namespace storyline::store_test
