// Claim frames, sentence by sentence. Why each choice:
// - one claim per predicate per sentence: a sentence that names an event twice ("the strike ...
//   strikes") states it once;
// - the nearest quantity, date and entities: news sentences put an event's figures and actors
//   next to its verb, and the layers give exact spans to choose among;
// - modality words anywhere in the sentence but the trigger itself: "deploying troops is not
//   part of the plan" negates after the trigger, "planning is underway for troops" before it.
#include "claims/claims.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "claims/claim_frame.h"
#include "recognize/name_tokens.h"

namespace storyline {

namespace claim_frame {

// The clause around token `k`: tokens between the nearest clause breaks (punctuation that
// separates clauses, and the language's clause words: "but", "though", "pero").
std::pair<std::size_t, std::size_t> clause_of(const Context& c, const std::vector<NameToken>& t, std::size_t k,
                                              bool split_conjunctions) {
  auto is_break = [&](std::size_t i) {
    const NameToken& token = t[i];
    if (split_conjunctions && token.kind == NameTokenKind::Word && c.lang.conjunctions.count(token.fold)) return true;
    // A comma between digits groups thousands ("82,000"); it separates nothing.
    bool in_number = i > 0 && i + 1 < t.size() && t[i - 1].kind == NameTokenKind::Number &&
                     t[i + 1].kind == NameTokenKind::Number && !t[i + 1].space_before;
    if (token.kind == NameTokenKind::Punct)
      return (token.fold == "," && !in_number) || token.fold == ";" || token.fold == ":" || token.fold == "(" ||
             token.fold == ")" || token.fold == "\xE2\x80\x94" || token.fold == "\xE2\x80\x93";
    if (token.kind != NameTokenKind::Word || !c.lang.clause_breaks.count(token.fold)) return false;
    // "has not yet handed over": after a negation, "yet" is an adverb, not a new clause.
    auto before = i > 0 ? c.lang.modality_words.find(t[i - 1].fold) : c.lang.modality_words.end();
    return before == c.lang.modality_words.end() || before->second != Modality::Denied;
  };
  std::size_t first = std::min(k, t.size()), last = std::min(k, t.size());
  while (first > 0 && !is_break(first - 1)) --first;
  while (last < t.size() && !is_break(last)) ++last;
  return {first, last};
}

}  // namespace claim_frame

namespace {

using claim_frame::clause_of;
using claim_frame::Context;
using claim_frame::inside;
using claim_frame::role_of;
using claim_frame::set_place;
using claim_frame::token_gap;
using claim_frame::tokens_of;

constexpr std::size_t kDenialBefore = 3;  // tokens from a negation to the event word it denies
constexpr std::size_t kDenialAfter = 5;   // tokens from the event word to a negated verb after it
constexpr std::size_t kValueReach = 3;    // tokens between an event word and its figure
constexpr std::size_t kDateReach = 4;     // tokens between an event word and the date of it
constexpr std::size_t kRunningReach = 8;  // for running figures: "the death toll from the fire
                                          // rose to five"
constexpr std::size_t kUpdateReach = 6;   // tokens from an update verb to the new figure ("subió
                                          // en las últimas horas a 355")
constexpr std::size_t kUpdateVerbReach = 24;  // tokens from a running figure's word to its update verb
constexpr std::size_t kBareReach = 6;     // tokens from a bare number to the role word that names
                                          // it ("the magnitude of the initial quake as 5.9")

long distance(const Span& a, const Span& b) {
  if (a.end <= b.begin) return static_cast<long>(b.begin) - a.end;
  if (b.end <= a.begin) return static_cast<long>(a.begin) - b.end;
  return 0;
}

const Quote* quote_covering(const Speech& speech, const Span& span) {
  for (const Quote& q : speech.quotes)
    if (inside(span, q.span)) return &q;
  return nullptr;
}

ClaimSource source_of(const Context& c, int sentence, const Span& trigger, int* quote_index) {
  ClaimSource source;
  source.text = c.in.article.outlet;
  const Speech& speech = c.in.speech;
  for (std::size_t q = 0; q < speech.quotes.size(); ++q) {
    if (!inside(trigger, speech.quotes[q].span) || speech.quotes[q].speaker.text.empty()) continue;
    const Speaker& speaker = speech.quotes[q].speaker;
    source.kind = speaker.anonymous ? ClaimSource::Anonymous : ClaimSource::Named;
    source.text = speaker.text;
    source.entity = speaker.entity;
    *quote_index = static_cast<int>(q);
    return source;
  }
  for (const Attribution& a : speech.attributions) {
    if (a.sentence != sentence || a.source.text.empty()) continue;
    source.kind = a.source.anonymous ? ClaimSource::Anonymous : ClaimSource::Named;
    source.text = a.source.text;
    source.entity = a.source.entity;
    source.via = a.via.text;
    return source;
  }
  return source;
}

Modality modality_of(const Context& c, const std::vector<NameToken>& t, std::size_t trigger,
                     std::size_t trigger_length, bool trigger_quoted) {
  auto rank = [](Modality m) {
    switch (m) {
      case Modality::Conditional: return 4;
      case Modality::Denied: return 3;
      case Modality::Planned: return 2;
      case Modality::Hypothetical: return 1;
      default: return 0;
    }
  };
  Modality best = Modality::Asserted;
  // A figure alone (trigger_length 0) takes the whole sentence's modality; an event word only
  // its own clause's: "labeled the cartels ..., but does not justify strikes" labels them.
  auto [from, to] = trigger_length == 0 ? std::pair<std::size_t, std::size_t>{0, t.size()}
                                        : clause_of(c, t, trigger);
  // A condition sits in a clause of its own ("If talks fail, the army could strike"): it is
  // looked for in the whole sentence; the other modalities only in the event word's clause.
  for (std::size_t k = 0; k < t.size(); ++k) {
    bool in_clause = k >= from && k < to;
    if (k >= trigger && k < trigger + trigger_length) continue;
    bool quoted = quote_covering(c.in.speech, {t[k].begin, t[k].end}) != nullptr;
    if (quoted != trigger_quoted) continue;
    Modality found = Modality::Asserted;
    for (const auto& [words, m] : c.lang.modality_phrases) {
      if (words.front() != t[k].fold || k + words.size() > t.size()) continue;
      bool all = true;
      for (std::size_t w = 1; w < words.size() && all; ++w) all = t[k + w].fold == words[w];
      if (all) found = m;
    }
    if (found == Modality::Asserted) {
      auto word = c.lang.modality_words.find(t[k].fold);
      if (word != c.lang.modality_words.end()) found = word->second;
    }
    // A negation denies an event only close to its word: "is not part of the plan" after
    // "deploying troops", "will not send troops"; not "does not justify armed strikes".
    if (found == Modality::Denied && trigger_length > 0) {
      // After the event word, only a negated copula denies it ("troops is not part of the
      // plan"); "deaths have not decreased" negates another verb.
      bool copula = k > 0 && c.lang.copulas.count(t[k - 1].fold) > 0;
      bool near = (k < trigger && trigger - k <= kDenialBefore) ||
                  (k >= trigger + trigger_length && k - (trigger + trigger_length) < kDenialAfter && copula);
      if (!near) found = Modality::Asserted;
    }
    if (!in_clause && found != Modality::Conditional) continue;
    if (rank(found) > rank(best)) best = found;
  }
  return best;
}

ClaimTime time_of(const Context& c, const Span& sentence, const Span& trigger, Claim* claim) {
  int best = -1;
  long best_distance = 0;
  for (std::size_t d = 0; d < c.in.dates.size(); ++d) {
    const TimeExpression& date = c.in.dates[d];
    if (!inside(date.span, sentence) || date.type == "SET") continue;
    if (date.type == "DURATION" && date.begin.empty()) continue;  // "for decades" dates nothing
    long gap = distance(date.span, trigger);
    if (best < 0 || gap < best_distance) best = static_cast<int>(d), best_distance = gap;
  }
  ClaimTime time;
  if (best >= 0) {
    const TimeExpression& date = c.in.dates[best];
    time = interval_of(date.value);
    if (!date.begin.empty()) {
      ClaimTime first = interval_of(date.begin), last = interval_of(date.end.empty() ? date.begin : date.end);
      if (!first.begin.empty() && !last.end.empty()) time.begin = first.begin, time.end = last.end;
    }
    time.date = best;
    time.from = "text";
    // Resolved through an estimated publication date, the year (and more) is a guess: keep the
    // value, drop the interval, so comparisons use only what the text states.
    if (date.estimated) time.begin.clear(), time.end.clear(), time.precision = "unknown";
    // A clock time alone takes the publication day by convention, which is no evidence of the
    // day: "shortly before 10 p.m." in a next-morning story happened the day before.
    if (date.type == "TIME" && date.anchor == TimeAnchor::Publication)
      time.begin.clear(), time.end.clear(), time.precision = "unknown";
    claim->evidence.push_back(date.span);
    return time;
  }
  const PublishedDate& published = c.in.article.published;
  if (published.value.empty()) return time;
  time = interval_of(published.value.substr(0, std::min<std::size_t>(10, published.value.size())));
  time.from = "publication";
  return time;
}

// The nearest actor before (subject) or after (object) the event word. Outlets and the sources
// of attributions are who tells, not who acts: "officials told NBC News that troops ...".
int nearest_mention(const Context& c, const Span& sentence, const Span& trigger, bool before, int skip) {
  int best = -1;
  long best_distance = 0;
  for (std::size_t m = 0; m < c.in.mentions.size(); ++m) {
    const Mention& mention = c.in.mentions[m];
    if (!inside(mention.span, sentence) || mention.entity == skip) continue;
    if (mention.entity >= 0 && c.in.entities[mention.entity].outlet) continue;
    if (c.telling[m]) continue;
    if (before ? mention.span.end > trigger.begin : mention.span.begin < trigger.end) continue;
    long gap = distance(mention.span, trigger);
    if (best < 0 || gap < best_distance) best = static_cast<int>(m), best_distance = gap;
  }
  return best;
}

std::size_t reach_of(const Context& c, const std::string& predicate);

// A magnitude or other reading on a scale is no count of anything an event word names.
bool reading_on_scale(Context& c, const std::vector<NameToken>& t, std::size_t index) {
  signed char& known = c.reading[index];
  if (known >= 0) return known;
  const Quantity& q = c.in.quantities[index];
  const std::string role = q.unit.empty() && !q.counted ? claim_frame::bare_role_of(c, t, q, kBareReach)
                                                       : role_of(c, t, q, "measure");
  const RoleInfo* info = c.resources.role(role);
  known = info && info->scale;
  return known;
}

// The figure of an event: in the trigger's clause and within a few words of it ("extradited 26
// members", "three workers were killed"), or the figure whose counted phrase holds the trigger
// ("82,000 overdose deaths"). A figure further away is another fact's: an age, a count of
// firefighters, the number of counties that sent them.
int choose_quantity(Context& c, const std::vector<NameToken>& t, std::size_t k, std::size_t length,
                    const Span& trigger, std::size_t reach) {
  auto [first, last] = clause_of(c, t, k, /*split_conjunctions=*/true);
  Span clause{t[first].begin, t[last - 1].end};
  auto token_of = [&](std::uint32_t byte) { return tokens_of(t, Span{byte, byte}).first; };
  int best = -1;
  std::size_t best_gap = 0;
  for (std::size_t q = 0; q < c.in.quantities.size(); ++q) {
    const Quantity& quantity = c.in.quantities[q];
    if (c.quantity_used[q] || quantity.ordinal || !inside(quantity.span, clause)) continue;
    if (reading_on_scale(c, t, q)) continue;  // "murieron ... un terremoto de magnitud 7,8"
    std::size_t gap;
    if (quantity.counted && inside(trigger, *quantity.counted)) gap = 0;
    else if (quantity.span.end <= trigger.begin) {
      // Before the trigger, counted from the end of what it counts: "three workers | were killed".
      std::uint32_t end = quantity.counted && quantity.counted->end <= trigger.begin ? quantity.counted->end : quantity.span.end;
      gap = k - std::min(k, token_of(end));
    } else {
      gap = token_of(quantity.span.begin) - std::min(token_of(quantity.span.begin), k + length);
    }
    if (gap > reach) continue;
    if (best < 0 || gap < best_gap) best = static_cast<int>(q), best_gap = gap;
  }
  // A running figure's new value follows its update verb, however far the event word is: "the
  // death toll from the quake in the northwest has risen to 75".
  // Its clause runs past conjunctions here: "the toll from the quakes in Turkey and Syria has
  // passed 15,000".
  // A relative clause may sit between the two ("el balance del terremoto que sacudió México ha
  // ascendido a 238"): the search runs past clause breaks, but stops at the word of another
  // running figure, whose verb it would be.
  if (best < 0 && reach == kRunningReach) {
    const std::size_t verbs_end = std::min(t.size(), k + length + kUpdateVerbReach);
    const Span whole{t[k].begin, t.back().end};
    for (std::size_t u = k + length; u < verbs_end && best < 0; ++u) {
      if (auto [other, n] = c.lang.triggers.match(t, u); n > 0 && reach_of(c, other) == kRunningReach) break;
      if (!c.lang.updates.count(t[u].fold)) continue;
      for (std::size_t q = 0; q < c.in.quantities.size(); ++q) {
        const Quantity& quantity = c.in.quantities[q];
        if (c.quantity_used[q] || quantity.ordinal || !inside(quantity.span, whole) || quantity.span.begin < t[u].end) continue;
        if (token_of(quantity.span.begin) - u <= kUpdateReach) best = static_cast<int>(q);
        break;
      }
    }
  }
  if (best >= 0) c.quantity_used[best] = 1;
  return best;
}

std::size_t reach_of(const Context& c, const std::string& predicate) {
  auto info = c.resources.predicates.find(predicate);
  bool running = info != c.resources.predicates.end() && info->second.kind == PredicateKind::Cumulative;
  return running ? kRunningReach : kValueReach;
}

// A figure of a role whose figures belong to someone (votes, a reward) has that party as its
// subject, whoever the clause's actor is.
void set_holder(const Context& c, const std::vector<NameToken>& t, Claim& claim) {
  const RoleInfo* role = c.resources.role(claim.role);
  if (claim.value < 0 || !role || !role->holder) return;
  const int holder = claim_frame::holder_of(c, t, c.in.quantities[claim.value]);
  if (holder < 0) return;
  claim.subject = holder;
  claim.subject_text = c.in.entities[holder].name;
}

Claim frame(Context& c, int s, const std::string& predicate, const Span& trigger,
            const std::vector<NameToken>& tokens, std::size_t k, std::size_t length) {
  const Span& sentence = c.in.sentences[s];
  const std::string& text = c.in.article.text;
  Claim claim;
  claim.article = c.in.article.id;
  claim.sentence = s;
  claim.predicate = predicate;
  claim.trigger = trigger;
  claim.evidence.push_back(sentence);
  claim.evidence.push_back(trigger);
  claim.value = predicate == "measure" ? -1 : choose_quantity(c, tokens, k, length, trigger, reach_of(c, predicate));
  if (claim.value >= 0) {
    claim.evidence.push_back(c.in.quantities[claim.value].span);
    claim.role = role_of(c, tokens, c.in.quantities[claim.value], predicate);
  }
  int subject = nearest_mention(c, sentence, trigger, true, -1);
  if (subject >= 0) {
    claim.subject = c.in.mentions[subject].entity;
    claim.subject_text = c.in.entities[claim.subject].name;
  }
  int object = nearest_mention(c, sentence, trigger, false, claim.subject);
  if (object >= 0) {
    claim.object = c.in.mentions[object].entity;
    claim.object_text = c.in.entities[claim.object].name;
  }
  if (claim.value >= 0 && c.in.quantities[claim.value].counted) {
    const Span& counted = *c.in.quantities[claim.value].counted;
    claim.object_text = text.substr(counted.begin, counted.end - counted.begin);
  }
  set_holder(c, tokens, claim);
  set_place(c, tokens, claim);
  claim.time = time_of(c, sentence, trigger, &claim);
  if (claim.time.date >= 0 && length > 0) {
    auto [first, last] = clause_of(c, tokens, k);
    Span clause{tokens[first].begin, tokens[last - 1].end};
    const Span& date = c.in.dates[claim.time.date].span;
    // "In January, the administration labeled ...": a date opening the sentence before a comma
    // dates its main clause.
    std::size_t first_comma = 0;
    while (first_comma < tokens.size() && tokens[first_comma].fold != ",") ++first_comma;
    bool opening = first_comma < tokens.size() && first == first_comma + 1 && date.end <= tokens[first_comma].begin;
    // Otherwise the date must be next to the event word in its clause: in "the toll from the
    // explosion rose on Wednesday", Wednesday dates the rise, not the explosion.
    std::size_t date_first = 0;
    while (date_first < tokens.size() && tokens[date_first].end <= date.begin) ++date_first;
    std::size_t date_last = date_first;
    while (date_last < tokens.size() && tokens[date_last].end <= date.end) ++date_last;
    std::size_t gap = date_first >= k + length ? date_first - (k + length) : (k >= date_last ? k - date_last : 0);
    claim.time.attached = (inside(date, clause) && gap <= kDateReach) || opening;
  }
  claim.source = source_of(c, s, trigger, &claim.quote);
  bool quoted = claim.quote >= 0;
  claim.modality = modality_of(c, tokens, k, length, quoted);
  if (claim.modality == Modality::Asserted && claim.source.kind != ClaimSource::Outlet)
    claim.modality = Modality::Reported;
  for (const Hedge& h : c.in.speech.hedges)
    if (h.sentence == s) claim.hedged = true;
  return claim;
}

}  // namespace

std::vector<Claim> extract_claims(const ClaimInput& in, const ClaimResources& resources) {
  std::vector<Claim> claims;
  auto found = resources.languages.find(in.article.lang);
  if (found == resources.languages.end()) return claims;
  Context c{in, found->second, resources, std::vector<char>(in.quantities.size(), 0), {},
            std::vector<signed char>(in.quantities.size(), -1)};
  // Once per article: which mentions tell rather than act ("officials told NBC News").
  for (const Mention& mention : in.mentions)
    c.telling.push_back(std::any_of(in.speech.attributions.begin(), in.speech.attributions.end(),
                                    [&](const Attribution& a) {
                                      return inside(mention.span, a.source.span) || inside(mention.span, a.via.span);
                                    }));
  static const std::unordered_set<std::string> kNoDots;
  for (std::size_t s = 0; s < in.sentences.size(); ++s) {
    const Span& sentence = in.sentences[s];
    std::vector<NameToken> tokens = tokenize_names(in.article.text, sentence.begin, sentence.end, kNoDots);
    std::vector<std::string> seen;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].kind != NameTokenKind::Word) continue;
      auto [predicate, length] = c.lang.triggers.match(tokens, k);
      if (length == 0) continue;
      Span trigger{tokens[k].begin, tokens[k + length - 1].end};
      if (std::find(seen.begin(), seen.end(), predicate) != seen.end()) {
        // The same event named again ("deaths keep climbing—over 100,000 lost"): the second
        // word may carry the figure the first did not.
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        auto earlier = std::find_if(claims.rbegin(), claims.rend(), [&, &word = predicate](const Claim& x) {
          return x.sentence == static_cast<int>(s) && x.predicate == word;
        });
        if (earlier != claims.rend() && earlier->value < 0 && predicate != "measure") {
          earlier->value = choose_quantity(c, tokens, k, length, trigger, reach_of(c, predicate));
          if (earlier->value >= 0) {
            earlier->evidence.push_back(in.quantities[earlier->value].span);
            earlier->role = role_of(c, tokens, in.quantities[earlier->value], predicate);
            set_holder(c, tokens, *earlier);
          }
        }
        continue;
      }
      // "Fire Chief Dana Whitfield", "the Gulf Cartel": words of names and titles are no events.
      bool in_name = std::any_of(in.mentions.begin(), in.mentions.end(), [&](const Mention& m) {
        return inside(trigger, m.span) || inside(trigger, m.role);
      });
      bool in_date = std::any_of(in.dates.begin(), in.dates.end(),
                                 [&](const TimeExpression& d) { return inside(trigger, d.span); });
      if (in_name || in_date) continue;
      seen.push_back(predicate);
      claims.push_back(frame(c, static_cast<int>(s), predicate, trigger, tokens, k, length));
      k += length - 1;
    }
    // Figures no event took are measures of their own: "over 82,000 drug overdose deaths".
    for (std::size_t q = 0; q < in.quantities.size(); ++q) {
      const Quantity& quantity = in.quantities[q];
      if (c.quantity_used[q] || quantity.ordinal || !inside(quantity.span, sentence)) continue;
      // A bare number says nothing, unless a role word next to it says what it measures:
      // "a 6.1-magnitude quake", "fijó la magnitud en 6,8".
      std::string bare_role;
      if (quantity.unit.empty() && !quantity.counted) {
        bare_role = claim_frame::bare_role_of(c, tokens, quantity, kBareReach);
        if (bare_role.empty()) continue;
      }
      // "two current officials told ...": a count of sources is sourcing, not a claim.
      bool counts_sources = std::any_of(in.speech.attributions.begin(), in.speech.attributions.end(),
                                        [&](const Attribution& a) { return inside(quantity.span, a.source.span); }) ||
                            std::any_of(in.speech.quotes.begin(), in.speech.quotes.end(),
                                        [&](const Quote& q) { return inside(quantity.span, q.speaker.span); });
      if (counts_sources) continue;
      c.quantity_used[q] = 1;
      // The figure stands where an event word would: its clause gives its modality and date
      // ("un número todavía no determinado de desaparecidos y 1,7 millones de afectados" denies
      // nothing of the 1.7 million).
      auto [figure_first, figure_last] = claim_frame::tokens_of(tokens, quantity.span);
      Claim claim = frame(c, static_cast<int>(s), "measure", quantity.span, tokens, figure_first,
                          std::max<std::size_t>(1, figure_last - figure_first));
      claim.value = static_cast<int>(q);
      claim.role = bare_role.empty() ? role_of(c, tokens, quantity, "measure") : bare_role;
      set_holder(c, tokens, claim);
      claim.evidence.push_back(quantity.span);
      if (quantity.counted)
        claim.object_text = in.article.text.substr(quantity.counted->begin, quantity.counted->end - quantity.counted->begin);
      claims.push_back(std::move(claim));
    }
  }
  return claims;
}

}  // namespace storyline
