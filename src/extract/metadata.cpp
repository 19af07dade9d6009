#include "extract/metadata.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <cstring>

#include "extract/html_document.h"
#include "util/text.h"

namespace storyline {
namespace {

using nlohmann::json;

bool type_is_article(const json& type) {
  static const std::array<const char*, 9> kinds = {
      "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BlogPosting", "ReviewNewsArticle", "BackgroundNewsArticle",
      "LiveBlogPosting"};
  auto one = [&](const json& value) {
    if (!value.is_string()) return false;
    for (const char* kind : kinds)
      if (value.get<std::string>() == kind) return true;
    return false;
  };
  if (type.is_array()) {
    for (const json& value : type)
      if (one(value)) return true;
    return false;
  }
  return one(type);
}

// Names of every object in the document that has both an @id and a name, so that references
// such as "publisher": {"@id": "#org"} can be resolved in @graph documents.
using NamesById = std::map<std::string, std::string>;

void collect_names(const json& value, NamesById& names, int depth = 0) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (const json& item : value) collect_names(item, names, depth + 1);
  } else if (value.is_object()) {
    if (value.contains("@id") && value["@id"].is_string() && value.contains("name") &&
        value["name"].is_string())
      names.emplace(value["@id"].get<std::string>(), value["name"].get<std::string>());
    for (const auto& [key, item] : value.items()) collect_names(item, names, depth + 1);
  }
}

std::string string_of(const json& value, const NamesById& names) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("name")) return string_of(value["name"], names);
  if (value.is_object() && value.contains("@id") && value["@id"].is_string()) {
    auto found = names.find(value["@id"].get<std::string>());
    return found == names.end() ? std::string() : found->second;
  }
  if (value.is_array() && !value.empty()) return string_of(value.front(), names);
  return {};
}

void collect_article_objects(const json& value, std::vector<const json*>& out, int depth = 0) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (const json& item : value) collect_article_objects(item, out, depth + 1);
  } else if (value.is_object()) {
    if (value.contains("@type") && type_is_article(value["@type"])) out.push_back(&value);
    if (value.contains("@graph")) collect_article_objects(value["@graph"], out, depth + 1);
    if (value.contains("mainEntity")) collect_article_objects(value["mainEntity"], out, depth + 1);
  }
}

void read_json_ld(const std::string& script, PageMetadata& meta) {
  json document = json::parse(script, nullptr, /*allow_exceptions=*/false,
                              /*ignore_comments=*/true);
  if (document.is_discarded()) return;
  std::vector<const json*> articles;
  collect_article_objects(document, articles);
  if (articles.empty()) return;
  NamesById names;
  collect_names(document, names);
  for (const json* article : articles) {
    auto take = [&](std::string& field, const char* key) {
      if (field.empty() && article->contains(key)) field = trim(string_of((*article)[key], names));
    };
    take(meta.title, "headline");
    take(meta.published, "datePublished");
    take(meta.published, "dateCreated");
    take(meta.url, "url");
    take(meta.lang, "inLanguage");
    take(meta.article_body, "articleBody");
    if (meta.site_name.empty() && article->contains("publisher"))
      meta.site_name = string_of((*article)["publisher"], names);
    if (meta.authors.empty() && article->contains("author")) {
      const json& author = (*article)["author"];
      if (author.is_array()) {
        for (const json& one : author)
          if (std::string name = string_of(one, names); !name.empty()) meta.authors.push_back(name);
      } else if (std::string name = string_of(author, names); !name.empty()) {
        meta.authors.push_back(name);
      }
    }
  }
}

// Meta tags by name or property, first declaration wins.
struct MetaTags {
  std::vector<std::pair<std::string, std::string>> entries;
  std::string get(std::initializer_list<const char*> keys) const {
    for (const char* key : keys)
      for (const auto& [name, content] : entries)
        if (name == key && !trim(content).empty()) return std::string(trim(content));
    return {};
  }
};

// "Headline | Site" and "Headline - Site": drop the part naming the site.
std::string strip_site_suffix(const std::string& title, const std::string& site) {
  for (const char* separator : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at < 10) continue;
    std::string tail = ascii_lower(trim(title.substr(at + std::strlen(separator))));
    if (site.empty() || tail.find(ascii_lower(site)) != std::string::npos ||
        ascii_lower(site).find(tail) != std::string::npos || tail.size() < 30)
      return std::string(trim(title.substr(0, at)));
  }
  return title;
}

// Script content as written: text_content would collapse the whitespace inside JSON strings.
std::string raw_text(const GumboNode* node) {
  std::string raw;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA)
      raw += child->v.text.text;
  }
  return raw;
}

}  // namespace

PageMetadata read_metadata(const GumboNode* root) {
  PageMetadata meta;
  MetaTags tags;
  std::string title_element, first_h1, canonical, time_published, time_any;
  std::vector<std::string> rel_authors;
  meta.lang = trim(attribute(root, "lang"));

  for_each_element(root, [&](const GumboNode* node) {
    switch (node->v.element.tag) {
      case GUMBO_TAG_META: {
        std::string key = ascii_lower(attribute(node, "property"));
        if (key.empty()) key = ascii_lower(attribute(node, "name"));
        if (key.empty()) key = ascii_lower(attribute(node, "itemprop"));
        if (key.empty()) key = ascii_lower(attribute(node, "http-equiv"));
        if (!key.empty()) tags.entries.emplace_back(key, std::string(attribute(node, "content")));
        return false;
      }
      case GUMBO_TAG_SCRIPT:
        if (ascii_lower(attribute(node, "type")) == "application/ld+json")
          read_json_ld(raw_text(node), meta);
        return false;
      case GUMBO_TAG_TITLE:
        if (title_element.empty()) title_element = text_content(node);
        return false;
      case GUMBO_TAG_H1:
        if (first_h1.empty()) first_h1 = text_content(node);
        return false;
      case GUMBO_TAG_LINK:
        if (ascii_lower(attribute(node, "rel")) == "canonical") canonical = attribute(node, "href");
        return false;
      case GUMBO_TAG_TIME: {
        std::string value(trim(attribute(node, "datetime")));
        if (value.empty()) value = text_content(node);
        std::string prop = ascii_lower(attribute(node, "itemprop"));
        bool marked = gumbo_get_attribute(&node->v.element.attributes, "pubdate") ||
                      prop == "datepublished" ||
                      ascii_lower(attribute(node, "class")).find("publish") != std::string::npos;
        if (marked && time_published.empty()) time_published = value;
        if (time_any.empty()) time_any = value;
        return true;
      }
      case GUMBO_TAG_A:
        if (ascii_lower(attribute(node, "rel")).find("author") != std::string::npos)
          rel_authors.push_back(text_content(node));
        return true;
      default:
        if (ascii_lower(attribute(node, "itemprop")) == "author")
          rel_authors.push_back(text_content(node));
        return true;
    }
  });

  if (meta.site_name.empty()) meta.site_name = tags.get({"og:site_name", "application-name"});
  if (meta.title.empty()) meta.title = tags.get({"og:title", "twitter:title", "title"});
  if (meta.title.empty()) meta.title = first_h1;
  if (meta.title.empty()) meta.title = strip_site_suffix(title_element, meta.site_name);
  meta.title = collapse_spaces(meta.title);
  if (meta.url.empty() || meta.url.find("://") == std::string::npos)
    meta.url = !canonical.empty() ? canonical : tags.get({"og:url", "twitter:url"});
  if (meta.published.empty())
    meta.published = tags.get({"article:published_time", "og:published_time", "datepublished",
                               "publishdate", "publish-date", "pubdate", "dc.date.issued",
                               "dcterms.created", "dc.date", "date", "sailthru.date",
                               "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"});
  if (meta.published.empty()) meta.published = time_published;
  if (meta.published.empty()) meta.published = time_any;
  if (meta.lang.empty()) meta.lang = tags.get({"content-language", "og:locale", "language"});
  if (meta.authors.empty()) {
    std::string author = tags.get({"author", "article:author", "sailthru.author", "parsely-author",
                                   "dc.creator"});
    if (!author.empty() && author.find("://") == std::string::npos) meta.authors.push_back(author);
  }
  if (meta.authors.empty()) meta.authors = rel_authors;
  return meta;
}

}  // namespace storyline
