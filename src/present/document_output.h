// One read document -> the JSON object `storyline extract` or `storyline analyze` writes for it.
//
//   nlohmann::json out = storyline::analysed_json(doc, *resources, overrides);
//   std::cout << storyline::output_text(out, -1) << "\n";   // one JSON Lines line
//
// The CLI and the Python package (python/) both call these, so the package returns exactly
// what the CLI writes. Pure and thread-safe, as extract_article and analyze_article are.
#pragma once

#include <functional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/raw_document.h"

namespace storyline {

// Extracts `doc` and hands the article to `render`. When extraction or `render` throws (out of
// memory, a bug), `render` gets instead an article holding only the source, the id and the
// error "SOURCE: processing failed: WHAT": one document fails, never the run.
template <class Result>
Result render_document(const RawDocument& doc, const ExtractResources& resources,
                       const ExtractOverrides& overrides, const std::function<Result(Article)>& render) {
  std::string id;
  try {
    Article article = extract_article(doc, resources, overrides);
    id = article.id;
    return render(std::move(article));
  } catch (const std::exception& error) {
    Article failed;
    failed.source = doc.source;
    failed.id = id;
    failed.error = doc.source + ": processing failed: " + error.what();
    return render(std::move(failed));
  }
}

// The article object of `storyline extract` (present/article_json.h).
nlohmann::json extracted_json(const RawDocument& doc, const ExtractResources& resources,
                              const ExtractOverrides& overrides);

// The analysis object of `storyline analyze` (present/analysis_json.h); a document that could not
// be read or extracted gives its article object with `error` set, as the CLI writes it.
nlohmann::json analysed_json(const RawDocument& doc, const AnalysisResources& resources,
                             const ExtractOverrides& overrides);

// The text of an output object as the CLI writes it, invalid UTF-8 replaced: indent -1 for one
// line (JSON Lines, no newline added), 2 for --format json.
std::string output_text(const nlohmann::json& value, int indent);

}  // namespace storyline
