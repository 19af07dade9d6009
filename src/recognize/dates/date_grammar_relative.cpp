// The relative half of the grammar: "last week", "el jueves pasado", "two years ago", "every
// Monday", "early 2025", "between March and May", and times of day (the
// dispatcher is in date_grammar_dispatch.cpp).
#include <charconv>
#include <cstdio>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
// units.txt marks plurals with a trailing '*' ("years = Y*"): only those stand alone ("for years").
TimeUnit unit_of(const DateLexeme& lexeme, bool* plural = nullptr) {
  std::string_view value = *lexeme.value;
  if (plural) *plural = value.ends_with('*');
  if (value.ends_with('*')) value.remove_suffix(1);
  return parse_unit(value);
}
bool is_relative_number(const std::string& value) { return value == "-1" || value == "0" || value == "1"; }
}  // namespace

// REL followed by what it moves: "last week", "next Thursday", "this summer", "el pasado 4 de
// mayo", "the past three years" (a duration).
DateGrammar::Result DateGrammar::relative(int i) const {
  const DateLexeme* rel = lex(i, DateRole::Relative);
  if (!rel || !is_relative_number(*rel->value)) return std::nullopt;
  int n = to_int(*rel->value);
  int j = skip(i + rel->length, "DET");
  if (Result days = business_days(i, j, n)) return days;
  if (Result counted = duration(j); counted && counted->moment.type == "DURATION" && counted->moment.literal[1] != 'X') {
    if (n != 0) count_from_reference(counted->moment, n);
    return DateParse{i, counted->end, counted->moment};
  }
  if (const DateLexeme* unit = lex(j, DateRole::Unit)) {
    TimeUnit kind = unit_of(*unit);
    if (kind == TimeUnit::None || kind == TimeUnit::Hour || kind == TimeUnit::Minute || kind == TimeUnit::Second)
      return std::nullopt;
    if (kind == TimeUnit::Day) {  // "the next day": after the previous date in the text
      Moment m;
      m.grain = Grain::Day, m.from_text = true, m.shift = n, m.shift_unit = TimeUnit::Day;
      return n == 0 ? std::nullopt : Result(DateParse{i, j + unit->length, m});
    }
    return DateParse{i, j + unit->length, resolver_.shifted(kind, n)};
  }
  if (const DateLexeme* weekday = lex(j, DateRole::Weekday))
    return with_day_detail(DateParse{i, j + weekday->length, resolver_.weekday(to_int(*weekday->value), n, direction())});
  if (Result s = season(j, n)) return DateParse{i, s->end, s->moment};
  int dir = n == 0 ? direction() : n;
  if (Result date = calendar_date(j, dir)) {
    // "este septiembre", "this May": the month of the reference's year, passed or not (the
    // tense does not move it); only when the text writes no year (both directions disagree).
    Result other = n == 0 ? calendar_date(j, -dir) : std::nullopt;
    if (other && other->moment.year != date->moment.year && resolver_.knows_year() &&
        (date->moment.grain == Grain::Month || date->moment.grain == Grain::Day)) {
      Moment& m = date->moment;
      int year = resolver_.today().year;
      if (m.grain == Grain::Month) m.year = year;
      else if (m.day <= calendar::days_in_month(year, m.month)) m = day_moment({year, m.month, m.day}, m.anchor);
    }
    return with_day_detail(DateParse{i, date->end, date->moment});
  }
  return std::nullopt;
}

// "next 4 business days", "the previous 3 working days": N weekdays (Monday to Friday) counted
// from the reference day, which is not one of them; begin is the first, end the day after the last.
DateGrammar::Result DateGrammar::business_days(int i, int j, int n) const {
  if (n == 0 || !resolver_.knows_day()) return std::nullopt;
  int count = number(j), k = j + 1;
  if (count < 0)
    if (const DateLexeme* word = lex(j, DateRole::Number); word && *word->value != "X")
      count = to_int(*word->value), k = j + word->length;
  int business = count > 0 && count <= 366 ? grammar(k, "BUSINESS") : 0;
  const DateLexeme* unit = business ? lex(k + business, DateRole::Unit) : nullptr;
  if (!unit || unit_of(*unit) != TimeUnit::Day) return std::nullopt;
  calendar::CivilDate day = resolver_.today(), first = day, last = day;
  for (int found = 0; found < count;) {
    day = calendar::add_days(day, n);
    if (calendar::iso_weekday(day) >= 6) continue;
    if (found++ == 0) first = day;
    last = day;
  }
  if (n < 0) std::swap(first, last);
  Moment m;
  m.type = "DURATION", m.amount = count;
  m.unit.assign(1, 'D');
  char literal[16];
  std::snprintf(literal, sizeof literal, "P%dBD", count);
  m.literal = literal;
  m.begin = format_value(day_moment(first, TimeAnchor::Publication));
  m.end = format_value(day_moment(calendar::add_days(last, 1), TimeAnchor::Publication));
  m.anchor = TimeAnchor::Publication;
  return DateParse{i, k + business + unit->length, m};
}

// The same with the relative word after: "la semana pasada", "el jueves pasado", "next year's".
DateGrammar::Result DateGrammar::relative_after(int i) const {
  int j = i;
  const DateLexeme* unit = lex(i, DateRole::Unit);
  const DateLexeme* weekday = lex(i, DateRole::Weekday);
  const DateLexeme* season_word = lex(i, DateRole::Season);
  const DateLexeme* head = unit ? unit : weekday ? weekday : season_word;
  if (!head) return std::nullopt;
  j += head->length;
  const DateLexeme* rel = lex(j, DateRole::Relative);
  if (!rel || !is_relative_number(*rel->value)) return std::nullopt;
  int n = to_int(*rel->value), end = j + rel->length;
  if (unit) {
    TimeUnit kind = unit_of(*unit);
    if (kind == TimeUnit::Day) {
      Moment m;
      m.grain = Grain::Day, m.from_text = true, m.shift = n, m.shift_unit = TimeUnit::Day;
      return n == 0 ? std::nullopt : Result(DateParse{i, end, m});
    }
    if (grain_of(kind) == Grain::Day || kind == TimeUnit::None) return std::nullopt;
    return DateParse{i, end, resolver_.shifted(kind, n)};
  }
  if (weekday) return with_day_detail(DateParse{i, end, resolver_.weekday(to_int(*weekday->value), n, direction())});
  Result s = season(i, n);
  return DateParse{i, end, s->moment};
}

// "today", "ayer", "anoche" (relative_days.txt: "offset [PART]"), "mañana por la tarde".
DateGrammar::Result DateGrammar::relative_day(int i) const {
  const DateLexeme* day = lex(i, DateRole::RelativeDay);
  // After a determiner the word is a noun ("por la mañana" is the morning, not tomorrow).
  if (!day || (i > 0 && grammar(i - 1, "DET") == 1)) return std::nullopt;
  const std::string& value = *day->value;
  std::size_t space = value.find(' ');
  Moment m = resolver_.relative_day(to_int(value.substr(0, space)));
  if (space != std::string::npos) {
    Moment dated = m;  // "tonight from 7 to 7:30": a clock range in that part of the day
    dated.code = value.substr(space + 1);
    if (Result range = clock_range(skip_punct(i + day->length, ','), &dated)) {
      range->begin = i;
      return range;
    }
    m.grain = Grain::DayPart, m.code = value.substr(space + 1), m.type = "TIME";
    return DateParse{i, i + day->length, m};
  }
  return with_day_detail(DateParse{i, i + day->length, m});
}

// After a day: a part of the day or a clock time makes it a TIME.
DateGrammar::Result DateGrammar::with_day_detail(DateParse parse) const {
  if (parse.moment.grain != Grain::Day) return parse;
  if (const DateLexeme* part = lex(parse.end, DateRole::DayPart)) {
    // "Monday morning from 10am to 12pm": a clock range after the part of the day dates by the day.
    Moment day = parse.moment;
    day.code = *part->value;
    if (Result range = clock_range(skip_punct(parse.end + part->length, ','), &day)) {
      range->begin = parse.begin;
      return range;
    }
    parse.moment.grain = Grain::DayPart, parse.moment.code = *part->value, parse.moment.type = "TIME";
    parse.end += part->length;
    return parse;
  }
  // "tomorrow from 7 to 8pm", "Tuesday at 2:00 - 2:30 pm".
  int at = skip_punct(parse.end, ',');
  Result range = clock_range(at, &parse.moment);
  if (!range && grammar(at, "AT")) range = clock_range(skip(at, "AT"), &parse.moment);
  if (range) {
    range->begin = parse.begin;
    return range;
  }
  int j = skip(skip(skip_punct(parse.end, ','), "AT"), "HOUR");
  if (auto time = clock_any(j, j > skip_punct(parse.end, ','))) {  // "Sat at 5": a bare hour after "at"
    set_clock(parse.moment, time->first);
    parse.end = time->second;
  }
  return parse;
}

// "5 p.m.", "10:30", "8:45 a.m.", "10 de la mañana", "7 o'clock".
std::optional<std::pair<int, int>> DateGrammar::clock(int i) const {
  int hour = number(i);
  if (hour < 0 || hour > 24 || tokens_[i].lower.size() > 2) return std::nullopt;
  int j = i + 1, minute = 0;
  bool colon = punct(j, ':') && number(j + 1) >= 0 && tokens_[j + 1].lower.size() == 2;
  if (colon) {
    minute = number(j + 1);
    if (minute > 59) return std::nullopt;
    j += 2;
  }
  bool strong = grammar(i - 1, "HOUR") == 1 || grammar(i - 2, "HOUR") == 2;  // "a las 5"
  bool cued = strong || grammar(i - 1, "AT") == 1 || grammar(i - 2, "AT") == 2;
  if (int pm = grammar(j, "PM")) {
    if (hour > 12) return std::nullopt;
    hour = hour % 12 + 12, j += pm;
  } else if (int am = grammar(j, "AM")) {
    if (hour > 12) return std::nullopt;
    hour %= 12, j += am;
  } else if (int oclock = grammar(j, "OCLOCK")) {
    j += oclock;
  } else if (const DateLexeme* part = (cued || colon) ? lex(j, DateRole::DayPart) : nullptr) {
    if (*part->value != "MO" && hour < 12) hour += 12;
    j += part->length;
  } else if (!colon && !strong) {
    return std::nullopt;  // a bare number is a time only after "a las"-like cues
  }
  return std::pair{hour * 60 + minute, j};
}

DateGrammar::Result DateGrammar::time_of_day(int i) const {
  auto time = clock(i);
  if (!time) return std::nullopt;
  Moment m = resolver_.relative_day(0);
  m.type = "TIME", m.grain = Grain::Minute, m.hour = time->first / 60, m.minute = time->first % 60;
  return DateParse{i, time->second, m};
}

// "two years", "48 hours", "a two-year", "for decades"; then "ago"/"later"/"ending ...".
DateGrammar::Result DateGrammar::duration(int i) const {
  // "hace dos años": the ago word first.
  if (const DateLexeme* ago = lex(i, DateRole::Relative); ago && *ago->value == "AGO") {
    Result counted = duration(i + ago->length);
    if (!counted || counted->moment.type != "DURATION" || counted->moment.literal.size() < 3) return std::nullopt;
    TimeUnit kind = parse_unit(counted->moment.unit);
    Moment m = counted->moment.amount < 0 ? Moment{} : resolver_.shifted(kind, -static_cast<int>(counted->moment.amount));
    if (counted->moment.amount < 0) m.literal = "PAST_REF", m.anchor = TimeAnchor::Publication;
    return DateParse{i, counted->end, m};
  }
  double amount = -2;
  int j = i;
  if (int value = number(i); value >= 0) {
    amount = value, j = i + 1;
    if (punct(j, '.') && attached(j) && number(j + 1) >= 0 && attached(j + 1)) {
      amount = std::stod(tokens_[i].lower + "." + tokens_[j + 1].lower);
      j += 2;
    }
  } else if (const DateLexeme* word = lex(i, DateRole::Number)) {
    amount = *word->value == "X" ? -1 : to_int(*word->value);
    j = i + word->length;
    if (auto composed = *word->value == "X" ? std::nullopt : number_word(i))  // "twenty-four hours"
      amount = composed->first, j = composed->second;
  }
  if (amount != -2 && punct(j, '-') && attached(j)) ++j;  // "two-year"
  bool plural = false;
  // "all day", "all month": one whole unit (singular only; "all hours of the night" is no count).
  if (int all = amount == -2 ? grammar(i, "ALL") : 0) {
    const DateLexeme* whole = lex(i + all, DateRole::Unit);
    if (!whole || unit_of(*whole, &plural) == TimeUnit::None || plural) return std::nullopt;
    amount = 1, j = i + all;
  }
  const DateLexeme* unit = lex(j, DateRole::Unit);
  if (amount == -2) {  // a bare plural after "for"/"durante": "for decades"
    if (!unit || !(i > 0 && grammar(i - 1, "FOR"))) return std::nullopt;
    unit_of(*unit, &plural);
    if (!plural) return std::nullopt;
    amount = -1;
  }
  if (int weekend = !unit && amount >= 1 ? grammar(j, "WEEKEND") : 0) {  // "three weekends": TimeML P3WE
    Moment m;
    m.type = "DURATION", m.amount = amount, m.literal = "P" + std::to_string(static_cast<int>(amount)) + "WE";
    return DateParse{i, j + weekend, m};
  }
  if (!unit || unit_of(*unit) == TimeUnit::None) return std::nullopt;
  TimeUnit kind = unit_of(*unit);
  int end = j + unit->length;
  // "three quarters of the residents", "a half": fraction words need a temporal cue.
  if (lex(j, DateRole::Fraction) && !fraction_cue(i, end)) return std::nullopt;
  // "a second evacuation": an ordinal before a noun, not one second.
  if (number(i) < 0 && amount == 1 && lex(j, DateRole::Ordinal) && noun_after(end)) return std::nullopt;
  Moment m;
  m.type = "DURATION", m.literal = duration_value(amount, kind);
  m.amount = amount, m.unit = std::string(unit->value->substr(0, unit->value->find('*')));
  if (Result from = shifted_from(DateParse{i, end, m})) return from;
  if (const DateLexeme* rel = lex(end, DateRole::Relative)) {
    if (*rel->value == "AGO") {
      Moment ago = amount < 0 ? Moment{} : resolver_.shifted(kind, -static_cast<int>(amount));
      if (amount < 0) ago.literal = "PAST_REF", ago.anchor = TimeAnchor::Publication;
      return DateParse{i, end + rel->length, ago};
    }
    if (*rel->value == "LATER" || *rel->value == "EARLIER") {
      Moment later;
      later.grain = grain_of(kind), later.from_text = true, later.shift_unit = kind;
      later.shift = amount < 0 ? 0 : static_cast<int>(amount) * (*rel->value == "LATER" ? 1 : -1);
      return DateParse{i, end + rel->length, later};
    }
  }
  // "the 12 months ending January 2025": a duration fixed by its last period.
  if (int ending = grammar(end, "ENDING"); ending && amount > 0) {
    if (Result last = calendar_date(end + ending, direction())) {
      if (auto first = first_day(last->moment)) {
        int back = static_cast<int>(amount) - 1;
        calendar::CivilDate start = kind == TimeUnit::Year ? calendar::CivilDate{first->year - back, 1, 1}
                                    : kind == TimeUnit::Month ? calendar::add_months(*first, -back)
                                                              : calendar::add_days(*first, -back);
        m.end = format_value(last->moment);
        m.begin = format_value(moment_at(start, last->moment.grain, TimeAnchor::Absolute));
        m.anchor = last->moment.anchor;
      }
      return DateParse{i, last->end, m};
    }
  }
  if (Result span = starting_span(DateParse{i, end, m}, kind)) return span;
  if (Result span = within_span(DateParse{i, end, m}, kind)) return span;
  return DateParse{i, end, m};
}


DateGrammar::Result DateGrammar::reference_word(int i) const {
  const DateLexeme* word = lex(i, DateRole::Reference);
  if (!word) return std::nullopt;
  // "in the past quarter": the relative word belongs to the unit after it.
  if (lex(i + word->length, DateRole::Unit) && lex(i + word->length - 1, DateRole::Relative)) return std::nullopt;
  Moment m;
  m.literal = *word->value, m.anchor = TimeAnchor::Publication;
  return DateParse{i, i + word->length, m};
}

// "early 2025", "mid-September", "late spring 2025", "a finales de 2024", "the end of last year".
DateGrammar::Result DateGrammar::part(int i) const {
  const DateLexeme* part = lex(i, DateRole::Part);
  if (!part) return std::nullopt;
  int j = skip(i + part->length, "DET");
  Result best;
  for (Result r : {relative(j), month_first(j, direction()), season(j, 2), year(j, true), quarter(j)})
    if (r && r->moment.type == "DATE" && (!best || r->end > best->end)) best = r;
  if (!best) return std::nullopt;
  best->begin = i;
  best->moment.mod = *part->value;
  return best;
}

// "about two years", "more than a decade", "at least three weeks", "alrededor de 2010".
DateGrammar::Result DateGrammar::modified(int i) const {
  const DateLexeme* modifier = lex(i, DateRole::Modifier);
  if (!modifier) return std::nullopt;
  Result inner = core(i + modifier->length);
  if (!inner || !inner->moment.mod.empty()) return std::nullopt;
  inner->begin = i;
  inner->moment.mod = *modifier->value;
  return inner;
}

}  // namespace storyline
