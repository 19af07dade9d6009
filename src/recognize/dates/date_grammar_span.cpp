// Periods inside periods and the current period named by its unit: "the month" / "the year" (the
// publication's), "the end of the year", "end of day", "EOY", "fin de mes", "the first week of
// 2015", "la última semana de julio", "week 31", "Tuesday of next week", "the 15th day of next
// month", "later in the year".
#include <charconv>

#include "recognize/dates/date_grammar.h"

namespace storyline {
using calendar::CivilDate;

namespace {
// A singular calendar unit ("year", "mes"); plurals and other units give None.
TimeUnit singular_unit(const DateLexeme* unit) {
  if (!unit || unit->value->ends_with('*')) return TimeUnit::None;
  return parse_unit(*unit->value);
}
// The last day of a resolved month or year moment.
std::optional<CivilDate> last_day(const Moment& m, CivilDate first) {
  if (m.grain == Grain::Month) return calendar::add_days(calendar::add_months(first, 1), -1);
  if (m.grain == Grain::Year) return CivilDate{first.year, 12, 31};
  return std::nullopt;
}
}  // namespace

// "the month", "the year", "the week": the publication's ("partner of the year", "for the month").
// Not before a number, "of", a relative word or another date word ("the year 2011", "the month of
// May", "la semana pasada"); "the week after next" is two weeks on.
DateGrammar::Result DateGrammar::current_unit(int i) const {
  int det = grammar(i, "DET");
  if (!det) return std::nullopt;
  const DateLexeme* unit = lex(i + det, DateRole::Unit);
  TimeUnit kind = singular_unit(unit);
  if (kind != TimeUnit::Year && kind != TimeUnit::Month && kind != TimeUnit::Week && kind != TimeUnit::Quarter)
    return std::nullopt;
  // "la Semana Santa", "The Week" (a title): a capitalized unit or a holiday name is no period.
  if (tokens_[i + det].capitalized || lex(i + det, DateRole::Holiday)) return std::nullopt;
  int end = i + det + unit->length;
  if (grammar(end, "AFTER") && lex(end + grammar(end, "AFTER"), DateRole::Relative) &&
      *lex(end + grammar(end, "AFTER"), DateRole::Relative)->value == "1" && kind == TimeUnit::Week)
    return DateParse{i, end + grammar(end, "AFTER") + 1, resolver_.shifted(kind, 2)};
  if (end < static_cast<int>(tokens_.size()) &&
      (tokens_[end].kind == DateToken::Number || (attached(end) && tokens_[end].kind != DateToken::Punct) ||
       (attached(end) && punct(end, '-')) || grammar(end, "OF") || grammar(end, "ENDING") ||
       lex(end, DateRole::Relative) || lex(end, DateRole::Month) || lex(end, DateRole::Ordinal) ||
       lex(end, DateRole::Unit) || grammar(end, "DAY")))
    return std::nullopt;
  // "the quarter" is the one last reported: quarters are written about once they end.
  return DateParse{i, end, resolver_.shifted(kind, kind == TimeUnit::Quarter ? -1 : 0)};
}

// A part word before a bare unit, a relative day or a weekday: "the end of the year", "end of
// month", "fin de mes", "principios de semana", "end of day", "end of tomorrow"; and the fused
// forms of grammar.txt END_OF_<unit> ("EOY", "EOD"). The end of a day is its last second
// (T23:59:59); "at the end of the day" is the idiom, no date.
DateGrammar::Result DateGrammar::part_of_unit(int i) const {
  const DateLexeme* part = lex(i, DateRole::Part);
  std::string mod;
  Result inner;
  int begin = i;
  if (int det = grammar(i, "DET"); det && grammar(i + det, "END_OF_D") + grammar(i + det, "END_OF_Y") +
                                                  grammar(i + det, "END_OF_M") + grammar(i + det, "END_OF_W"))
    i += det;  // "the EOD"
  for (auto [code, unit] : {std::pair{"END_OF_D", TimeUnit::Day}, {"END_OF_W", TimeUnit::Week},
                            {"END_OF_M", TimeUnit::Month}, {"END_OF_Y", TimeUnit::Year}})
    if (int n = grammar(i, code)) inner = DateParse{i, i + n, resolver_.shifted(unit, 0)}, mod = "END";
  if (!inner) {
    if (!part || grammar(i, "WEEKEND")) return std::nullopt;  // "fin de semana" is a weekend
    mod = *part->value;
    int j = skip(i + part->length, "DET");
    if (grammar(j, "WEEKEND")) return std::nullopt;
    const DateLexeme* unit = lex(j, DateRole::Unit);
    TimeUnit kind = singular_unit(unit);
    if (kind == TimeUnit::Year || kind == TimeUnit::Month || kind == TimeUnit::Week || kind == TimeUnit::Day) {
      int end = j + unit->length;
      if (number(end) >= 0 || grammar(end, "OF") || lex(end, DateRole::Relative)) return std::nullopt;
      inner = DateParse{i, end, resolver_.shifted(kind, 0)};
    } else if (const DateLexeme* day = lex(j, DateRole::RelativeDay); day && day->value->find(' ') == std::string::npos) {
      inner = DateParse{i, j + day->length, resolver_.relative_day(to_int(*day->value))};
    } else if (const DateLexeme* weekday = lex(j, DateRole::Weekday)) {
      inner = DateParse{i, j + weekday->length, resolver_.weekday(to_int(*weekday->value), 2, direction())};
    } else if (Result rel = relative(j); rel && rel->moment.grain == Grain::Day && rel->moment.type == "DATE") {
      inner = rel;
    }
    if (!inner) return std::nullopt;
  }
  inner->begin = begin;
  Moment& m = inner->moment;
  if (m.grain == Grain::Day) {
    if (mod != "END" || m.from_text) return std::nullopt;
    if (part && (grammar(begin - 1, "AT") || (grammar(begin - 1, "DET") && grammar(begin - 2, "AT"))))
      return std::nullopt;  // "at the end of the day"
    if (m.anchor != TimeAnchor::Unresolved) set_clock(m, 23 * 3600 + 59 * 60 + 59);
    else m.mod = mod;
    return inner;
  }
  m.mod = mod;
  return inner;
}

// "the week of the 18th", "the week of October 31": the ISO week holding that day. A bare day of
// the month is resolved as in day_of_month().
DateGrammar::Result DateGrammar::week_around(int i) const {
  int det = grammar(i, "DET");
  const DateLexeme* unit = det ? lex(i + det, DateRole::Unit) : nullptr;
  if (singular_unit(unit) != TimeUnit::Week) return std::nullopt;
  int of = grammar(i + det + unit->length, "OF");
  if (!of) return std::nullopt;
  int c = i + det + unit->length + of;
  Result date = calendar_date(c, direction());
  if (!date || date->moment.grain != Grain::Day) {
    int k = skip(c, "DET");
    auto day = k > c && number(k) >= 0 && attached(k + 1) && grammar(k + 1, "ORD") ? day_at(k, false) : std::nullopt;
    if (!day || !resolver_.knows_day() || lex(day->second, DateRole::Month) || grammar(day->second, "OF"))
      return std::nullopt;
    calendar::CivilDate today = resolver_.today(), month{today.year, today.month, 1};
    if (direction() < 0 && day->first > today.day) month = calendar::add_months(month, -1);
    if (direction() > 0 && day->first < today.day) month = calendar::add_months(month, 1);
    if (day->first > calendar::days_in_month(month.year, month.month)) return std::nullopt;
    date = DateParse{c, day->second, day_moment({month.year, month.month, day->first}, TimeAnchor::Publication)};
  }
  auto first = first_day(date->moment);
  if (!first) return std::nullopt;
  return DateParse{i, date->end, moment_at(*first, Grain::Week, date->moment.anchor)};
}

// "the first week of 2015", "last week of Dec 2016", "la tercera semana de enero", "week 31",
// "week 3 of 2027", "week 27 of last year". The Nth week of a month or year is the ISO week of
// its Nth Thursday (the week that mostly lies inside it); the last week that of its last Thursday.
DateGrammar::Result DateGrammar::week_of(int i) const {
  if (Result around = week_around(i)) return around;
  int n = 0, j = i;
  bool iso_number = false;
  if (const DateLexeme* rel = lex(i, DateRole::Relative); rel && *rel->value == "-1") {
    n = -1, j = i + rel->length;
  } else if (const DateLexeme* ordinal = lex(i, DateRole::Ordinal)) {
    n = to_int(*ordinal->value), j = i + ordinal->length;
  } else if (number(i) > 0 && attached(i + 1) && grammar(i + 1, "ORD")) {
    n = number(i), j = i + 1 + grammar(i + 1, "ORD");
  }
  const DateLexeme* unit = lex(j, DateRole::Unit);
  if (singular_unit(unit) != TimeUnit::Week) return std::nullopt;
  int k = j + unit->length;
  if (n == 0) {  // "week 31"
    n = number(k);
    if (j != i || n < 1 || n > 53 || tokens_[k].lower.size() > 2) return std::nullopt;
    if (attached(k + 1) && !punct(k + 1, ',') && !punct(k + 1, '.')) return std::nullopt;
    iso_number = true, k += 1;
  }
  int of = grammar(k, "OF");
  Moment container;
  int end = k;
  if (of) {
    int c = skip(k + of, "DET");
    Result best;
    for (Result r : {year(c, true), relative(c), month_first(c, direction())})
      if (r && (r->moment.grain == Grain::Year || r->moment.grain == Grain::Month) && (!best || r->end > best->end))
        best = r;
    if (!best && !iso_number) {
      const DateLexeme* u = lex(c, DateRole::Unit);
      TimeUnit kind = singular_unit(u);
      if (c > k + of && (kind == TimeUnit::Month || kind == TimeUnit::Year))
        best = DateParse{c, c + u->length, resolver_.shifted(kind, 0)};
    }
    if (best) container = best->moment, end = best->end;
  }
  if (container.grain == Grain::None) {
    if (!iso_number) return std::nullopt;
    container = resolver_.shifted(TimeUnit::Year, 0);
  }
  if (iso_number && container.grain != Grain::Year) return std::nullopt;
  auto first = first_day(container);
  if (!first) return std::nullopt;
  Moment m;
  if (iso_number) {
    if (n > calendar::iso_week(CivilDate{first->year, 12, 28}).week) return std::nullopt;
    m = moment_at(calendar::iso_week_monday(first->year, n), Grain::Week, container.anchor);
    return DateParse{i, end, m};
  }
  auto last = last_day(container, *first);
  if (!last) return std::nullopt;
  CivilDate thursday;
  if (n > 0) {
    int to_thursday = (4 - calendar::iso_weekday(*first) + 7) % 7;
    thursday = calendar::add_days(*first, to_thursday + 7L * (n - 1));
    if (calendar::days_from_civil(thursday) > calendar::days_from_civil(*last)) return std::nullopt;
  } else {
    thursday = calendar::add_days(*last, -((calendar::iso_weekday(*last) - 4 + 7) % 7));
  }
  m = moment_at(thursday, Grain::Week, container.anchor);
  return DateParse{i, end, m};
}

// "Tuesday of next week", "el miércoles de la próxima semana": the weekday inside that week.
DateGrammar::Result DateGrammar::weekday_of_week(int i) const {
  const DateLexeme* weekday = lex(i, DateRole::Weekday);
  if (!weekday) {  // "next week Mon", "next week on Tuesday": the week first
    Result week = relative(i);
    if (!week || week->moment.grain != Grain::Week || !week->moment.code.empty()) return std::nullopt;
    int k = skip(week->end, "ON");
    const DateLexeme* day = lex(k, DateRole::Weekday);
    auto monday = first_day(week->moment);
    if (!day || !monday) return std::nullopt;
    // "last week sat in committee": an abbreviation that is also a word must end the phrase.
    int after = k + day->length;
    bool closed = after >= static_cast<int>(tokens_.size()) || tokens_[after].kind == DateToken::Punct ||
                  lex(after + 1, DateRole::Weekday);
    if (lexicon_.ambiguous.count(tokens_[k].lower) && !closed) return std::nullopt;
    CivilDate date = calendar::add_days(*monday, to_int(*day->value) - 1);
    return with_day_detail(DateParse{i, k + day->length, day_moment(date, week->moment.anchor)});
  }
  int of = grammar(i + weekday->length, "OF");
  if (!of) return std::nullopt;
  int k = skip(i + weekday->length + of, "DET");
  Result week = relative(k);
  if (Result after = relative_after(k); after && (!week || after->end > week->end)) week = after;
  if (!week || week->moment.grain != Grain::Week || !week->moment.code.empty()) return std::nullopt;
  auto monday = first_day(week->moment);
  if (!monday) return std::nullopt;
  CivilDate day = calendar::add_days(*monday, to_int(*weekday->value) - 1);
  return with_day_detail(DateParse{i, week->end, day_moment(day, week->moment.anchor)});
}

// "the 15th day of next month", "the thirty-first day of the month".
DateGrammar::Result DateGrammar::day_of_period(int i) const {
  int n = 0, j = i;
  if (const DateLexeme* ordinal = lex(i, DateRole::Ordinal)) n = to_int(*ordinal->value), j = i + ordinal->length;
  else if (number(i) > 0 && attached(i + 1) && grammar(i + 1, "ORD")) n = number(i), j = i + 1 + grammar(i + 1, "ORD");
  const DateLexeme* unit = lex(j, DateRole::Unit);
  if (n < 1 || n > 31 || singular_unit(unit) != TimeUnit::Day) return std::nullopt;
  int k = j + unit->length, of = grammar(k, "OF");
  if (!of) return std::nullopt;
  int c = skip(k + of, "DET");
  Result month = relative(c);
  if (!month || month->moment.grain != Grain::Month) {
    const DateLexeme* u = lex(c, DateRole::Unit);
    if (c == k + of || singular_unit(u) != TimeUnit::Month) return std::nullopt;
    month = DateParse{c, c + u->length, resolver_.shifted(TimeUnit::Month, 0)};
  }
  auto first = first_day(month->moment);
  if (!first || !calendar::valid(first->year, first->month, n)) return std::nullopt;
  return DateParse{i, month->end, day_moment({first->year, first->month, n}, month->moment.anchor)};
}

// "later in the year", "earlier in the week": the publication's period, its end or start.
DateGrammar::Result DateGrammar::later_in(int i) const {
  const DateLexeme* rel = lex(i, DateRole::Relative);
  if (!rel || (*rel->value != "LATER" && *rel->value != "EARLIER")) return std::nullopt;
  int in = grammar(i + rel->length, "IN");
  if (!in) return std::nullopt;
  Result period = current_unit(i + rel->length + in);
  if (!period) return std::nullopt;
  period->begin = i;
  return period;
}

// A range end "now" / "ahora" is the publication day: "between now and November 15th".
bool DateGrammar::now_as_day(Moment& m) const {
  if (m.literal != "PRESENT_REF" || !resolver_.knows_day()) return false;
  m = day_moment(resolver_.today(), TimeAnchor::Publication);
  return true;
}

// Fixes a range's ends after they were read one by one: a year after the whole range applies to
// both ("from April to June in 2017", "de 26 a 28 de junio en 2020"); a year borrowed from the
// end is moved back when the start would come after it ("de noviembre a febrero de 2017"); the
// end after "now" lies ahead of it, the start before "now" behind it. Returns the range's end.
int DateGrammar::settle_range(int end, Moment& a, Moment& b, bool borrowed, bool a_now, bool b_now) const {
  auto calendar_grain = [](const Moment& m) { return m.grain == Grain::Day || m.grain == Grain::Month; };
  if (int in = grammar(end, "IN"); in && a.anchor != TimeAnchor::Absolute && b.anchor != TimeAnchor::Absolute &&
                                   calendar_grain(a) && calendar_grain(b)) {
    if (auto year = year_at(end + in)) {
      a.year = b.year = year->first, a.anchor = b.anchor = TimeAnchor::Absolute;
      end = year->second;
    }
  }
  auto first = first_day(a), last = first_day(b);
  if (!first || !last || calendar::days_from_civil(*first) <= calendar::days_from_civil(*last)) return end;
  if (borrowed && calendar_grain(a) && calendar_grain(b)) --a.year;  // not "Dec-2018": a month of that year
  else if (a_now && b.anchor == TimeAnchor::Publication && calendar_grain(b)) ++b.year;
  else if (b_now && a.anchor == TimeAnchor::Publication && calendar_grain(a)) --a.year;
  return end;
}

}  // namespace storyline
