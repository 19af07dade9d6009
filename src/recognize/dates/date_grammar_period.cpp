// Periods written compactly or counted from now: "the past three years" (a DURATION whose begin
// and end are fixed by the reference), "2019-Q1", "Q3 2019", "H2 2019", "T1 2020", weekends.
#include <charconv>
#include <cstdio>

#include "recognize/dates/date_grammar.h"

namespace storyline {
using calendar::CivilDate;

namespace {
std::string day_text(CivilDate d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}
CivilDate add(CivilDate date, TimeUnit unit, int n) {
  switch (unit) {
    case TimeUnit::Year: return calendar::add_months(date, 12 * n);
    case TimeUnit::Decade: return calendar::add_months(date, 120 * n);
    case TimeUnit::Month: return calendar::add_months(date, n);
    case TimeUnit::Quarter: return calendar::add_months(date, 3 * n);
    case TimeUnit::Half: return calendar::add_months(date, 6 * n);
    case TimeUnit::Week: return calendar::add_days(date, 7L * n);
    default: return calendar::add_days(date, n);
  }
}
}  // namespace

// "the past three years", "next 3 days", "los próximos cinco días": the duration keeps its value
// and gets begin/end: the N units before the reference day (end exclusive, the reference day), or
// the N units from the next day. Quarters and halves count whole calendar periods.
void DateGrammar::count_from_reference(Moment& m, int direction) const {
  TimeUnit unit = parse_unit(m.unit);
  if (!resolver_.knows_day() || m.amount <= 0 || m.amount != static_cast<int>(m.amount) || !m.begin.empty() ||
      unit == TimeUnit::Second || unit == TimeUnit::None)
    return;
  int n = static_cast<int>(m.amount);
  if (unit == TimeUnit::Hour || unit == TimeUnit::Minute) {  // "the next 5 minutes": from the reference's time
    auto now = resolver_.moved(unit, 0, nullptr), other = resolver_.moved(unit, direction < 0 ? -n : n, nullptr);
    if (!now || !other) return;
    m.begin = format_value(direction < 0 ? *other : *now), m.end = format_value(direction < 0 ? *now : *other);
    return;
  }
  CivilDate today = resolver_.today(), start;
  if (unit == TimeUnit::Quarter || unit == TimeUnit::Half) {
    int size = unit == TimeUnit::Quarter ? 3 : 6;
    CivilDate current{today.year, (today.month - 1) / size * size + 1, 1};
    start = direction < 0 ? add(current, unit, -n) : add(current, unit, 1);
  } else {
    start = direction < 0 ? add(today, unit, -n) : calendar::add_days(today, 1);
  }
  m.begin = day_text(start), m.end = day_text(add(start, unit, n));
}

// The count before the relative word: "the 5 upcoming years", "the 3 next weeks", "the 13 last
// minutes": read as "the next 5 years" (a duration counted from the reference).
DateGrammar::Result DateGrammar::count_before_relative(int i) const {
  auto count = count_at(i);
  if (!count || count->first < 1 || count->first != static_cast<int>(count->first)) return std::nullopt;
  const DateLexeme* rel = lex(count->second, DateRole::Relative);
  if (!rel || (*rel->value != "1" && *rel->value != "-1")) return std::nullopt;
  const DateLexeme* unit = lex(count->second + rel->length, DateRole::Unit);
  if (!unit || !unit->value->ends_with('*')) return std::nullopt;  // a plural: "the 2 next days"
  std::string code = unit->value->substr(0, unit->value->size() - 1);
  TimeUnit kind = parse_unit(code);
  if (kind == TimeUnit::None) return std::nullopt;
  Moment m;
  m.type = "DURATION", m.amount = count->first, m.unit = code, m.literal = duration_value(m.amount, kind);
  count_from_reference(m, to_int(*rel->value));
  return DateParse{i, count->second + rel->length + unit->length, m};
}

// "2019-Q1", "2019 q1", "Q1 2019", "q1-2019", "H2 2019", "T1 2020" (grammar.txt QUARTER / HALF_YEAR
// letters directly followed by the number).
DateGrammar::Result DateGrammar::period_code(int i) const {
  auto code_at = [&](int k) -> std::optional<std::pair<Moment, int>> {
    bool q = grammar(k, "QUARTER") == 1, h = grammar(k, "HALF_YEAR") == 1;
    int n = number(k + 1);
    if (!(q || h) || !attached(k + 1) || n < 1 || n > (q ? 4 : 2) || tokens_[k + 1].lower.size() != 1) return std::nullopt;
    if (k + 2 < static_cast<int>(tokens_.size()) && attached(k + 2) && tokens_[k + 2].kind != DateToken::Punct)
      return std::nullopt;
    Moment m = resolver_.year_of_reference(q ? Grain::Quarter : Grain::Half);
    m.number = n;
    return std::pair{m, k + 2};
  };
  if (auto year = year_at(i)) {  // "2019-Q1", "2019 q1"
    int k = punct(year->second, '-') && attached(year->second) ? year->second + 1 : year->second;
    if (auto code = code_at(k)) {
      code->first.year = year->first, code->first.anchor = TimeAnchor::Absolute;
      return DateParse{i, code->second, code->first};
    }
    return std::nullopt;
  }
  auto code = code_at(i);
  if (!code) return std::nullopt;
  int k = code->second;
  int after = punct(k, '-') ? k + 1 : skip(skip_punct(k, ','), "OF");
  if (auto year = year_at(after)) {
    code->first.year = year->first, code->first.anchor = TimeAnchor::Absolute;
    return DateParse{i, year->second, code->first};
  }
  // Alone the letter code needs a cue ("in Q3", "el T1"): "the Q3 phone" could be a model name.
  if (!(i > 0 && (grammar(i - 1, "YEAR") || grammar(i - 1, "DET") || lex(i - 1, DateRole::Relative))) || noun_after(k))
    return std::nullopt;
  return DateParse{i, k, code->first};
}


// "this weekend", "next weekend", "el fin de semana pasado", "the weekend", "the weekend of
// October 31": the ISO week's weekend, TimeML 2025-W33-WE. Without a relative word it is the
// reference's week, or the week before when the sentence looks back early in the week ("over the
// weekend" on a Monday).
DateGrammar::Result DateGrammar::weekend(int i) const {
  int j = i, n = 2;
  const DateLexeme* rel = lex(i, DateRole::Relative);
  if (rel && (*rel->value == "-1" || *rel->value == "0" || *rel->value == "1")) n = std::stoi(*rel->value), j = i + rel->length;
  int det = grammar(j, "DET");
  int w = grammar(j + det, "WEEKEND");
  if (!w) return std::nullopt;
  int end = j + det + w;
  if (n == 2) {
    if (const DateLexeme* after = lex(end, DateRole::Relative);
        after && (*after->value == "-1" || *after->value == "0" || *after->value == "1"))
      n = std::stoi(*after->value), end += after->length;
  }
  Moment m;
  m.grain = Grain::Week, m.code = "WE", m.anchor = TimeAnchor::Unresolved;
  if (n == 2) {
    if (int of = grammar(end, "OF")) {  // "the weekend of Halloween"
      if (Result date = calendar_date(end + of, direction()); date && date->moment.grain == Grain::Day) {
        if (auto day = first_day(date->moment)) {
          m = moment_at(*day, Grain::Week, date->moment.anchor);
          m.code = "WE";
          return DateParse{i, date->end, m};
        }
      }
    }
    // A bare "weekend" needs a determiner or a signal before it ("the weekend", "on weekend").
    if (!det && !(i > 0 && (grammar(i - 1, "YEAR") || grammar(i - 1, "ON")))) return std::nullopt;
  }
  if (resolver_.knows_day()) {
    CivilDate today = resolver_.today();
    int shift = n == 2 ? (direction() < 0 && calendar::iso_weekday(today) <= 3 ? -1 : 0) : n;
    m = moment_at(calendar::add_days(today, 7L * shift), Grain::Week, TimeAnchor::Publication);
    m.code = "WE";
  }
  return DateParse{i, end, m};
}

}  // namespace storyline
