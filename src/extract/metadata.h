// Metadata a page declares about itself: JSON-LD (NewsArticle and kin, plain or in @graph),
// OpenGraph and article:* meta tags, <time datetime>, rel=author, canonical links.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace storyline {

struct PageMetadata {
  std::string title;         // best declared title, site suffix removed where recognisable
  std::string site_name;     // og:site_name, JSON-LD publisher
  std::string url;           // canonical, og:url, JSON-LD url
  std::string published;     // as written, from the most trusted declaration
  std::string lang;          // <html lang>, content-language, og:locale, inLanguage
  std::string article_body;  // JSON-LD articleBody, when the page carries one
  std::vector<std::string> authors;  // raw names, not yet cleaned
};

PageMetadata read_metadata(const GumboNode* root);

}  // namespace storyline
