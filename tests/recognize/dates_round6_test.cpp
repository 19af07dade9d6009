// Round 6 of the temporal tagger: "1.º de julio", "este septiembre" (the reference year's month,
// whatever the tense), "en dos semanas" as the day it lands on, 29 February in a common year,
// the short future forms of "ir". Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

struct Row {
  const char* lang;
  const char* sentence;
  const char* reference;
  const char* span;  // the expected expression's text
  const char* type;
  const char* value;
};

using date_table::resources;

constexpr const char* R = "2025-08-14";

const Row kRows[] = {
    // Ordinal day with the abbreviation dot before the indicator.
    {"es", "Volveré el 1.º de julio.", R, "1.º de julio", "DATE", "2026-07-01"},
    {"es", "La ley entró en vigor el 1.º de enero de 2024.", R, "1.º de enero de 2024", "DATE", "2024-01-01"},
    {"es", "La ley entró en vigor el 1º de enero de 2024.", R, "1º de enero de 2024", "DATE", "2024-01-01"},
    // "este/this" + month: the month of the reference year, passed or not, tense or not.
    {"es", "Saldré este junio.", R, "este junio", "DATE", "2025-06"},
    {"es", "Las obras terminaron este octubre.", R, "este octubre", "DATE", "2025-10"},
    {"es", "La cumbre será este 4 de marzo.", R, "este 4 de marzo", "DATE", "2025-03-04"},
    {"en", "The plant will reopen this June.", R, "this June", "DATE", "2025-06"},
    {"en", "Sales fell this October.", R, "this October", "DATE", "2025-10"},
    {"es", "La cumbre será el próximo marzo.", R, "próximo marzo", "DATE", "2026-03"},
    // A count of weeks ahead lands on a day; months and years keep their grain.
    {"es", "La planta reabrirá en tres semanas.", R, "tres semanas", "DATE", "2025-09-04"},
    {"es", "Me iré en dos semanas.", R, "dos semanas", "DATE", "2025-08-28"},
    {"es", "Me iré en dos meses.", R, "dos meses", "DATE", "2025-10"},
    {"es", "La planta reabrirá dentro de una semana.", R, "una semana", "DATE", "2025-08-21"},
    {"en", "The plant will reopen in two weeks.", R, "two weeks", "DATE", "2025-08-28"},
    {"en", "The plant will reopen in two years.", R, "two years", "DATE", "2027"},
    // 29 February in a common year: the nearest leap year the sentence's way.
    {"es", "Llegó el 29/2.", R, "29/2", "DATE", "2024-02-29"},
    {"es", "Llegará el 29/2.", R, "29/2", "DATE", "2028-02-29"},
    {"en", "He arrived on February 29.", R, "February 29", "DATE", "2024-02-29"},
};

TEST(DatesRound6, Rows) {
  for (const Row& row : kRows) {
    std::string text = row.sentence;
    auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {row.lang, row.reference, false},
                                 resources());
    const TimeExpression* match = nullptr;
    for (const auto& e : found)
      if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
    ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
    EXPECT_EQ(match->type, row.type) << text;
    EXPECT_EQ(match->value, row.value) << text;
  }
}

// "este" + a duration or a unit is not a month: unchanged.
TEST(DatesRound6, ThisUnitUnchanged) {
  std::string text = "Las tropas llegaron este mes.";
  auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {"es", R, false}, resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-08");
}

}  // namespace
}  // namespace storyline
