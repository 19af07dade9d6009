// Attributions of statements that are not direct quotes, English and Spanish.
#include "speech_test_table.h"

namespace storyline {
namespace {

struct AttributionRow {
  const char* lang;
  const char* text;
  const char* cue;
  const char* source;
  bool anonymous = false;
  int count = 0;
  const char* via = "";
  const char* statement = nullptr;  // checked when given
  bool named = false;               // source is an entity
};

const AttributionRow kAttributions[] = {
    {.lang = "en", .text = "The cartel is losing ground, insiders say.", .cue = "say", .source = "insiders",
     .anonymous = true, .statement = "The cartel is losing ground"},
    {.lang = "en", .text = "Sources say the talks collapsed on Friday.", .cue = "say", .source = "Sources",
     .anonymous = true, .statement = "the talks collapsed on Friday"},
    {.lang = "en", .text = "Analysts believe the group has split in two.", .cue = "believe",
     .source = "Analysts", .anonymous = true, .statement = "the group has split in two"},
    {.lang = "en", .text = "Military sources indicate that the convoy was ambushed.", .cue = "indicate",
     .source = "Military sources", .anonymous = true, .statement = "the convoy was ambushed"},
    {.lang = "en", .text = "The strikes were planned weeks ahead, a senior official told [OUT:Rolling Stone].",
     .cue = "told", .source = "a senior official", .anonymous = true, .count = 1, .via = "Rolling Stone",
     .statement = "The strikes were planned weeks ahead"},
    {.lang = "en", .text = "[OUT:NBC News] reported in April that six U.S. officials confirmed the deployment.",
     .cue = "confirmed", .source = "six U.S. officials", .anonymous = true, .count = 6, .via = "NBC News",
     .statement = "the deployment"},
    {.lang = "en",
     .text = "The unit was disbanded, according to investigative journalist [Ken Klippenstein]’s reporting.",
     .cue = "according to", .source = "Ken Klippenstein", .statement = "The unit was disbanded", .named = true},
    {.lang = "en", .text = "The raids were first disclosed by reporters citing the [OUT:New York Times].",
     .cue = "citing", .source = "New York Times", .named = true},
    {.lang = "en", .text = "[Tom Homan] told [OUT:Fox Business] that more flights were coming.", .cue = "told",
     .source = "Tom Homan", .via = "Fox Business", .statement = "more flights were coming", .named = true},
    {.lang = "en", .text = "“We will not back down,” [Tom Homan] told [OUT:Fox Business].", .cue = "told",
     .source = "Tom Homan", .via = "Fox Business", .named = true},
    {.lang = "es", .text = "Según fuentes del [ORG:Pentágono], la operación comenzó en marzo.", .cue = "Según",
     .source = "fuentes del Pentágono", .anonymous = true, .statement = "la operación comenzó en marzo"},
    {.lang = "es", .text = "De acuerdo con un funcionario estadounidense, el envío se retrasó.",
     .cue = "De acuerdo con", .source = "un funcionario estadounidense", .anonymous = true, .count = 1,
     .statement = "el envío se retrasó"},
    {.lang = "es", .text = "El grupo se fracturó, aseguran analistas.", .cue = "aseguran", .source = "analistas",
     .anonymous = true, .statement = "El grupo se fracturó"},
    {.lang = "es", .text = "Con base en el diario [OUT:El Universal], tres funcionarios confirmaron la cita.",
     .cue = "confirmaron", .source = "tres funcionarios", .anonymous = true, .count = 3, .via = ""},
    {.lang = "es", .text = "De acuerdo con el diario [OUT:El Universal], tres funcionarios confirmaron la cita.",
     .cue = "confirmaron", .source = "tres funcionarios", .anonymous = true, .count = 3, .via = "El Universal",
     .statement = "la cita"},
    {.lang = "es", .text = "El líder habría sido detenido en Sinaloa, según medios locales.", .cue = "según",
     .source = "medios locales", .anonymous = true, .statement = "El líder habría sido detenido en Sinaloa"},
    {.lang = "es", .text = "Así lo informó el diario [OUT:Reforma].", .cue = "informó", .source = "Reforma",
     .named = true},
    {.lang = "es", .text = "[Harfuch] dijo a [OUT:Milenio] que el operativo sigue.", .cue = "dijo a",
     .source = "Harfuch", .via = "Milenio", .statement = "el operativo sigue", .named = true},
};

TEST(SpeechAttributions, Table) {
  for (const AttributionRow& row : kAttributions) {
    auto a = speech_table::analyze(row.text, row.lang);
    std::string context = std::string("in: ") + a.text;
    ASSERT_EQ(a.speech.attributions.size(), 1u) << context;
    const Attribution& at = a.speech.attributions[0];
    EXPECT_EQ(at.cue, row.cue) << context;
    EXPECT_EQ(at.source.text, row.source) << context;
    EXPECT_EQ(at.source.anonymous, row.anonymous) << context;
    EXPECT_EQ(at.source.count, row.count) << context;
    EXPECT_EQ(at.source.entity >= 0, row.named) << context;
    EXPECT_EQ(at.via.text, row.via) << context;
    if (*row.via) {
      EXPECT_GE(at.via.entity, 0) << context;
    }
    if (row.statement) {
      EXPECT_EQ(a.words(at.statement), row.statement) << context;
    }
    EXPECT_EQ(at.sentence, 0) << context;
  }
}

TEST(SpeechAttributions, QuoteCueIsNotRepeated) {
  for (const char* text : {"“We will not back down,” [Homan] said.", "«No daremos marcha atrás», dijo [Homan].",
                           "[Trump] called the plan “a disaster.”", "The “invasion” talk, critics say, is old."}) {
    auto a = speech_table::analyze(text, text[0] == '\xC2' ? "es" : "en");
    bool critics = std::string(text).find("critics") != std::string::npos;
    EXPECT_EQ(a.speech.attributions.size(), critics ? 1u : 0u) << text;
  }
}

TEST(SpeechAttributions, NotSources) {
  for (const char* text : {"The claims were dismissed by the court.",
                           "The Pentagon has not said how many people were killed.", "The so-called plan stalled.",
                           "The statement said little about costs.", "The plan says little about costs."}) {
    auto a = speech_table::analyze(text, "en");
    EXPECT_TRUE(a.speech.attributions.empty()) << text << " -> " << a.speech.attributions[0].source.text;
  }
}

TEST(SpeechAttributions, PronounSource) {
  auto a = speech_table::analyze("[Marco Rubio] met the envoy. He said the talks would resume.", "en");
  ASSERT_EQ(a.speech.attributions.size(), 1u);
  EXPECT_EQ(a.speech.attributions[0].source.text, "Marco Rubio");
  EXPECT_EQ(a.speech.attributions[0].source.entity, 0);
  EXPECT_EQ(a.speech.attributions[0].sentence, 1);
}

}  // namespace
}  // namespace storyline
