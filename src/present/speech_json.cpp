#include "present/speech_json.h"

namespace storyline {
namespace {

using nlohmann::json;

json span_json(const Span& span) { return json::array({span.begin, span.end}); }

std::string span_text(std::string_view text, const Span& span) {
  if (span.begin > span.end || span.end > text.size()) return {};
  return std::string(text.substr(span.begin, span.end - span.begin));
}

}  // namespace

json speaker_to_json(const Speaker& speaker) {
  return {{"entity", speaker.entity},
          {"text", speaker.text},
          {"span", span_json(speaker.span)},
          {"anonymous", speaker.anonymous},
          {"count", speaker.count}};
}

json quote_to_json(const Quote& quote) {
  return {{"span", span_json(quote.span)},
          {"text", quote.text},
          {"partial", quote.partial},
          {"speaker", speaker_to_json(quote.speaker)},
          {"cue", span_json(quote.cue)},
          {"cue_text", quote.cue_text},
          {"when", quote.when},
          {"where", span_json(quote.where)},
          {"where_text", quote.where_text},
          {"sentence", quote.sentence},
          {"continues", quote.continues}};
}

json attribution_to_json(const Attribution& attribution, std::string_view text) {
  return {{"span", span_json(attribution.span)},
          {"text", span_text(text, attribution.span)},
          {"cue", attribution.cue},
          {"source", speaker_to_json(attribution.source)},
          {"via", speaker_to_json(attribution.via)},
          {"statement", span_json(attribution.statement)},
          {"sentence", attribution.sentence}};
}

json hedge_to_json(const Hedge& hedge) {
  return {{"span", span_json(hedge.span)}, {"text", hedge.text}, {"sentence", hedge.sentence}};
}

json sourcing_to_json(const Sourcing& sourcing) {
  json by_speaker = json::array();
  for (const SpeakerCount& count : sourcing.quotes_by_speaker)
    by_speaker.push_back({{"speaker", count.speaker},
                          {"entity", count.entity},
                          {"anonymous", count.anonymous},
                          {"quotes", count.quotes}});
  return {{"named", sourcing.named},
          {"anonymous", sourcing.anonymous},
          {"outlets", sourcing.outlets},
          {"unsourced", sourcing.unsourced},
          {"quotes_by_speaker", by_speaker}};
}

json speech_to_json(const Speech& speech, std::string_view text) {
  json quotes = json::array(), attributions = json::array(), hedges = json::array();
  for (const Quote& quote : speech.quotes) quotes.push_back(quote_to_json(quote));
  for (const Attribution& a : speech.attributions) attributions.push_back(attribution_to_json(a, text));
  for (const Hedge& hedge : speech.hedges) hedges.push_back(hedge_to_json(hedge));
  return {{"quotes", quotes},
          {"attributions", attributions},
          {"hedges", hedges},
          {"sourcing", sourcing_to_json(speech.sourcing)}};
}

}  // namespace storyline
