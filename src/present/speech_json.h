// The speech layer as JSON: field names are those of recognize/speech/speech.h; spans are
// `[begin, end]` arrays as in every other layer (analysis_json.cpp, docs/schema.md).
#pragma once

#include <nlohmann/json.hpp>

#include "recognize/speech/speech.h"

namespace storyline {

nlohmann::json speaker_to_json(const Speaker& speaker);
nlohmann::json quote_to_json(const Quote& quote, std::string_view text);
// `text` is the article text, for the attribution's own words.
nlohmann::json attribution_to_json(const Attribution& attribution, std::string_view text);
nlohmann::json hedge_to_json(const Hedge& hedge);
nlohmann::json sourcing_to_json(const Sourcing& sourcing);
// {"quotes": [...], "attributions": [...], "hedges": [...], "sourcing": {...}}
nlohmann::json speech_to_json(const Speech& speech, std::string_view text);

}  // namespace storyline
