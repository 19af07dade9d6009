// The extract stage: RawDocument -> Article.
//
//   auto resources = storyline::load_extract_resources(storyline::default_resource_dir());
//   storyline::Article article = storyline::extract_article(doc, resources, {});
//
// extract_article is a pure function of its arguments and safe to call from many threads at once
// with the same resources. It never throws on bad content: a document it cannot make sense of
// comes back with `error` set and the other fields as far as they could be filled.
#pragma once

#include <string>

#include "extract/article.h"
#include "extract/resources.h"
#include "ingest/raw_document.h"

namespace storyline {

// Values the user forces for a single input; empty means "detect".
struct ExtractOverrides {
  std::string lang;
  std::string url;
  std::string published;
};

Article extract_article(const RawDocument& doc, const ExtractResources& resources,
                        const ExtractOverrides& overrides);

}  // namespace storyline
