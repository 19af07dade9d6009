// Clock readings beyond clock(): seconds ("7:56:30 pm"), dotted minutes after a cue ("at 6.45"),
// spoken hours and minutes ("half past seven", "quarter to eight", "las siete y media", "las ocho
// menos cuarto", "seven twenty-seven"), noon and midnight, a part of the day before the time ("in
// the morning at 7", "por la tarde a las siete") and a day after it ("8.30pm today", "a las siete
// del 15"). Every word comes from the resources: grammar.txt PAST, TO, AND, MINUS, NOON, MIDNIGHT.
#include <charconv>

#include "recognize/dates/date_grammar.h"

namespace storyline {


// A count written as a word, tens and units joined: "twenty-seven", "forty five", "cuarenta y dos".
std::optional<std::pair<int, int>> DateGrammar::number_word(int i) const {
  const DateLexeme* word = lex(i, DateRole::Number);
  if (!word || *word->value == "X") return std::nullopt;
  int value = to_int(*word->value), end = i + word->length;
  if (value >= 20 && value % 10 == 0) {
    int k = punct(end, '-') && attached(end) ? end + 1 : end + grammar(end, "AND");
    if (const DateLexeme* unit = lex(k, DateRole::Number); unit && *unit->value != "X") {
      int u = to_int(*unit->value);
      if (u >= 1 && u <= 9 && tokens_[k].kind == DateToken::Word) value += u, end = k + unit->length;
    }
  }
  return std::pair{value, end};
}

// Minutes before "past"/"to" or after "y"/"menos": "20 min", "ten", "half", "a quarter", "media".
std::optional<DateGrammar::MinuteCount> DateGrammar::minute_count(int i) const {
  int j = skip(i, "DET");
  if (const DateLexeme* det = lex(j, DateRole::Number); det && *det->value == "1" && lex(j + det->length, DateRole::Fraction))
    j += det->length;  // "a quarter"
  if (const DateLexeme* fraction = lex(j, DateRole::Fraction)) {
    double value = std::stod(*fraction->value);
    return MinuteCount{static_cast<int>(value * 60 + 0.5), j + fraction->length, true};
  }
  int value = number(i), end = i + 1;
  if (value < 0) {
    auto word = number_word(i);
    if (!word) return std::nullopt;
    value = word->first, end = word->second;
  } else if (tokens_[i].lower.size() > 2) {
    return std::nullopt;
  }
  if (value < 1 || value > 59) return std::nullopt;
  bool unit = false;
  if (const DateLexeme* u = lex(end, DateRole::Unit); u && parse_unit(u->value->substr(0, u->value->find('*'))) == TimeUnit::Minute)
    end += u->length, unit = true;
  return MinuteCount{value, end, unit};
}

// `bare`: a plain number is an hour here ("Sat at 5"). Result: seconds since midnight and end.
std::optional<std::pair<int, int>> DateGrammar::clock_any(int i, bool bare) const {
  if (i < 0 || i >= static_cast<int>(tokens_.size())) return std::nullopt;
  bool strong = grammar(i - 1, "HOUR") == 1 || grammar(i - 2, "HOUR") == 2;
  bool cued = bare || strong || grammar(i - 1, "AT") == 1 || grammar(i - 2, "AT") == 2;
  int hour = -1, minute = 0, second = 0, j = i;
  bool marked = false, word_hour = false;
  if (int n = grammar(i, "NOON")) return std::pair{12 * 3600, i + n};
  if (int n = grammar(i, "MIDNIGHT")) return std::pair{0, i + n};
  auto hour_at = [&](int k, int* end) {
    if (int h = number(k); h >= 0 && tokens_[k].lower.size() <= 2) return *end = k + 1, h;
    auto w = number_word(k);
    if (!w || w->first > 24 || w->first < 1) return -1;
    return *end = w->second, w->first;
  };
  // "half past seven", "20 min past eight", "a quarter to eight".
  if (auto count = minute_count(i)) {
    int link = grammar(count->end, "PAST"), to = grammar(count->end, "TO");
    int end = 0;
    if (link && (hour = hour_at(count->end + link, &end)) >= 0) {
      minute = count->minutes, j = end, marked = true;
    } else if (to && count->sure && (hour = hour_at(count->end + to, &end)) >= 1) {
      hour -= 1, minute = 60 - count->minutes, j = end, marked = true;
    } else {
      hour = -1;
    }
  }
  if (hour < 0) {
    int value = number(i);
    if (value >= 0 && tokens_[i].lower.size() == 4 && (grammar(i + 1, "AM") || grammar(i + 1, "PM"))) {
      hour = value / 100, minute = value % 100, j = i + 1;  // "1140 a.m."
      if (minute > 59) return std::nullopt;
    } else {
      hour = hour_at(i, &j);
      if (hour < 0) return std::nullopt;
      word_hour = number(i) < 0;
      if ((punct(j, ':') || (punct(j, '.') && attached(j + 1))) && attached(j) && number(j + 1) >= 0 &&
          tokens_[j + 1].lower.size() == 2 && !word_hour) {
        bool colon = punct(j, ':');
        if (number(j + 1) > 59) return std::nullopt;
        minute = number(j + 1), j += 2, marked = colon || cued;
        if (colon && punct(j, ':') && attached(j) && number(j + 1) >= 0 && tokens_[j + 1].lower.size() == 2 &&
            number(j + 1) <= 59)
          second = number(j + 1), j += 2;
        else if (!colon && ((!cued && !grammar(j, "AM") && !grammar(j, "PM")) || noun_after(j))) return std::nullopt;  // "6.45 percent"
      } else if (int link = grammar(j, "AND") ? grammar(j, "AND") : grammar(j, "MINUS")) {
        auto count = minute_count(j + link);
        // "dos y media horas", "uno y dos", "cinco y veinte personas" are no times.
        if (count && (lex(count->end, DateRole::Unit) || noun_after(count->end) || (!strong && !count->sure && count->minutes < 10)))
          count.reset();
        if (count && (strong || (cued && (count->sure || word_hour)))) {  // not "one and a half"
          bool minus = grammar(j, "MINUS") > 0;
          if (minus && hour < 1) return std::nullopt;
          hour = minus ? hour - 1 : hour, minute = minus ? 60 - count->minutes : count->minutes;
          j = count->end, marked = true;
        }
      } else if (word_hour && cued) {
        if (auto count = number_word(j); count && count->first >= 10 && count->first <= 59) {
          minute = count->first, j = count->second, marked = true;  // "nine thirty"
          if (const DateLexeme* u = lex(j, DateRole::Unit); u && parse_unit(u->value->substr(0, u->value->find('*'))) == TimeUnit::Minute)
            j += u->length;
        }
      }
    }
  }
  if (hour > 24) return std::nullopt;
  if (cued && !word_hour && attached(j) && grammar(j, "ABBR_H") == 1 &&
      !(attached(j + 1) && tokens_[j + 1].kind == DateToken::Word)) ++j, marked = true;  // "a las 14h"
  if (punct(j, '.') && attached(j) && (grammar(j + 1, "AM") || grammar(j + 1, "PM"))) ++j;  // "9.am"
  // A suffix fused to the hour and ending the token run ("11ish", "at 7p"; not "Pixel 3a", "4p7SX").
  bool fused = attached(j) && !word_hour && !(attached(j + 1) && j + 1 < static_cast<int>(tokens_.size()) &&
                                               tokens_[j + 1].kind != DateToken::Punct);
  if (int ish = fused ? grammar(j, "ISH") : 0) j += ish, marked = true;  // "11ish": about 11
  bool letter = fused && cued;  // a bare letter is a meridiem only after "at": "at 9a"
  if (int pm = grammar(j, "PM") ? grammar(j, "PM") : letter ? grammar(j, "PM_LETTER") : 0) {  // "7p"
    if (hour > 12) return std::nullopt;
    hour = hour % 12 + 12, j += pm, marked = true;
  } else if (int am = grammar(j, "AM") ? grammar(j, "AM") : letter ? grammar(j, "AM_LETTER") : 0) {
    if (hour > 12) return std::nullopt;
    hour %= 12, j += am, marked = true;
  } else if (int oclock = grammar(j, "OCLOCK")) {
    j += oclock, marked = true;
  } else if (int n = grammar(j, "NOON"); n && hour == 12) {
    j += n, marked = true;  // "12 noon"
  } else if (const DateLexeme* part = (cued || marked) ? lex(j, DateRole::DayPart) : nullptr) {
    if (*part->value != "MO" && hour < 12) hour += 12;
    j += part->length, marked = true;
  }
  if (int minus = grammar(j, "MINUS"); minus && marked && hour >= 1 && minute == 0) {  // "las 8 pm menos cuarto"
    if (auto count = minute_count(j + minus); count && count->sure) hour -= 1, minute = 60 - count->minutes, j = count->end;
  }
  if (!marked && !strong && !(bare && !word_hour) && !(cued && word_hour)) return std::nullopt;
  // Unmarked, only an end, a mark or a date word may follow: not "at one point", "at 5 sites".
  if (!marked && !strong && j < static_cast<int>(tokens_.size()) && tokens_[j].kind != DateToken::Punct) {
    bool dateword = false;
    for (const DateLexeme& l : lexemes_[j]) dateword |= l.role != DateRole::Grammar && l.role != DateRole::Number;
    if (!dateword) return std::nullopt;
  }
  if (hour == 24 && (minute || second)) return std::nullopt;
  return std::pair{(hour * 60 + minute) * 60 + second, j};
}

// A clock reading set on a day: a Moment of grain Minute (seconds in the literal).
void DateGrammar::set_clock(Moment& m, int seconds) const {
  m.type = "TIME", m.grain = Grain::Minute, m.hour = seconds / 3600, m.minute = seconds / 60 % 60;
  if (seconds % 60) {
    m.literal.clear();
    std::string value = format_value(m), s = std::to_string(seconds % 60);
    m.literal = value + ":" + (s.size() < 2 ? "0" + s : s);
  }
}

// Whether a clock reading's tokens [i, end) already say a.m./p.m. or a part of the day.
bool DateGrammar::time_has_meridiem(int i, int end) const {
  for (int k = i; k < end; ++k)
    if (grammar(k, "AM") || grammar(k, "PM") || lex(k, DateRole::DayPart)) return true;
  return false;
}

DateGrammar::Result DateGrammar::spoken_time(int i) const {
  int begin = i, j = i;
  std::string part;
  Moment m = resolver_.relative_day(0);
  bool dated = false;
  if (const DateLexeme* p = lex(i, DateRole::DayPart)) {  // "in the morning at 7"
    int k = skip(skip(i + p->length, "AT"), "HOUR");
    if (k == i + p->length) return std::nullopt;
    part = *p->value, j = k;
  } else if (Result day = relative_day(i); day && day->moment.grain == Grain::DayPart) {  // "last night at 8"
    int k = day->end;
    if (const DateLexeme* around = lex(k, DateRole::Modifier)) k += around->length;  // "tonight around 7"
    k = skip(skip(k, "AT"), "HOUR");
    if (k == day->end) return std::nullopt;
    part = day->moment.code, j = k, m = day->moment, dated = true;
  }
  auto time = clock_any(j, !part.empty());
  if (!time) return std::nullopt;
  int seconds = time->first;
  if (!part.empty() && part != "MO" && seconds < 12 * 3600 && !(part == "NI" && seconds < 5 * 3600) &&
      !time_has_meridiem(j, time->second))
    seconds += 12 * 3600;
  int end = time->second;
  // A time zone belongs to the reading ("5 p.m. EST", "las 18:58 hora local"); the value keeps
  // the local clock, as TimeML's does.
  end += grammar(end, "ZONE");
  // A day after the time: "8.30pm today", "9am on Tuesday", "a las siete del 15".
  int k = skip(skip(skip_punct(end, ','), "ON"), "DET");
  if (int of = grammar(k, "FROM"); of && k == end) k = skip(k + of, "DET");
  Result after;
  for (Result r : {relative_day(k), weekday(k), calendar_date(k, calendar_direction(k)), day_of_month(k), relative(k)})
    if (r && !dated && (r->moment.grain == Grain::Day || r->moment.grain == Grain::DayPart) && r->moment.literal.empty() &&
        (!after || r->end > after->end))
      after = r;
  if (after) {  // "a las diez esta noche": the part of the day sets the half of the clock
    m = after->moment, end = after->end;
    if (m.grain == Grain::DayPart && m.code != "MO" && seconds < 12 * 3600 && !time_has_meridiem(j, time->second))
      seconds += 12 * 3600;
  }
  set_clock(m, seconds);
  for (int k = j; k < time->second; ++k)
    if (grammar(k, "ISH")) m.mod = "APPROX";  // "11ish", "noonish"
  return DateParse{begin, end, m};
}

}  // namespace storyline
