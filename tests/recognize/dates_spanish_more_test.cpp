// Holidays (fixed, Easter-based, nth weekday), years and days in words, "Sat at 5".
// Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "recognize/dates/date_holiday.h"
#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

struct Row {
  const char* lang;
  const char* sentence;
  const char* span;  // "" = no expression expected
  const char* value;
};

using date_table::resources;

const Row kRows[] = {
    {"en", "He returned on Easter 2018.", "Easter 2018", "2018-04-01"},
    {"en", "Shops opened on Black Friday 2010.", "Black Friday 2010", "2010-11-26"},
    {"en", "The parade was on Thanksgiving.", "Thanksgiving", "2024-11-28"},
    {"en", "Memorial Day was quiet.", "Memorial Day", "2025-05-26"},
    {"en", "Good Friday 2024 was calm.", "Good Friday 2024", "2024-03-29"},
    {"en", "They will meet next Christmas.", "next Christmas", "2025-12-25"},
    {"en", "He was born on May 2, nineteen eighty six.", "May 2, nineteen eighty six", "1986-05-02"},
    {"en", "It opened on January 5, two thousand and five.", "January 5, two thousand and five", "2005-01-05"},
    {"en", "I'll go back May twenty nine", "May twenty nine", "2025-05-29"},
    {"en", "We meet Sat at 5pm.", "Sat at 5pm", "2025-08-09T17:00"},
    {"en", "They watched the sun at 5.", "", ""},
    {"es", "Volvió el diez de octubre de dos mil dieciocho a su país.", "diez de octubre de dos mil dieciocho", "2018-10-10"},
    {"es", "Nació el veintiuno de marzo de mil novecientos noventa y ocho.",
     "veintiuno de marzo de mil novecientos noventa y ocho", "1998-03-21"},
    {"es", "Llegaron dos mil personas.", "", ""},
    {"es", "Volveré el viernes negro 2010.", "viernes negro 2010", "2010-11-26"},
    {"es", "Se celebró el Día del Trabajador.", "Día del Trabajador", "2025-05-01"},
    {"es", "El Jueves Santo hubo procesiones.", "Jueves Santo", "2025-04-17"},
    {"es", "Volvieron en Semana Santa de 2018.", "Semana Santa de 2018", "2018-W13"},
    {"es", "Viajaremos la próxima Navidad.", "próxima Navidad", "2025-12-25"},
    {"es", "Se casaron en la Navidad de 2019.", "Navidad de 2019", "2019-12-25"},
    {"es", "Festejaron el Día de las Madres.", "Día de las Madres", "2025-05-10"},
};

TEST(DatesSpanishMore, Rows) {
  for (const Row& row : kRows) {
    std::string text = row.sentence;
    auto found = recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {row.lang, "2025-08-14", false},
                                 resources());
    if (!*row.span) {
      EXPECT_TRUE(found.empty()) << text << " -> " << (found.empty() ? "" : found[0].value);
      continue;
    }
    const TimeExpression* match = nullptr;
    for (const auto& e : found)
      if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
    ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
    EXPECT_EQ(match->value, row.value) << text;
  }
}

TEST(DatesSpanishMore, HolidayRules) {
  EXPECT_EQ(easter_sunday(2024), (calendar::CivilDate{2024, 3, 31}));
  EXPECT_EQ(easter_sunday(2019), (calendar::CivilDate{2019, 4, 21}));
  EXPECT_EQ(holiday_date("11-4#4", 2023), (calendar::CivilDate{2023, 11, 23}));  // Thanksgiving
  EXPECT_EQ(holiday_date("05-1#L", 2024), (calendar::CivilDate{2024, 5, 27}));   // Memorial Day
  EXPECT_EQ(holiday_date("09-1#1", 2025), (calendar::CivilDate{2025, 9, 1}));    // Labor Day
  EXPECT_EQ(holiday_date("EASTER-2", 2024), (calendar::CivilDate{2024, 3, 29}));
  EXPECT_EQ(holiday_date("02-29", 2023), std::nullopt);
  EXPECT_FALSE(valid_holiday("13-01"));
  EXPECT_FALSE(valid_holiday("EASTER+x"));
}

}  // namespace
}  // namespace storyline
