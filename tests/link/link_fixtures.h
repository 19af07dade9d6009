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

// Every claim group of every story.
inline std::vector<const ClaimGroup*> all_groups(const Linked& l) {
  std::vector<const ClaimGroup*> out;
  for (const Story& s : l.record.stories)
    for (const ClaimGroup& g : s.groups) out.push_back(&g);
  return out;
}

inline std::vector<const ClaimGroup*> with_role(const Linked& l, const std::string& role) {
  std::vector<const ClaimGroup*> out;
  for (const ClaimGroup* g : all_groups(l))
    if (g->role == role) out.push_back(g);
  return out;
}

inline bool any_dispute(const Linked& l, Verdict verdict) {
  for (const ClaimGroup* g : all_groups(l))
    if (has_dispute(*g, verdict)) return true;
  return false;
}

// The role the analysis gave the figure written `figure` in article `article`, "" for none.
inline std::string role_of(const Linked& l, std::size_t article, const std::string& figure) {
  const Analysis& a = l.analyses[article];
  for (const Claim& c : a.claims) {
    if (c.value < 0) continue;
    const Span& s = a.quantities[c.value].span;
    if (a.article.text.compare(s.begin, s.end - s.begin, figure) == 0) return c.role.empty() ? "(none)" : c.role;
  }
  return "(no claim)";
}

}  // namespace storyline::link_test
