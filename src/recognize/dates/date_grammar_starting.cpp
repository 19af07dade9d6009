// A count of periods fixed by its first day: "3 days starting from next Monday", "a week starting
// tomorrow", "2 weeks starting May 20th", "dos semanas a partir del lunes". Like "the 12 months
// ending January 2025" it stays a DURATION, with begin and end (the last day, inclusive) set.
// "within 9 months", "within 2h": the same, counted from the reference (the signal stays out).
#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
calendar::CivilDate add_units(calendar::CivilDate day, TimeUnit unit, int n) {
  return unit == TimeUnit::Day    ? calendar::add_days(day, n)
         : unit == TimeUnit::Week ? calendar::add_days(day, 7L * n)
         : unit == TimeUnit::Month ? calendar::add_months(day, n)
                                   : calendar::add_months(day, 12 * n);
}
}  // namespace

DateGrammar::Result DateGrammar::starting_span(const DateParse& counted, TimeUnit unit) const {
  const Moment& m = counted.moment;
  if (m.amount < 1 || m.amount != static_cast<int>(m.amount)) return std::nullopt;
  if (unit != TimeUnit::Day && unit != TimeUnit::Week && unit != TimeUnit::Month && unit != TimeUnit::Year)
    return std::nullopt;
  int k = skip_punct(counted.end, ',');
  int starting = grammar(k, "STARTING");
  if (!starting) return std::nullopt;
  k += starting;
  Result first;
  for (Result r : {relative_day(k), weekday(k), calendar_date(k, direction()), relative(k)})
    if (r && r->moment.grain == Grain::Day && (!first || r->end > first->end)) first = r;
  if (!first) return std::nullopt;
  auto day = first_day(first->moment);
  if (!day) return std::nullopt;
  int n = static_cast<int>(m.amount);
  calendar::CivilDate after = add_units(*day, unit, n);
  Moment span = m;
  span.begin = format_value(first->moment);
  span.end = format_value(day_moment(calendar::add_days(after, -1), first->moment.anchor));
  span.anchor = first->moment.anchor;
  return DateParse{counted.begin, first->end, span};
}

DateGrammar::Result DateGrammar::within_span(const DateParse& counted, TimeUnit unit) const {
  const Moment& m = counted.moment;
  if (counted.begin < 1 || !grammar(counted.begin - 1, "WITHIN") || !resolver_.knows_day()) return std::nullopt;
  if (m.amount < 1 || m.amount != static_cast<int>(m.amount)) return std::nullopt;
  int n = static_cast<int>(m.amount);
  Moment span = m;
  if (unit == TimeUnit::Hour || unit == TimeUnit::Minute) {
    auto now = resolver_.moved(unit, 0, nullptr), later = resolver_.moved(unit, n, nullptr);
    if (!now || !later) return std::nullopt;  // the reference has no clock time
    span.begin = format_value(*now), span.end = format_value(*later);
  } else if (unit == TimeUnit::Day || unit == TimeUnit::Week || unit == TimeUnit::Month || unit == TimeUnit::Year) {
    calendar::CivilDate today = resolver_.today();
    span.begin = format_value(day_moment(today, TimeAnchor::Publication));
    span.end = format_value(day_moment(calendar::add_days(add_units(today, unit, n), -1), TimeAnchor::Publication));
  } else {
    return std::nullopt;
  }
  span.anchor = TimeAnchor::Publication;
  return DateParse{counted.begin, counted.end, span};
}

}  // namespace storyline
