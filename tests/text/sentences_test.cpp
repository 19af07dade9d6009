// Sentence boundaries: one row per construction, English and Spanish.
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

struct SentenceCase {
  const char* lang;
  std::string text;
  std::vector<std::string> sentences;
};

std::vector<std::string> split(const SentenceCase& c) {
  static const SentenceRules en = load_sentence_rules(STORYLINE_SOURCE_DIR "/resources", "en");
  static const SentenceRules es = load_sentence_rules(STORYLINE_SOURCE_DIR "/resources", "es");
  std::vector<std::string> out;
  for (const Span& span : split_sentences(c.text, {}, std::string(c.lang) == "es" ? es : en))
    out.push_back(c.text.substr(span.begin, span.end - span.begin));
  return out;
}

TEST(Sentences, SplitsNewsTextInBothLanguages) {
  const SentenceCase cases[] = {
      {"en", "The port reopened. Ships entered at dawn.", {"The port reopened.", "Ships entered at dawn."}},
      {"en", "Gen. Gregory M. Guillot testified on Tuesday. He said the plan was ready.",
       {"Gen. Gregory M. Guillot testified on Tuesday.", "He said the plan was ready."}},
      {"en", "Sen. Ana Ruiz and Rep. Tom Lee met Dr. Sam Oyelaran at 10 a.m. on Friday.",
       {"Sen. Ana Ruiz and Rep. Tom Lee met Dr. Sam Oyelaran at 10 a.m. on Friday."}},
      {"en", "The talks began at 9 a.m. The deal came by noon.",
       {"The talks began at 9 a.m.", "The deal came by noon."}},
      {"en", "She moved to the U.S. The next year she ran for office.",
       {"She moved to the U.S.", "The next year she ran for office."}},
      {"en", "Officials in the U.S. Department of Justice declined to comment.",
       {"Officials in the U.S. Department of Justice declined to comment."}},
      {"en", "Gov. Lee signed it. Shares rose 1.5 percent.", {"Gov. Lee signed it.", "Shares rose 1.5 percent."}},
      {"en", "“We are not leaving,” she said. “Not now.” Then she left.",
       {"“We are not leaving,” she said.", "“Not now.”", "Then she left."}},
      {"en", "Is it safe? Nobody knows! Wait...", {"Is it safe?", "Nobody knows!", "Wait..."}},
      {"en", "He said the deal was “done.” Markets rallied.", {"He said the deal was “done.”", "Markets rallied."}},
      {"en", "Prices rose in Jan. and fell in Feb. last year.", {"Prices rose in Jan. and fell in Feb. last year."}},
      {"es", "El Sr. Pérez llegó ayer. La Sra. Gil no vino.", {"El Sr. Pérez llegó ayer.", "La Sra. Gil no vino."}},
      {"es", "El Lic. Ramírez y el Gral. Ochoa firmaron el acuerdo con EE.UU. el martes.",
       {"El Lic. Ramírez y el Gral. Ochoa firmaron el acuerdo con EE.UU. el martes."}},
      {"es", "La delegación viajó a EE.UU. El viaje duró tres días.",
       {"La delegación viajó a EE.UU.", "El viaje duró tres días."}},
      {"es", "¿Qué pasará ahora? Nadie lo sabe. —No lo sé —dijo el alcalde.",
       {"¿Qué pasará ahora?", "Nadie lo sabe.", "—No lo sé —dijo el alcalde."}},
      {"es", "Subió un 2,5 por ciento. «Es mucho», dijo.", {"Subió un 2,5 por ciento.", "«Es mucho», dijo."}},
  };
  for (const SentenceCase& c : cases) EXPECT_EQ(split(c), c.sentences) << "text: " << c.text;
}

TEST(Sentences, NeverCrossParagraphs) {
  static const SentenceRules en = load_sentence_rules(STORYLINE_SOURCE_DIR "/resources", "en");
  std::string text = "Headline without a period\n\nFirst sentence. Second one";
  std::vector<Span> paragraphs = {{0, 25}, {27, static_cast<std::uint32_t>(text.size())}};
  std::vector<Span> spans = split_sentences(text, paragraphs, en);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "Headline without a period");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Second one");
}

}  // namespace
}  // namespace storyline
