#include "analyze/analyze.h"

#include "claims/claims.h"
#include "recognize/dates/dates.h"
#include "recognize/entities/entities.h"
#include "recognize/quantities/quantities.h"

namespace storyline {
namespace {

const SentenceRules& rules_for(const std::string& lang, const AnalysisResources& resources) {
  auto found = resources.sentence_rules.find(lang);
  if (found != resources.sentence_rules.end()) return found->second;
  static const SentenceRules none;
  return resources.sentence_rules.empty() ? none : resources.sentence_rules.begin()->second;
}

}  // namespace

std::shared_ptr<const AnalysisResources> load_analysis_resources(
    const std::string& dir, const std::vector<std::string>& packs) {
  auto resources = std::make_shared<AnalysisResources>();
  resources->extract = load_extract_resources(dir);
  for (const auto& [code, language] : resources->extract.languages)
    resources->sentence_rules.emplace(code, load_sentence_rules(dir, code));
  resources->dates = load_date_resources(dir);
  resources->quantities = load_quantity_resources(dir);
  resources->entities = std::make_shared<const EntityResources>(load_entity_resources(dir, packs));
  resources->speech = load_speech_resources(dir);
  resources->claims = load_claim_resources(dir);
  return resources;
}

Analysis analyze_article(Article article, const AnalysisResources& resources) {
  Analysis analysis;
  analysis.article = std::move(article);
  const Article& a = analysis.article;
  if (!a.error.empty()) return analysis;
  analysis.sentences = split_sentences(a.text, a.paragraphs, rules_for(a.lang, resources));

  // Relative dates resolve against the publication date only when something dated the article
  // (extract_article); otherwise they stay unresolved. Dates the body states are the events it
  // reports, never its publication, so none is estimated from them.
  DateContext context{a.lang, a.published.value, false};
  analysis.dates = recognize_dates(a.text, analysis.sentences, context, *resources.dates);
  analysis.quantities = recognize_quantities(a.text, analysis.sentences, analysis.dates, a.lang,
                                             *resources.quantities);
  EntityLayer entities =
      recognize_entities(a.text, analysis.sentences, analysis.dates, a.lang, *resources.entities);
  analysis.mentions = std::move(entities.mentions);
  analysis.entities = std::move(entities.entities);
  SpeechInput speech{a.text,           a.lang,           &a.paragraphs,        &analysis.sentences,
                     &analysis.dates,  &analysis.mentions, &analysis.entities};
  analysis.speech = recognize_speech(speech, *resources.speech);
  ClaimInput claims{analysis.article,   analysis.sentences, analysis.dates,  analysis.quantities,
                    analysis.mentions,  analysis.entities,  analysis.speech};
  analysis.claims = extract_claims(claims, *resources.claims);
  return analysis;
}

void refresh_claims(Analysis& a, const ClaimResources& resources) {
  if (a.claims_version >= kClaimsVersion) return;
  a.claims = extract_claims(ClaimInput{a.article, a.sentences, a.dates, a.quantities, a.mentions, a.entities, a.speech},
                            resources);
  a.claims_version = kClaimsVersion;
}

}  // namespace storyline
