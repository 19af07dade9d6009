#include "present/article_json.h"

namespace storyline {

nlohmann::json article_to_json(const Article& article) {
  using nlohmann::json;
  json out = json::object();
  out["id"] = article.id;
  out["source"] = article.source;
  out["url"] = article.url;
  out["outlet"] = article.outlet;
  out["title"] = article.title;
  out["byline"] = article.byline;
  json published = json::object();
  published["value"] = article.published.value.empty() ? json(nullptr) : json(article.published.value);
  published["precision"] = to_string(article.published.precision);
  published["from"] = to_string(article.published.from);
  out["published"] = published;
  out["lang"] = article.lang;
  out["text"] = article.text;
  json paragraphs = json::array();
  for (const Span& span : article.paragraphs) paragraphs.push_back({span.begin, span.end});
  out["paragraphs"] = paragraphs;
  json dropped = json::array();
  for (const DroppedBlock& block : article.dropped)
    dropped.push_back({{"text", block.text}, {"reason", block.reason}});
  out["dropped"] = dropped;
  if (!article.error.empty()) out["error"] = article.error;
  return out;
}

std::string article_to_text(const Article& article) {
  std::string out;
  auto line = [&](const char* name, const std::string& value) {
    if (!value.empty()) out += std::string(name) + ": " + value + "\n";
  };
  line("source", article.source);
  if (!article.error.empty()) {
    line("error", article.error);
    return out + "\n";
  }
  line("title", article.title);
  line("outlet", article.outlet);
  line("url", article.url);
  std::string byline;
  for (const std::string& name : article.byline) byline += (byline.empty() ? "" : ", ") + name;
  line("byline", byline);
  if (!article.published.value.empty())
    line("published", article.published.value + " (" + to_string(article.published.from) + ")");
  line("lang", article.lang);
  out += "\n" + article.text + "\n\n";
  return out;
}

}  // namespace storyline
