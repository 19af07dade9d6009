// Entity recognition, table-driven in English and Spanish: which words are names, what they
// are, and which entity each resolves to within the article.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "recognize/dates/dates.h"
#include "recognize/entities/entities.h"
#include "text/sentences.h"

namespace storyline {
namespace {

const std::string kResources = STORYLINE_SOURCE_DIR "/resources";

struct Expect {
  std::string form;  // words as written in the text
  std::string name;  // canonical name of the entity they must resolve to
  EntityType type;
  std::string role = "";  // a role the entity must carry ("" = not checked)
  int nth = 0;            // which occurrence of `form`
};

struct Row {
  std::string lang;
  std::string text;
  std::vector<Expect> expect;
  std::vector<std::string> absent = {};  // words that must not be a mention
};

const EntityResources& entity_resources() {
  static const EntityResources loaded = load_entity_resources(kResources);
  return loaded;
}

EntityLayer recognize(const std::string& text, const std::string& lang,
                      const EntityResources& resources = entity_resources()) {
  static auto dates = load_date_resources(kResources);
  SentenceRules rules = load_sentence_rules(kResources, lang);
  std::vector<Span> paragraphs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t stop = text.find("\n\n", start);
    if (stop == std::string::npos) stop = text.size();
    paragraphs.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop)});
    start = stop + 2;
  }
  auto sentences = split_sentences(text, paragraphs, rules);
  auto found = recognize_dates(text, sentences, DateContext{lang, "2025-06-10", false}, *dates);
  return recognize_entities(text, sentences, found, lang, resources);
}

std::size_t nth_offset(const std::string& text, const std::string& form, int nth) {
  std::size_t at = text.find(form);
  for (int k = 0; k < nth && at != std::string::npos; ++k) at = text.find(form, at + 1);
  return at;
}

void check(const Row& row) {
  SCOPED_TRACE(row.text);
  EntityLayer layer = recognize(row.text, row.lang);
  for (const Expect& e : row.expect) {
    SCOPED_TRACE(e.form);
    std::size_t at = nth_offset(row.text, e.form, e.nth);
    ASSERT_NE(at, std::string::npos) << "bad row: form not in text";
    const Mention* mention = nullptr;
    for (const Mention& m : layer.mentions)
      if (m.span.begin == at && m.span.end == at + e.form.size()) mention = &m;
    ASSERT_NE(mention, nullptr) << "no mention";
    const Entity& entity = layer.entities.at(mention->entity);
    EXPECT_EQ(entity.name, e.name);
    EXPECT_EQ(entity_type_name(entity.type), entity_type_name(e.type));
    if (!e.role.empty()) {
      EXPECT_NE(std::find(entity.roles.begin(), entity.roles.end(), e.role), entity.roles.end())
          << "role missing: " << e.role;
    }
  }
  for (const std::string& word : row.absent)
    for (const Mention& m : layer.mentions)
      EXPECT_NE(row.text.substr(m.span.begin, m.span.end - m.span.begin), word) << "is a mention";
}

using T = EntityType;

TEST(Entities, English) {
  const std::vector<Row> rows = {
      {"en", "Defense Secretary Pete Hegseth spoke on Monday. Hegseth said the plan was ready.",
       {{"Pete Hegseth", "Pete Hegseth", T::Person, "Defense Secretary"},
        {"Hegseth", "Pete Hegseth", T::Person, "", 1}}},
      {"en", "Mexican President Claudia Sheinbaum rejected the idea. The president said Mexico would wait.",
       {{"Claudia Sheinbaum", "Claudia Sheinbaum", T::Person, "Mexican President"},
        {"president", "Claudia Sheinbaum", T::Person},
        {"Mexico", "Mexico", T::Gpe}}},
      {"en", "Gen. Laura R. Whitcombe arrived late. Gen. Whitcombe said little.",
       {{"Laura R. Whitcombe", "Laura R. Whitcombe", T::Person, "Gen."},
        {"Whitcombe", "Laura R. Whitcombe", T::Person, "", 1}}},
      {"en", "The Sinaloa Cartel operates across Sinaloa and Sonora.",
       {{"Sinaloa Cartel", "Sinaloa Cartel", T::ArmedGroup},
        {"Sinaloa", "Sinaloa", T::Gpe, "", 1},
        {"Sonora", "Sonora", T::Gpe}}},
      {"en", "Rafael Ortega Lucero, known as “El Toro,” was arrested. Police said El Toro had fled twice.",
       {{"Rafael Ortega Lucero", "Rafael Ortega Lucero", T::Person},
        {"El Toro", "Rafael Ortega Lucero", T::Person, "", 1}}},
      {"en", "Drills by Western Regional Command (WRC) ended. The WRC said more would follow.",
       {{"Western Regional Command", "Western Regional Command", T::Org},
        {"WRC", "Western Regional Command", T::Org, "", 1}}},
      {"en", "The National Water Authority reported shortages. The NWA said rationing would begin.",
       {{"NWA", "National Water Authority", T::Org}}},
      {"en", "Ana Ruiz, a professor at Northfield University, warned of delays.",
       {{"Ana Ruiz", "Ana Ruiz", T::Person, "professor at Northfield University"},
        {"Northfield University", "Northfield University", T::Org}}},
      {"en", "The plant was unsafe, said former police officer Tomás Greer.",
       {{"Tomás Greer", "Tomás Greer", T::Person, "former police officer"}}},
      {"en", "Air Force One landed in Texas after the Executive Order took effect.",
       {{"Texas", "Texas", T::Gpe}},
       {"Air Force One", "Executive Order"}},
      {"en", "Mexico Rejects Foreign Troops On Its Soil\n\nMexico said no to the proposal.",
       {{"Mexico", "Mexico", T::Gpe}, {"Mexico", "Mexico", T::Gpe, "", 1}},
       {"Rejects Foreign Troops On Its Soil", "Rejects"}},
      {"en", "Since Trump took office, Donald Trump has signed many orders.",
       {{"Trump", "Donald Trump", T::Person}},
       {"Since Trump"}},
      {"en", "Bill Ortiz of the UN General Assembly won the Nobel Prize under the Clean Water Act.",
       {{"Bill Ortiz", "Bill Ortiz", T::Person}, {"UN General Assembly", "UN General Assembly", T::Org}},
       {"Nobel Prize", "Clean Water Act", "Assembly"}},
      {"en", "Strauss Pike, CEO of Harrow Digital, met HAYWARD officials and the TV crew.",
       {{"Strauss Pike", "Strauss Pike", T::Person}},
       {"of Harrow Digital", "HAYWARD", "TV"}},
      {"en", "The San Mateo Chronicle reported the fire.",
       {{"San Mateo Chronicle", "San Mateo Chronicle", T::Org}}},
      {"en", "Fire Chief Dana Whitfield said the blaze was out. Since Whitfield spoke, crews left.",
       {{"Dana Whitfield", "Dana Whitfield", T::Person, "Fire Chief"},
        {"Whitfield", "Dana Whitfield", T::Person, "", 1}},
       {"Since Whitfield"}},
      {"en", "Governor Elena Vasquez of Calder toured the flooded towns.",
       {{"Elena Vasquez", "Elena Vasquez", T::Person, "Governor"}},
       {"Elena Vasquez of Calder"}},
      {"en", "She told NBC News that the talks had stalled.",
       {{"NBC News", "NBC News", T::Org}}},
      {"en", "Joaquín “El Chapo” Guzmán is in prison; his sons run Los Chapitos.",
       {{"Joaquín “El Chapo” Guzmán", "Joaquín Guzmán", T::Person},
        {"Los Chapitos", "Los Chapitos", T::ArmedGroup}}},
  };
  for (const Row& row : rows) check(row);
}

TEST(Entities, Spanish) {
  const std::vector<Row> rows = {
      {"es", "La presidenta Claudia Sheinbaum habló el martes. Sheinbaum dijo que no habrá tropas.",
       {{"Claudia Sheinbaum", "Claudia Sheinbaum", T::Person, "presidenta"},
        {"Sheinbaum", "Claudia Sheinbaum", T::Person, "", 1}}},
      {"es", "El Cártel de Sinaloa y el Cártel del Golfo operan en Tamaulipas.",
       {{"Cártel de Sinaloa", "Sinaloa Cartel", T::ArmedGroup},
        {"Cártel del Golfo", "Gulf Cartel", T::ArmedGroup},
        {"Tamaulipas", "Tamaulipas", T::Gpe}}},
      {"es", "Ayer, Estados Unidos y México firmaron un acuerdo.",
       {{"Estados Unidos", "United States", T::Gpe}, {"México", "Mexico", T::Gpe}}},
      {"es", "Joaquín “El Chapo” Guzmán fue extraditado. Hoy, El Chapo cumple condena.",
       {{"El Chapo", "Joaquín Guzmán", T::Person, "", 1}}},
      {"es", "El fiscal general Alejandro Gertz Manero declaró ayer. El fiscal general dijo que habrá cargos.",
       {{"Alejandro Gertz Manero", "Alejandro Gertz Manero", T::Person, "fiscal general"},
        {"fiscal general", "Alejandro Gertz Manero", T::Person, "", 1}}},
      {"es", "La Comisión Nacional del Agua (CNA) informó de la sequía. La CNA pidió calma.",
       {{"Comisión Nacional del Agua", "Comisión Nacional del Agua", T::Org},
        {"CNA", "Comisión Nacional del Agua", T::Org, "", 1}}},
      {"es", "Según la Junta Regional de Salud, el brote terminó.",
       {{"Junta Regional de Salud", "Junta Regional de Salud", T::Org}}},
  };
  for (const Row& row : rows) check(row);
}

// A user's pack adds names without rebuilding; a malformed line names its file and line.
TEST(Entities, PacksAddNamesAndReportErrors) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "storyline_pack_test";
  fs::create_directories(dir);
  {
    std::ofstream pack(dir / "gazetteer.txt");
    pack << "# a test pack\nARMED_GROUP | Northern Reef Syndicate | NRS | Sindicato del Arrecife Norte\n";
  }
  EntityResources with_pack = load_entity_resources(kResources, {dir.string()});
  std::string text = "El Sindicato del Arrecife Norte negó todo. El NRS no respondió.";
  EntityLayer layer = recognize(text, "es", with_pack);
  ASSERT_GE(layer.entities.size(), 1u);
  EXPECT_EQ(layer.entities[0].name, "Northern Reef Syndicate");
  EXPECT_EQ(layer.entities[0].type, EntityType::ArmedGroup);
  EXPECT_EQ(layer.entities[0].mentions.size(), 2u);

  {
    std::ofstream pack(dir / "gazetteer.txt");
    pack << "SHIP | Ever Given\n";
  }
  try {
    load_entity_resources(kResources, {dir.string()});
    ADD_FAILURE() << "a malformed pack loaded";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("gazetteer.txt:1"), std::string::npos) << error.what();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace storyline
