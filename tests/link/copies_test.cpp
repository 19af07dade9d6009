// Copies: MinHash over word shingles finds syndicated and lightly edited texts, English and
// Spanish, and nothing else.
#include "link/copies.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

// A wire story, the same story rewritten by a second outlet, and an independent report.
const std::string kWireEn =
    "Firefighters in the hill town of Varena fought through the night to contain a blaze that "
    "destroyed at least 40 homes and forced about 2,000 residents to leave, the regional "
    "emergency service said on Tuesday.\n\n"
    "The fire started late on Monday in a pine forest north of the town and spread quickly "
    "because of strong winds and a dry summer, according to the service. Three firefighters "
    "were treated for smoke inhalation and one resident was taken to hospital with burns.\n\n"
    "\"We have never seen it move this fast,\" said Marta Oller, the head of the local fire "
    "brigade. \"The wind changed direction twice in one hour and the crews had to pull back.\"\n\n"
    "Four water-dropping planes and more than 300 firefighters were deployed by Tuesday morning. "
    "The authorities opened two schools and a sports hall as shelters and asked people not to "
    "return until the roads were declared safe.\n\n"
    "Investigators have not said what caused the fire. The regional government said it would "
    "ask for emergency funds of $12 million to rebuild the homes and repair the water network, "
    "which was damaged when a pumping station burned.";

// New first paragraph, a few words changed further down.
const std::string kRewriteEn =
    "A wildfire tore through the outskirts of Varena this week, leaving dozens of families "
    "without a home.\n\n"
    "The fire started late on Monday in a pine forest north of the town and spread rapidly "
    "because of strong winds and a dry summer, according to the service. Three firefighters "
    "were treated for smoke inhalation and one resident was taken to hospital with burns.\n\n"
    "\"We have never seen it move this fast,\" said Marta Oller, the chief of the local fire "
    "brigade. \"The wind changed direction twice in one hour and the crews had to pull back.\"\n\n"
    "Four water-dropping planes and more than 300 firefighters were deployed by Tuesday morning. "
    "Officials opened two schools and a sports hall as shelters and asked people not to "
    "return until the roads were declared safe.\n\n"
    "Investigators have not said what caused the fire. The regional government said it would "
    "ask for emergency funds of $12 million to rebuild the homes and repair the water network, "
    "which was damaged when a pumping station burned.";

// Same event, same quote, written independently: not a copy.
const std::string kOtherEn =
    "More than 2,000 people spent Tuesday night in shelters after a forest fire swept into "
    "Varena, burning some 40 houses on the northern edge of the town.\n\n"
    "Crews backed by four aircraft were still battling flames in the afternoon. Marta Oller, "
    "who leads the town's fire brigade, told reporters the wind had shifted twice within an "
    "hour. \"We have never seen it move this fast,\" she said.\n\n"
    "Residents described grabbing documents and pets as the smoke reached their streets. "
    "\"There was no time for anything else,\" said Jordi Pla, a baker whose shop was spared. "
    "The cause remains under investigation, and the regional authorities plan to request "
    "$12 million in aid.";

const std::string kWireEs =
    "Los bomberos de Varena trabajaron toda la noche para contener un incendio que destruyó al "
    "menos 40 viviendas y obligó a unos 2.000 vecinos a abandonar sus casas, informó el martes "
    "el servicio regional de emergencias.\n\n"
    "El fuego comenzó el lunes por la noche en un pinar al norte del pueblo y se propagó con "
    "rapidez por el fuerte viento y un verano muy seco, según el servicio. Tres bomberos fueron "
    "atendidos por inhalación de humo y un vecino fue trasladado al hospital con quemaduras.\n\n"
    "«Nunca lo habíamos visto avanzar tan rápido», dijo Marta Oller, jefa de los bomberos "
    "locales. «El viento cambió de dirección dos veces en una hora y tuvimos que retroceder».\n\n"
    "Cuatro aviones cisterna y más de 300 bomberos participaban en las tareas el martes por la "
    "mañana. Las autoridades habilitaron dos escuelas y un polideportivo como albergues y "
    "pidieron a la población no regresar hasta que las carreteras fueran seguras.";

// The Spanish wire copy as an outlet without accents or typographic quotes would print it,
// with a different opening line.
const std::string kRewriteEs =
    "Un incendio forestal arraso las afueras de Varena.\n\n"
    "El fuego comenzo el lunes por la noche en un pinar al norte del pueblo y se propago con "
    "rapidez por el fuerte viento y un verano muy seco, segun el servicio. Tres bomberos fueron "
    "atendidos por inhalacion de humo y un vecino fue trasladado al hospital con quemaduras.\n\n"
    "\"Nunca lo habiamos visto avanzar tan rapido\", dijo Marta Oller, jefa de los bomberos "
    "locales. \"El viento cambio de direccion dos veces en una hora y tuvimos que retroceder\".\n\n"
    "Cuatro aviones cisterna y mas de 300 bomberos participaban en las tareas el martes por la "
    "manana. Las autoridades habilitaron dos escuelas y un polideportivo como albergues y "
    "pidieron a la poblacion no regresar hasta que las carreteras fueran seguras.";

const std::string kOtherEs =
    "Más de 2.000 personas pasaron la noche del martes en albergues después de que las llamas "
    "alcanzaran Varena y quemaran unas 40 casas en el límite norte del municipio.\n\n"
    "«Nunca lo habíamos visto avanzar tan rápido», reconoció Marta Oller, responsable de los "
    "bomberos, que explicó que el viento giró dos veces en menos de una hora. Los vecinos "
    "contaron que solo tuvieron tiempo de coger papeles y mascotas antes de salir.\n\n"
    "Las causas del fuego se investigan. El gobierno regional pedirá 12 millones de dólares "
    "para reconstruir las viviendas.";

// An unrelated wire story, to check that nothing joins what it should not.
const std::string kStrike =
    "Dock workers at the port of Kessling walked off the job on Thursday in a dispute over night "
    "shifts, leaving more than 60 container ships waiting offshore, the port authority said. "
    "The union said the strike would last at least five days unless the operators withdrew a "
    "plan to cut overtime pay by a third. \"We are ready to talk, but not to give up what we "
    "won ten years ago,\" said Piet Arends, who speaks for the dock workers. The operators said "
    "the plan was needed to keep the port competitive and accused the union of refusing to "
    "negotiate.";

TEST(Copies, ExactCopyIsTheSameText) {
  EXPECT_DOUBLE_EQ(similarity(fingerprint(kWireEn), fingerprint(kWireEn)), 1.0);
  CopyIndex index;
  EXPECT_EQ(index.add(fingerprint(kWireEn)), -1);
  EXPECT_EQ(index.add(fingerprint(kWireEn)), 0);
  EXPECT_DOUBLE_EQ(index.best_similarity(1), 1.0);
  EXPECT_EQ(index.best_similarity(0), 0.0);
}

TEST(Copies, CaseAccentsAndPunctuationDoNotMatter) {
  std::string shouted;
  for (char c : kWireEn) shouted += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  EXPECT_DOUBLE_EQ(similarity(fingerprint(kWireEn), fingerprint(shouted)), 1.0);
  EXPECT_DOUBLE_EQ(similarity(fingerprint("Según el  ministerio, el país aprobó la ley: «sí». " +
                                          kWireEs),
                              fingerprint("segun el ministerio el pais aprobo la ley si " +
                                          kWireEs)),
                   1.0);
}

TEST(Copies, LightRewritesAreCopiesInBothLanguages) {
  const struct {
    const char* name;
    const std::string& original;
    const std::string& rewrite;
  } cases[] = {{"en", kWireEn, kRewriteEn}, {"es", kWireEs, kRewriteEs}};
  for (const auto& c : cases) {
    const double score = similarity(fingerprint(c.original), fingerprint(c.rewrite));
    EXPECT_GE(score, 0.5) << c.name;
    CopyIndex index;
    index.add(fingerprint(kStrike));
    index.add(fingerprint(c.original));
    EXPECT_EQ(index.add(fingerprint(c.rewrite)), 1) << c.name << " similarity " << score;
  }
}

TEST(Copies, IndependentReportsOfOneStoryAreNotCopies) {
  const struct {
    const char* name;
    const std::string& a;
    const std::string& b;
  } cases[] = {{"en", kWireEn, kOtherEn},   {"es", kWireEs, kOtherEs},
               {"en-es", kWireEn, kWireEs}, {"strike", kWireEn, kStrike},
               {"rewrite", kRewriteEn, kOtherEn}};
  for (const auto& c : cases) {
    EXPECT_LT(similarity(fingerprint(c.a), fingerprint(c.b)), 0.2) << c.name;
    CopyIndex index;
    index.add(fingerprint(c.a));
    EXPECT_EQ(index.add(fingerprint(c.b)), -1) << c.name;
    EXPECT_EQ(index.group_of(1), 1) << c.name;
  }
}

TEST(Copies, ShortTextsNeverCopy) {
  const std::string brief = "Fire in Varena: about 2,000 people leave their homes, officials say.";
  EXPECT_TRUE(fingerprint(brief).minhash.empty());
  EXPECT_TRUE(fingerprint("").minhash.empty());
  EXPECT_EQ(similarity(fingerprint(brief), fingerprint(brief)), 0.0);
  CopyIndex index;
  EXPECT_EQ(index.add(fingerprint(brief)), -1);
  EXPECT_EQ(index.add(fingerprint(brief)), -1);
  EXPECT_EQ(index.group_of(1), 1);
  EXPECT_EQ(fingerprint(kWireEn).minhash.size(), static_cast<std::size_t>(kMinHashes));
}

TEST(Copies, GroupsAreTransitive) {
  // Each step keeps most of the previous text; the last shares far less with the first.
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("w" + std::to_string(i));
  auto text = [&](int first_replaced, int count) {
    std::string out;
    for (int i = 0; i < 300; ++i)
      out += (i >= first_replaced && i < first_replaced + count ? "x" + std::to_string(i) + "y"
                                                                : words[i]) + " ";
    return out;
  };
  const std::string a = text(0, 0), b = text(0, 60), c = text(0, 120);  // J: a-b, b-c 0.65
  ASSERT_LT(similarity(fingerprint(a), fingerprint(c)), 0.5);
  CopyIndex index;
  EXPECT_EQ(index.add(fingerprint(kStrike)), -1);
  EXPECT_EQ(index.add(fingerprint(a)), -1);
  EXPECT_EQ(index.add(fingerprint(b)), 1);
  EXPECT_EQ(index.add(fingerprint(c)), 1);  // copies b, so joins a's group
  EXPECT_EQ(index.add(fingerprint(kRewriteEn)), -1);
  EXPECT_EQ(index.add(fingerprint(kWireEn)), 4);
  EXPECT_EQ(index.group_of(3), 1);
  EXPECT_EQ(index.group_of(5), 4);
  EXPECT_EQ(index.group_of(0), 0);
}

TEST(Copies, ComparisonsStayBoundedOnManyDistinctTexts) {
  // 3,000 distinct texts from one vocabulary plus 10 copies each of a wire story: buckets keep
  // one entry per group, so copies are not compared with every earlier copy.
  CopyIndex index;
  std::uint64_t state = 42;
  auto next = [&] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; };
  for (int doc = 0; doc < 3000; ++doc) {
    std::string text;
    for (int w = 0; w < 120; ++w) text += "v" + std::to_string((next() >> 33) % 5000) + " ";
    EXPECT_EQ(index.add(fingerprint(text)), -1) << doc;
  }
  const Fingerprint wire = fingerprint(kWireEn);
  EXPECT_EQ(index.add(wire), -1);
  for (int copy = 0; copy < 10; ++copy) EXPECT_EQ(index.add(wire), 3000);
  EXPECT_LE(index.comparisons(), 3000 + 10);
}

}  // namespace
}  // namespace storyline
