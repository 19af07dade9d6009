// Short reports written for the link tests, analysed as the pipeline would analyse them.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "link/story.h"
#include <vector>

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

// Reports analysed and linked into one record.
struct Linked {
  std::vector<Analysis> analyses;
  Record record;
};

inline Linked link(const std::vector<Report>& reports) {
  Linked out;
  for (const Report& r : reports) out.analyses.push_back(analyse(r));
  out.record = link_articles(out.analyses, *resources().claims);
  return out;
}

inline const ClaimGroup* group(const Linked& l, const std::string& predicate) {
  for (const Story& s : l.record.stories)
    for (const ClaimGroup& g : s.groups)
      if (g.predicate == predicate) return &g;
  return nullptr;
}

inline bool has_dispute(const ClaimGroup& g, Verdict verdict) {
  for (const Dispute& d : g.disputes)
    if (d.verdict == verdict) return true;
  return false;
}

inline std::string describe(const ClaimGroup& g) {
  std::string out = g.label + ": " + g.summary + ", " + std::to_string(g.sources) + " sources";
  for (const std::string& r : g.reasons) out += "; " + r;
  return out;
}

}  // namespace storyline::link_test
