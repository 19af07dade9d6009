// Ranges written with a dash between two dates: "10/1-11/7", "5/1/2019-5/7/2020",
// "10-1-2018-10-7-2018", "5/1-5/7, 2020", "Nov-Feb 5th, 2017", "Dec/2018-May/2019", and an opening
// word ("from", "between", "del") taken into the span of such a range.
#include <vector>

#include "recognize/dates/date_grammar.h"

namespace storyline {

using Piece = DateRangeEnd;

// The two ends as one DATE: a missing year is borrowed from the other end and moved one year so
// the range runs forward ("Nov-Feb 2017": 2016-11 to 2017-02); with no year at all, each end is
// resolved against the reference and the pair put in order.
static std::optional<std::pair<Moment, Moment>> range_ends(Piece a, Piece b, const DateResolver& resolver,
                                                           int direction) {
  auto build = [&](const Piece& p) {
    Moment m;
    if (p.year == kUnknownYear)
      return p.day ? resolver.day_month(p.month, p.day, direction) : resolver.month(p.month, direction);
    if (p.day) return day_moment({p.year, p.month, p.day}, TimeAnchor::Absolute);
    m.grain = Grain::Month, m.year = p.year, m.month = p.month;
    return m;
  };
  auto key = [](const Piece& p) { return p.month * 40 + p.day; };
  if (a.year == kUnknownYear && b.year != kUnknownYear) a.year = key(a) > key(b) ? b.year - 1 : b.year;
  if (b.year == kUnknownYear && a.year != kUnknownYear) b.year = key(b) < key(a) ? a.year + 1 : a.year;
  for (const Piece& p : {a, b})
    if (p.day && !calendar::valid(p.year == kUnknownYear ? 2000 : p.year, p.month, p.day)) return std::nullopt;
  if (a.year != kUnknownYear && (a.year > b.year || (a.year == b.year && key(a) > key(b)))) return std::nullopt;
  return std::pair{build(a), build(b)};
}

DateGrammar::Result DateGrammar::dash_range(int i, const Moment& a, const Moment& b, int end) const {
  Moment first = a, last = b;
  order_range(first, last);
  Moment m = last;
  m.begin = format_value(first), m.end = format_value(last);
  m.literal = m.begin + "/" + m.end;
  return DateParse{i, end, m};
}

// "10/1-11/7", "10/1-11/2/2017", "5/1/2019-5/7/2020", "10-1-2018-10-7-2018", "5/1-5/7, 2020".
DateGrammar::Result DateGrammar::numeric_range(int i) const {
  std::vector<int> at{i};  // token index of each number
  std::vector<char> seps;
  if (number(i) < 0) return std::nullopt;
  for (int k = i + 1; k + 1 < static_cast<int>(tokens_.size()) && at.size() < 6; k += 2) {
    char sep = punct(k, '/') ? '/' : punct(k, '-') ? '-' : punct(k, '.') ? '.' : 0;
    if (!sep || !attached(k) || !attached(k + 1) || number(k + 1) < 0) break;
    seps.push_back(sep), at.push_back(k + 1);
  }
  int n = static_cast<int>(at.size());
  if (n < 4) return std::nullopt;
  int stop = at.back() + 1;
  if (attached(stop) && (tokens_[stop].kind != DateToken::Punct || number(stop + 1) >= 0)) return std::nullopt;
  // One group of 2 or 3 numbers with one separator: month/day (day/month per settings), with the
  // year first or last when it has four digits.
  auto group = [&](int from, int to) -> std::optional<Piece> {
    int size = to - from;
    if (size < 2 || size > 3) return std::nullopt;
    for (int g = from; g + 1 < to; ++g)
      if (seps[g] != seps[from]) return std::nullopt;
    if (size == 2 && seps[from] == '-') return std::nullopt;  // "4-23" is not a month and day
    Piece p;
    int x = number(at[from]), y = number(at[from + 1]);
    if (size == 3) {
      int z = number(at[from + 2]);
      if (tokens_[at[from]].lower.size() == 4) p.year = x, x = y, y = z;
      else if (tokens_[at[from + 2]].lower.size() == 4) p.year = z;
      else return std::nullopt;
      if (tokens_[at[from]].lower.size() == 4) {  // year-month-day
        p.month = x, p.day = y;
        return p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= 31 ? std::optional{p} : std::nullopt;
      }
    }
    p.month = day_first_numbers_ ? y : x, p.day = day_first_numbers_ ? x : y;
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return std::nullopt;
    return p;
  };
  for (int split = 2; split <= n - 2; ++split) {
    if (seps[split - 1] != '-') continue;
    auto a = group(0, split), b = group(split, n);
    if (!a || !b) continue;
    int end = stop;
    if (a->year == kUnknownYear && b->year == kUnknownYear) {
      if (auto year = year_at(skip_punct(stop, ','))) a->year = b->year = year->first, end = year->second;
    }
    auto ends = range_ends(*a, *b, resolver_, direction());
    if (!ends) continue;
    return dash_range(i, ends->first, ends->second, end);
  }
  return std::nullopt;
}

// A month with an optional day and year: "Nov", "Feb 5th, 2017", "Nov 18 2014", "Dec/2018".
std::optional<std::pair<Piece, int>> DateGrammar::month_piece(int i) const {
  auto month = month_at(i);
  if (!month) return std::nullopt;
  Piece p;
  p.month = month->first;
  int k = month->second;
  if (punct(k, '/') && attached(k) && attached(k + 1)) {
    auto year = year_at(k + 1);
    if (!year) return std::nullopt;
    p.year = year->first;
    return std::pair{p, year->second};
  }
  if (auto day = day_at(k, false); day && !punct(day->second, ':')) {
    p.day = day->first, k = day->second;
    if (auto year = year_at(skip_punct(k, ','))) p.year = year->first, k = year->second;
    return std::pair{p, k};
  }
  if (auto year = year_at(skip(skip_punct(k, ','), "OF"))) p.year = year->first, k = year->second;
  return std::pair{p, k};
}

// "Nov-Feb 2017", "Nov-Feb 5th, 2017", "Nov 18-Dec 19, 2015", "Dec/2018-May/2019": a dash between
// two month-led dates makes even an ambiguous month word ("may", "mar") a month.
DateGrammar::Result DateGrammar::month_range(int i) const {
  auto first = month_piece(i);
  if (!first || !punct(first->second, '-')) return std::nullopt;
  auto second = month_piece(first->second + 1);
  if (!second) return std::nullopt;
  Piece a = first->first, b = second->first;
  if ((a.day == 0) != (b.day == 0) && a.day) return std::nullopt;  // "Nov 18-Dec" is no range
  auto ends = range_ends(a, b, resolver_, direction());
  if (!ends) return std::nullopt;
  return dash_range(i, ends->first, ends->second, second->second);
}

// "2014-2018", "2014~2018", "2014 to 2018": two four-digit years joined by a dash, a tilde or a
// TO word, the second later than the first and at most a century away.
DateGrammar::Result DateGrammar::year_range(int i) const {
  auto four = [&](int k) {
    int v = number(k);
    return v >= 1000 && v <= 2999 && tokens_[k].lower.size() == 4 ? v : -1;
  };
  int a = four(i);
  if (a < 0) return std::nullopt;
  int k = i + 1;
  if (punct(k, '-') || punct(k, '~')) ++k;
  else if (grammar(k, "TO")) k += grammar(k, "TO");
  else return std::nullopt;
  int b = four(k);
  if (b <= a || b - a > 100) return std::nullopt;
  if (attached(k + 1) && (tokens_[k + 1].kind != DateToken::Punct || number(k + 2) >= 0)) return std::nullopt;
  if (noun_after(k + 1)) return std::nullopt;  // "1500 to 1550 points", "2000-2500 calories"
  if (i > 0 && attached(i) && (tokens_[i - 1].kind != DateToken::Punct || number(i - 2) >= 0)) return std::nullopt;
  Moment first, last;
  first.grain = last.grain = Grain::Year;
  first.year = a, last.year = b;
  return dash_range(i, first, last, k + 1);
}

// "from 10/1/2018-10/7/2018", "between 10/1-11/7": the opening word belongs to the range.
DateGrammar::Result DateGrammar::opened_range(int i) const {
  int open = grammar(i, "FROM") ? grammar(i, "FROM") : grammar(i, "BETWEEN");
  if (!open) return std::nullopt;
  Result inner = numeric_range(i + open);
  if (Result months = month_range(i + open); months && (!inner || months->end > inner->end)) inner = months;
  if (Result years = year_range(i + open); years && (!inner || years->end > inner->end)) inner = years;
  if (!inner) return std::nullopt;
  inner->begin = i;
  return inner;
}

// Whether the day read at [i, end) is written as an ordinal ("17th", "seventeenth"), not a bare
// number: after "the" or as a range's last day only those are days.
bool DateGrammar::ordinal_day(int i, int end) const { return number(i) < 0 || end > i + 1; }

// The last day of a range written without its month ("April 9th through 17th", "from April 27th
// to the third"): `first`'s month, or the next one when the day is not after the first.
DateGrammar::Result DateGrammar::last_day_only(int i, const Moment& first) const {
  int d = skip(i, "DET");
  auto day = day_at(d, false);
  if (!day || first.grain != Grain::Day || !first.month || !first.day || first.type != "DATE" || !first.literal.empty() ||
      !ordinal_day(d, day->second) || noun_after(day->second))
    return std::nullopt;
  Moment last = first;
  if (day->first <= first.day) {
    last.month = first.month % 12 + 1;
    if (first.month == 12 && last.year != kUnknownYear) ++last.year;
  }
  last.day = day->first;
  if (!calendar::valid(last.year == kUnknownYear ? 2000 : last.year, last.month, last.day)) return std::nullopt;
  return DateParse{i, day->second, last};
}

// "between March and May", "from 2014 to 2018", "del 1 al 5 de agosto", "March 1-5".
DateGrammar::Result DateGrammar::range(int i) const {
  int open = grammar(i, "FROM") ? grammar(i, "FROM") : grammar(i, "BETWEEN");
  int j = i + open;
  Result first = core(j);
  // "from 9 to 12 of June", "between the ninth and the seventeenth of April": a bare first day;
  // after "the" only an ordinal.
  int d = first ? j : skip(j, "DET");
  std::optional<std::pair<int, int>> first_day_only = first ? std::nullopt : day_at(d, false);
  if (first_day_only && d > j && !ordinal_day(d, first_day_only->second)) first_day_only.reset();
  if (!first && !first_day_only) return std::nullopt;
  int k = first ? first->end : first_day_only->second;
  int link = grammar(k, "TO") ? grammar(k, "TO") : grammar(k, "AND") ? grammar(k, "AND") : punct(k, '-') ? 1 : 0;
  // Without an opening word or a dash, "to" joins two days only when a year after the range says
  // it is one: "26 june to 28 june in 2020".
  bool loose = !open && !punct(k, '-');
  if (!link || (loose && (!first || !grammar(k, "TO")))) return std::nullopt;
  Result second = core(k + link);
  if (!second && grammar(k + link, "DET")) second = core(skip(k + link, "DET"));  // "to the 17th of April"
  if (!second) second = year(k + link, true);  // "between 2019 and 2021"
  bool day_end = false;  // "April 9th through 17th", "from April 27th to the third"
  if (!second && first) second = last_day_only(k + link, first->moment), day_end = second.has_value();
  if (!second) return std::nullopt;
  if (loose && !day_end) {
    bool year_after = false;
    for (int t = k + link; t < second->end && !year_after; ++t) year_after = grammar(t, "IN") && year_at(t + 1);
    if (!year_after || first->moment.grain != Grain::Day || second->moment.grain != Grain::Day)
      return std::nullopt;
  }
  Moment a = first ? first->moment : second->moment, b = second->moment;
  if (first_day_only) {  // "1-5 de agosto": the first day borrows month and year
    if (b.grain != Grain::Day || !b.month) return std::nullopt;
    a.day = first_day_only->first;
  }
  bool a_now = now_as_day(a), b_now = now_as_day(b), borrowed = false;  // "between now and May 21"
  if (a.type != "DATE" || b.type != "DATE" || a.grain == Grain::None || b.grain == Grain::None) return std::nullopt;
  // An end opened by "this", "next" or "last" keeps its own year: "from this May to Oct 2020",
  // "from next Friday to Oct 1st 2020".
  const DateLexeme* own = first ? lex(j, DateRole::Relative) : nullptr;
  bool anchored = own && own->value && (*own->value == "-1" || *own->value == "0" || *own->value == "1") &&
                  a.year != kUnknownYear;
  if (!anchored &&
      (a.year == kUnknownYear || (a.anchor != TimeAnchor::Absolute && b.anchor == TimeAnchor::Absolute))) {
    if (a.grain == b.grain || a.grain == Grain::Day || a.grain == Grain::Month)
      a.year = b.year, a.anchor = b.anchor, borrowed = true;
  }
  int end = settle_range(second->end, a, b, borrowed, a_now, b_now);
  order_range(a, b);
  Moment m = b;
  m.begin = format_value(a), m.end = format_value(b);
  m.literal = m.begin + "/" + m.end;
  return DateParse{i, end, m};
}

// Ends resolved against the reference one by one may cross ("from May to September" read forward:
// 2019-05 / 2018-09). Move one end a year so the range runs forward: the choice that keeps the
// reference inside, else the one the tense points to.
void DateGrammar::order_range(Moment& a, Moment& b) const {
  using calendar::days_from_civil;
  auto first = first_day(a), last = first_day(b);
  if (a.anchor != TimeAnchor::Publication || b.anchor != TimeAnchor::Publication || !first || !last ||
      days_from_civil(*first) <= days_from_civil(*last) || !resolver_.knows_day())
    return;
  auto span_has_today = [&](int a_year, int b_year) {
    long start = days_from_civil({a_year, first->month, first->day});
    calendar::CivilDate end{b_year, last->month, last->day};
    if (b.grain == Grain::Month) end = calendar::add_days(calendar::add_months(end, 1), -1);
    long today = days_from_civil(resolver_.today());
    return start <= today && today <= days_from_civil(end);
  };
  bool earlier = span_has_today(a.year - 1, b.year) || (!span_has_today(a.year, b.year + 1) && direction() < 0);
  if (earlier) --a.year;
  else ++b.year;
}

}  // namespace storyline
