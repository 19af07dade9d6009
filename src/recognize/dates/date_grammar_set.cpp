// Sets (TimeML SET): "weekly", "every week", "cada dos semanas", "every Monday at 4pm", "every
// other day", "every weekend", "Tuesdays at 9am", "Tuesday afternoons".
#include <cstdio>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
TimeUnit unit_code(const std::string& value) { return parse_unit(std::string_view(value).substr(0, value.find('*'))); }
}  // namespace

// A clock time after a set of days ("every Monday at 4pm", "Thursdays at 17.30") joins its value:
// XXXX-WXX-1T16:00. Returns the new end.
int DateGrammar::set_clock_after(Moment& m, int j) const {
  int k = skip(j, "AT");
  if (k == j) return j;
  auto time = clock_any(k, true);
  if (!time) return j;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", time->first / 3600 % 100, time->first / 60 % 60);
  m.literal += buffer;
  return time->second;
}

DateGrammar::Result DateGrammar::set(int i) const {
  const DateLexeme* set = lex(i, DateRole::Set);
  if (!set) return std::nullopt;
  int j = i + set->length;
  Moment m;
  m.type = "SET";
  if (*set->value != "EACH") {
    // "17 mornings" counts parts of the day; "mornings" alone is a habit.
    if (set->value->starts_with("T") && i > 0 && (number(i - 1) >= 0 || lex(i - 1, DateRole::Number))) return std::nullopt;
    m.literal = *set->value;
    if (m.literal.starts_with("XXXX-WXX-")) j = set_clock_after(m, j);  // "Tuesdays at 9am"
    return DateParse{i, j, m};
  }
  int other = grammar(j, "OTHER");  // "every other day": every second one
  j += other;
  if (const DateLexeme* weekday = lex(j, DateRole::Weekday)) {
    m.literal = "XXXX-WXX-" + *weekday->value;
    return DateParse{i, set_clock_after(m, j + weekday->length), m};
  }
  if (const DateLexeme* part = other ? nullptr : lex(j, DateRole::DayPart)) {
    m.literal = "T" + *part->value;
    return DateParse{i, j + part->length, m};
  }
  // "every weekend", "every two weekends": TimeML counts weekends as WE.
  auto count = other ? std::nullopt : count_at(j);
  int n = other ? 2 : 1, k = j;
  if (count && count->first >= 1 && count->first == static_cast<int>(count->first))
    n = static_cast<int>(count->first), k = count->second;
  if (int weekend = grammar(k, "WEEKEND")) {
    m.literal = "P" + std::to_string(n) + "WE";
    return DateParse{i, k + weekend, m};
  }
  if (Result counted = other ? std::nullopt : duration(j); counted && counted->moment.type == "DURATION") {
    m.literal = counted->moment.literal;
    return DateParse{i, counted->end, m};
  }
  if (const DateLexeme* unit = lex(j, DateRole::Unit)) {
    TimeUnit kind = unit_code(*unit->value);
    if (kind == TimeUnit::None) return std::nullopt;
    // A quarter repeats every three months (like "quarterly"); ISO 8601 has no quarter unit.
    m.literal = kind == TimeUnit::Quarter ? "P" + std::to_string(other ? 6 : 3) + "M" : duration_value(other ? 2 : 1, kind);
    return DateParse{i, j + unit->length, m};
  }
  return std::nullopt;
}

}  // namespace storyline
