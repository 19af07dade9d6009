#include "present/document_output.h"

#include "present/analysis_json.h"
#include "present/article_json.h"

namespace storyline {

nlohmann::json extracted_json(const RawDocument& doc, const ExtractResources& resources,
                              const ExtractOverrides& overrides) {
  return render_document<nlohmann::json>(doc, resources, overrides,
                                         [](Article article) { return article_to_json(article); });
}

nlohmann::json analysed_json(const RawDocument& doc, const AnalysisResources& resources,
                             const ExtractOverrides& overrides) {
  return render_document<nlohmann::json>(doc, resources.extract, overrides, [&](Article article) {
    return analysis_to_json(analyze_article(std::move(article), resources));
  });
}

std::string output_text(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace storyline
