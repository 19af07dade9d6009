#include "analyze/analyze.h"

#include <algorithm>
#include <optional>

#include "claims/claims.h"
#include "recognize/dates.h"
#include "recognize/entities.h"
#include "recognize/quantities.h"

namespace storyline {
namespace {

const SentenceRules& rules_for(const std::string& lang, const AnalysisResources& resources) {
  auto found = resources.sentence_rules.find(lang);
  if (found != resources.sentence_rules.end()) return found->second;
  static const SentenceRules none;
  return resources.sentence_rules.empty() ? none : resources.sentence_rules.begin()->second;
}

DatePrecision precision_of(const std::string& value) {
  if (value.size() == 10) return DatePrecision::Day;
  if (value.size() == 7) return DatePrecision::Month;
  return DatePrecision::Year;
}

bool is_calendar_value(const std::string& value) {
  // "2025", "2025-03" or "2025-03-20": the forms a publication date can take.
  auto digits = [&](std::size_t from, std::size_t count) {
    if (value.size() < from + count) return false;
    return std::all_of(value.begin() + from, value.begin() + from + count, ::isdigit);
  };
  if (!digits(0, 4)) return false;
  if (value.size() == 4) return true;
  if (value.size() == 7) return value[4] == '-' && digits(5, 2);
  return value.size() == 10 && value[4] == '-' && digits(5, 2) && value[7] == '-' && digits(8, 2);
}

// Without a publication date, the latest date the text states outright is the best estimate:
// news reports what has happened, so it was written on or after the last day it names. Only
// absolute DATE expressions count, never ones that needed a reference themselves.
std::optional<PublishedDate> estimate_publication(const std::vector<TimeExpression>& dates) {
  std::optional<PublishedDate> best;
  for (const TimeExpression& date : dates) {
    if (date.type != "DATE" || date.anchor != TimeAnchor::Absolute || !date.mod.empty()) continue;
    if (!is_calendar_value(date.value)) continue;
    // ISO values compare as strings; "2025-07-15" sorts after "2025-07", so on a tie the more
    // precise value wins.
    if (!best || date.value > best->value)
      best = PublishedDate{date.value, precision_of(date.value), DateSource::Estimated};
  }
  return best;
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

  DateContext context{a.lang, a.published.value, false};
  analysis.dates = recognize_dates(a.text, analysis.sentences, context, *resources.dates);
  if (a.published.value.empty()) {
    if (auto estimate = estimate_publication(analysis.dates)) {
      analysis.article.published = *estimate;
      context = {a.lang, estimate->value, true};
      analysis.dates = recognize_dates(a.text, analysis.sentences, context, *resources.dates);
    }
  }
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

}  // namespace storyline
