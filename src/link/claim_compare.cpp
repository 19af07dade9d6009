// What two claims of one group say against each other: their facts (figure, unit, dates, who
// reported them) and the verdict of the pair. Rules in docs/verdicts.md ("Disputes").
#include "link/claim_compare.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "recognize/name_tokens.h"
#include "recognize/quantities/quantity_tokens.h"  // fold_word
#include "util/text.h"

namespace storyline::claim_compare {

constexpr double kConversion = 0.03;   // a figure converted to another unit and rounded
constexpr double kRoundFigure = 0.10;  // a round or qualified figure may be 10% off ("two dozen", 26)
constexpr double kQualified = 0.25;    // qualifiers that admit both figures, within 25%
constexpr long kReportDays = 3;       // news of a happening is published within days of it; an
                                      // undated figure in a report is of that time
constexpr std::size_t kContext = 8;         // words each side of an event word that describe it
constexpr std::size_t kContextLetters = 5;  // bytes: shorter words are mostly function words



// The words around a claim's event word: two claims about one event share some ("troops",
// "terrorist organizations"); a negation in "not authorized to discuss the matter" shares
// nothing with "ordered 340 people out".
std::set<std::string> context_words(const std::string& text, const Claim& c) {
  const Span& sentence = c.evidence.front();
  std::string before = text.substr(sentence.begin, c.trigger.begin - std::min(c.trigger.begin, sentence.begin));
  std::string after = text.substr(c.trigger.end, sentence.end - std::min(sentence.end, c.trigger.end));
  std::vector<std::string> left = word_tokens(before), right = word_tokens(after);
  std::set<std::string> out;
  for (std::size_t i = left.size() > kContext ? left.size() - kContext : 0; i < left.size(); ++i)
    if (left[i].size() >= kContextLetters) out.insert(fold_word(left[i]));
  for (std::size_t i = 0; i < right.size() && i < kContext; ++i)
    if (right[i].size() >= kContextLetters) out.insert(fold_word(right[i]));
  for (const std::string& w : word_tokens(text.substr(c.trigger.begin, c.trigger.end - c.trigger.begin)))
    out.insert(fold_word(w));
  return out;
}

bool share_context(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& w : a)
    if (b.count(w)) return true;
  return false;
}

// The unit a figure counts ("80 km", "50 millas"), from the first words of what it counts.
const UnitInfo* unit_of(const Analysis& a, const Claim& c, const ClaimResources& resources) {
  auto language = resources.languages.find(a.article.lang);
  if (language == resources.languages.end() || c.value < 0 || !a.quantities[c.value].counted) return nullptr;
  const Span& counted = *a.quantities[c.value].counted;
  static const std::unordered_set<std::string> kNoDots;
  std::vector<NameToken> t = tokenize_names(a.article.text, counted.begin, counted.end, kNoDots);
  if (t.empty()) return nullptr;
  auto unit = resources.units.find(language->second.units.match(t, 0).first);
  return unit == resources.units.end() ? nullptr : &unit->second;
}

Facts facts_of(const StoryInput& story, int article, int claim, const ClaimResources& resources) {
  Facts f;
  const Analysis& a = *story.articles[article];
  const Claim& c = a.claims[claim];
  f.ref = {article, claim};
  f.claim = &c;
  f.analysis = &a;
  f.source = story.copy_of[article];
  if (c.subject >= 0) f.subject = a.entities[c.subject].key;
  if (c.value >= 0) {
    const Quantity& q = a.quantities[c.value];
    f.has_value = true;
    f.value = q.value;
    f.unit = q.unit;
    f.low = f.high = q.value;
    f.exact = q.approx == "exact";
    f.rough = q.approx == "about" || q.approx == "nearly";
    const double inf = std::numeric_limits<double>::infinity();
    if (q.approx == "over" || q.approx == "at_least") f.high = inf;
    else if (q.approx == "under" || q.approx == "at_most") f.low = -inf;
    else if (q.approx == "about") f.low = q.value * 0.9, f.high = q.value * 1.1;
    else if (q.approx == "nearly") f.low = q.value * 0.85;
    else if (q.approx == "range" && q.low && q.high) f.low = *q.low, f.high = *q.high;
    // A length, a mass or an area is compared in its dimension's base unit: 50 miles, 80 km.
    const RoleInfo* role = resources.role(c.role);
    if (const UnitInfo* unit = role && !role->dimension.empty() ? unit_of(a, c, resources) : nullptr) {
      f.unit = unit->dimension;
      f.unit_size = unit->factor;
      f.value *= unit->factor, f.low *= unit->factor, f.high *= unit->factor;
    }
  }
  f.context = context_words(a.article.text, c);
  if (c.time.from == "text" && !c.time.begin.empty()) f.begin = c.time.begin, f.end = c.time.end, f.precision = c.time.precision;
  // A month whose year the text does not fix ("XXXX-01", or a year guessed from an estimated
  // publication date) still says which month.
  const std::string& v = c.time.value;
  if (c.time.from == "text" && f.begin.empty() && v.size() >= 7 && v[4] == '-' &&
      std::isdigit(static_cast<unsigned char>(v[5])) && std::isdigit(static_cast<unsigned char>(v[6])))
    f.month = std::stoi(v.substr(5, 2));
  if (a.article.published.from != DateSource::Estimated)  // a guess cannot order reports
    f.published = a.article.published.value.substr(0, std::min<std::size_t>(10, a.article.published.value.size()));
  f.attached = c.time.attached;
  return f;
}

bool asserts(const Facts& f) {
  return f.claim->modality != Modality::Denied && f.claim->modality != Modality::Hypothetical &&
         f.claim->modality != Modality::Conditional;
}

bool speculative(const Facts& f) {
  return f.claim->modality == Modality::Hypothetical || f.claim->modality == Modality::Conditional;
}

bool same_subject(const Facts& a, const Facts& b) {
  return a.subject.empty() || b.subject.empty() || a.subject == b.subject;
}

std::string value_text(const Facts& f) {
  const Analysis& a = *f.analysis;
  const Quantity& q = a.quantities[f.claim->value];
  std::string text = a.article.text.substr(q.span.begin, q.span.end - q.span.begin);
  if (q.counted && q.counted->begin >= q.span.end)  // what it counts, when written after it
    text += " " + a.article.text.substr(q.counted->begin, q.counted->end - q.counted->begin);
  return text;
}

std::string word_before_value(const Facts& f) {
  const Analysis& a = *f.analysis;
  const Span& sentence = a.sentences[f.claim->sentence];
  const std::uint32_t begin = a.quantities[f.claim->value].span.begin;
  std::vector<std::string> words = word_tokens(a.article.text.substr(sentence.begin, begin - std::min(begin, sentence.begin)));
  return words.empty() ? std::string() : fold_word(words.back());
}

std::string date_text(const Facts& f) {
  const Claim& c = *f.claim;
  if (c.time.date < 0) return "undated";
  const Span& span = f.analysis->dates[c.time.date].span;
  return "\"" + f.analysis->article.text.substr(span.begin, span.end - span.begin) + "\"";
}

// 0: not comparable (different units); 1: the same figure; 2: the same within rounding or the
// qualifiers; 3: incompatible.
// A round figure ("two dozen", "300", "80,000") is written for a nearby exact one.
bool round_figure(double v) {
  if (v < 10 || v != std::floor(v)) return false;
  long n = static_cast<long>(v);
  return n % 12 == 0 || n % 5 == 0;
}

int compare_values(const Facts& a, const Facts& b) {
  if (a.unit != b.unit) return 0;
  if (a.exact && b.exact && a.value == b.value) return 1;
  // One figure converted to another unit and rounded: "87 km", "about 47 nautical miles".
  if (a.unit_size > 0 && b.unit_size > 0 && a.unit_size != b.unit_size &&
      std::fabs(a.value - b.value) <= kConversion * std::max(std::fabs(a.value), std::fabs(b.value)))
    return 1;
  // A figure given to a decimal ("7.5", "3.4%") is a reading to that precision, not a rounding:
  // another reading is another figure.
  if (a.exact && b.exact && (a.value != std::floor(a.value) || b.value != std::floor(b.value))) return 3;
  // "About 369" and "369" give one count, one of them rounded: equal only approximately.
  if (a.value == b.value && a.rough != b.rough && (a.exact || b.exact)) return 2;
  double scale = std::max(std::fabs(a.value), std::fabs(b.value));
  double difference = scale > 0 ? std::fabs(a.value - b.value) / scale : 0;
  bool loose = !a.exact || !b.exact || round_figure(a.value) || round_figure(b.value);
  // Qualifiers make two figures compatible ("over 80,000" and 82,000), but only figures of the
  // same size are one figure told twice: "at least 12" and "about 400" are two counts.
  // Two floors ("over 82,000", "over 100,000") never meet at one figure: each is its own claim.
  bool both_open = (std::isinf(a.high) && std::isinf(b.high)) || (std::isinf(a.low) && std::isinf(b.low));
  bool qualified = !both_open && a.low <= b.high && b.low <= a.high && difference <= kQualified;
  if (qualified || (loose && difference <= kRoundFigure)) return a.value == b.value ? 1 : 2;
  // Two exact figures neither of which is round are two counts, not one rounded: 81 and 77
  // people on board.
  return 3;
}

long day_number(const std::string& iso);

// 0: unknown; 1: overlapping; 2: disjoint. Months of values without a year compare as months.
int compare_times(const Facts& a, const Facts& b) {
  if (!a.begin.empty() && !b.begin.empty()) {
    if (a.begin <= b.end && b.begin <= a.end) return 1;
    // Days a day apart are one event told from two sides of midnight ("late Monday", "early
    // Tuesday"), or dated by when it was reported.
    if (a.begin == a.end && b.begin == b.end && std::abs(day_number(a.begin) - day_number(b.begin)) <= 1) return 1;
    return 2;
  }
  int ma = a.month ? a.month : (!a.begin.empty() && a.begin.substr(5, 2) == a.end.substr(5, 2) ? std::stoi(a.begin.substr(5, 2)) : 0);
  int mb = b.month ? b.month : (!b.begin.empty() && b.begin.substr(5, 2) == b.end.substr(5, 2) ? std::stoi(b.begin.substr(5, 2)) : 0);
  if ((a.month || b.month) && ma && mb) return ma == mb ? 1 : 2;
  return 0;
}

long day_number(const std::string& iso) {
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  // Days from civil (proleptic Gregorian), Howard Hinnant's algorithm.
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool both_dated(const Facts& a, const Facts& b) { return !a.published.empty() && !b.published.empty(); }

// Days from the end of a fact's text date to a report's publication; 0 when either is unknown.
// Only a day or a month dates a happening: "in recent weeks", "2023" are spans of reporting.
long days_before(const Facts& x, const std::string& published) {
  if (x.end.size() < 10 || published.size() < 10 || (x.precision != "day" && x.precision != "month")) return 0;
  return day_number(published) - day_number(x.end);
}

// `x` recalls an earlier happening (its sentence dates it days before both reports) that `y`,
// undated or dated at its own report's time, does not.
bool earlier_than_report(const Facts& x, const Facts& y) {
  if (days_before(x, x.published) <= kReportDays || days_before(x, y.published) <= kReportDays) return false;
  return y.end.empty() || days_before(y, y.published) <= kReportDays;
}

std::optional<Dispute> compare(const Facts& a, const Facts& b, PredicateKind kind) {
  Dispute d;
  d.a = a.ref;
  d.b = b.ref;
  bool a_denies = a.claim->modality == Modality::Denied, b_denies = b.claim->modality == Modality::Denied;
  // Denial and time conflicts oppose two reports of one event, which share words around it.
  bool one_event = share_context(a.context, b.context);
  int times = a.attached && b.attached ? compare_times(a, b) : 0;
  if (a_denies != b_denies && one_event && same_subject(a, b) && (asserts(a) || asserts(b)) &&
      a.claim->modality != Modality::Hypothetical && b.claim->modality != Modality::Hypothetical) {
    const Facts& yes = a_denies ? b : a;
    const Facts& no = a_denies ? a : b;
    // "Two of the men have not yet been handed over" in December, "were handed over" in
    // February: what had not happened then happened since, unless both speak of one moment.
    if (both_dated(no, yes) && no.published < yes.published && times != 1) {
      d.verdict = Verdict::ChangedOverTime;
      d.aspect = "status";
      d.reason = "not so as of " + no.published + ", " + to_string(yes.claim->modality) + " by " + yes.published;
      return d;
    }
    d.verdict = Verdict::Contradicted;
    d.aspect = "modality";
    d.reason = std::string("one report ") + to_string(yes.claim->modality) + " what another denies";
    return d;
  }
  if (a.has_value && b.has_value) {
    int values = compare_values(a, b);
    if (values == 0) return std::nullopt;
    std::string both = value_text(a) + " vs " + value_text(b);
    if (kind == PredicateKind::Once && times == 2 && one_event) {
      d.verdict = Verdict::Contradicted;
      d.aspect = "time";
      d.reason = "the same event dated " + date_text(a) + " and " + date_text(b);
      return d;
    }
    // Figures attached to different dates are figures of different events, however close.
    if (times == 2 && kind != PredicateKind::Cumulative) {
      d.verdict = Verdict::DistinctEvents;
      d.aspect = "time";
      d.reason = both + ": different dates (" + date_text(a) + ", " + date_text(b) + ")";
      return d;
    }
    // An undated figure tells of the time of its report; one its sentence dates well before both
    // reports is of an earlier happening ("last year's march drew 700,000"). Not so for a
    // running toll, told with its event's date long after.
    if (kind != PredicateKind::Cumulative && (earlier_than_report(a, b) || earlier_than_report(b, a))) {
      d.verdict = Verdict::DistinctEvents;
      d.aspect = "time";
      d.reason = both + ": one is dated " + (earlier_than_report(a, b) ? date_text(a) : date_text(b)) + ", before the other report";
      return d;
    }
    if (values == 1) return std::nullopt;
    // A running count is given exactly at each update: 238 in the morning, 246 at night are two
    // counts, not one rounded.
    const bool update = kind == PredicateKind::Cumulative && a.exact && b.exact;
    if (values == 2 && !update) {
      d.verdict = Verdict::ApproximatelyEqual;
      d.aspect = "value";
      d.reason = both + ": equal within rounding or their qualifiers";
      return d;
    }
    d.aspect = "value";
    // A running figure (a toll) is reported as it stands and updated through the day: two
    // figures are its changes, up or down, unless both are dated to the same moment.
    if (kind == PredicateKind::Cumulative) {
      if (times == 1) {
        d.verdict = Verdict::Contradicted;
        d.reason = both + " for the same time (" + date_text(a) + ", " + date_text(b) + ")";
      } else if (both_dated(a, b) && a.published != b.published) {
        const Facts& earlier = a.published < b.published ? a : b;
        const Facts& later = a.published < b.published ? b : a;
        d.verdict = Verdict::ChangedOverTime;
        d.reason = value_text(earlier) + " (" + earlier.published + ") then " + value_text(later) + " (" +
                   later.published + ")" + (later.value >= earlier.value ? ": the figure rose" : ": the figure was revised down");
      } else {
        d.verdict = Verdict::ChangedOverTime;
        d.reason = both + (both_dated(a, b) ? ": a running figure updated the same day (" + a.published + ")"
                                            : ": a running figure; which report came first is unknown");
      }
      return d;
    }
    // An act done many times: without a shared date, two figures may be two acts.
    if (kind == PredicateKind::Repeatable && times != 1) {
      d.verdict = Verdict::DistinctEvents;
      d.reason = both + ": no shared date ties them to one event";
      return d;
    }
    d.verdict = Verdict::Contradicted;
    d.reason = both + (times == 1 ? " for the same time" : " for the same measure of the same event");
    return d;
  }
  if (kind == PredicateKind::Once && times == 2 && a.attached && b.attached && one_event && same_subject(a, b)) {
    d.verdict = Verdict::Contradicted;
    d.aspect = "time";
    d.reason = "dated " + date_text(a) + " and " + date_text(b);
    return d;
  }
  return std::nullopt;
}

// Two copies of one text whose figures differ: the text was updated.
// `same_place`: the two figures stand at the same place in their texts (the same rank among
// the group's figures of each, when both give as many).
std::optional<Dispute> edited_copy(const Facts& x, const Facts& y, bool same_place) {
  if (!x.has_value || !y.has_value || x.unit != y.unit || x.value == y.value) return std::nullopt;
  // An edit changes a figure where it stands, or at least not the word before it ("subió a 331"
  // / "subió a 343"); an article's own two figures are no edit of each other.
  if (x.ref.article == y.ref.article || (!same_place && word_before_value(x) != word_before_value(y))) return std::nullopt;
  const bool in_order = x.published.empty() || y.published.empty() || x.published <= y.published;
  const Facts& earlier = in_order ? x : y;
  const Facts& later = in_order ? y : x;
  Dispute d;
  d.verdict = Verdict::ChangedOverTime;
  d.aspect = "value";
  d.a = earlier.ref;
  d.b = later.ref;
  d.reason = value_text(earlier) + " then " + value_text(later) + ": copies of one text, the figure updated";
  return d;
}

int severity(Verdict v) {
  switch (v) {
    case Verdict::Contradicted: return 4;
    case Verdict::ChangedOverTime: return 3;
    case Verdict::DistinctEvents: return 2;
    case Verdict::ApproximatelyEqual: return 1;
    default: return 0;
  }
}

}  // namespace storyline::claim_compare
