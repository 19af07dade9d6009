// DateGrammar: a hand-written grammar over the date tokens of one text. Every word it tests is a
// lexicon lookup by role (months, relative words, units...), so the same rules read English and
// Spanish; word order differences ("last week" / "la semana pasada") are both tried.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "recognize/dates/date_lexicon.h"
#include "recognize/dates/date_moment.h"
#include "recognize/dates/date_tokens.h"

namespace storyline {

// The digits of a number token as an int; 0 when they do not parse.
int to_int(const std::string& text);

// One end of a dash range ("Nov", "Feb 5th, 2017", "10/1"): year kUnknownYear, day 0 when absent.
struct DateRangeEnd {
  int year = kUnknownYear, month = 0, day = 0;
};

struct DateParse {
  int begin = 0, end = 0;  // token range [begin, end) of the expression
  Moment moment;
};

class DateGrammar {
 public:
  DateGrammar(const std::vector<DateToken>& tokens, const DateLexicon& lexicon, const DateResolver& resolver);
  // Whether the sentence being read points forward ("will", "próximo"...): underspecified dates
  // then resolve to the nearest after the reference instead of before it.
  void set_future(bool future) { future_ = future; }
  bool is_future_cue(int i) const;
  // The longest expression starting at token i (its span may begin later: "a las 5" -> "5").
  std::optional<DateParse> parse(int i) const;
  // Whether tokens [from, to) only join a day to its clock time: commas and grammar.txt LINK
  // words ("at", "@", "before", "no later than") and HOUR words ("las"). An empty gap joins too.
  bool links(int from, int to) const;

 private:
  using Result = std::optional<DateParse>;
  int direction() const { return future_ ? 1 : -1; }
  // For a calendar day or month without a year starting at token i: ahead with a future cue in
  // its sentence, back with a past-tense verb near it, else the nearest (0).
  int calendar_direction(int i) const;
  // For a bare weekday at token i: back with a past-tense verb near it, else as direction().
  int weekday_direction(int i) const;
  bool is_past_cue(int i) const;
  bool past_cue_near(int i) const;  // a past-tense verb among the tokens around i
  bool tense_cue(int i, std::string_view tense, const std::vector<std::string>& endings) const;
  // Lexicon and token tests.
  const DateLexeme* lex(int i, DateRole role) const;
  int grammar(int i, std::string_view value) const;  // length of a grammar word with this value, or 0
  int number(int i) const;                           // a digit token's value, or -1
  bool punct(int i, char c) const;
  bool attached(int i) const;
  int skip(int i, std::string_view grammar_value) const { return i + grammar(i, grammar_value); }
  int skip_punct(int i, char c) const { return punct(i, c) ? i + 1 : i; }
  bool year_cue_before(int i) const;
  bool abbreviation_dot(int i) const;

  // Pieces (date_grammar.cpp).
  std::optional<std::pair<int, int>> day_at(int i, bool words) const;  // {day, end}
  std::optional<std::pair<int, int>> year_at(int i) const;             // {year, end}
  std::optional<std::pair<int, int>> year_words(int i) const;          // date_grammar_words.cpp
  std::optional<std::pair<int, int>> month_at(int i) const;            // {month, end}
  Result numeric_date(int i) const;
  Result fused_date(int i) const;  // "2019-aug-1", "23/Sep/2020", "2015-3", "20161016"
  Result month_first(int i, int direction) const;
  Result day_first(int i, int direction) const;
  Result year(int i, bool cued) const;
  Result season(int i, int relative) const;
  Result quarter(int i) const;
  Result holiday(int i, int direction) const;
  Result weekday(int i) const;
  Result calendar_date(int i, int direction) const;
  Result with_day_detail(DateParse parse) const;  // "Thursday morning", "tomorrow at 5 p.m."

  // Relative and other expressions (date_grammar_relative.cpp).
  Result relative(int i) const;
  Result relative_after(int i) const;
  Result count_before_relative(int i) const;  // "the 5 upcoming years", "the 13 last minutes"
  Result relative_day(int i) const;
  Result duration(int i) const;
  Result set(int i) const;  // date_grammar_set.cpp
  int set_clock_after(Moment& m, int j) const;
  Result reference_word(int i) const;
  Result part(int i) const;
  Result modified(int i) const;
  Result range(int i) const;  // date_grammar_range.cpp
  Result last_day_only(int i, const Moment& first) const;
  bool ordinal_day(int i, int end) const;
  void order_range(Moment& a, Moment& b) const;
  Result time_of_day(int i) const;
  std::optional<std::pair<int, int>> clock(int i) const;  // {minutes since midnight, end}
  Result core(int i) const;

  // Date arithmetic (date_grammar_shift.cpp).
  Result shift_anchor(int i) const;
  Result shifted_from(const DateParse& counted) const;
  Result in_count(int i) const;
  Result day_of_month(int i) const;

  // Guards against common-word readings and fractions of units (date_grammar_fraction.cpp).
  Result fraction_duration(int i) const;          // "half an hour", "a quarter of an hour"
  bool fraction_cue(int i, int end) const;        // "for three quarters", "the past two quarters"
  bool noun_after(int i) const;                   // a word the lexicon does not know: "a second evacuation"
  bool numeric_day_cue(int i, int end) const;

  // Periods (date_grammar_period.cpp).
  void count_from_reference(Moment& duration, int direction) const;
  Result business_days(int i, int j, int n) const;  // "next 4 business days"  // "the past three years"
  Result period_code(int i) const;
  Result weekend(int i) const;  // "this weekend", "el fin de semana pasado"                                    // "2019-Q1", "H2 2019"     // "on 9/11", "el 27/11", not "post-9/11"

  // Periods inside periods, the current period by its unit (date_grammar_span.cpp).
  Result current_unit(int i) const;     // "the year", "for the month"
  Result part_of_unit(int i) const;     // "the end of the year", "fin de mes", "end of day", "EOY"
  Result week_of(int i) const;          // "the first week of 2015", "week 31"
  Result week_around(int i) const;  // "the week of the 18th"
  Result weekday_of_week(int i) const;  // "Tuesday of next week"
  Result day_of_period(int i) const;    // "the 15th day of next month"
  Result later_in(int i) const;         // "later in the year"
  bool now_as_day(Moment& m) const;     // a range end "now"
  int settle_range(int end, Moment& a, Moment& b, bool borrowed, bool a_now, bool b_now) const;

  // Dash ranges of dates (date_grammar_range.cpp): "10/1-11/7", "Nov-Feb 2017".
  Result numeric_range(int i) const;
  Result month_range(int i) const;
  Result year_range(int i) const;
  Result day_part_alone(int i) const;
  Result starting_span(const DateParse& counted, TimeUnit unit) const;  // "3 days starting Monday"
  Result within_span(const DateParse& counted, TimeUnit unit) const;    // "within 9 months"  // "in the morning", "late afternoon" (date_grammar_daypart.cpp)  // "2014-2018", "2014 to 2018"
  Result opened_range(int i) const;  // "from 10/1/2018-10/7/2018"
  std::optional<std::pair<DateRangeEnd, int>> month_piece(int i) const;
  Result dash_range(int i, const Moment& a, const Moment& b, int end) const;

  // Spoken and written clock readings (date_grammar_time.cpp).
  struct MinuteCount {
    int minutes, end;
    bool sure;  // a fraction ("half") or a unit ("20 min"): surely minutes
  };
  std::optional<std::pair<int, int>> number_word(int i) const;  // "twenty-seven" {value, end}
  std::optional<MinuteCount> minute_count(int i) const;
  std::optional<std::pair<int, int>> clock_any(int i, bool bare) const;  // {seconds since midnight, end}
  void set_clock(Moment& m, int seconds) const;
  Result spoken_time(int i) const;  // "half past seven", "las siete y media", "in the morning at 7"
  bool time_has_meridiem(int i, int end) const;
  // Durations (date_grammar_duration.cpp): "3h", "one and a half hours", "1 hour and 30 minutes".
  std::optional<std::pair<double, int>> count_at(int i) const;     // {amount, end}
  std::optional<std::pair<double, int>> fraction_at(int i) const;  // {fraction, end}
  Result compound_duration(int i) const;

  // Clock ranges (date_grammar_clock.cpp).
  struct ClockPoint {
    int minutes, end, meridiem;  // meridiem: 0 none, 1 a.m., 2 p.m.
    bool marked;                 // a colon, a.m./p.m. or o'clock: surely a time
  };
  std::optional<ClockPoint> clock_point(int i) const;
  Result clock_range(int i, const Moment* day, bool bare_ok = false) const;  // bare_ok: "Monday 12-4"

  const std::vector<DateToken>& tokens_;
  const DateLexicon& lexicon_;
  const DateResolver& resolver_;
  std::vector<std::vector<DateLexeme>> lexemes_;  // every phrase starting at each token
  bool day_first_numbers_ = false;                // settings.txt numeric_order = DMY
  bool future_ = false;
};

}  // namespace storyline
