#include "recognize/dates/date_grammar.h"
#include "recognize/dates/date_holiday.h"

#include <charconv>
#include <utility>

namespace storyline {
using calendar::CivilDate;


int to_int(const std::string& text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() ? value : 0;
}

DateGrammar::DateGrammar(const std::vector<DateToken>& tokens, const DateLexicon& lexicon,
                         const DateResolver& resolver)
    : tokens_(tokens), lexicon_(lexicon), resolver_(resolver), lexemes_(tokens.size()) {
  day_first_numbers_ = lexicon.setting("numeric_order") == "DMY";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto found = lexicon.by_first_word.find(tokens[i].lower);
    if (found == lexicon.by_first_word.end()) continue;
    for (const DatePhrase& phrase : found->second) {
      std::size_t n = phrase.words.size();
      if (i + n > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < n && match; ++k) match = tokens[i + k].lower == phrase.words[k];
      if (match) lexemes_[i].push_back({phrase.role, &phrase.value, static_cast<int>(n)});
    }
  }
}

const DateLexeme* DateGrammar::lex(int i, DateRole role) const {
  if (i < 0 || i >= static_cast<int>(tokens_.size())) return nullptr;
  const DateLexeme* best = nullptr;
  for (const DateLexeme& lexeme : lexemes_[i])
    if (lexeme.role == role && (!best || lexeme.length > best->length)) best = &lexeme;
  return best;
}

int DateGrammar::grammar(int i, std::string_view value) const {
  if (i < 0 || i >= static_cast<int>(tokens_.size())) return 0;
  int length = 0;
  for (const DateLexeme& lexeme : lexemes_[i])
    if (lexeme.role == DateRole::Grammar && *lexeme.value == value && lexeme.length > length) length = lexeme.length;
  return length;
}

int DateGrammar::number(int i) const {
  if (i < 0 || i >= static_cast<int>(tokens_.size()) || tokens_[i].kind != DateToken::Number) return -1;
  if (tokens_[i].lower.size() > 9) return -1;
  return to_int(tokens_[i].lower);
}

bool DateGrammar::punct(int i, char c) const {
  return i >= 0 && i < static_cast<int>(tokens_.size()) && tokens_[i].kind == DateToken::Punct &&
         tokens_[i].lower.size() == 1 && tokens_[i].lower[0] == c;
}

bool DateGrammar::attached(int i) const { return i < static_cast<int>(tokens_.size()) && !tokens_[i].space_before; }

// "Jan. 20", "sáb. a las 5": a dot that ends an abbreviation, not the sentence ("in June.").
bool DateGrammar::abbreviation_dot(int i) const {
  if (!punct(i, '.') || !attached(i) || i + 1 >= static_cast<int>(tokens_.size())) return false;
  const DateToken& next = tokens_[i + 1];
  return next.kind == DateToken::Number || (next.kind == DateToken::Word && !next.capitalized);
}

constexpr int kPastCueBefore = 4;  // tokens before a date where its verb may stand
constexpr int kPastCueAfter = 8;   // tokens from its start on ("In October, 12 people died")

// A tense.txt word of that tense, or a word with one of its endings ("*rá", "*ed").
bool DateGrammar::tense_cue(int i, std::string_view tense, const std::vector<std::string>& endings) const {
  if (i < 0 || i >= static_cast<int>(tokens_.size()) || tokens_[i].kind != DateToken::Word) return false;
  for (const DateLexeme& lexeme : lexemes_[i])
    if (lexeme.role == DateRole::Tense && *lexeme.value == tense) return true;
  const std::string& word = tokens_[i].lower;
  for (const std::string& ending : endings)
    if (word.size() > ending.size() + 1 && word.ends_with(ending)) return true;
  return false;
}

bool DateGrammar::is_future_cue(int i) const { return tense_cue(i, "FUTURE", lexicon_.future_suffixes); }

bool DateGrammar::is_past_cue(int i) const { return tense_cue(i, "PAST", lexicon_.past_suffixes); }

// A verb in the past right around the date ("it was signed on Jan. 20", "la orden se firmó el 20
// de enero") sends it back; without one the nearest such day is meant: in news a day without its
// year is mostly within weeks of the report, ahead ("the vote on Dec. 15") or behind.
int DateGrammar::calendar_direction(int i) const {
  if (future_) return 1;
  return past_cue_near(i) ? -1 : 0;
}

bool DateGrammar::past_cue_near(int i) const {
  for (int k = i - kPastCueBefore; k < i + kPastCueAfter; ++k)
    if (is_past_cue(k)) return true;
  return false;
}

// "closed unchanged Friday" in a sentence that also says what will happen: the verb next to
// the weekday decides before the sentence's future.
int DateGrammar::weekday_direction(int i) const { return past_cue_near(i) ? -1 : direction(); }

// A bare number is a year only after a word that introduces one ("in 2024", "desde 2019").
bool DateGrammar::year_cue_before(int i) const {
  for (int back = 1; back <= 3 && i - back >= 0; ++back) {
    const DateLexeme* part = lex(i - back, DateRole::Part);
    if (grammar(i - back, "YEAR") == back || (part && part->length == back)) return true;
  }
  // "the 2000 Olympics", "a 1978 resolution", "his 1996 campaign": a year modifying a noun after
  // a determiner. Not a count: a plural noun after it is counted ("the 2000 people"), unless a
  // name that a modern year may modify ("the 2000 Olympics").
  if (grammar(i - 1, "NOUN_DET") == 1 && tokens_[i].lower.size() == 4 && number(i) >= 1000 && number(i) <= 2999 &&
      noun_after(i + 1)) {
    const std::string& noun = tokens_[i + 1].lower;
    const bool plural = (noun.size() > 3 && noun.back() == 's') || grammar(i + 1, "PLURAL");
    if (!plural || (tokens_[i + 1].capitalized && number(i) >= 1800 && number(i) <= 2099)) return true;
  }
  // "in 2007 and 2009", "in 2007, 2008": a list continues a cued year.
  int join = i >= 1 && punct(i - 1, ',') ? 1 : i >= 1 ? grammar(i - 1, "AND") : 0;
  if (join && i - join - 1 >= 0 && join <= i) {
    int prev = i - join - 1;
    if (tokens_[prev].lower.size() == 4 && number(prev) >= 1000 && number(prev) <= 2999) return year_cue_before(prev);
  }
  return false;
}

std::optional<std::pair<int, int>> DateGrammar::day_at(int i, bool words) const {
  int value = number(i);
  int end = i + 1;
  if (value >= 0) {
    if (tokens_[i].lower.size() > 2) return std::nullopt;
    if (attached(end) && grammar(end, "ORD")) end += grammar(end, "ORD");
    else if (punct(end, '.') && attached(end) && attached(end + 1) && grammar(end + 1, "ORD"))
      end += 1 + grammar(end + 1, "ORD");  // "1.º de julio": the abbreviation dot before the suffix
    else if (attached(end) && tokens_[end].kind == DateToken::Word) return std::nullopt;  // "5km"
  } else if (const DateLexeme* ordinal = lex(i, DateRole::Ordinal)) {
    value = to_int(*ordinal->value);
    end = i + ordinal->length;
  } else if (auto word = words ? number_word(i) : std::nullopt) {  // "twenty nine", "veintiuno"
    value = word->first;
    end = word->second;
  }
  if (value < 1 || value > 31) return std::nullopt;
  return std::pair{value, end};
}

std::optional<std::pair<int, int>> DateGrammar::year_at(int i) const {
  int value = number(i);
  if (value < 0) return year_words(i);  // "dos mil dieciocho"
  if (value < 1000 || value > 2999 || tokens_[i].lower.size() != 4) return std::nullopt;
  int end = i + 1;
  if (attached(end) && (tokens_[end].kind != DateToken::Punct || number(end + 1) >= 0) &&
      !punct(end, '.') && !punct(end, ',') && !punct(end, ')') && !punct(end, '-'))
    return std::nullopt;  // "2024s", "2024/25" belong to something else
  return std::pair{value, end};
}

std::optional<std::pair<int, int>> DateGrammar::month_at(int i) const {
  const DateLexeme* month = lex(i, DateRole::Month);
  if (!month) return std::nullopt;
  int end = i + month->length;
  if (abbreviation_dot(end)) ++end;  // "Jan." when the lexicon lists "jan"
  return std::pair{to_int(*month->value), end};
}

// 2025-01-20, 2025/01/20, 1/20/2025 (m/d) or 20/01/2025 (d/m) per settings, 20.01.2025, 05-ago-2016.
DateGrammar::Result DateGrammar::numeric_date(int i) const {
  int a = number(i);
  if (a < 0) return std::nullopt;
  char sep = punct(i + 1, '-') ? '-' : punct(i + 1, '/') ? '/' : punct(i + 1, '.') ? '.' : 0;
  if (!sep || !attached(i + 1) || !attached(i + 2)) return std::nullopt;
  if (auto month = month_at(i + 2); month && sep == '-' && punct(month->second, '-')) {
    auto year = year_at(month->second + 1);
    if (year && calendar::valid(year->first, month->first, a))
      return DateParse{i, year->second, day_moment({year->first, month->first, a}, TimeAnchor::Absolute)};
    return std::nullopt;
  }
  int b = number(i + 2);
  if (b < 0) return std::nullopt;
  bool three = punct(i + 3, sep) && attached(i + 3) && attached(i + 4) && number(i + 4) >= 0;
  if (three && attached(i + 5) && (tokens_[i + 5].kind != DateToken::Punct || number(i + 6) >= 0)) return std::nullopt;
  if (!three && (sep != '/' || (attached(i + 3) && (punct(i + 3, '/') || number(i + 4) >= 0 ||
                                                    tokens_[i + 3].kind != DateToken::Punct))))
    return std::nullopt;
  int year = kUnknownYear, month, day;
  if (three && tokens_[i].lower.size() == 4) {
    year = a, month = b, day = number(i + 4);
  } else {
    month = day_first_numbers_ ? b : a;
    day = day_first_numbers_ ? a : b;
    if (three) {
      year = number(i + 4);
      if (tokens_[i + 4].lower.size() == 2) year += year < 50 ? 2000 : 1900;
      else if (tokens_[i + 4].lower.size() != 4) return std::nullopt;
    }
  }
  if (month > 12 && day <= 12) std::swap(month, day);  // "22/04" can only be day/month
  int end = three ? i + 5 : i + 3;
  if (year == kUnknownYear) {
    if (!calendar::valid(2000, month, day) || !numeric_day_cue(i, end)) return std::nullopt;
    return DateParse{i, end, resolver_.day_month(month, day, direction())};
  }
  if (!calendar::valid(year, month, day)) return std::nullopt;
  return DateParse{i, end, day_moment({year, month, day}, TimeAnchor::Absolute)};
}

// "January 20, 2025", "Jan. 20", "July 4th of 1995", "February 2025", "August".
DateGrammar::Result DateGrammar::month_first(int i, int dir) const {
  auto month = month_at(i);
  if (!month) return std::nullopt;
  int j = month->second;
  auto day = day_at(j, false);
  bool year_next = !day && year_words(j);  // "August two thousand and fifteen": no day "two"
  if (auto word = day || year_next ? std::nullopt : day_at(j, true); word && !noun_after(word->second)) day = word;  // "May twenty nine"
  if (!day && punct(j, '/') && attached(j) && attached(j + 1) && number(j + 1) >= 0) day = day_at(j + 1, false);  // "Oct/2"
  if (int d = skip(j, "DET"); !day && d > j)  // "April the ninth"
    if (auto ordinal = day_at(d, false); ordinal && ordinal_day(d, ordinal->second)) day = ordinal;
  if (auto d = !day && punct(j, ',') ? day_at(j + 1, false) : std::nullopt; d && (number(j + 1) < 0 || d->second > j + 2))
    day = d;  // "October, 1st": an ordinal after the comma
  if (day) {
    int k = skip(skip_punct(day->second, ','), "OF");
    if (number(k + 1) >= 1000 && grammar(k, "IN") == 1) ++k;  // "June 28 in 2020"
    if (auto year = year_at(k); year && calendar::valid(year->first, month->first, day->first))
      return DateParse{i, year->second, day_moment({year->first, month->first, day->first}, TimeAnchor::Absolute)};
    if (auto last = punct(day->second, '-') ? day_at(day->second + 1, false) : std::nullopt;
        last && last->first > day->first && calendar::valid(2000, month->first, last->first)) {
      // "March 1-5": one range; the year, when given, follows the last day.
      Moment a = resolver_.day_month(month->first, day->first, dir), b = a;
      int end = last->second;
      if (auto year = year_at(skip_punct(end, ','))) {
        a.year = b.year = year->first, a.anchor = b.anchor = TimeAnchor::Absolute;
        end = year->second;
      }
      b.day = last->first;
      b.begin = format_value(a), b.end = format_value(b);
      b.literal = b.begin + "/" + b.end;
      return DateParse{i, end, b};
    }
    if (calendar::valid(2000, month->first, day->first) && !punct(day->second, ':'))
      return DateParse{i, day->second, resolver_.day_month(month->first, day->first, dir)};
  }
  // "Dec/2018": a slash fused between the month and its year.
  int k = punct(j, '/') && attached(j) && attached(j + 1) ? j + 1 : skip(skip_punct(j, ','), "OF");
  if (number(k + 1) >= 1000 && grammar(k, "IN") == 1 && !lexicon_.ambiguous.count(tokens_[i].lower)) ++k;  // "April in 2016"
  if (auto year = year_at(k)) {
    Moment m;
    m.grain = Grain::Month, m.year = year->first, m.month = month->first;
    return DateParse{i, year->second, m};
  }
  // "June last year", "enero de este año": the month of a year named relatively.
  for (Result next : {relative(k), relative_after(skip(k, "DET"))})
    if (next && next->moment.grain == Grain::Year && next->moment.anchor != TimeAnchor::Unresolved) {
      Moment m = next->moment;
      m.grain = Grain::Month, m.month = month->first;
      return DateParse{i, next->end, m};
    }
  // A bare month name that is also a common word ("may", "mar") needs a cue: "in May", "last May".
  bool cued = i > 0 && grammar(i - 1, "DET") != 1 && (grammar(i - 1, "YEAR") || grammar(i - 1, "AND") || grammar(i - 1, "TO") ||
                        lex(i - 1, DateRole::Part) || lex(i - 1, DateRole::Relative));
  // "this may be", "may not": the modal verb.
  if (lexicon_.ambiguous.count(tokens_[i].lower) && (!cued || grammar(j, "VERB"))) return std::nullopt;
  return DateParse{i, j, resolver_.month(month->first, dir)};
}

// "20 de enero de 2025", "4th of July", "04th Jan 2019", "cuatro de julio de 1995".
DateGrammar::Result DateGrammar::day_first(int i, int dir) const {
  auto day = day_at(i, true);
  if (!day) return std::nullopt;
  bool word = number(i) < 0;
  int j = skip(day->second, "OF");
  auto month = month_at(j);
  if (!month || !calendar::valid(2000, month->first, day->first)) return std::nullopt;
  int k = skip(skip_punct(month->second, ','), "OF");
  // A day in words needs "of" ("fourth of July") or a year after the month ("twenty five
  // January nineteen eighty six"); not the article "a" read as one ("a July 2025 report").
  if (word && j == day->second && (!year_at(k) || (day->first == 1 && !lex(i, DateRole::Ordinal)))) return std::nullopt;
  if (number(k + 1) >= 1000 && grammar(k, "IN") == 1) ++k;  // "28 June in 2020"
  if (auto year = year_at(k); year && calendar::valid(year->first, month->first, day->first))
    return DateParse{i, year->second, day_moment({year->first, month->first, day->first}, TimeAnchor::Absolute)};
  return DateParse{i, month->second, resolver_.day_month(month->first, day->first, dir)};
}

DateGrammar::Result DateGrammar::year(int i, bool cued) const {
  int value = number(i);
  // "the 1990s", "los 90s": a decade.
  // "1990 s": a detached "s" still makes a decade.
  bool suffix = attached(i + 1) || (i + 1 < static_cast<int>(tokens_.size()) && tokens_[i + 1].lower == "s");
  if (value >= 0 && suffix && grammar(i + 1, "DECADE") && (value % 10 == 0)) {
    int size = static_cast<int>(tokens_[i].lower.size());
    if (size == 4 || size == 2) {
      Moment m;
      m.grain = Grain::Decade, m.year = size == 4 ? value : 1900 + value;
      return DateParse{i, i + 1 + grammar(i + 1, "DECADE"), m};
    }
  }
  // "the 15th century", "21st century".
  if (auto ordinal = value >= 1 ? day_at(i, false) : std::nullopt; ordinal && ordinal->second > i + 1) {
    const DateLexeme* unit = lex(ordinal->second, DateRole::Unit);
    if (unit && *unit->value == "CE" && ordinal->first <= 30) {
      Moment m;
      m.grain = Grain::Century, m.year = (ordinal->first - 1) * 100;
      return DateParse{i, ordinal->second + unit->length, m};
    }
  }
  // A year in words after a date, or alone after a year cue when no noun follows: "in nineteen
  // ninety six", not "for two thousand years".
  auto year = year_at(i);
  if (year && number(i) < 0 && (!year_cue_before(i) || noun_after(year->second) || lex(year->second, DateRole::Unit) ||
                                year->first % 100 == 0))  // "rose to two thousand": a count
    return std::nullopt;
  if (!year || !(cued || year_cue_before(i))) return std::nullopt;
  Moment m;
  m.grain = Grain::Year, m.year = year->first;
  return DateParse{i, year->second, m};
}

// "summer 2025", "verano de 2025", "spring": relative +-1 for "next/last summer", 0 "this".
DateGrammar::Result DateGrammar::season(int i, int relative) const {
  const DateLexeme* season = lex(i, DateRole::Season);
  if (!season) return std::nullopt;
  int j = i + season->length;
  if (auto year = year_at(skip(skip_punct(j, ','), "OF")); year && relative == 2) {
    Moment m;
    m.grain = Grain::Season, m.year = year->first, m.code = *season->value;
    return DateParse{i, year->second, m};
  }
  if (relative == 0) {
    Moment m = resolver_.year_of_reference(Grain::Season);
    m.code = *season->value;
    return DateParse{i, j, m};
  }
  return DateParse{i, j, resolver_.season(*season->value, relative == 2 ? direction() : relative)};
}

// "the first quarter (of 2025)", "el segundo semestre", "the second half of 2024".
DateGrammar::Result DateGrammar::quarter(int i) const {
  const DateLexeme* ordinal = lex(i, DateRole::Ordinal);
  if (!ordinal) return std::nullopt;
  // "third-quarter profit": the ordinal joined to its unit by a hyphen.
  const int hyphen = punct(i + ordinal->length, '-') && attached(i + ordinal->length) && attached(i + ordinal->length + 1) ? 1 : 0;
  const DateLexeme* unit = lex(i + ordinal->length + hyphen, DateRole::Unit);
  if (!unit) return std::nullopt;
  TimeUnit kind = parse_unit(std::string_view(*unit->value).substr(0, unit->value->find('*')));
  int n = to_int(*ordinal->value);
  if (!((kind == TimeUnit::Quarter && n >= 1 && n <= 4) || (kind == TimeUnit::Half && n >= 1 && n <= 2)))
    return std::nullopt;
  Grain grain = kind == TimeUnit::Quarter ? Grain::Quarter : Grain::Half;
  int j = i + ordinal->length + hyphen + unit->length;
  int k = skip(skip_punct(j, ','), "OF");
  Moment m = resolver_.year_of_reference(grain);
  // Without a year, the latest quarter of that number that has begun, or the next one: "fourth
  // quarter" is this year's in October and last year's in February (results are reported after
  // their quarter).
  if (resolver_.knows_month() && kind == TimeUnit::Quarter && n > (resolver_.today().month - 1) / 3 + 2) --m.year;
  if (auto year = year_at(k)) {
    m.year = year->first, m.anchor = TimeAnchor::Absolute;
    j = year->second;
  } else if (auto next = relative(k); next && next->moment.grain == Grain::Year) {
    m.year = next->moment.year, m.anchor = next->moment.anchor;
    j = next->end;
  }
  m.number = n;
  return DateParse{i, j, m};
}

// holidays.txt values are "MM-DD": "Christmas", "Navidad", "Christmas 2024".
DateGrammar::Result DateGrammar::holiday(int i, int dir) const {
  // Fixed, Easter-based or nth-weekday values (date_grammar_holiday.cpp).
  const DateLexeme* holiday = lex(i, DateRole::Holiday);
  if (!holiday || !valid_holiday(*holiday->value)) return std::nullopt;
  int j = i + holiday->length;
  if (auto year = year_at(skip(skip_punct(j, ','), "OF")))
    if (auto date = holiday_date(*holiday->value, year->first))
      return DateParse{i, year->second, holiday_moment(*holiday->value, *date, TimeAnchor::Absolute)};
  if (auto m = resolve_holiday(*holiday->value, resolver_, dir)) return DateParse{i, j, *m};
  return std::nullopt;
}

DateGrammar::Result DateGrammar::calendar_date(int i, int dir) const {
  Result best;
  for (Result r : {numeric_date(i), fused_date(i), month_first(i, dir), day_first(i, dir), holiday(i, dir)})
    if (r && (!best || r->end > best->end)) best = r;
  return best;
}

// "Thursday", "Thursday, January 20, 2025", "viernes 6 de julio", "Thursday morning".
DateGrammar::Result DateGrammar::weekday(int i) const {
  const DateLexeme* weekday = lex(i, DateRole::Weekday);
  if (!weekday) return std::nullopt;
  int j = i + weekday->length;
  if (abbreviation_dot(j)) ++j;
  if (const DateLexeme* parts = lex(j, DateRole::Set); parts && parts->value->starts_with("T")) {
    Moment habit;  // "Tuesday afternoons": a set of parts of that weekday
    habit.type = "SET", habit.literal = "XXXX-WXX-" + *weekday->value + *parts->value;
    return DateParse{i, j + parts->length, habit};
  }
  int k = skip(skip_punct(j, ','), "DET");
  bool ambiguous = lexicon_.ambiguous.count(tokens_[i].lower);
  if (Result date = calendar_date(k, calendar_direction(k)); date && date->moment.grain == Grain::Day) {
    date->begin = i;
    return with_day_detail(*date);
  }
  bool cued = i > 0 && grammar(i - 1, "YEAR");  // uncued ("Sat at 5"): only with a clock time after it
  DateParse parse{i, j, resolver_.weekday(to_int(*weekday->value), 2, weekday_direction(i))};
  // "Monday 8-9am", "Monday 12-4": a number range right after the weekday is a clock range.
  if (number(j) >= 0 && punct(j + 1, '-') && attached(j + 1) && attached(j + 2) && !ambiguous)
    if (Result range = clock_range(j, &parse.moment, true)) {
      range->begin = i;
      return range;
    }
  // "el martes 25", "Wed 13th", "Tuesday the eleventh": the day of the month picks the month.
  int d = skip(j, "DET");
  bool ordinal = false;
  if (auto day = day_at(d, false); day && (d == j ? number(d) >= 0 : number(d) < 0 || day->second > d + 1) &&
                                   !punct(day->second, ':') &&
                                   !(punct(day->second, '.') && number(day->second + 1) >= 0) && !grammar(day->second, "OCLOCK") &&
                                   !grammar(day->second, "AM") && !grammar(day->second, "PM")) {
    parse.end = day->second;
    ordinal = d > j || day->second > d + 1;
    if (parse.moment.day != day->first) parse.moment = resolver_.weekday_day(to_int(*weekday->value), day->first, direction());
  }
  Result detailed = with_day_detail(parse);
  if (ordinal) return detailed;  // "Sat 14th": the ordinal day makes the abbreviation a weekday
  // "en el mar", "the sun": a bare abbreviation is a weekday only with its dot or a time after it.
  if (ambiguous && detailed->end == j && j == i + weekday->length) return std::nullopt;
  if (ambiguous && !cued && (detailed->moment.hour < 0 || (i > 0 && grammar(i - 1, "DET")))) return std::nullopt;
  return detailed;
}

}  // namespace storyline
