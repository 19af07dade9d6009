// A part of the day standing alone: "in the morning", "at night", "por la tarde", "late afternoon",
// "early morning", "later in the afternoon". Like a clock time alone, it takes the publication day
// (TimeML news practice); the part word gives the mod ("late afternoon": END).
#include "recognize/dates/date_grammar.h"

namespace storyline {

DateGrammar::Result DateGrammar::day_part_alone(int i) const {
  std::string mod;
  int j = i;
  if (const DateLexeme* part = lex(i, DateRole::Part)) {
    mod = *part->value, j += part->length;
  } else if (const DateLexeme* rel = lex(i, DateRole::Relative);
             rel && (*rel->value == "LATER" || *rel->value == "EARLIER")) {
    mod = *rel->value == "LATER" ? "END" : "START", j += rel->length;
  }
  const DateLexeme* day_part = lex(j, DateRole::DayPart);
  if (!day_part) return std::nullopt;
  // Without a part word only a phrase with its opener ("in the morning", not "morning", not the
  // clock suffix "de la tarde").
  if (mod.empty() && (day_part->length < 2 || grammar(j, "OF"))) return std::nullopt;
  if (!mod.empty() && j > i && grammar(j, "OF")) return std::nullopt;
  Moment m = resolver_.knows_day() ? resolver_.relative_day(0) : Moment{};
  if (!resolver_.knows_day()) m.anchor = TimeAnchor::Unresolved;
  m.grain = Grain::DayPart, m.code = *day_part->value, m.type = "TIME", m.mod = mod;
  return DateParse{i, j + day_part->length, m};
}

}  // namespace storyline
