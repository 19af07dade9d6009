// Dates written as one fused run of parts: a month name between digits ("2019-aug-1",
// "Sep-23-2020", "23/Sep/2020", "2020/23/Sep"), a year and its month ("2015-3", "12-2015") and
// eight digits ("20161016"). Parts that cannot be told apart stay unread: "2011-12" is a season
// as often as a month, so a two-digit month must be one a forward year range cannot be.
#include <vector>

#include "recognize/dates/date_grammar.h"

namespace storyline {

namespace {
constexpr int kNone = -1;
}  // namespace

DateGrammar::Result DateGrammar::fused_date(int i) const {
  int size = static_cast<int>(tokens_.size());
  // Not a piece of a longer code: "123-12-1234", "133-03-03-2020".
  if (i > 0 && attached(i) && (tokens_[i - 1].kind == DateToken::Number || punct(i - 1, '/') ||
                               (tokens_[i - 1].kind == DateToken::Punct && number(i - 2) >= 0 && attached(i - 1))))
    return std::nullopt;
  // "20161016": year, month and day as one number.
  if (number(i) >= 0 && tokens_[i].lower.size() == 8) {
    int value = number(i), year = value / 10000, month = value / 100 % 100, day = value % 100;
    bool alone = !(attached(i + 1) && i + 1 < size && tokens_[i + 1].kind != DateToken::Punct);
    if (alone && year >= 1900 && year <= 2099 && calendar::valid(year, month, day))
      return DateParse{i, i + 1, day_moment({year, month, day}, TimeAnchor::Absolute)};
    return std::nullopt;
  }
  char sep = punct(i + 1, '-') ? '-' : punct(i + 1, '/') ? '/' : 0;
  if (!sep || !attached(i + 1) || !attached(i + 2)) return std::nullopt;
  // Up to three parts, each a number or a one-token month name.
  int year = kNone, month = kNone, day = kNone, named = 0, parts = 0, k = i;
  std::vector<int> numbers;
  for (; parts < 3; ++parts) {
    if (parts > 0) {
      if (!punct(k, sep) || !attached(k) || !attached(k + 1)) break;
      ++k;
    }
    if (auto name = month_at(k); name && name->second == k + 1) {
      if (month != kNone) return std::nullopt;
      month = name->first, ++named, ++k;
    } else if (int n = number(k); n >= 0 && (tokens_[k].lower.size() == 4 || tokens_[k].lower.size() <= 2)) {
      if (tokens_[k].lower.size() == 4) {
        if (year != kNone || n < 1000 || n > 2999) return std::nullopt;
        year = n;
      } else {
        numbers.push_back(k);
      }
      ++k;
    } else {
      return std::nullopt;
    }
  }
  if (k < size && attached(k) && (tokens_[k].kind != DateToken::Punct || number(k + 1) >= 0)) return std::nullopt;
  if (year == kNone) return std::nullopt;
  if (parts == 3 && named == 1 && numbers.size() == 1) {  // "2019-aug-1", "23/Sep/2020"
    day = number(numbers[0]);
    if (!calendar::valid(year, month, day)) return std::nullopt;
    return DateParse{i, k, day_moment({year, month, day}, TimeAnchor::Absolute)};
  }
  if (parts != 2 || named || numbers.size() != 1) return std::nullopt;
  // "2015-3", "2015-12", "12-2015": a month of a year.
  const std::string& digits = tokens_[numbers[0]].lower;
  month = number(numbers[0]);
  bool year_first = numbers[0] > i;
  if (month < 1 || month > 12) return std::nullopt;
  if (year_first && digits.size() == 2 && digits[0] != '0' && month > year % 100) return std::nullopt;  // "2011-12"
  Moment m;
  m.grain = Grain::Month, m.year = year, m.month = month;
  return DateParse{i, k, m};
}

}  // namespace storyline
