// Ranges written with a dash between two dates: "10/1-11/7", "5/1/2019-5/7/2020",
// "10-1-2018-10-7-2018", "5/1-5/7, 2020", "Nov-Feb 5th, 2017", "Dec/2018-May/2019", and an opening
// word ("from", "between", "del") taken into the span of such a range.
#include <vector>

#include "recognize/date_grammar.h"

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

}  // namespace storyline
