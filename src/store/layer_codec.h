// The speech layer and claims from JSON: inverses of present/speech_json.h and claim_to_json.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "claims/claim.h"
#include "recognize/speech/speech.h"

namespace storyline {

// Reads `quotes`, `attributions`, `hedges` and `sourcing` from an analysis object; `text` is
// the article text, for the words of spans the JSON gives without them.
Speech speech_from_json(const nlohmann::json& analysis, std::string_view text);

Claim claim_from_json(const nlohmann::json& claim);

}  // namespace storyline
