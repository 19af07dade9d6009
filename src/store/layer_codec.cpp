#include "store/layer_codec.h"

#include "store/codec_fields.h"

namespace storyline {
namespace {

using namespace codec;

Speaker speaker_from_json(const json& j) {
  Speaker s;
  s.text = get<std::string>(j, "text");
  s.anonymous = get<bool>(j, "anonymous");
  s.entity = get_or(j, "entity", -1);
  if (j.contains("span")) s.span = span_of(j, "span");
  s.count = get_or(j, "count", 0);
  return s;
}

std::string words(std::string_view text, const Span& span) {
  if (span.begin > span.end || span.end > text.size()) return {};
  return std::string(text.substr(span.begin, span.end - span.begin));
}

Quote quote_from_json(const json& j, std::string_view text) {
  Quote q;
  q.span = span_of(j, "span");
  q.text = get<std::string>(j, "text");
  q.partial = get<bool>(j, "partial");
  q.speaker = speaker_from_json(need(j, "speaker"));
  q.sentence = get<int>(j, "sentence");
  q.cue = spanned_or_empty(j, "cue");
  q.cue_text = words(text, q.cue);
  q.when = get_or(j, "when", -1);
  q.where = spanned_or_empty(j, "where");
  q.where_text = words(text, q.where);
  q.continues = get_or(j, "continues", -1);
  return q;
}

Attribution attribution_from_json(const json& j) {
  Attribution a;
  a.span = span_of(j, "span");
  a.cue = get<std::string>(j, "cue");
  a.source = speaker_from_json(need(j, "source"));
  if (j.contains("via")) a.via = speaker_from_json(j["via"]);
  a.statement = span_of(j, "statement");
  a.sentence = get<int>(j, "sentence");
  return a;
}

Sourcing sourcing_from_json(const json& j) {
  Sourcing s;
  s.named = get<int>(j, "named");
  s.anonymous = get<int>(j, "anonymous");
  s.outlets = get<int>(j, "outlets");
  s.unsourced = get<int>(j, "unsourced");
  for (const json& one : need(j, "quotes_by_speaker"))
    s.quotes_by_speaker.push_back({get<std::string>(one, "speaker"), get_or(one, "entity", -1),
                                   get<bool>(one, "anonymous"), get<int>(one, "quotes")});
  return s;
}

ClaimSource claim_source_from_json(const json& j) {
  ClaimSource s;
  std::string kind = get<std::string>(j, "kind");
  s.kind = kind == "named" ? ClaimSource::Named : kind == "anonymous" ? ClaimSource::Anonymous : ClaimSource::Outlet;
  s.text = get<std::string>(j, "text");
  s.entity = get_or(j, "entity", -1);
  s.via = get_or<std::string>(j, "via", "");
  return s;
}

ClaimTime claim_time_from_json(const json& j) {
  ClaimTime t;
  t.precision = get<std::string>(j, "precision");
  t.value = get_or<std::string>(j, "value", "");
  t.begin = get_or<std::string>(j, "begin", "");
  t.end = get_or<std::string>(j, "end", "");
  t.date = get_or(j, "date", -1);
  t.from = get_or<std::string>(j, "from", "");
  t.attached = get_or(j, "attached", false);
  return t;
}

Modality modality_of(const std::string& name) {
  for (Modality m : {Modality::Asserted, Modality::Reported, Modality::Planned, Modality::Denied,
                     Modality::Conditional, Modality::Hypothetical})
    if (name == to_string(m)) return m;
  throw std::runtime_error("analysis JSON: unknown modality '" + name + "'");
}

}  // namespace

Speech speech_from_json(const json& analysis, std::string_view text) {
  Speech speech;
  for (const json& q : need(analysis, "quotes")) speech.quotes.push_back(quote_from_json(q, text));
  for (const json& a : need(analysis, "attributions")) speech.attributions.push_back(attribution_from_json(a));
  for (const json& h : need(analysis, "hedges"))
    speech.hedges.push_back({span_of(h, "span"), get<std::string>(h, "text"), get<int>(h, "sentence")});
  speech.sourcing = sourcing_from_json(need(analysis, "sourcing"));
  return speech;
}

Claim claim_from_json(const json& j) {
  Claim c;
  c.article = get<std::string>(j, "article");
  c.sentence = get<int>(j, "sentence");
  c.predicate = get<std::string>(j, "predicate");
  c.trigger = span_of(need(j, "trigger"), "span");
  c.time = claim_time_from_json(need(j, "time"));
  c.source = claim_source_from_json(need(j, "source"));
  c.modality = modality_of(get<std::string>(j, "modality"));
  c.hedged = get<bool>(j, "hedged");
  c.subject = get_or(j, "subject", -1);
  c.subject_text = get_or<std::string>(j, "subject_text", "");
  c.object = get_or(j, "object", -1);
  c.object_text = get_or<std::string>(j, "object_text", "");
  c.value = get_or(j, "value", -1);
  c.role = get_or<std::string>(j, "role", "");
  c.place = get_or(j, "place", -1);
  c.place_attached = get_or(j, "place_attached", false);
  c.quote = get_or(j, "quote", -1);
  for (const json& pair : need(j, "evidence")) c.evidence.push_back(to_span(pair));
  return c;
}

}  // namespace storyline
