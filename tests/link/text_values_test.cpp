// Text values compared across outlets (src/link/text_values.h): one table of short stories in
// English and Spanish, each with the disputes it must give and nothing else.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "link/text_value_words.h"
#include "link/text_values.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::Report;

const TextValueResources& text_value_resources() {
  static auto loaded = load_text_value_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

struct Case {
  const char* name;
  std::vector<Report> reports;   // published one day apart, in this order
  std::vector<int> copy_of;      // empty: every report is its own source
  std::vector<std::string> want;  // "aspect: a text | b text"
};

Report en(const std::string& text) { return {"", "Outlet", "", "en", text, ""}; }
Report es(const std::string& text) { return {"", "Medio", "", "es", text, ""}; }

const std::vector<Case>& cases() {
  static const std::vector<Case> table = {
      {"surname spelled two ways",
       {en("Anna Kowalski was detained in Warsaw on Tuesday, police said. Kowalski denied the charges."),
        en("Police in Warsaw detained Anna Kowalsky on Tuesday. Kowalsky denied any wrongdoing.")},
       {},
       {"spelling: Anna Kowalski | Anna Kowalsky"}},
      {"Spanish surname spelled two ways, same given name",
       {es("Carlos Muñoz fue detenido el martes en Toluca, informó la policía."),
        es("La policía detuvo el martes en Toluca a Carlos Nuñez, según la fiscalía.")},
       {},
       {"spelling: Carlos Muñoz | Carlos Nuñez"}},
      {"a double surname with the other first surname",
       {es("En el acto estuvo el alcalde de Orla, Juan Pablo Rodríguez Almeida, junto a otros cargos."),
        es("Acudieron también otros dirigentes, como el alcalde Juan Pablo Martínez-Almeida.")},
       {},
       {"spelling: Juan Pablo Rodríguez Almeida | Juan Pablo Martínez-Almeida"}},
      {"a double surname shortened to its first",
       {es("En el acto estuvo el alcalde de Orla, Juan Pablo Rodríguez Almeida, junto a otros cargos."),
        es("Acudieron también otros dirigentes, como el alcalde Juan Pablo Rodríguez.")},
       {},
       {}},
      {"accents only",
       {es("Carlos Muñoz fue detenido el martes en Toluca, informó la policía."),
        en("Police detained Carlos Munoz in Toluca on Tuesday.")},
       {},
       {}},
      {"two people with different given names",
       {en("Maria Lopez, who fishes off the coast, said the boat sank within minutes."),
        en("Mario Lopez, who fishes off the coast, said the boat sank within minutes.")},
       {},
       {}},
      {"short form inside the long one",
       {en("Anna Kowalski was detained in Warsaw on Tuesday, police said."),
        en("Police said Kowalski was held overnight in Warsaw.")},
       {},
       {}},
      {"gazetteer alias across languages",
       {en("Al Qaeda claimed the attack on Monday, the group's statement said."),
        es("Al Qaida reivindicó el ataque del lunes en un comunicado.")},
       {},
       {}},
      {"translation of a group's name",
       {en("Members of the Gulf Cartel moved the cocaine north, prosecutors said."),
        es("La fiscalía dijo que el Cártel del Golfo movió la cocaína hacia el norte.")},
       {},
       {}},
      {"group name with one word mistranslated",
       {en("Members of the Gulf Cartel moved the cocaine north, prosecutors said."),
        en("Members of the Golf Cartel moved the cocaine north, prosecutors said.")},
       {},
       {"translation: Gulf Cartel | Golf Cartel"}},
      {"Spanish name and an English one with a word half translated",
       {es("La fiscalía dijo que el Cártel del Golfo movió la cocaína hacia el norte."),
        en("Members of the Golf Cartel moved the cocaine north, prosecutors said.")},
       {},
       {"translation: Cártel del Golfo | Golf Cartel"}},
      {"former minister and minister",
       {en("Former minister Anna Kowalski was detained in Warsaw on Tuesday."),
        en("Minister Anna Kowalski was detained in Warsaw on Tuesday.")},
       {},
       {"title: Former minister | Minister"}},
      {"an outlet giving both titles",
       {en("Former minister Anna Kowalski was detained in Warsaw on Tuesday."),
        en("Minister Anna Kowalski was detained in Warsaw on Tuesday. Former minister Anna Kowalski "
           "denied the charges.")},
       {},
       {}},
      {"ex ministro and ministro",
       {es("El ex ministro Carlos Muñoz fue detenido el martes en Toluca."),
        es("El ministro Carlos Muñoz fue detenido el martes en Toluca.")},
       {},
       {"title: ex ministro | ministro"}},
      {"the same title in two languages",
       {en("Former minister Carlos Muñoz was detained in Toluca on Tuesday."),
        es("El ex ministro Carlos Muñoz fue detenido el martes en Toluca.")},
       {},
       {}},
      {"two ranks of one scale",
       {en("Colonel Pedro Ramos said the convoy was attacked at dawn."),
        en("General Pedro Ramos said the convoy was attacked at dawn.")},
       {},
       {"title: Colonel | General"}},
      {"Southern and Western District court in one frame",
       {en("The Southern District Court in Houston set a hearing for Friday, prosecutors said."),
        en("The Western District Court in Houston set a hearing for Friday.")},
       {},
       {"institution: Southern District Court | Western District Court"}},
      {"Spanish regional offices in one frame",
       {es("La Fiscalía Regional Sur abrió una investigación por el ataque."),
        es("La Fiscalía Regional Norte abrió una investigación por el ataque.")},
       {},
       {"institution: Fiscalía Regional Sur | Fiscalía Regional Norte"}},
      {"an outlet naming both institutions",
       {en("The Southern District Court in Houston set a hearing for Friday, prosecutors said."),
        en("The Western District Court in Houston set a hearing for Friday. The Southern District "
           "Court in Houston declined to comment.")},
       {},
       {}},
      {"institutions in unrelated sentences",
       {en("The Southern District Court in Houston set a hearing for Friday."),
        en("The Western District Court ruled on a tax appeal from El Paso.")},
       {},
       {}},
      {"copies of one text are one source",
       {en("Anna Kowalski was detained in Warsaw on Tuesday, police said."),
        en("Anna Kowalsky was detained in Warsaw on Tuesday, police said.")},
       {0, 0},
       {}},
      {"the same two texts from two sources",
       {en("Anna Kowalski was detained in Warsaw on Tuesday, police said."),
        en("Anna Kowalsky was detained in Warsaw on Tuesday, police said.")},
       {0, 1},
       {"spelling: Anna Kowalski | Anna Kowalsky"}},
  };
  return table;
}

std::string story_text(const Case& c) {
  std::string out;
  for (const Report& r : c.reports) out += "\n  [" + r.lang + "] " + r.text;
  return out;
}

TEST(TextValueDisputes, Table) {
  for (const Case& c : cases()) {
    std::vector<Analysis> analyses;
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
      Report r = c.reports[i];
      r.id = "r" + std::to_string(i);
      r.published = "2025-03-0" + std::to_string(i + 1);
      analyses.push_back(link_test::analyse(r));
    }
    StoryInput story;
    for (std::size_t i = 0; i < analyses.size(); ++i) {
      story.articles.push_back(&analyses[i]);
      story.copy_of.push_back(c.copy_of.empty() ? static_cast<int>(i) : c.copy_of[i]);
    }
    std::vector<TextDispute> disputes = compare_text_values(story, text_value_resources());
    std::vector<std::string> got;
    for (const TextDispute& d : disputes) {
      got.push_back(d.aspect + ": " + d.a.text + " | " + d.b.text);
      // Offsets are what a reader follows back to the words.
      for (const TextValueRef* ref : {&d.a, &d.b})
        EXPECT_EQ(ref->text, analyses[ref->article].article.text.substr(ref->span.begin,
                                                                         ref->span.end - ref->span.begin))
            << c.name;
      EXPECT_LT(d.a.article, d.b.article) << c.name << ": a is the earlier report";
      EXPECT_NE(story.copy_of[d.a.article], story.copy_of[d.b.article]) << c.name;
      EXPECT_FALSE(d.reason.empty() || d.entity.empty()) << c.name;
    }
    EXPECT_EQ(got, c.want) << c.name << story_text(c);
  }
}

TEST(TextValueDisputes, ReasonNamesTheWords) {
  const Case& c = cases()[0];
  std::vector<Analysis> analyses = {link_test::analyse(c.reports[0]), link_test::analyse(c.reports[1])};
  StoryInput story{{&analyses[0], &analyses[1]}, {0, 1}};
  std::vector<TextDispute> disputes = compare_text_values(story, text_value_resources());
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].reason, "\"Kowalski\" vs \"Kowalsky\": one person's surname spelled two ways");
  EXPECT_EQ(disputes[0].entity, "Anna Kowalski");
}

// Titles the recognizer does not always attach to a name ("exministro" in one word), compared
// directly: {lang, title, lang, title, the reason or "" for the same title}.
TEST(TextValueTitles, Table) {
  struct Row { const char *lang_a, *a, *lang_b, *b, *want; };
  const std::vector<Row> rows = {
      {"es", "exministro de Hacienda", "es", "ministro de Hacienda", "\"exministro\" changes what the title says"},
      {"es", "vicepresidente", "es", "presidente", "\"vicepresidente\" changes what the title says"},
      {"en", "Acting Secretary", "en", "Secretary", "\"Acting\" changes what the title says"},
      {"en", "Former minister", "es", "ex ministro", ""},
      {"en", "Former Minister", "en", "former minister", ""},
      {"es", "presidenta", "en", "President", ""},
      {"es", "ministro del Exterior", "es", "ministro", ""},
      {"en", "Defense Minister", "en", "former Interior Minister", ""},
      {"es", "coronel", "en", "Colonel", ""},
      {"es", "coronel", "es", "general", "two ranks of one scale"},
  };
  for (const Row& row : rows) {
    TitleWords a{row.lang_a, name_words(row.a)}, b{row.lang_b, name_words(row.b)};
    EXPECT_EQ(title_difference(a, b, text_value_resources()), row.want) << row.a << " / " << row.b;
  }
}

std::filesystem::path resource_folder(const std::string& name, const std::string& lang, const std::string& lines) {
  std::filesystem::path root = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root / lang / "claims");
  std::ofstream(root / lang / "claims" / "text_values.txt") << lines;
  return root;
}

TEST(TextValueResources, MalformedLineNamesFileAndLine) {
  std::filesystem::path root = resource_folder("storyline_text_values_bad", "en",
                                               "# ok\nmodifier | past | former\nrank | military | colonel\n");
  try {
    load_text_value_resources(root.string());
    FAIL() << "a rank without a position must not load";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("text_values.txt:3"), std::string::npos) << e.what();
  }
}

TEST(TextValueResources, ALanguageIsAFolder) {
  std::filesystem::path root = resource_folder("storyline_text_values_fr", "fr",
                                               "modifier | past | ancien\ntranslation | golfe | gulf | golfo\n");
  auto loaded = load_text_value_resources(root.string());
  ASSERT_TRUE(loaded->languages.count("fr"));
  EXPECT_EQ(loaded->languages.at("fr").modifiers.at("ancien"), "past");
  EXPECT_EQ(loaded->equivalents.at("golfe"), loaded->equivalents.at("golfo"));
}

TEST(TextValueResources, ShippedFilesLoadBothLanguages) {
  const TextValueResources& r = text_value_resources();
  ASSERT_TRUE(r.languages.count("en") && r.languages.count("es"));
  EXPECT_EQ(r.languages.at("en").qualifiers.at("southern"), r.languages.at("es").qualifiers.at("sur"));
  EXPECT_EQ(r.equivalents.at("gulf"), r.equivalents.at("golfo"));
}

}  // namespace
}  // namespace storyline
