// The codec is the inverse of analysis_to_json: every analysis of the example corpus survives
// to_json -> from_json -> to_json unchanged, and malformed JSON is refused with the field named.
#include <gtest/gtest.h>

#include <algorithm>

#include "present/analysis_json.h"
#include "store/analysis_codec.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

TEST(StoreCodec, RoundTripsEveryAnalysisOfTheExampleCorpus) {
  std::vector<Analysis> analyses = store_test::corpus_analyses();
  ASSERT_GE(analyses.size(), 10u);
  for (const Analysis& analysis : analyses) {
    nlohmann::json once = analysis_to_json(analysis);
    nlohmann::json twice = analysis_to_json(analysis_from_json(once));
    EXPECT_EQ(once, twice) << analysis.article.source;
  }
}

TEST(StoreCodec, RoundTripsSpanishQuotesAndClaims) {
  Analysis analysis = store_test::analyse(
      "https://example.test/es/1",
      "La alcaldesa Marta Ruiz dijo el martes: «Evacuamos a 300 vecinos del barrio». "
      "Según fuentes policiales, al menos dos personas murieron en la explosión del 4 de marzo.",
      "es");
  nlohmann::json once = analysis_to_json(analysis);
  EXPECT_EQ(once, analysis_to_json(analysis_from_json(once)));
}

TEST(StoreCodec, AnAnalysisStoredBeforeRolesGetsItsClaimsAgain) {
  nlohmann::json json = analysis_to_json(store_test::analyse(
      "https://example.test/old", "Police evacuated about 300 residents of the Brill neighborhood on Monday.", "en"));
  ASSERT_EQ(json.at("claims_version"), kClaimsVersion);
  // As an older storyline wrote it: no version, no roles.
  json.erase("claims_version");
  for (nlohmann::json& claim : json.at("claims")) claim.erase("role");
  Analysis old = analysis_from_json(json);
  EXPECT_EQ(old.claims_version, 1);
  auto has_role = [](const Analysis& a) {
    return std::any_of(a.claims.begin(), a.claims.end(), [](const Claim& c) { return c.role == "evacuated"; });
  };
  EXPECT_FALSE(has_role(old));
  refresh_claims(old, *store_test::resources().claims);
  EXPECT_TRUE(has_role(old));
  EXPECT_EQ(old.claims_version, kClaimsVersion);
}

TEST(StoreCodec, NamesTheMissingField) {
  nlohmann::json json = analysis_to_json(store_test::analyse("https://example.test/a", "Three people died."));
  json.erase("claims");
  try {
    analysis_from_json(json);
    FAIL() << "accepted an analysis without claims";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("claims"), std::string::npos) << error.what();
  }
  EXPECT_THROW(analysis_from_json(nlohmann::json::array()), std::runtime_error);
}

// A stored analysis is bytes anyone may have edited: spans past the text, indexes past their
// layer and values of the wrong type deep inside are refused with a runtime_error, never used.
TEST(StoreCodec, RefusesSpansAndIndexesOutOfRange) {
  nlohmann::json good = analysis_to_json(store_test::analyse(
      "https://example.test/b", "Police evacuated about 300 residents of the Brill neighborhood on Monday, the mayor said."));
  ASSERT_FALSE(good.at("sentences").empty());
  ASSERT_FALSE(good.at("claims").empty());
  auto refusal = [](const nlohmann::json& json) -> std::string {
    try {
      analysis_from_json(json);
    } catch (const std::runtime_error& error) {
      return error.what();
    }
    return "accepted";
  };
  nlohmann::json json = good;
  json["text"] = "Short.";
  EXPECT_NE(refusal(json).find("outside the text"), std::string::npos) << refusal(json);
  json = good;
  json["claims"][0]["sentence"] = 99;
  EXPECT_NE(refusal(json).find("a claim's sentence 99"), std::string::npos) << refusal(json);
  json = good;
  json["sentences"][0] = {"zero", 4};
  EXPECT_NE(refusal(json).find("analysis JSON"), std::string::npos) << refusal(json);
  // Numbers no span or index can hold (a cast of them would be undefined behaviour).
  json = good;
  json["sentences"][0] = {3.3e84, 0};
  EXPECT_NE(refusal(json).find("a span's begin is not a whole number"), std::string::npos) << refusal(json);
  json = good;
  json["sentences"][0] = {0, 99999999999LL};
  EXPECT_NE(refusal(json).find("a span's end is out of range"), std::string::npos) << refusal(json);
  json = good;
  json["claims"][0]["sentence"] = 4294967296LL;
  EXPECT_NE(refusal(json).find("field 'sentence' is out of range"), std::string::npos) << refusal(json);
  EXPECT_EQ(refusal(good), "accepted");
}

}  // namespace
}  // namespace storyline
