// Spanish direct quotes: comillas latinas, dialogue dashes, pro-drop speakers, según.
#include "speech_test_table.h"

namespace storyline {
namespace {

using speech_table::QuoteRow;

const QuoteRow kSpanishQuotes[] = {
    {.text = "[OUT:La Gaceta del Sur] informó: «El plan fue aprobado por el gabinete».",
     .quotes = {"El plan fue aprobado por el gabinete"}, .speaker = "La Gaceta del Sur", .named = true,
     .cue = "informó"},
    {.text = "«No vamos a permitir ninguna intervención», dijo [Claudia Sheinbaum].",
     .quotes = {"No vamos a permitir ninguna intervención"}, .speaker = "Claudia Sheinbaum", .named = true,
     .cue = "dijo"},
    {.text = "[Sheinbaum] afirmó: «La soberanía no se negocia».", .quotes = {"La soberanía no se negocia"},
     .speaker = "Sheinbaum", .named = true, .cue = "afirmó"},
    {.text = "“Hay que actuar ya”, advirtió [Omar García Harfuch].", .quotes = {"Hay que actuar ya"},
     .speaker = "Omar García Harfuch", .named = true, .cue = "advirtió"},
    {.text = "El canciller [Juan Ramón de la Fuente] declaró que México «no aceptará presiones».",
     .quotes = {"no aceptará presiones"}, .speaker = "Juan Ramón de la Fuente", .named = true,
     .cue = "declaró", .partial = true},
    {.text = "[Sheinbaum] calificó la propuesta de «inaceptable».", .quotes = {"inaceptable"},
     .speaker = "Sheinbaum", .named = true, .cue = "calificó", .partial = true},
    // Dialogue dashes: the narrator's words interrupt, the speaker follows the verb.
    {.text = "—La operación fue un éxito —afirmó [Omar García Harfuch].",
     .quotes = {"La operación fue un éxito"}, .speaker = "Omar García Harfuch", .named = true,
     .cue = "afirmó"},
    {.text = "—No vamos a ceder —dijo [Sheinbaum]—. Seguiremos trabajando con los estados.",
     .quotes = {"No vamos a ceder", "Seguiremos trabajando con los estados."}, .speaker = "Sheinbaum",
     .named = true, .cue = "dijo"},
    // Pro-drop: no subject, so the nearest person before.
    {.text = "[Sheinbaum] habló desde Palacio Nacional.\n\n—No vamos a ceder —dijo—. Seguiremos.",
     .quotes = {"No vamos a ceder", "Seguiremos."}, .speaker = "Sheinbaum", .named = true, .cue = "dijo"},
    {.text = "[Sheinbaum] recibió a los gobernadores. «Vamos juntos», dijo ella.", .quotes = {"Vamos juntos"},
     .speaker = "Sheinbaum", .named = true, .cue = "dijo"},
    {.text = "«Vamos a revisar cada caso», añadió [Harfuch]. «No habrá impunidad».",
     .quotes = {"Vamos a revisar cada caso", "No habrá impunidad"}, .speaker = "Harfuch", .named = true},
    {.text = "[Claudia Sheinbaum] rechazó la propuesta. «México es un país soberano», dijo en Palacio Nacional.",
     .quotes = {"México es un país soberano"}, .speaker = "Claudia Sheinbaum", .named = true, .cue = "dijo"},
    // Sources without a name.
    {.text = "Según un alto funcionario, «la decisión ya está tomada».",
     .quotes = {"la decisión ya está tomada"}, .speaker = "un alto funcionario", .anonymous = true,
     .count = 1, .cue = "Según", .partial = true},
    {.text = "«Estamos listos», aseguró un funcionario de la [ORG:Secretaría de Marina].",
     .quotes = {"Estamos listos"}, .speaker = "un funcionario de la Secretaría de Marina",
     .anonymous = true, .count = 1, .cue = "aseguró"},
    {.text = "«No hay marcha atrás», dijeron fuentes cercanas a la investigación.",
     .quotes = {"No hay marcha atrás"}, .speaker = "fuentes cercanas a la investigación",
     .anonymous = true, .count = 0},
    {.text = "«La frontera está cerrada», señalaron dos agentes y un funcionario federal.",
     .quotes = {"La frontera está cerrada"}, .speaker = "dos agentes y un funcionario federal",
     .anonymous = true, .count = 3},
    // Where the words were said.
    {.text = "«Seguiremos colaborando», dijo [Sheinbaum] en su conferencia matutina.",
     .quotes = {"Seguiremos colaborando"}, .speaker = "Sheinbaum", .named = true,
     .where = "en su conferencia matutina"},
    {.text = "«Todo está en orden», declaró [Hegseth] a bordo del portaaviones.",
     .quotes = {"Todo está en orden"}, .speaker = "Hegseth", .named = true,
     .where = "a bordo del portaaviones"},
    {.text = "«Nadie está por encima de la ley», expresó [Gertz] en una conferencia de prensa.",
     .quotes = {"Nadie está por encima de la ley"}, .speaker = "Gertz", .named = true,
     .where = "en una conferencia de prensa"},
};

const QuoteRow kSpanishNotQuotes[] = {
    {.text = "El ataque fue ordenado por «[El Mencho]».", .quotes = {}},
    {.text = "Detuvieron a [Ovidio «El Ratón» Guzmán] en Culiacán.", .quotes = {}},
    {.text = "La película «La Sombra del Cártel» se estrenó en 2020.", .quotes = {}},
    {.text = "Publicó el libro «Los Señores del Narco» hace años.", .quotes = {}},
    {.text = "Los analistas cuestionan la llamada «narcoguerra».", .quotes = {}},
    {.text = "El gobierno defendió su «estrategia integral» ante el Congreso.", .quotes = {}},
    {.text = "El «fin de la guerra contra el narco» que nadie anunció\n\nLa estrategia cambió.",
     .quotes = {}},
};

TEST(SpeechQuotesSpanish, Table) {
  for (const QuoteRow& row : kSpanishQuotes) speech_table::check_quotes(row, "es");
}

TEST(SpeechQuotesSpanish, NotQuotes) {
  for (const QuoteRow& row : kSpanishNotQuotes) speech_table::check_quotes(row, "es");
}

TEST(SpeechQuotesSpanish, DialoguePiecesPointBack) {
  auto a = speech_table::analyze("—No vamos a ceder —dijo [Sheinbaum]—. Seguiremos.", "es");
  ASSERT_EQ(a.speech.quotes.size(), 2u);
  EXPECT_EQ(a.speech.quotes[1].continues, 0);
  EXPECT_FALSE(a.speech.quotes[0].partial);
  EXPECT_FALSE(a.speech.quotes[1].partial);
}

TEST(SpeechQuotesSpanish, DialogueExchange) {
  auto a = speech_table::analyze(
      "—¿Habrá más operativos? —preguntó un reportero.\n\n—Los que hagan falta —respondió [Harfuch].", "es");
  ASSERT_EQ(a.speech.quotes.size(), 2u);
  EXPECT_EQ(a.speech.quotes[0].text, "¿Habrá más operativos?");
  EXPECT_EQ(a.speech.quotes[0].speaker.text, "un reportero");
  EXPECT_EQ(a.speech.quotes[1].text, "Los que hagan falta");
  EXPECT_EQ(a.speech.quotes[1].speaker.text, "Harfuch");
  EXPECT_EQ(a.speech.quotes[1].continues, -1);
}

TEST(SpeechQuotesSpanish, ProDropTakesThePreviousSpeaker) {
  auto a = speech_table::analyze(
      "«Es un día histórico», dijo [Sheinbaum].\n\nDespués saludó a [Marcelo Ebrard]. «Lo logramos», "
      "añadió.",
      "es");
  ASSERT_EQ(a.speech.quotes.size(), 2u);
  EXPECT_EQ(a.speech.quotes[1].speaker.text, "Sheinbaum");
  EXPECT_EQ(a.speech.quotes[1].cue_text, "añadió");
}

TEST(SpeechQuotesSpanish, DateInTheSentence) {
  auto a = speech_table::analyze("«Se acabó el diálogo», dijo [Sheinbaum] el 4 de mayo.", "es", true);
  ASSERT_EQ(a.speech.quotes.size(), 1u);
  ASSERT_GE(a.speech.quotes[0].when, 0);
  EXPECT_EQ(a.words(a.dates[static_cast<std::size_t>(a.speech.quotes[0].when)].span), "4 de mayo");
}

}  // namespace
}  // namespace storyline
