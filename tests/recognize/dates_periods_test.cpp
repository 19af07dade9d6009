// Periods inside periods and the current period named by its unit ("the year", "end of month",
// "the first week of 2015", "Tuesday of next week"), and range ends fixed after reading ("between
// now and November 15", "from April to June in 2017"). Reference: Thursday 2025-08-14.
#include <gtest/gtest.h>

#include "dates_test_table.h"
#include "recognize/dates/dates.h"

namespace storyline {
namespace {

struct Row {
  const char* lang;
  const char* sentence;
  const char* span;
  const char* type;
  const char* value;
  const char* mod;
  const char* begin;
  const char* end;
};

using date_table::resources;

std::vector<TimeExpression> tag(std::string_view text, const char* lang) {
  return recognize_dates(text, {{0, static_cast<std::uint32_t>(text.size())}}, {lang, "2025-08-14", false},
                         resources());
}

const Row kRows[] = {
    {"en", "She was named player of the year.", "the year", "DATE", "2025", "", "", ""},
    {"en", "Sales were flat for the month.", "the month", "DATE", "2025-08", "", "", ""},
    {"en", "The party is at the end of the year.", "the end of the year", "DATE", "2025", "END", "", ""},
    {"en", "Bills are due end of month.", "end of month", "DATE", "2025-08", "END", "", ""},
    {"en", "Send it by EOD please.", "EOD", "TIME", "2025-08-14T23:59:59", "", "", ""},
    {"en", "Results come out at the EOY.", "the EOY", "DATE", "2025", "END", "", ""},
    {"en", "Finish it by the end of tomorrow.", "the end of tomorrow", "TIME", "2025-08-15T23:59:59", "", "", ""},
    {"en", "Talks resume later in the year.", "later in the year", "DATE", "2025", "", "", ""},
    {"en", "Sales in the first week of 2015 rose.", "first week of 2015", "DATE", "2015-W01", "", "", ""},
    {"en", "Sales in the last week of Dec 2016 rose.", "last week of Dec 2016", "DATE", "2016-W52", "", "", ""},
    {"en", "Sales in week 31 rose.", "week 31", "DATE", "2025-W31", "", "", ""},
    {"en", "Sales in week 27 of last year rose.", "week 27 of last year", "DATE", "2024-W27", "", "", ""},
    {"en", "They meet on Tuesday of next week.", "Tuesday of next week", "DATE", "2025-08-19", "", "", ""},
    {"en", "It closes the 15th day of next month.", "15th day of next month", "DATE", "2025-09-15", "", "", ""},
    {"en", "I will work between now and November 15th.", "between now and November 15th", "DATE",
     "2025-08-14/2025-11-15", "", "2025-08-14", "2025-11-15"},
    {"en", "Sales from April to June in 2017 fell.", "from April to June in 2017", "DATE", "2017-04/2017-06", "",
     "2017-04", "2017-06"},
    {"es", "Habrá una fiesta a finales de año.", "finales de año", "DATE", "2025", "END", "", ""},
    {"es", "Volveré a fin de mes.", "fin de mes", "DATE", "2025-08", "END", "", ""},
    {"es", "Ventas de la primera semana de enero de 2015.", "primera semana de enero de 2015", "DATE", "2015-W01", "",
     "", ""},
    {"es", "Saldré la última semana de julio.", "última semana de julio", "DATE", "2026-W31", "", "", ""},
    {"es", "Nos vemos el miércoles de la próxima semana.", "miércoles de la próxima semana", "DATE", "2025-08-20", "",
     "", ""},
    {"es", "Fue en Corea de noviembre a febrero de 2017.", "de noviembre a febrero de 2017", "DATE",
     "2016-11/2017-02", "", "2016-11", "2017-02"},
    {"es", "Hubo protestas el fin de semana pasado.", "el fin de semana pasado", "DATE", "2025-W32-WE", "", "", ""},
};

TEST(DatePeriods, PeriodsAndSettledRanges) {
  for (const Row& row : kRows) {
    std::string text = row.sentence;
    auto found = tag(text, row.lang);
    const TimeExpression* match = nullptr;
    for (const auto& e : found)
      if (text.substr(e.span.begin, e.span.end - e.span.begin) == row.span) match = &e;
    ASSERT_NE(match, nullptr) << "no expression \"" << row.span << "\" in: " << text;
    EXPECT_EQ(match->type, row.type) << text;
    EXPECT_EQ(match->value, row.value) << text;
    EXPECT_EQ(match->mod, row.mod) << text;
    EXPECT_EQ(match->begin, row.begin) << text;
    EXPECT_EQ(match->end, row.end) << text;
  }
}

// News idioms and names stay out: "at the end of the day" (ultimately), "la Semana Santa".
TEST(DatePeriods, IdiomsAreNoPeriods) {
  for (auto [lang, text] : {std::pair{"en", "At the end of the day, voters decide."},
                            {"es", "La Semana Santa fue lluviosa."}}) {
    for (const auto& e : tag(text, lang)) {
      std::string span(std::string_view(text).substr(e.span.begin, e.span.end - e.span.begin));
      EXPECT_TRUE(span.find("end of the day") == std::string::npos && span != "La Semana") << span;
    }
  }
}

}  // namespace
}  // namespace storyline
