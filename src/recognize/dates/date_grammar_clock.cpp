// Clock-time ranges: "between 2 and 4:30pm", "from 10 to 11 am", "5-6pm", "de las 5 a las 6 de
// la tarde", alone or bound to a day ("tomorrow from 7 to 8pm", "between 3 and 8 yesterday",
// "Monday 10am-12pm"). One TIME whose value is the interval, with begin and end set.
#include "recognize/dates/date_grammar.h"

namespace storyline {

// A clock reading without the cue that clock() needs: "4", "4:30", "9.30", "4pm", "7 o'clock".
std::optional<DateGrammar::ClockPoint> DateGrammar::clock_point(int i) const {
  int hour = number(i);
  if (hour < 0 || hour > 24 || tokens_[i].lower.size() > 2) return std::nullopt;
  ClockPoint p{hour * 60, i + 1, 0, false};
  if ((punct(p.end, ':') || punct(p.end, '.')) && attached(p.end) && attached(p.end + 1) &&
      number(p.end + 1) >= 0 && tokens_[p.end + 1].lower.size() == 2) {
    if (number(p.end + 1) > 59) return std::nullopt;
    p.minutes += number(p.end + 1), p.end += 2, p.marked = true;
  }
  if (int pm = grammar(p.end, "PM")) p.meridiem = 2, p.end += pm;
  else if (int am = grammar(p.end, "AM")) p.meridiem = 1, p.end += am;
  else if (int oclock = grammar(p.end, "OCLOCK")) p.end += oclock, p.marked = true;
  if (p.meridiem && hour > 12) return std::nullopt;
  if (p.meridiem) p.minutes = (hour % 12 + (p.meridiem == 2 ? 12 : 0)) * 60 + p.minutes % 60, p.marked = true;
  return p;
}

// `day` (nullptr: none yet) fixes the date; without one a day after the range may ("on 1/1/2015").
DateGrammar::Result DateGrammar::clock_range(int i, const Moment* day, bool bare_ok) const {
  int open = grammar(i, "FROM") ? grammar(i, "FROM") : grammar(i, "BETWEEN");
  int j = skip(i + open, "HOUR");
  auto a = clock_point(j);
  if (!a) return std::nullopt;
  a->marked |= j > i + open;  // "de las 5": an hour word
  int link = grammar(a->end, "TO") ? grammar(a->end, "TO") : grammar(a->end, "AND") ? grammar(a->end, "AND")
             : punct(a->end, '-') || punct(a->end, '~') ? 1 : 0;
  if (!link || (!open && grammar(a->end, "AND"))) return std::nullopt;
  int k = skip(a->end + link, "HOUR");
  auto b = clock_point(k);
  if (!b) return std::nullopt;
  b->marked |= k > a->end + link;
  int end = b->end;
  bool explicit_a = a->meridiem != 0, explicit_b = b->meridiem != 0;
  const DateLexeme* part = lex(end, DateRole::DayPart);  // "de 5 a 6 de la tarde"
  // A part of the day before the range: "yesterday afternoon from 3-8", "ayer por la tarde de 3 a 8".
  const std::string* code = part ? part->value : day && day->grain == Grain::Day && !day->code.empty() ? &day->code : nullptr;
  if (code) {
    bool later = *code != "MO";
    if (!a->meridiem && later && a->minutes < 12 * 60) a->minutes += 12 * 60;
    if (!b->meridiem && later && b->minutes < 12 * 60) b->minutes += 12 * 60;
    a->meridiem = b->meridiem = later ? 2 : 1, a->marked = b->marked = true;
    if (part) end += part->length;
  }
  // One meridiem serves both ends: "between 2 and 4:30pm", "8am-3".
  if (!a->meridiem && b->meridiem == 2 && a->minutes < 12 * 60 && a->minutes + 12 * 60 <= b->minutes) a->minutes += 12 * 60;
  if (!b->meridiem && a->meridiem && b->minutes < a->minutes && b->minutes < 12 * 60) b->minutes += 12 * 60;
  // Bare numbers are hours only after "between" and next to a day ("between 3 and 8 yesterday");
  // "won 2-3 on Tuesday", "rose from 3 to 5 on Tuesday" are not times.
  bool bare = !a->marked && !b->marked;
  // An end hour earlier than the start, right after a day, runs into the afternoon: "Monday 12-4"
  // is noon to 4 pm, "Monday 11-4" 11 am to 4 pm.
  if (bare && bare_ok && day && b->minutes < a->minutes && a->minutes <= 12 * 60 && b->minutes < 12 * 60 &&
      b->minutes + 12 * 60 > a->minutes)
    b->minutes += 12 * 60;
  if (bare && !bare_ok && !grammar(i, "BETWEEN")) return std::nullopt;
  if (b->minutes <= a->minutes || a->minutes >= 24 * 60 || b->minutes > 24 * 60) return std::nullopt;
  Moment date = day ? *day : resolver_.relative_day(0);
  if (!day) {  // a day after the range: "between 3 and 8 yesterday", "de 10:30 a 3 el 1/1/2015"
    // "from 5 to 6pm of April 22", "from 3-8pm yesterday afternoon": a part of the day after it
    // agrees with the clock, the day is what counts.
    int k = skip(skip(skip(skip_punct(end, ','), "ON"), "OF"), "DET");
    Result after;
    for (Result r : {relative_day(k), weekday(k), calendar_date(k, calendar_direction(k)), relative(k)})
      if (r && (r->moment.grain == Grain::Day || (r->moment.grain == Grain::DayPart && !r->moment.weekday)) &&
          r->moment.day && (!after || r->end > after->end))
        after = r;
    if (after) date = after->moment, end = after->end;
    if (after && after->moment.grain == Grain::DayPart && after->moment.code != "MO") {  // "between 7 and 9 last night"
      if (!explicit_a && a->minutes < 12 * 60) a->minutes += 12 * 60;
      if (!explicit_b && b->minutes < 12 * 60) b->minutes += 12 * 60;
      if (b->minutes <= a->minutes || b->minutes > 24 * 60) return std::nullopt;
    }
    else if (bare && !after) return std::nullopt;  // bare hours need the day next to them
  }
  Moment first = date, last = date;
  first.type = last.type = "TIME", first.grain = last.grain = Grain::Minute;
  first.hour = a->minutes / 60, first.minute = a->minutes % 60;
  last.hour = b->minutes / 60, last.minute = b->minutes % 60;
  if (last.hour == 24) last.hour = 23, last.minute = 59;
  Moment m = last;
  m.begin = format_value(first), m.end = format_value(last), m.literal = m.begin + "/" + m.end;
  return DateParse{i, end, m};
}

}  // namespace storyline
