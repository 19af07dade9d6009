#include "present/analysis_json.h"

#include "present/article_json.h"
#include "present/span_json.h"
#include "present/speech_json.h"

namespace storyline {
namespace {

using nlohmann::json;

json date_json(const TimeExpression& date, const std::string& text) {
  json out = {{"span", span_json(date.span)},
              {"text", span_text(text, date.span)},
              {"type", date.type},
              {"value", date.value},
              {"anchor", to_string(date.anchor)}};
  if (!date.mod.empty()) out["mod"] = date.mod;
  if (date.anchor == TimeAnchor::Text && date.anchor_date >= 0) out["anchor_date"] = date.anchor_date;
  if (!date.begin.empty()) out["begin"] = date.begin;
  if (!date.end.empty()) out["end"] = date.end;
  if (date.estimated) out["estimated"] = true;
  return out;
}

json quantity_json(const Quantity& quantity, const std::string& text) {
  json out = {{"span", span_json(quantity.span)},
              {"text", span_text(text, quantity.span)},
              {"value", quantity.value},
              {"unit", quantity.unit},
              {"approx", quantity.approx}};
  if (quantity.low) out["low"] = *quantity.low;
  if (quantity.high) out["high"] = *quantity.high;
  if (quantity.counted)
    out["counted"] = spanned_json(text, *quantity.counted);
  if (quantity.ordinal) out["ordinal"] = true;
  return out;
}

json mention_json(const Mention& mention, const std::string& text) {
  json out = {{"span", span_json(mention.span)},
              {"text", span_text(text, mention.span)},
              {"type", entity_type_name(mention.type)},
              {"entity", mention.entity}};
  if (mention.kind == MentionKind::Nominal) out["nominal"] = true;
  if (mention.role.end > mention.role.begin)
    out["role"] = spanned_json(text, mention.role);
  return out;
}

json entity_json(const Entity& entity) {
  json out = {{"name", entity.name},          {"type", entity_type_name(entity.type)},
              {"key", entity.key},            {"mentions", entity.mentions},
              {"aliases", entity.aliases},    {"roles", entity.roles}};
  if (entity.outlet) out["outlet"] = true;
  return out;
}

}  // namespace

json claim_to_json(const Claim& claim, const std::string& text) {
  json source = {{"kind", claim.source.kind == ClaimSource::Outlet    ? "outlet"
                          : claim.source.kind == ClaimSource::Named ? "named"
                                                                    : "anonymous"},
                 {"text", claim.source.text}};
  if (claim.source.entity >= 0) source["entity"] = claim.source.entity;
  if (!claim.source.via.empty()) source["via"] = claim.source.via;
  json time = {{"precision", claim.time.precision}};
  if (!claim.time.value.empty()) time["value"] = claim.time.value;
  if (!claim.time.begin.empty()) time["begin"] = claim.time.begin, time["end"] = claim.time.end;
  if (claim.time.date >= 0) time["date"] = claim.time.date;
  if (!claim.time.from.empty()) time["from"] = claim.time.from;
  if (claim.time.attached) time["attached"] = true;
  json out = {{"article", claim.article},
              {"sentence", claim.sentence},
              {"predicate", claim.predicate},
              {"trigger", spanned_json(text, claim.trigger)},
              {"time", time},
              {"source", source},
              {"modality", to_string(claim.modality)},
              {"hedged", claim.hedged}};
  if (claim.subject >= 0) out["subject"] = claim.subject;
  if (!claim.subject_text.empty()) out["subject_text"] = claim.subject_text;
  if (claim.object >= 0) out["object"] = claim.object;
  if (!claim.object_text.empty()) out["object_text"] = claim.object_text;
  if (claim.value >= 0) out["value"] = claim.value;
  if (!claim.role.empty()) out["role"] = claim.role;
  if (claim.place >= 0) out["place"] = claim.place;
  if (claim.place_attached) out["place_attached"] = true;
  if (claim.quote >= 0) out["quote"] = claim.quote;
  json evidence = json::array();
  for (const Span& span : claim.evidence) evidence.push_back(span_json(span));
  out["evidence"] = evidence;
  return out;
}

json analysis_to_json(const Analysis& analysis) {
  const std::string& text = analysis.article.text;
  json out = article_to_json(analysis.article);
  json sentences = json::array();
  for (const Span& span : analysis.sentences) sentences.push_back(span_json(span));
  out["sentences"] = sentences;
  json dates = json::array();
  for (const TimeExpression& date : analysis.dates) dates.push_back(date_json(date, text));
  out["dates"] = dates;
  json quantities = json::array();
  for (const Quantity& quantity : analysis.quantities) quantities.push_back(quantity_json(quantity, text));
  out["quantities"] = quantities;
  json mentions = json::array();
  for (const Mention& mention : analysis.mentions) mentions.push_back(mention_json(mention, text));
  out["mentions"] = mentions;
  json entities = json::array();
  for (const Entity& entity : analysis.entities) entities.push_back(entity_json(entity));
  out["entities"] = entities;
  out.update(speech_to_json(analysis.speech, text));
  json claims = json::array();
  for (const Claim& claim : analysis.claims) claims.push_back(claim_to_json(claim, text));
  out["claims"] = claims;
  out["claims_version"] = analysis.claims_version;
  return out;
}

}  // namespace storyline
