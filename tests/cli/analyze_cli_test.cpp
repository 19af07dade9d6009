// `storyline analyze` end to end: minimal JSON Lines inputs, the layers' schema, order and
// offsets that point into `text`.
#include <gtest/gtest.h>

#include "run_binary.h"

namespace storyline::cli_test {
namespace {

TEST(CliAnalyze, MinimalJsonLinesObjectsWork) {
  std::string input =
      R"({"id":"a","lang":"en","published":"2025-08-14","text":"Last week, at least 15 boats were hit. Officials met on Tuesday."})"
      "\n"
      R"({"id":"b","lang":"es","published":"2025-08-14","text":"Este martes llegaron más de 50 personas y se pagaron 50 millones de dólares."})"
      "\n";
  RunResult result = run_storyline({"analyze", "-"}, input);
  ASSERT_EQ(result.exit_code, 0) << result.describe();
  std::vector<nlohmann::json> rows = parse_jsonl(result.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["id"], "a");
  EXPECT_EQ(rows[1]["id"], "b");
  for (const nlohmann::json& row : rows) {
    const std::string text = row["text"];
    for (const char* layer : {"sentences", "dates", "quantities"}) ASSERT_TRUE(row.contains(layer)) << layer;
    for (const auto& layer : {row["dates"], row["quantities"]})
      for (const auto& item : layer) {
        std::size_t begin = item["span"][0], end = item["span"][1];
        ASSERT_LE(end, text.size());
        EXPECT_EQ(text.substr(begin, end - begin), item["text"].get<std::string>());
      }
  }
  EXPECT_EQ(rows[0]["sentences"].size(), 2u);
  bool last_week = false, tuesday = false;
  for (const auto& date : rows[0]["dates"]) {
    if (date["text"] == "Last week") last_week = date["value"] == "2025-W32" && date["anchor"] == "publication";
    if (date["text"] == "Tuesday") tuesday = date["value"] == "2025-08-12";
  }
  EXPECT_TRUE(last_week) << rows[0]["dates"].dump();
  EXPECT_TRUE(tuesday) << rows[0]["dates"].dump();
  bool at_least = false;
  for (const auto& quantity : rows[0]["quantities"])
    if (quantity["value"] == 15) at_least = quantity["approx"] == "at_least";
  EXPECT_TRUE(at_least) << rows[0]["quantities"].dump();
  bool money = false, over = false;
  for (const auto& quantity : rows[1]["quantities"]) {
    if (quantity["unit"] == "USD") money = quantity["value"] == 50000000;
    if (quantity["value"] == 50 && quantity["unit"] == "") over = quantity["approx"] == "over";
  }
  EXPECT_TRUE(money) << rows[1]["quantities"].dump();
  EXPECT_TRUE(over) << rows[1]["quantities"].dump();
  bool martes = false;
  for (const auto& date : rows[1]["dates"])
    if (date["text"] == "Este martes") martes = date["value"] == "2025-08-12";
  EXPECT_TRUE(martes) << rows[1]["dates"].dump();
}

TEST(CliAnalyze, LeavesPublicationUnknownWhenNothingDatesTheArticle) {
  std::string input =
      R"({"id":"c","lang":"en","text":"The plant closed on March 7, 2025. Two days later it reopened."})" "\n"
      R"({"id":"d","lang":"es","text":"VALDEMAR, 7 abr 2025 (EFE) - La planta cerró el lunes."})" "\n";
  RunResult result = run_storyline({"analyze", "-"}, input);
  ASSERT_EQ(result.exit_code, 0) << result.describe();
  std::vector<nlohmann::json> rows = parse_jsonl(result.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["published"]["from"], "none");
  EXPECT_EQ(rows[0]["outlet"], "");
  EXPECT_EQ(rows[1]["published"]["from"], "text");
  EXPECT_EQ(rows[1]["published"]["value"], "2025-04-07");
  EXPECT_EQ(rows[1]["outlet"], "EFE");
}

TEST(CliAnalyze, OrderAndErrorsLikeExtract) {
  TempDir dir;
  std::string input;
  for (int i = 0; i < 12; ++i)
    input += R"({"id":")" + std::to_string(i) + R"(","lang":"en","text":"On May )" +
             std::to_string(i + 1) + R"(, 2025, officials counted )" + std::to_string(i * 10) +
             R"( boats."})" "\n";
  input += "{not json}\n";
  auto path = dir.write("batch.jsonl", input);
  RunResult one = run_storyline({"analyze", "--jobs", "1", path.string()});
  RunResult four = run_storyline({"analyze", "--jobs", "4", path.string()});
  EXPECT_EQ(one.exit_code, 1) << one.describe();
  EXPECT_EQ(one.out, four.out);
  std::vector<nlohmann::json> rows = parse_jsonl(one.out);
  ASSERT_EQ(rows.size(), 13u);
  for (int i = 0; i < 12; ++i) EXPECT_EQ(rows[i]["id"], std::to_string(i));
  EXPECT_TRUE(rows[12].contains("error"));
}

}  // namespace
}  // namespace storyline::cli_test
