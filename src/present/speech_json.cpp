#include "present/speech_json.h"

#include "present/span_json.h"

namespace storyline {

using nlohmann::json;

json speaker_to_json(const Speaker& speaker) {
  json out = {{"text", speaker.text}, {"anonymous", speaker.anonymous}};
  if (speaker.entity >= 0) out["entity"] = speaker.entity;
  if (!empty_span(speaker.span)) out["span"] = span_json(speaker.span);
  if (speaker.count > 0) out["count"] = speaker.count;
  return out;
}

json quote_to_json(const Quote& quote, std::string_view text) {
  json out = {{"span", span_json(quote.span)},
              {"text", quote.text},
              {"partial", quote.partial},
              {"speaker", speaker_to_json(quote.speaker)},
              {"sentence", quote.sentence}};
  if (!empty_span(quote.cue)) out["cue"] = spanned_json(text, quote.cue);
  if (quote.when >= 0) out["when"] = quote.when;
  if (!empty_span(quote.where)) out["where"] = spanned_json(text, quote.where);
  if (quote.continues >= 0) out["continues"] = quote.continues;
  return out;
}

json attribution_to_json(const Attribution& attribution, std::string_view text) {
  json out = {{"span", span_json(attribution.span)},
              {"text", span_text(text, attribution.span)},
              {"cue", attribution.cue},
              {"source", speaker_to_json(attribution.source)},
              {"statement", span_json(attribution.statement)},
              {"sentence", attribution.sentence}};
  if (!attribution.via.text.empty()) out["via"] = speaker_to_json(attribution.via);
  return out;
}

json hedge_to_json(const Hedge& hedge) {
  return {{"span", span_json(hedge.span)}, {"text", hedge.text}, {"sentence", hedge.sentence}};
}

json sourcing_to_json(const Sourcing& sourcing) {
  json by_speaker = json::array();
  for (const SpeakerCount& count : sourcing.quotes_by_speaker) {
    json one = {{"speaker", count.speaker}, {"anonymous", count.anonymous}, {"quotes", count.quotes}};
    if (count.entity >= 0) one["entity"] = count.entity;
    by_speaker.push_back(std::move(one));
  }
  return {{"named", sourcing.named},
          {"anonymous", sourcing.anonymous},
          {"outlets", sourcing.outlets},
          {"unsourced", sourcing.unsourced},
          {"quotes_by_speaker", by_speaker}};
}

json speech_to_json(const Speech& speech, std::string_view text) {
  json quotes = json::array(), attributions = json::array(), hedges = json::array();
  for (const Quote& quote : speech.quotes) quotes.push_back(quote_to_json(quote, text));
  for (const Attribution& a : speech.attributions) attributions.push_back(attribution_to_json(a, text));
  for (const Hedge& hedge : speech.hedges) hedges.push_back(hedge_to_json(hedge));
  return {{"quotes", quotes},
          {"attributions", attributions},
          {"hedges", hedges},
          {"sourcing", sourcing_to_json(speech.sourcing)}};
}

}  // namespace storyline
