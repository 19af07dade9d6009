#include "recognize/speech/speech_speaker.h"

#include <algorithm>

namespace storyline {
namespace {

constexpr std::size_t kMaxPhrase = 14;  // tokens: longer runs are clauses, not speakers
constexpr std::size_t kMaxLoose = 5;    // tokens of a speaker that is neither name nor source

bool is_possessive(const SpeechContext& ctx, std::size_t i) {
  if (i + 1 >= ctx.tokens.size()) return false;
  std::string_view mark = ctx.slice({ctx.tokens[i].begin, ctx.tokens[i].end});
  return (mark == "'" || mark == "\xE2\x80\x99") && ctx.tokens[i + 1].fold == "s";
}

// How many sources a description counts: the sum over its conjuncts ("two officials and two
// former officials"), 0 when any conjunct does not say.
int count_sources(const SpeechContext& ctx, std::size_t first, std::size_t last) {
  int total = 0;
  std::size_t start = first;
  for (std::size_t t = first; t <= last; ++t) {
    if (t < last && !ctx.stop(t, StopKind::Conjunction)) continue;
    int count = 0;
    const Token& lead = ctx.tokens[start];
    if (start < t && lead.kind == TokenKind::Numeral && lead.value >= 1 && lead.value < 1000)
      count = static_cast<int>(lead.value);
    else if (start < t)
      ctx.lang.quantifiers.match(ctx.tokens, start, t, &count);
    if (count == 0) return 0;
    total += count;
    start = t + 1;
  }
  return total;
}

// Reads tokens [first, last) as a speaker. A person named at the end of the phrase (or before a
// possessive) is the speaker; otherwise a source noun makes it an anonymous description, even
// with a name inside ("a senior Trump administration official"); otherwise any name in it.
SpeakerPhrase describe(const SpeechContext& ctx, std::size_t first, std::size_t last, bool loose,
                       bool prefer_last) {
  SpeakerPhrase out;
  // Dates and prepositions at the end never belong to the speaker ("officials on Tuesday").
  while (last > first && (ctx.token_date[last - 1] >= 0 || ctx.stop(last - 1, StopKind::Preposition)))
    --last;
  for (std::size_t t = first; t < last; ++t)
    if (ctx.token_date[t] >= 0) first = t + 1;
  if (first >= last) return out;
  out.first = first;
  out.last = last;
  if (last - first == 1) {
    auto pronoun = ctx.lang.pronouns.find(ctx.tokens[first].fold);
    if (pronoun != ctx.lang.pronouns.end()) {
      out.found = out.pronoun = true;
      out.pronoun_kind = pronoun->second;
      out.speaker.span = ctx.span_of(first, last);
      out.speaker.text = std::string(ctx.slice(out.speaker.span));
      return out;
    }
  }
  const Mention* head = nullptr;
  const Mention* any = nullptr;
  std::size_t source = last;
  for (std::size_t t = first; t < last; ++t) {
    if (source == last && ctx.lang.source_nouns.count(ctx.tokens[t].fold) && !ctx.mention(t)) source = t;
    const Mention* m = ctx.mention(t);
    if (!m || (any == m && prefer_last)) continue;
    if (!any || prefer_last) any = m;
    std::size_t after = t + 1;
    while (after < last && ctx.mention(after) == m) ++after;
    if (after == last || is_possessive(ctx, after)) head = m;
  }
  if (head && (head->type == EntityType::Person || source == last)) {
    out.found = true;
    out.mention = head;
    out.speaker = mention_speaker(ctx, *head);
    return out;
  }
  if (source < last) {
    // The description opens at the determiner or number nearest before its first source noun.
    std::size_t start = first;
    for (std::size_t t = first; t < source; ++t)
      if (ctx.tokens[t].kind == TokenKind::Numeral || ctx.lang.quantifiers.match(ctx.tokens, t, source))
        start = t;
    for (std::size_t t = start; t > first && ctx.lang.quantifiers.match(ctx.tokens, t - 1, source) > 1; --t)
      start = t - 1;  // "a couple of"
    out.found = true;
    out.first = start;
    out.speaker.span = ctx.span_of(start, last);
    out.speaker.text = std::string(ctx.slice(out.speaker.span));
    out.speaker.anonymous = true;
    out.speaker.count = count_sources(ctx, start, last);
    return out;
  }
  if (any) {
    out.found = true;
    out.mention = any;
    out.speaker = mention_speaker(ctx, *any);
    return out;
  }
  if (loose && last - first <= kMaxLoose) {
    out.found = true;
    out.speaker.span = ctx.span_of(first, last);
    out.speaker.text = std::string(ctx.slice(out.speaker.span));
  }
  return out;
}

}  // namespace

CueMatch cue_at(const SpeechContext& ctx, std::size_t i, std::size_t limit) {
  CueMatch match;
  if (i >= limit || ctx.quoted[i] || ctx.tokens[i].kind != TokenKind::Word || ctx.mention(i)) return match;
  if (i > 0 && !ctx.tokens[i].space_before && ctx.tokens[i - 1].fold == "-") return match;  // "so-called"

  bool opens_sentence = i == 0 || ctx.token_sentence[i - 1] != ctx.token_sentence[i];
  if (ctx.capitalized(i) && !opens_sentence) return match;
  if (std::size_t n = ctx.lang.according.match(ctx.tokens, i, limit)) {
    match.first = i;
    match.count = n;
    match.according = true;
    return match;
  }
  int flags = 0;
  if (std::size_t n = ctx.lang.cues.match(ctx.tokens, i, limit, &flags)) {
    if (i > 0 && ctx.lang.quantifiers.match(ctx.tokens, i - 1, i)) return match;  // "the claims"
    if (i > 0 && ctx.lang.passive.count(ctx.tokens[i - 1].fold)) return match;  // "were told"
    match.first = i;
    match.count = n;
    match.flags = flags;
  }
  return match;
}

Speaker mention_speaker(const SpeechContext& ctx, const Mention& mention) {
  Speaker speaker;
  speaker.entity = mention.entity;
  speaker.span = mention.span;
  speaker.text = std::string(ctx.slice(mention.span));
  return speaker;
}

SpeakerPhrase subject_before(const SpeechContext& ctx, std::size_t end, std::size_t floor, bool loose) {
  std::size_t j = end;
  while (j > floor && ctx.word(j - 1) && ctx.lang.speaker_skip.count(ctx.tokens[j - 1].fold)) --j;
  // An apposition between subject and verb: "Hegseth, the defense secretary, said".
  if (j > floor + 1 && ctx.tokens[j - 1].fold == ",") {
    std::size_t k = j - 1;
    while (k > floor && k + 12 > j && !ctx.boundary(k - 1)) --k;
    if (k > floor + 1 && ctx.tokens[k - 1].fold == "," && ctx.mention(k - 2)) j = k - 1;
  }
  std::size_t i = j;
  while (i > floor && !ctx.boundary(i - 1) && !ctx.quoted[i - 1] && !ctx.stop(i - 1, StopKind::Clause) &&
         j - i < kMaxPhrase)
    --i;
  return describe(ctx, i, j, loose, true);
}

SpeakerPhrase phrase_after(const SpeechContext& ctx, std::size_t begin, std::size_t ceiling, bool loose) {
  std::size_t k = begin;
  ceiling = std::min(ceiling, ctx.tokens.size());
  while (k < ceiling && !ctx.boundary(k) && !ctx.quoted[k] && ctx.token_date[k] < 0 &&
         !ctx.stop(k, StopKind::Clause) && !ctx.stop(k, StopKind::Preposition) &&
         k - begin < kMaxPhrase && !(k > begin && cue_at(ctx, k, ceiling)) &&
         !ctx.lang.where_openers.match(ctx.tokens, k, ceiling))
    ++k;
  SpeakerPhrase phrase = describe(ctx, begin, k, loose, false);
  // After the cue the speaker comes first: "said a senior official", not "said how many people".
  if (phrase.found && !phrase.mention && !phrase.pronoun && phrase.first != begin) return {};
  return phrase;
}

const Mention* nearest_mention(const SpeechContext& ctx, std::uint32_t before, PronounKind kind,
                               int min_paragraph) {
  auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), before,
                             [](const Mention& m, std::uint32_t b) { return m.span.begin < b; });
  while (it != ctx.mentions.begin()) {
    --it;
    if (ctx.paragraph_of(it->span.begin) < min_paragraph) break;
    std::size_t token = ctx.token_at(it->span.begin);
    if (token < ctx.quoted.size() && ctx.quoted[token]) continue;
    bool fits = kind == PronounKind::Org ? it->type == EntityType::Org : it->type == EntityType::Person;
    if (fits) return &*it;
  }
  return nullptr;
}

Speaker resolve_speaker(const SpeechContext& ctx, const SpeakerPhrase& phrase, const Speaker* previous,
                        std::uint32_t at) {
  PronounKind kind = phrase.found ? phrase.pronoun_kind : PronounKind::Person;
  auto is_person = [&](const Speaker& s) {
    return s.entity >= 0 && static_cast<std::size_t>(s.entity) < ctx.entities.size() &&
           ctx.entities[static_cast<std::size_t>(s.entity)].type == EntityType::Person;
  };
  Speaker out;
  int paragraph = ctx.paragraph_of(at);
  const Mention* nearest = nearest_mention(ctx, at, kind, paragraph - 2);
  // The previous speaker wins unless a pronoun follows a fitting person named since:
  // "Rodarte said. [...] Trump reinforced his stance. [...] he said" is Trump. A dropped
  // subject ("—...—añadió.") keeps the previous speaker, whoever was named in between.
  bool named_since = phrase.found && nearest && previous &&
                     nearest->span.begin > previous->span.end && nearest->entity != previous->entity;
  if (previous && !previous->text.empty() && !named_since &&
      (kind == PronounKind::Any ? true : kind == PronounKind::Person ? is_person(*previous) : false)) {
    out = *previous;
  } else {
    if (const Mention* m = nearest) {
      out = mention_speaker(ctx, *m);
      if (m->entity >= 0 && static_cast<std::size_t>(m->entity) < ctx.entities.size())
        out.text = ctx.entities[static_cast<std::size_t>(m->entity)].name;
    } else if (phrase.found) {
      out = phrase.speaker;  // an unresolved pronoun keeps its own words
      return out;
    } else {
      return out;
    }
  }
  // The span is where the text gives the speaker: the pronoun, or nothing for a dropped subject.
  out.span = phrase.found ? phrase.speaker.span : Span{};
  return out;
}

}  // namespace storyline
