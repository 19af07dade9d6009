// The dispatcher: every rule of the grammar tried at a token, the longest match kept.
#include "recognize/dates/date_grammar.h"

namespace storyline {

DateGrammar::Result DateGrammar::core(int i) const {
  Result best;
  auto consider = [&](Result r) {
    if (r && (!best || r->end > best->end)) best = r;
  };
  consider(relative(i));
  consider(relative_after(i));
  consider(count_before_relative(i));
  consider(relative_day(i));
  consider(weekday(i));
  consider(reference_word(i));
  consider(duration(i));
  consider(set(i));
  consider(part_of_unit(i));
  consider(part(i));
  consider(current_unit(i));
  consider(week_of(i));
  consider(weekday_of_week(i));
  consider(day_of_period(i));
  consider(later_in(i));
  if (Result date = calendar_date(i, calendar_direction(i))) consider(with_day_detail(*date));
  consider(year(i, false));
  consider(season(i, 2));
  consider(quarter(i));
  consider(time_of_day(i));
  consider(spoken_time(i));
  consider(compound_duration(i));
  consider(in_count(i));
  consider(day_of_month(i));
  consider(clock_range(i, nullptr));
  consider(fraction_duration(i));
  consider(period_code(i));
  consider(weekend(i));
  consider(numeric_range(i));
  consider(month_range(i));
  consider(year_range(i));
  consider(day_part_alone(i));
  return best;
}

std::optional<DateParse> DateGrammar::parse(int i) const {
  Result best = core(i);
  for (Result r : {modified(i), range(i), opened_range(i)})
    if (r && (!best || r->end > best->end)) best = r;
  return best;
}

bool DateGrammar::links(int from, int to) const {
  for (int k = from; k < to;) {
    if (int n = grammar(k, "LINK") ? grammar(k, "LINK") : grammar(k, "HOUR")) k += n;  // "antes de las 9"
    else if (punct(k, ',')) ++k;
    else return false;
  }
  return true;
}

}  // namespace storyline
