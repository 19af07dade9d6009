// Clock times and durations, English and Spanish: spoken clock readings ("half past seven", "las
// siete y media"), a day with a time ("Sat at 5", "anoche a las 8") and compound durations ("one
// and a half hours", "1 hour and 30 minutes", "3h"). Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

struct Row {
  const char* lang;
  const char* sentence;
  const char* span;  // the expected expression's text
  const char* type;
  const char* value;
};

using date_table::resources;

std::vector<TimeExpression> tag(std::string_view text, const char* lang) {
  return recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {lang, "2025-08-14", false},
                         resources());
}

const Row kRows[] = {
    {"en", "He came back at 7:56:30 pm.", "7:56:30 pm", "TIME", "2025-08-14T19:56:30"},
    {"en", "It's half past seven o'clock.", "half past seven o'clock", "TIME", "2025-08-14T07:30"},
    {"en", "It's 20 min past eight in the evening.", "20 min past eight in the evening", "TIME", "2025-08-14T20:20"},
    {"en", "They met at a quarter to eight.", "a quarter to eight", "TIME", "2025-08-14T07:45"},
    {"en", "He was back in the morning at 7.", "in the morning at 7", "TIME", "2025-08-14T07:00"},
    {"en", "The vote ended at noon.", "noon", "TIME", "2025-08-14T12:00"},
    {"en", "The vote ended at midnight.", "midnight", "TIME", "2025-08-14T00:00"},
    {"en", "Shall we leave at 6.45?", "6.45", "TIME", "2025-08-14T06:45"},
    {"en", "It happened last night at 8.", "last night at 8", "TIME", "2025-08-13T20:00"},
    {"en", "The meeting is on Monday at 2.30.", "Monday at 2.30", "TIME", "2025-08-11T02:30"},
    {"en", "I'll be there on wednesday 4 oclock.", "wednesday 4 oclock", "TIME", "2025-08-13T04:00"},
    {"en", "The office opens at 8.30pm today.", "8.30pm today", "TIME", "2025-08-14T20:30"},
    {"en", "The sun will set tomorrow at seven twenty-seven.", "tomorrow at seven twenty-seven", "TIME", "2025-08-15T07:27"},
    {"es", "Son las siete y media.", "siete y media", "TIME", "2025-08-14T07:30"},
    {"es", "Volverá a las 8 menos cuarto de la mañana.", "8 menos cuarto de la mañana", "TIME", "2025-08-14T07:45"},
    {"es", "Regresaré a las diez esta noche.", "diez esta noche", "TIME", "2025-08-14T22:00"},
    {"es", "Pasó anoche a las 8.", "anoche a las 8", "TIME", "2025-08-13T20:00"},
    {"es", "Volveré al mediodía.", "mediodía", "TIME", "2025-08-14T12:00"},
    {"es", "Cerca de las 14h llegó.", "14h", "TIME", "2025-08-14T14:00"},
    {"en", "I'll leave for 3h.", "3h", "DURATION", "PT3H"},
    {"en", "It took 123.45 sec.", "123.45 sec", "DURATION", "PT123.45S"},
    {"en", "One and a half hours are enough.", "One and a half hours", "DURATION", "PT1.5H"},
    {"en", "One hour and a half is enough.", "One hour and a half", "DURATION", "PT1.5H"},
    {"en", "He took a one and a quarter year gap.", "one and a quarter year", "DURATION", "P1.25Y"},
    {"en", "It lasted 1 hour and 30 minutes.", "1 hour and 30 minutes", "DURATION", "PT1H30M"},
    {"en", "It lasted 3 hours 30 minutes.", "3 hours 30 minutes", "DURATION", "PT3H30M"},
    {"es", "Tardó una hora y media.", "una hora y media", "DURATION", "PT1.5H"},
    {"es", "Regresaré a las 8 pm menos cuarto.", "8 pm menos cuarto", "TIME", "2025-08-14T19:45"},
    {"en", "Book a room for two nights.", "two nights", "DURATION", "P2D"},
    {"es", "Reserva una habitación para dos noches.", "dos noches", "DURATION", "P2D"},
};

TEST(DatesTimes, EveryConstruction) {
  for (const Row& row : kRows) {
    std::string text = row.sentence;
    auto found = tag(text, row.lang);
    const TimeExpression* match = nullptr;
    for (const auto& e : found)
      if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
    ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
    EXPECT_EQ(match->type, row.type) << text;
    EXPECT_EQ(match->value, row.value) << text;
  }
}

TEST(DatesTimes, NumbersThatAreNotClockTimes) {
  for (const char* text : {"At one point, three people died.", "Mortgages were at 6.45 percent.",
                           "He scored one and a half goals at 5 sites.", "The 3D printer was sold."})
    EXPECT_TRUE(tag(text, "en").empty()) << text;
  for (const char* text : {"El resultado es cinco y medio.", "Llegaron uno y dos."})
    EXPECT_TRUE(tag(text, "es").empty()) << text;
}

}  // namespace
}  // namespace storyline
