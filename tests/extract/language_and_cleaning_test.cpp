#include <gtest/gtest.h>

#include "extract/cleaning.h"
#include "extract/language.h"
#include "test_resources.h"

namespace storyline {
namespace {

TEST(Language, TellsEnglishFromSpanish) {
  struct Case {
    const char* text;
    const char* code;
  } cases[] = {
      {"The mayor said on Tuesday that the bridge would reopen after the inspection was over.", "en"},
      {"La alcaldesa dijo este martes que el puente volverá a abrir cuando termine la inspección.", "es"},
      {"Según fuentes de la fiscalía, los trabajos no se hicieron a tiempo y hubo muchos retrasos.", "es"},
      {"Officials told reporters that the plant had been inspected in March and had passed.", "en"},
  };
  for (const Case& c : cases) {
    LanguageGuess guess = detect_language(c.text, testing::resources());
    EXPECT_EQ(guess.code, c.code) << c.text;
    EXPECT_TRUE(guess.confident) << c.text;
  }
  EXPECT_FALSE(detect_language("Xyz 123", testing::resources()).confident);
}

TEST(Language, PrimaryTag) {
  EXPECT_EQ(primary_language_tag("en-US"), "en");
  EXPECT_EQ(primary_language_tag("es_MX"), "es");
  EXPECT_EQ(primary_language_tag(" ES "), "es");
  EXPECT_EQ(primary_language_tag(""), "");
}

TEST(Cleaning, BylineNames) {
  struct Case {
    std::vector<std::string> raw;
    std::vector<std::string> names;
  } cases[] = {
      {{"By Jane Doe"}, {"Jane Doe"}},
      {{"By Jane Doe and John Roe"}, {"Jane Doe", "John Roe"}},
      {{"Por Lucía Prieto y Andrés Gil"}, {"Lucía Prieto", "Andrés Gil"}},
      {{"Jane Doe, Staff Writer"}, {"Jane Doe"}},
      {{"5 Minute Read"}, {}},
      {{"Published"}, {}},
      {{"Updated 3 hours ago"}, {}},
      {{"https://example.com/staff/jane"}, {}},
      {{"Jane Doe", "Jane Doe"}, {"Jane Doe"}},
      {{"Por Mateo Ruiz · Redacción Onda Salina"}, {"Mateo Ruiz"}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(clean_byline(c.raw, testing::resources()), c.names) << c.raw.front();
}

TEST(Cleaning, BylineAndDatelineLines) {
  struct Case {
    const char* line;
    bool matches;
    std::vector<std::string> names;
  } cases[] = {
      {"By Carla Menon | March 13, 2026", true, {"By Carla Menon"}},
      {"Port Saltmere, 14 de marzo de 2026. Por Lucía Barreto.", true, {"Por Lucía Barreto"}},
      {"Por Mateo Ruiz · Redacción Onda Salina", true, {"Por Mateo Ruiz"}},
      {"March 13, 2026", true, {}},
      {"By the end of the week, the port had reopened.", false, {}},
      {"The mayor spoke on March 13, 2026 about the fire and its causes.", false, {}},
      {"I'll be out January 12, 2016 - 01/22/2016", false, {}},
      {"APEC will happen in Korea Nov 18-Dec 19, 2015", false, {}},
      {"Updated on March 12, 2026 at 9:14 a.m. ET", true, {}},
  };
  for (const Case& c : cases) {
    BylineLine line = read_byline_line(c.line, testing::resources());
    EXPECT_EQ(line.matches, c.matches) << c.line;
    EXPECT_EQ(line.names, c.names) << c.line;
  }
}

TEST(Cleaning, RegistrableDomain) {
  struct Case {
    const char* url;
    const char* domain;
  } cases[] = {
      {"https://www.example.com/a/b", "example.com"},
      {"http://news.bbc.co.uk/story", "bbc.co.uk"},
      {"https://www.eluniversal.com.mx/nacion/x", "eluniversal.com.mx"},
      {"https://example.org", "example.org"},
      {"https://user@host.example.net:8080/x", "example.net"},
      {"not a url", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(registrable_domain(c.url, testing::resources()), c.domain) << c.url;
}

}  // namespace
}  // namespace storyline
