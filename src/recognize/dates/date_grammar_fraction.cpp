// Guards for words that are dates only in some contexts: fractions of units ("half an hour" is
// PT30M, "three quarters of the residents" is nothing), "a second" before a noun (an ordinal),
// and day/month numbers without a year ("on 9/11" but not "post-9/11 policy").
#include <string>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
// A fraction of a unit written in the next finer unit: 0.5 hours -> 30 minutes.
std::pair<double, TimeUnit> finer(double amount, TimeUnit unit) {
  if (amount == static_cast<long>(amount)) return {amount, unit};
  switch (unit) {
    case TimeUnit::Century: return {amount * 100, TimeUnit::Year};
    case TimeUnit::Decade: return {amount * 10, TimeUnit::Year};
    case TimeUnit::Year: return {amount * 12, TimeUnit::Month};
    case TimeUnit::Month: return {amount * 30, TimeUnit::Day};
    case TimeUnit::Week: return {amount * 7, TimeUnit::Day};
    case TimeUnit::Day: return {amount * 24, TimeUnit::Hour};
    case TimeUnit::Hour: return {amount * 60, TimeUnit::Minute};
    case TimeUnit::Minute: return {amount * 60, TimeUnit::Second};
    default: return {amount, unit};
  }
}
const char* unit_code(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::Year: return "Y";
    case TimeUnit::Month: return "M";
    case TimeUnit::Week: return "W";
    case TimeUnit::Day: return "D";
    case TimeUnit::Hour: return "H";
    case TimeUnit::Minute: return "MIN";
    case TimeUnit::Second: return "S";
    case TimeUnit::Decade: return "DE";
    case TimeUnit::Century: return "CE";
    default: return "";
  }
}
}  // namespace

// "half an hour", "a half hour", "a quarter of an hour", "three quarters of a century",
// "media hora", "un cuarto de hora" (fractions.txt gives the fraction of each word).
DateGrammar::Result DateGrammar::fraction_duration(int i) const {
  double count = 1;
  int j = i;
  if (int value = number(i); value > 0 && tokens_[i].lower.size() <= 2) {
    count = value, j = i + 1;
  } else if (const DateLexeme* word = lex(i, DateRole::Number); word && *word->value != "X") {
    count = std::stod(*word->value), j = i + word->length;
  }
  const DateLexeme* fraction = lex(j, DateRole::Fraction);
  if (!fraction) return std::nullopt;
  double part = std::stod(*fraction->value);
  j = skip(j + fraction->length, "OF");
  if (const DateLexeme* one = lex(j, DateRole::Number); one && *one->value == "1" && lex(j + one->length, DateRole::Unit))
    j += one->length;  // "half an hour"
  const DateLexeme* unit = lex(j, DateRole::Unit);
  if (!unit) return std::nullopt;
  std::string_view code = *unit->value;
  if (code.ends_with('*')) code.remove_suffix(1);
  TimeUnit kind = parse_unit(code);
  if (kind == TimeUnit::None || kind == TimeUnit::Quarter || kind == TimeUnit::Half) return std::nullopt;
  auto [amount, written] = finer(count * part, kind);
  Moment m;
  m.type = "DURATION", m.amount = amount, m.unit = unit_code(written);
  m.literal = duration_value(amount, written);
  return DateParse{i, j + unit->length, m};
}

// A count of a fraction-word unit ("quarters", "half") is a duration only with a temporal cue:
// "for three quarters", "in two quarters", "the past two quarters", "two quarters ago".
bool DateGrammar::fraction_cue(int i, int end) const {
  if (i > 0 && (grammar(i - 1, "FOR") == 1 || grammar(i - 1, "IN") == 1 || lex(i - 1, DateRole::Relative))) return true;
  const DateLexeme* after = lex(end, DateRole::Relative);
  return after && (*after->value == "AGO" || *after->value == "LATER" || *after->value == "EARLIER");
}

bool DateGrammar::noun_after(int i) const {
  return i < static_cast<int>(tokens_.size()) && tokens_[i].kind == DateToken::Word && lexemes_[i].empty();
}

// A day/month without a year ("9/11", "27/11") is a date after a word that introduces one ("on",
// "by", "el", "desde", "this", a weekday) or inside a list or range of them; never as a name
// ("post-9/11", "the 9/11 attacks").
bool DateGrammar::numeric_day_cue(int i, int end) const {
  int p = i - 1;
  if (p < 0) return false;
  if ((punct(p, '-') || punct(p, ',')) && number(p - 1) >= 0 && punct(p - 2, '/')) return true;  // "10/1-11/7"
  if (punct(p, '(') || punct(p, ',')) --p;  // "viernes(6/7)", "Friday, 5/12"
  for (int back = 1; back <= 3 && p - back + 1 >= 0; ++back) {
    int k = p - back + 1;
    if (grammar(k, "DET") == back && grammar(k, "ON") != back && grammar(k, "YEAR") != back)
      return !noun_after(end);  // "the 9/11 attacks"
    for (const char* role : {"YEAR", "ON", "FROM", "BETWEEN", "TO", "AND", "AT", "FOR"})
      if (grammar(k, role) == back) return true;
    for (DateRole role : {DateRole::Relative, DateRole::Weekday})
      if (const DateLexeme* word = lex(k, role); word && word->length == back) return true;
  }
  return false;
}

}  // namespace storyline
