#include "quantities_test_table.h"

namespace storyline::testing {
namespace {

TEST(QuantitiesEnglish, ConstructionsFromTheTable) {
  check_rows({
      // a preposition after a figure counts nothing; a lone participle in English does
      {"put the magnitude at 7.4 near the coast", "7.4", 7.4, "", "exact", ""},
      {"left 14 injured", "14", 14, "", "exact", "injured"},
      // digits and separators
      {"Officials counted 82,000 overdose deaths.", "82,000", 82000, "", "exact", "overdose deaths"},
      {"The index rose 1.5 points.", "1.5", 1.5, "", "exact", "points"},
      {"A population of 1 414 021 100 was reported.", "1 414 021 100", 1414021100},
      // number words
      {"Twenty-six people were detained.", "Twenty-six", 26, "", "exact", "people"},
      {"Officers seized a dozen rifles.", "a dozen", 12, "", "exact", "rifles"},
      {"Two dozen boats left the port.", "Two dozen", 24, "", "exact", "boats"},
      {"one hundred and five trucks crossed", "one hundred and five", 105, "", "exact", "trucks"},
      {"Hundreds of migrants waited.", "Hundreds", 100, "", "over", "migrants"},
      {"It took one and a half hours.", "one and a half", 1.5, "", "exact", "hours"},
      {"two thirds of voters agreed", "two thirds", 2.0 / 3},
      // scales and money
      {"The plan costs $10 million.", "$10 million", 1e7, "USD"},
      {"The firm earned 1.5 billion last year.", "1.5 billion", 1.5e9},
      {"a $280 million contract", "$280 million", 2.8e8, "USD"},
      {"He paid US$5 for it.", "US$5", 5, "USD"},
      {"Tickets cost €3 each.", "€3", 3, "EUR"},
      {"A pint is £2 here.", "£2", 2, "GBP"},
      {"The fee is MXN 500.", "MXN 500", 500, "MXN"},
      {"She sent 500 pesos home.", "500 pesos", 500, "MXN"},
      {"Valued at 323 million euros.", "323 million euros", 3.23e8, "EUR"},
      {"It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"},
      {"Revenue reached 10k last month.", "10k", 1e4},
      // percentages
      {"Turnout was 70%.", "70%", 70, "percent"},
      {"Prices rose 70 percent.", "70 percent", 70, "percent"},
      {"Support fell seven percent.", "seven percent", 7, "percent"},
      // qualifiers
      {"at least 15 U.S. strikes on boats", "at least 15", 15, "", "at_least", "U.S. strikes"},
      {"more than 50 deaths were recorded", "more than 50", 50, "", "over", "deaths"},
      {"fewer than 10 shelters remain", "fewer than 10", 10, "", "under", "shelters"},
      {"up to 40 years in prison", "up to 40", 40, "", "at_most", "years"},
      {"about 300 families were displaced", "about 300", 300, "", "about", "families"},
      {"nearly 30 soldiers died", "nearly 30", 30, "", "nearly", "soldiers"},
      {"26 suspected cartel members", "26", 26, "", "exact", "suspected cartel members"},
      {"15 people killed in the blast", "15", 15, "", "exact", "people"},
      // ranges
      {"between 20 and 30 people", "between 20 and 30", 20, "", "range", "people", 20, 30},
      {"20-30 people", "20-30", 20, "", "range", "people", 20, 30},
      {"20 to 30 million dollars", "20 to 30 million dollars", 2e7, "USD", "range", "", 2e7, 3e7},
      // ordinals
      {"the third round", "third", 3, "", "exact", "", std::nullopt, std::nullopt, true},
      {"the 21st century", "21st", 21, "", "exact", "", std::nullopt, std::nullopt, true},
      // not quantities
      {"Executive Order 14157 took effect.", ""},
      {"Article 40 applies.", ""},
      {"Title 42 expired.", ""},
      {"SEAL Team Six landed.", ""},
      {"Air Force One landed.", ""},
      {"COVID-19 spread.", ""},
      {"The F-35 flew.", ""},
      {"Traffic on I-95 stopped.", ""},
      {"Call 555-1234 now.", ""},
      {"We met at 10:30 and left.", ""},
      {"It starts at 3 p.m. sharp.", ""},
      {"The one you mentioned is gone.", ""},
      {"The 180ml bottle.", ""},
  }, "en");
}

TEST(QuantitiesEnglish, NumbersInsideDatesAreSkipped) {
  std::string text = "On May 4, 1985 some 40 people marched.";
  TimeExpression date;
  date.span = Span{3, 14};
  auto found = recognize_quantities(text, {}, {date}, "en", quantity_resources());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 40);
  EXPECT_EQ(found[0].approx, "about");
}

TEST(QuantitiesEnglish, UnknownLanguageYieldsNothing) {
  EXPECT_TRUE(recognize_quantities("26 people", {}, {}, "xx", quantity_resources()).empty());
}

TEST(QuantitiesEnglish, FractionsRatiosAndNotation) {
  check_rows({
      // compound ordinal denominators, split where the numerator is shortest
      {"The share fell to three twenty-firsts", "three twenty-firsts", 3.0 / 21},
      {"They kept one hundred thirty fifths", "one hundred thirty fifths", 100.0 / 35},
      {"a twenty-fifth of the vote", "a twenty-fifth", 1.0 / 25},
      {"a twenty-first century problem", "twenty-first", 21, "", "exact", "", std::nullopt, std::nullopt, true},
      // mixed numbers and fractions of a scale
      {"It grew by three and one fourth", "three and one fourth", 3.25},
      {"two hundred and fifty-four hundredths", "two hundred and fifty-four hundredths", 200.54},
      {"one hundred and thirty-two fifths", "one hundred and thirty-two fifths", 26.4},
      {"A quarter million people marched.", "A quarter million", 250000, "", "exact", "people"},
      {"three quarters of a million voters", "three quarters of a million", 750000, "", "exact", "voters"},
      {"one billion and a half million", "one billion and a half million", 1000500000},
      {"3 hundred and 2 hundred", "3 hundred", 300},
      // ratios
      {"One in five adults smoked.", "One in five", 0.2, "", "exact", "adults"},
      {"two out of five hundred sets", "two out of five hundred", 0.004, "", "exact", "sets"},
      {"He scored 3 in 2019.", "3", 3},
      // notation
      {"Add ½ cup.", "½", 0.5, "", "exact", "cup"},
      {"It took 2½ hours.", "2½", 2.5, "", "exact", "hours"},
      {"about 1.3x10^6 cells", "about 1.3x10^6", 1.3e6, "", "about", "cells"},
      {"a loan of 12,34,567 rupees", "12,34,567 rupees", 1234567, "INR"},
  }, "en");
}

TEST(QuantitiesEnglish, CountedPhraseStopsAtTheVerb) {
  check_rows({
      {"15 U.S. strikes hit boats near Venezuela.", "15", 15, "", "exact", "U.S. strikes"},
      {"20 boats carrying drugs were sunk.", "20", 20, "", "exact", "boats"},
      {"300 troops deployed to the border.", "300", 300, "", "exact", "troops"},
      {"Ten soldiers guard the embassy.", "Ten", 10, "", "exact", "soldiers"},
      {"Officials said 26 suspected cartel members were sent.", "26", 26, "", "exact", "suspected cartel members"},
      {"It flew 12 high-altitude surveillance missions.", "12", 12, "", "exact", "high-altitude surveillance missions"},
      {"About 4,000 active-duty troops arrived.", "About 4,000", 4000, "", "about", "active-duty troops"},
      {"The label sold 15 hit songs.", "15", 15, "", "exact", "hit songs"},
  }, "en");
}

}  // namespace
}  // namespace storyline::testing
