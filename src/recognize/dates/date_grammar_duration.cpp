// Durations beyond duration(): unit letters fused with the number ("3h", "2W", "10D": grammar.txt
// ABBR_<unit>), a fraction joined to a count ("one and a half hours", "one hour and a half", "hora y
// media") and two counts of different units ("1 hour and 30 minutes", "3 hours 30 minutes").
#include <charconv>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
TimeUnit unit_code(const std::string& value) { return parse_unit(std::string_view(value).substr(0, value.find('*'))); }
bool clock_unit(TimeUnit u) { return u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second; }
// Coarse to fine, for "one year and six months" (not "30 minutes and 1 hour").
int rank(TimeUnit u) {
  switch (u) {
    case TimeUnit::Century: return 0; case TimeUnit::Decade: return 1; case TimeUnit::Year: return 2;
    case TimeUnit::Half: return 3; case TimeUnit::Quarter: return 4; case TimeUnit::Month: return 5;
    case TimeUnit::Week: return 6; case TimeUnit::Day: return 7; case TimeUnit::Hour: return 8;
    case TimeUnit::Minute: return 9; case TimeUnit::Second: return 10; default: return -1;
  }
}
// Joins two duration values: "PT1H" + "PT30M" = "PT1H30M", "P1D" + "PT3H" = "P1DT3H".
std::string join_durations(const std::string& a, const std::string& b) {
  bool a_time = a.starts_with("PT"), b_time = b.starts_with("PT");
  if (a_time && b_time) return a + b.substr(2);
  if (!a_time && !b_time) return a + b.substr(1);
  if (!a_time) return a + b.substr(1);
  return std::string();
}
}  // namespace

// A count: digits (with decimals) or a number word; {amount, end}.
std::optional<std::pair<double, int>> DateGrammar::count_at(int i) const {
  if (int value = number(i); value >= 0) {
    if (punct(i + 1, '.') && attached(i + 1) && number(i + 2) >= 0 && attached(i + 2)) {
      double amount = 0;
      std::string text = tokens_[i].lower + "." + tokens_[i + 2].lower;
      std::from_chars(text.data(), text.data() + text.size(), amount);
      return std::pair{amount, i + 3};
    }
    return std::pair{static_cast<double>(value), i + 1};
  }
  if (auto word = number_word(i)) return std::pair{static_cast<double>(word->first), word->second};
  return std::nullopt;
}

// A fraction after "and": "a half", "half", "a quarter", "media".
std::optional<std::pair<double, int>> DateGrammar::fraction_at(int i) const {
  int j = i;
  if (const DateLexeme* one = lex(j, DateRole::Number); one && *one->value == "1" && lex(j + one->length, DateRole::Fraction))
    j += one->length;
  const DateLexeme* fraction = lex(j, DateRole::Fraction);
  if (!fraction) return std::nullopt;
  double value = 0;
  std::from_chars(fraction->value->data(), fraction->value->data() + fraction->value->size(), value);
  return std::pair{value, j + fraction->length};
}

DateGrammar::Result DateGrammar::compound_duration(int i) const {
  auto make = [&](int end, const std::string& literal, double amount, TimeUnit unit, const std::string& code) {
    Moment m;
    m.type = "DURATION", m.literal = literal, m.amount = amount, m.unit = code;
    (void)unit;
    return DateParse{i, end, m};
  };
  auto count = count_at(i);
  // "3h", "2W", "123.45 sec" (a unit letter fused with the number).
  bool clock_cue = grammar(i - 1, "HOUR") == 1 || grammar(i - 2, "HOUR") == 2 || grammar(i - 1, "AT") == 1;
  if (count && !clock_cue && attached(count->second) && count->second < static_cast<int>(tokens_.size()) &&
      tokens_[count->second].kind == DateToken::Word) {
    for (const DateLexeme& l : lexemes_[count->second]) {
      if (l.role != DateRole::Grammar || !l.value->starts_with("ABBR_") || l.length != 1) continue;
      std::string code = l.value->substr(5);
      TimeUnit unit = parse_unit(code);
      int end = count->second + 1;
      if (unit == TimeUnit::None || (attached(end) && end < static_cast<int>(tokens_.size()) &&
                                     tokens_[end].kind != DateToken::Punct))
        continue;
      return make(end, duration_value(count->first, unit), count->first, unit, code);
    }
  }
  // "one and a half hours".
  if (count) {
    if (int link = grammar(count->second, "AND")) {
      if (auto fraction = fraction_at(count->second + link)) {
        int j = fraction->second;
        if (punct(j, '-') && attached(j)) ++j;
        if (const DateLexeme* unit = lex(j, DateRole::Unit); unit && unit_code(*unit->value) != TimeUnit::None &&
                                                               !lex(j, DateRole::Fraction)) {
          TimeUnit u = unit_code(*unit->value);
          double amount = count->first + fraction->first;
          return make(j + unit->length, duration_value(amount, u), amount, u, unit->value->substr(0, unit->value->find('*')));
        }
      }
    }
  }
  // "one hour and a half", "hora y media", "1 hour and 30 minutes", "3 hours 30 minutes".
  int j = count ? count->second : i;
  double amount = count ? count->first : 1;
  const DateLexeme* unit = lex(j, DateRole::Unit);
  if (!unit || lex(j, DateRole::Fraction)) return std::nullopt;
  TimeUnit u = unit_code(*unit->value);
  if (u == TimeUnit::None || u == TimeUnit::Half || u == TimeUnit::Quarter) return std::nullopt;
  if (!count && (i > 0 && lex(i - 1, DateRole::Number))) return std::nullopt;
  int end = j + unit->length;
  int link = grammar(end, "AND");
  if (auto fraction = link ? fraction_at(end + link) : std::nullopt) {
    // "an hour and a half hour", "the day and half the night" are other readings.
    int after = fraction->second;
    if (lex(after, DateRole::Unit) || grammar(after, "DET") || grammar(after, "OF")) return std::nullopt;
    double total = amount + fraction->first;
    return make(fraction->second, duration_value(total, u), total, u, unit->value->substr(0, unit->value->find('*')));
  }
  if (!count) return std::nullopt;
  Result second = duration(end + link);
  if (!second || second->moment.type != "DURATION" || second->moment.amount <= 0) return std::nullopt;
  TimeUnit v = parse_unit(second->moment.unit);
  if (v == TimeUnit::None || rank(v) <= rank(u) || (clock_unit(u) && !clock_unit(v)) ||
      (!link && !clock_unit(v)))
    return std::nullopt;
  std::string joined = join_durations(duration_value(amount, u), second->moment.literal);
  if (joined.empty()) return std::nullopt;
  return make(second->end, joined, amount, u, unit->value->substr(0, unit->value->find('*')));
}

}  // namespace storyline
