// Date arithmetic: a count of units moved from now or from a date. "in two weeks" (when the
// sentence points forward), "dentro de tres días", "three weeks from tomorrow", "two days before
// yesterday", "3 minutes from now", "dos días antes de ayer".
#include "recognize/dates/date_grammar.h"

namespace storyline {

// What a count is moved from: "now", "today", "tomorrow", "Christmas", "January 15th".
DateGrammar::Result DateGrammar::shift_anchor(int i) const {
  if (Result now = reference_word(i); now && now->moment.literal == "PRESENT_REF") return now;
  Result best;
  for (Result r : {relative_day(i), calendar_date(i, direction()), weekday(i), relative(i)})
    if (r && r->moment.type != "DURATION" && (!best || r->end > best->end)) best = r;
  return best;
}

// The counted duration at i followed by AFTER/BEFORE and an anchor; nullopt otherwise.
DateGrammar::Result DateGrammar::shifted_from(const DateParse& counted) const {
  const Moment& d = counted.moment;
  if (d.type != "DURATION" || d.amount <= 0 || d.amount != static_cast<int>(d.amount)) return std::nullopt;
  int after = grammar(counted.end, "AFTER"), before = grammar(counted.end, "BEFORE");
  if (!after && !before) return std::nullopt;
  Result anchor = shift_anchor(counted.end + (after ? after : before));
  if (!anchor) return std::nullopt;
  int n = static_cast<int>(d.amount) * (after ? 1 : -1);
  bool now = anchor->moment.literal == "PRESENT_REF";
  std::optional<Moment> moved = resolver_.moved(parse_unit(d.unit), n, now ? nullptr : &anchor->moment);
  if (!moved) return std::nullopt;
  return DateParse{counted.begin, anchor->end, *moved};
}

// "in two weeks" / "en dos semanas" in a sentence that points forward; "dentro de dos semanas"
// always. The signal stays outside the span. A count of weeks is a count of days and names the
// day it lands on ("reabrirá en dos semanas" = 14 days on, TimeML's point reading); months and
// years keep their own grain ("en dos años" = that year: the count does not fix a day).
DateGrammar::Result DateGrammar::in_count(int i) const {
  int in = grammar(i, "IN"), ahead = grammar(i, "IN_FUTURE");
  if (!(ahead || (in && future_))) return std::nullopt;
  Result counted = duration(i + (ahead ? ahead : in));
  if (!counted || counted->moment.type != "DURATION") return std::nullopt;
  if (Result from = shifted_from(*counted)) return from;  // "in two days from today"
  const Moment& d = counted->moment;
  if (d.amount <= 0 || d.amount != static_cast<int>(d.amount) || !d.begin.empty()) return std::nullopt;
  TimeUnit unit = parse_unit(d.unit);
  int n = static_cast<int>(d.amount);
  if (unit == TimeUnit::Week) unit = TimeUnit::Day, n *= 7;
  std::optional<Moment> moved = resolver_.moved(unit, n, nullptr);
  if (!moved) return std::nullopt;
  return DateParse{counted->begin, counted->end, *moved};
}

}  // namespace storyline

namespace storyline {

// A day of the month alone: "on the 18th", "el día 18". The month is the reference's, or the one
// before (after) when the day has not come yet (has passed) and the sentence looks back (ahead).
DateGrammar::Result DateGrammar::day_of_month(int i) const {
  int j = i, k = 0;
  if (grammar(i, "ON") && grammar(i + 1, "DET") == 1 && number(i + 2) >= 0 && attached(i + 3) && grammar(i + 3, "ORD"))
    j = i + 1, k = i + 2;
  else if (int day_word = grammar(i, "DAY"); day_word && number(i + day_word) >= 0)
    j = i, k = i + day_word;
  else
    return std::nullopt;
  auto day = day_at(k, false);
  if (!day || lex(day->second, DateRole::Month) || lex(day->second, DateRole::Unit) || grammar(day->second, "OF"))
    return std::nullopt;  // "the 4th of July", "the 4th week" are other constructions
  Moment m;
  m.grain = Grain::Day, m.day = day->first, m.anchor = TimeAnchor::Unresolved;
  if (resolver_.knows_day()) {
    calendar::CivilDate today = resolver_.today();
    calendar::CivilDate month{today.year, today.month, 1};
    if (direction() < 0 && day->first > today.day) month = calendar::add_months(month, -1);
    if (direction() > 0 && day->first < today.day) month = calendar::add_months(month, 1);
    if (day->first > calendar::days_in_month(month.year, month.month)) return std::nullopt;
    m = day_moment({month.year, month.month, day->first}, TimeAnchor::Publication);
  }
  return with_day_detail(DateParse{j, day->second, m});
}

}  // namespace storyline
