// Hedges, the sourcing summary, the JSON rendering and the resource loader.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "present/speech_json.h"
#include "recognize/speech/speech_lexicon.h"
#include "speech_test_table.h"

namespace storyline {
namespace {

struct HedgeRow {
  const char* lang;
  const char* text;
  std::vector<const char*> hedges;
};

const HedgeRow kHedges[] = {
    {"en", "The convoy was reportedly carrying weapons.", {"reportedly"}},
    {"en", "The suspect allegedly ran the cell from prison.", {"allegedly"}},
    {"en", "The talks could resume next week.", {"could"}},
    {"en", "Rain may delay the launch, and it might not happen at all.", {"may", "might"}},
    {"en", "The vote is expected to take place on May 4.", {"is expected to"}},
    {"en", "The hearing is set for May 4, officials said.", {}},
    {"en", "May brought the first strikes of the year.", {}},
    {"en", "“We could lose everything,” she said.", {}},
    {"en", "Reportedly, the envoy left early.", {"Reportedly"}},
    {"en", "The former leader [Theresa May] spoke.", {}},
    {"es", "El detenido presuntamente dirigía la célula.", {"presuntamente"}},
    {"es", "Al parecer, el convoy cambió de ruta.", {"Al parecer"}},
    {"es", "La reforma podría aprobarse en mayo.", {"podría"}},
    {"es", "El grupo supuestamente opera en tres estados.", {"supuestamente"}},
    {"es", "«Podría ser peor», dijo [Sheinbaum].", {}},
};

TEST(SpeechHedges, Table) {
  for (const HedgeRow& row : kHedges) {
    auto a = speech_table::analyze(row.text, row.lang, true);
    std::vector<std::string> found;
    for (const Hedge& h : a.speech.hedges) {
      EXPECT_EQ(h.text, a.words(h.span));
      EXPECT_EQ(h.sentence, 0);
      found.push_back(h.text);
    }
    EXPECT_EQ(found, std::vector<std::string>(row.hedges.begin(), row.hedges.end())) << row.text;
  }
}

TEST(SpeechSourcing, CountsSentencesByFirstSource) {
  auto a = speech_table::analyze(
      "“We are ready,” [Hegseth] said. “We will act.”\n\n"
      "The strikes will go on, a senior official said.\n\n"
      "[OUT:NBC News] reported the plan first.\n\n"
      "The ships left on Monday.\n\n"
      "“The ships are fast,” [Hegseth] added.\n\n"
      "“Nobody saw them,” two officials said.",
      "en");
  const Sourcing& s = a.speech.sourcing;
  EXPECT_EQ(s.named, 3);
  EXPECT_EQ(s.anonymous, 2);
  EXPECT_EQ(s.outlets, 1);
  EXPECT_EQ(s.unsourced, 1);
  ASSERT_EQ(s.quotes_by_speaker.size(), 2u);
  EXPECT_EQ(s.quotes_by_speaker[0].speaker, "Hegseth");
  EXPECT_EQ(s.quotes_by_speaker[0].quotes, 3);
  EXPECT_EQ(s.quotes_by_speaker[0].entity, 0);
  EXPECT_EQ(s.quotes_by_speaker[1].speaker, "two officials");
  EXPECT_TRUE(s.quotes_by_speaker[1].anonymous);
  EXPECT_EQ(s.quotes_by_speaker[1].quotes, 1);
}

TEST(SpeechJson, FieldNames) {
  auto a = speech_table::analyze(
      "“We will act,” [Homan] told [OUT:Fox Business] aboard a plane. The border could close.", "en");
  nlohmann::json j = speech_to_json(a.speech, a.text);
  ASSERT_EQ(j["quotes"].size(), 1u);
  const auto& q = j["quotes"][0];
  EXPECT_EQ(q["text"], "We will act");
  EXPECT_EQ(q["span"], nlohmann::json::array({3, 14}));
  EXPECT_EQ(q["speaker"]["text"], "Homan");
  EXPECT_EQ(q["speaker"]["entity"], 0);
  EXPECT_EQ(q["cue"]["text"], "told");
  EXPECT_EQ(q["where"]["text"], "aboard a plane");
  for (const char* key : {"partial", "cue", "where", "sentence"}) EXPECT_TRUE(q.contains(key)) << key;
  // Absent facts are left out rather than written as -1 or empty spans.
  for (const char* key : {"when", "continues"}) EXPECT_FALSE(q.contains(key)) << key;
  ASSERT_EQ(j["attributions"].size(), 1u);
  EXPECT_EQ(j["attributions"][0]["via"]["text"], "Fox Business");
  EXPECT_EQ(j["attributions"][0]["cue"], "told");
  EXPECT_TRUE(j["attributions"][0].contains("statement"));
  ASSERT_EQ(j["hedges"].size(), 1u);
  EXPECT_EQ(j["hedges"][0]["text"], "could");
  EXPECT_EQ(j["sourcing"]["named"], 1);
  EXPECT_EQ(j["sourcing"]["unsourced"], 1);
  EXPECT_EQ(j["sourcing"]["quotes_by_speaker"][0]["quotes"], 1);
}

TEST(SpeechResources, EveryLanguageFolderLoads) {
  const SpeechResources& r = speech_table::resources();
  ASSERT_TRUE(r.languages.count("en"));
  ASSERT_TRUE(r.languages.count("es"));
  EXPECT_FALSE(r.languages.at("es").dashes.empty());
  EXPECT_TRUE(r.languages.at("en").dashes.empty());
}

TEST(SpeechResources, MalformedLineNamesTheFile) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("speech_resources_" + std::to_string(::getpid()));
  fs::create_directories(dir / "xx" / "speech");
  std::ofstream(dir / "xx" / "speech" / "quantifiers.txt") << "# counts\na | one\n";
  try {
    load_speech_resources(dir.string());
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("quantifiers.txt:2"), std::string::npos) << e.what();
  }
  std::ofstream(dir / "xx" / "speech" / "quantifiers.txt") << "a | 1\n";
  std::ofstream(dir / "xx" / "speech" / "cues.txt") << "said | loudly\n";
  EXPECT_THROW(load_speech_resources(dir.string()), std::runtime_error);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace storyline
