#include "recognize/dates/dates.h"

#include <algorithm>
#include <optional>

#include "recognize/dates/date_grammar.h"

namespace storyline {
namespace {

// Which sentence each token is in, and whether that sentence has a future-tense cue.
std::vector<bool> future_by_token(const std::vector<DateToken>& tokens, const std::vector<Span>& sentences,
                                  const DateGrammar& grammar) {
  std::vector<int> sentence_of(tokens.size(), 0);
  std::vector<bool> sentence_future(sentences.size() + 1, false);
  std::size_t s = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (s < sentences.size() && sentences[s].end <= tokens[i].begin) ++s;
    sentence_of[i] = static_cast<int>(s);
    if (grammar.is_future_cue(static_cast<int>(i))) sentence_future[s] = true;
  }
  std::vector<bool> future(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) future[i] = sentence_future[sentence_of[i]];
  return future;
}

// A decade, century or half year ("199", "14", "2019-H2") also gets its first and last day: no
// ISO 8601 form says where they start.
void spell_out_years(const Moment& m, TimeExpression& expression) {
  int span = m.grain == Grain::Decade ? 10 : m.grain == Grain::Century ? 100 : 0;
  bool half = m.grain == Grain::Half && (m.number == 1 || m.number == 2);
  if ((span == 0 && !half) || m.type != "DATE" || m.year == kUnknownYear || !m.begin.empty() || !m.literal.empty())
    return;
  auto year = [](int y) {
    std::string text = std::to_string(y);
    return std::string(text.size() < 4 ? 4 - text.size() : 0, '0') + text;
  };
  if (half) {
    expression.begin = year(m.year) + (m.number == 1 ? "-01-01" : "-07-01");
    expression.end = year(m.year) + (m.number == 1 ? "-06-30" : "-12-31");
    return;
  }
  int first = m.year - m.year % span;  // "next decade" moved from 2018 is 2028: the 2020s
  expression.begin = year(first) + "-01-01", expression.end = year(first + span - 1) + "-12-31";
}

// "two days later", "the next day": shift the closest earlier resolved date of the text, or the
// reference when the text has none and the shift is in days.
void anchor_in_text(std::vector<TimeExpression>& found, std::vector<Moment>& moments, const DateResolver& resolver) {
  for (std::size_t k = 0; k < moments.size(); ++k) {
    Moment& m = moments[k];
    if (!m.from_text) continue;
    int previous = -1;
    for (int p = static_cast<int>(k) - 1; p >= 0 && previous < 0; --p)
      if (moments[p].type == "DATE" && !moments[p].from_text && first_day(moments[p]) && moments[p].begin.empty())
        previous = p;
    Grain grain = m.grain;
    Moment resolved;
    // "30 minutes later": a clock time moved from the previous time of the text, else from the
    // reference's time when it has one.
    bool clock = m.shift_unit == TimeUnit::Hour || m.shift_unit == TimeUnit::Minute;
    int time = -1;
    for (int p = static_cast<int>(k) - 1; clock && p > previous && time < 0; --p)
      if (moments[p].grain == Grain::Minute && !moments[p].from_text && moments[p].begin.empty()) time = p;
    std::optional<Moment> moved = clock && m.shift != 0 && (time >= 0 || previous < 0)
                                      ? resolver.moved(m.shift_unit, m.shift, time >= 0 ? &moments[time] : nullptr)
                                      : std::nullopt;
    if (moved) {
      resolved = *moved;
      if (time >= 0) resolved.anchor = TimeAnchor::Text, previous = time;
      found[k].type = "TIME";
    } else if (m.shift == 0 && m.shift_unit != TimeUnit::None) {  // "days later": how many is unknown
      resolved.grain = grain, resolved.anchor = TimeAnchor::Unresolved;
      if (previous >= 0) resolved.anchor = TimeAnchor::Text;
    } else if (previous >= 0) {
      calendar::CivilDate date = *first_day(moments[previous]);
      switch (m.shift_unit) {
        case TimeUnit::Year: date.year += m.shift; break;
        case TimeUnit::Month: date = calendar::add_months(date, m.shift); break;
        case TimeUnit::Week: date = calendar::add_days(date, 7L * m.shift); break;
        case TimeUnit::Hour: case TimeUnit::Minute: case TimeUnit::Second: break;  // the same day, at most
        default: date = calendar::add_days(date, m.shift); break;
      }
      resolved = moment_at(date, grain, TimeAnchor::Text);
    } else {
      resolved = resolver.shifted(m.shift_unit, m.shift);
    }
    found[k].value = format_value(resolved);
    found[k].anchor = resolved.anchor;
    found[k].anchor_date = resolved.anchor == TimeAnchor::Text ? previous : -1;
    if (resolved.anchor == TimeAnchor::Text) found[k].estimated = found[previous].estimated;
  }
}

// The day of a value that names one day ("2025-08-14", "XXXX-10-14", "XXXX-WXX-4TMO"), or "".
std::string day_of(const TimeExpression& e) {
  if (e.type == "SET" || e.type == "DURATION" || !e.begin.empty() || e.value.size() < 10 ||
      (e.value.size() > 10 && e.value[10] != 'T'))
    return "";
  std::string day = e.value.substr(0, 10);
  bool date = day[4] == '-' && (day.compare(4, 5, "-WXX-") == 0 || (day[7] == '-' && day[5] != 'W' && day[8] != 'X'));
  return date ? day : "";
}

// "Thursday before 5pm", "October 14 for 8:00:31am", "Sunday early morning at 8:00": a clock time
// or part of the day that only the publication dated (TimeML news practice for a time alone) takes
// the day written next to it instead; the two stay separate expressions, the signal outside both.
void date_times_by_day(std::vector<TimeExpression>& found, const std::vector<std::pair<int, int>>& tokens,
                       const DateGrammar& grammar, const std::string& today) {
  auto dated_by_publication = [&](const TimeExpression& e) {
    return e.type == "TIME" && e.anchor == TimeAnchor::Publication && today.size() == 10 &&
           e.value.size() > 11 && e.value.compare(0, 11, today + "T") == 0;
  };
  auto redate = [&](TimeExpression& e, const TimeExpression& day_source) {
    std::string day = day_of(day_source);
    if (day.empty()) return;
    for (std::string* v : {&e.value, &e.begin, &e.end})
      for (std::size_t at = 0; (at = v->find(today + "T", at)) != std::string::npos; at += day.size()) v->replace(at, 10, day);
    e.anchor = day_source.anchor;
  };
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    if (!grammar.links(tokens[k].second, tokens[k + 1].first)) continue;
    if (dated_by_publication(found[k + 1]) && !dated_by_publication(found[k])) redate(found[k + 1], found[k]);
    else if (dated_by_publication(found[k]) && !dated_by_publication(found[k + 1])) redate(found[k], found[k + 1]);
  }
}

// "Third-quarter profit rose to $5 million from $4 million a year ago": a report of a quarter
// compares it with the same quarter a year before, so a year back from the publication ("a year
// ago", "last year") or from the text ("a year earlier") in a sentence that names a quarter, or
// right after one that does, is that quarter of the year before (TimeML's practice in earnings
// news). Without a quarter near it stays a year.
void year_ago_quarters(std::vector<TimeExpression>& found, const std::vector<Moment>& moments,
                       const std::vector<Span>& sentences, const DateResolver& resolver) {
  if (!resolver.knows_year()) return;
  auto sentence_of = [&](const Span& span) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), span.begin,
                               [](std::size_t at, const Span& s) { return at < s.end; });
    return static_cast<int>(it - sentences.begin());
  };
  auto a_year_back = [&](std::size_t k) {
    const Moment& m = moments[k];
    if (m.type != "DATE" || !found[k].begin.empty()) return false;
    if (m.from_text) return m.shift_unit == TimeUnit::Year && m.shift == -1;
    return m.grain == Grain::Year && m.anchor == TimeAnchor::Publication && m.year == resolver.today().year - 1;
  };
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (!a_year_back(k)) continue;
    const int sentence = sentence_of(found[k].span);
    int quarter = -1;
    // The quarter of its own sentence, the nearest first; else the last of the sentence before.
    for (std::size_t j = 0; j < found.size(); ++j) {
      if (moments[j].grain != Grain::Quarter || moments[j].year == kUnknownYear || !found[j].begin.empty()) continue;
      const int at = sentence_of(found[j].span);
      const bool same = at == sentence, before = at == sentence - 1 && j < k;
      if (!same && !before) continue;
      auto distance = [&](int x) {
        const bool own = sentence_of(found[x].span) == sentence;
        return (own ? 0 : 1000000) + (x < static_cast<int>(k) ? static_cast<int>(k) - x : x - static_cast<int>(k));
      };
      if (quarter < 0 || distance(static_cast<int>(j)) < distance(quarter)) quarter = static_cast<int>(j);
    }
    if (quarter < 0) continue;
    Moment earlier = moments[quarter];
    --earlier.year;
    found[k].value = format_value(earlier);
    found[k].anchor = TimeAnchor::Text;
    found[k].anchor_date = quarter;
    found[k].estimated = found[quarter].estimated;
  }
}

}  // namespace

std::vector<TimeExpression> recognize_dates(std::string_view text, const std::vector<Span>& sentences,
                                            const DateContext& context, const DateResources& resources) {
  auto language = resources.languages.find(context.lang);
  if (language == resources.languages.end()) return {};
  DateResolver resolver(calendar::parse_reference(context.reference));
  std::vector<DateToken> tokens = tokenize_for_dates(text);
  DateGrammar grammar(tokens, language->second, resolver);
  std::vector<bool> future = future_by_token(tokens, sentences, grammar);

  std::vector<TimeExpression> found;
  std::vector<Moment> moments;
  std::vector<std::pair<int, int>> token_spans;
  for (int i = 0; i < static_cast<int>(tokens.size());) {
    grammar.set_future(future[i]);
    std::optional<DateParse> parse = grammar.parse(i);
    if (!parse) {
      ++i;
      continue;
    }
    TimeExpression expression;
    expression.span = {tokens[parse->begin].begin, tokens[parse->end - 1].end};
    expression.type = parse->moment.type;
    expression.value = format_value(parse->moment);
    expression.mod = parse->moment.mod;
    expression.anchor = parse->moment.anchor;
    expression.begin = parse->moment.begin;
    expression.end = parse->moment.end;
    spell_out_years(parse->moment, expression);
    expression.estimated = context.reference_estimated && expression.anchor == TimeAnchor::Publication;
    found.push_back(std::move(expression));
    moments.push_back(std::move(parse->moment));
    token_spans.emplace_back(parse->begin, parse->end);
    i = parse->end;
  }
  anchor_in_text(found, moments, resolver);
  year_ago_quarters(found, moments, sentences, resolver);
  if (resolver.knows_day()) date_times_by_day(found, token_spans, grammar, format_value(resolver.relative_day(0)));
  return found;
}

const char* to_string(TimeAnchor anchor) {
  switch (anchor) {
    case TimeAnchor::Absolute: return "absolute";
    case TimeAnchor::Publication: return "publication";
    case TimeAnchor::Text: return "text";
    case TimeAnchor::Unresolved: break;
  }
  return "unresolved";
}

}  // namespace storyline
