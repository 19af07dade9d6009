#include "store/stored_forms.h"

#include <nlohmann/json.hpp>

#include "store/analysis_codec.h"

namespace storyline {

std::string article_key(const Article& article, const std::string& content_hash) {
  return article.url.empty() ? "text:" + content_hash : article.url;
}

std::string evidence_text(const Claim& claim) {
  nlohmann::json spans = nlohmann::json::array();
  for (const Span& span : claim.evidence) spans.push_back({span.begin, span.end});
  return spans.dump();
}

std::string features_to_text(const StoryFeatures& f) {
  return nlohmann::json{{"entities", f.entities}, {"predicates", f.predicates}, {"terms", f.terms},
                        {"published", f.published}, {"lang", f.lang}}
      .dump();
}

StoryFeatures features_from_text(std::string_view text) {
  nlohmann::json j = nlohmann::json::parse(text);
  StoryFeatures f;
  f.entities = j.at("entities").get<std::vector<std::string>>();
  f.predicates = j.at("predicates").get<std::vector<std::string>>();
  f.terms = j.at("terms").get<std::vector<std::string>>();
  f.published = j.at("published").get<std::string>();
  f.lang = j.value("lang", "");  // stores written before it was kept
  return f;
}

Analysis stored_analysis(std::string_view analysis, std::string_view text) {
  nlohmann::json json = nlohmann::json::parse(analysis);
  json["text"] = text;
  return analysis_from_json(json);
}

}  // namespace storyline
