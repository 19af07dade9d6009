// The analyze stage: Article -> Analysis, one article at a time, pure and parallel.
//
//   auto resources = storyline::load_analysis_resources(storyline::default_resource_dir());
//   storyline::Analysis analysis = storyline::analyze_article(article, *resources);
//
// analyze_article is a pure function of the article and the immutable resources: safe to call
// from many threads at once, no I/O. Layers are flat vectors sorted by span and refer to each
// other by index.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "extract/article.h"
#include "extract/resources.h"
#include "recognize/entities/entity.h"
#include "recognize/quantities/quantity.h"
#include "recognize/speech/speech.h"
#include "recognize/dates/time_expression.h"
#include "text/sentences.h"

namespace storyline {

struct DateResources;
struct QuantityResources;
struct EntityResources;
struct SpeechResources;
struct ClaimResources;

struct AnalysisResources {
  ExtractResources extract;
  std::map<std::string, SentenceRules> sentence_rules;  // by language code
  std::shared_ptr<const DateResources> dates;
  std::shared_ptr<const QuantityResources> quantities;
  std::shared_ptr<const EntityResources> entities;
  std::shared_ptr<const SpeechResources> speech;
  std::shared_ptr<const ClaimResources> claims;
};

// Throws std::runtime_error naming the file when a resource cannot be read. `packs` are extra
// gazetteer packs (folders or files, resources/packs/README.md) loaded after the built-in ones.
std::shared_ptr<const AnalysisResources> load_analysis_resources(
    const std::string& dir, const std::vector<std::string>& packs = {});

struct Analysis {
  Article article;  // as extracted: `published` is empty when nothing dated the article
  std::vector<Span> sentences;
  std::vector<TimeExpression> dates;
  std::vector<Quantity> quantities;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  Speech speech;  // quotes, attributions, hedges, sourcing
  std::vector<Claim> claims;
  int claims_version = kClaimsVersion;  // the claims layer that made `claims`
};

Analysis analyze_article(Article article, const AnalysisResources& resources);

// Claims made by an older claims layer (an analysis stored before kClaimsVersion) are made again
// from the analysis' own layers, so a store written before keeps every measure; else nothing.
void refresh_claims(Analysis& analysis, const ClaimResources& resources);

}  // namespace storyline
