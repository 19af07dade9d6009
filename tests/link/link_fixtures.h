// Short reports written for the link tests, analysed as the pipeline would analyse them.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "analyze/analyze.h"

namespace storyline::link_test {

struct Report {
  std::string id, outlet, published, lang, text, title;
};

inline const AnalysisResources& resources() {
  static auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

// Paragraphs are separated by blank lines; the source looks like a file path on purpose, so
// tests can check it never shows as a name.
inline Analysis analyse(const Report& r) {
  Article a;
  a.id = r.id;
  a.source = "inputs/" + r.id + ".txt";
  a.outlet = r.outlet;
  a.title = r.title;
  a.lang = r.lang;
  a.text = r.text;
  if (!r.published.empty()) a.published = PublishedDate{r.published, DatePrecision::Day, DateSource::Given};
  std::size_t start = 0;
  while (start < a.text.size()) {
    std::size_t stop = a.text.find("\n\n", start);
    if (stop == std::string::npos) stop = a.text.size();
    a.paragraphs.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop)});
    start = stop + 2;
  }
  return analyze_article(std::move(a), resources());
}

}  // namespace storyline::link_test
