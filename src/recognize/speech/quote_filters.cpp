#include "recognize/speech/quote_filters.h"

#include <algorithm>

#include "recognize/speech/speech_speaker.h"
#include "util/text.h"

namespace storyline {
namespace {

constexpr std::size_t kTitleReach = 3;   // tokens between a work word and the title
constexpr std::size_t kMaxWhere = 14;    // tokens of a place phrase
constexpr std::size_t kMaxTitleWords = 6; // a Title Case stretch longer than this is speech

bool lower_initial(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x9F;
}

bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == ')'))
    s.remove_suffix(1);
  for (std::string_view closer : {"\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\x99"})
    while (s.ends_with(closer)) s.remove_suffix(closer.size());
  return s.ends_with('.') || s.ends_with('!') || s.ends_with('?') || s.ends_with("\xE2\x80\xA6");
}

}  // namespace

std::size_t word_count(const SpeechContext& ctx, Span span) {
  std::size_t count = 0;
  for (std::size_t t = ctx.token_at(span.begin); t < ctx.tokens.size() && ctx.tokens[t].end <= span.end; ++t)
    count += ctx.word(t);
  return count;
}

bool is_name(const SpeechContext& ctx, const QuoteStretch& stretch) {
  auto it = std::upper_bound(ctx.mentions.begin(), ctx.mentions.end(), stretch.words.begin,
                             [](std::uint32_t b, const Mention& m) { return b < m.span.begin; });
  // Mentions do not nest deeply: the few starting at or before the stretch are enough.
  for (int seen = 0; it != ctx.mentions.begin() && seen < 3; ++seen) {
    --it;
    if (it->span.begin <= stretch.words.begin && it->span.end >= stretch.words.end) return true;
  }
  return false;
}

bool is_work_title(const SpeechContext& ctx, const QuoteStretch& stretch) {
  std::size_t open = ctx.token_at(stretch.open.begin);
  bool trigger = false;
  for (std::size_t k = open; k > 0 && open - k < kTitleReach && !trigger; --k) {
    if (ctx.boundary(k - 1) || cue_at(ctx, k - 1, open)) break;
    trigger = ctx.lang.work_titles.count(ctx.tokens[k - 1].fold) > 0;
  }
  std::size_t first = ctx.token_at(stretch.words.begin);
  if (!trigger) {
    // Every word capitalized and no sentence end: a title or a name (“The One I Love”), not
    // speech, whatever word comes before it.
    std::size_t words = 0, capitals = 0;
    for (std::size_t t = first; t < ctx.tokens.size() && ctx.tokens[t].end <= stretch.words.end; ++t)
      if (ctx.word(t)) ++words, capitals += ctx.capitalized(t) ? 1 : 0;
    return words >= 2 && words <= kMaxTitleWords && capitals == words &&
           !ends_like_sentence(ctx.slice(stretch.words));
  }
  return first < ctx.tokens.size() && ctx.capitalized(first) && !ends_like_sentence(ctx.slice(stretch.words));
}

bool headline_like(const SpeechContext& ctx, int sentence) {
  if (sentence < 0) return false;
  const Span& s = ctx.sentences[static_cast<std::size_t>(sentence)];
  int paragraph = ctx.paragraph_of(s.begin);
  if (paragraph < 0) return false;
  const Span& p = ctx.paragraphs[static_cast<std::size_t>(paragraph)];
  std::string_view whole = trim(ctx.slice(p));
  return trim(ctx.slice(s)).size() == whole.size() && !ends_like_sentence(whole);
}

bool is_partial(const SpeechContext& ctx, const QuoteStretch& stretch, std::size_t lead) {
  if (stretch.dash) return false;
  if (lower_initial(ctx.slice(stretch.words))) return true;
  std::size_t open = ctx.token_at(stretch.open.begin);
  if (lead >= open) return false;  // the quote opens the sentence
  const Token& last = ctx.tokens[open - 1];
  if (last.fold == ":" || last.fold == "," || last.fold == "\xE2\x80\x94" || last.fold == "\xE2\x80\x93")
    return false;
  // "Hegseth said “We will...”": a capitalized quote right after its cue.
  for (std::size_t k = open; k > lead && open - k < 3; --k)
    if (CueMatch cue = cue_at(ctx, k - 1, open); cue && cue.end() == open) return false;
  return true;
}

Span find_where(const SpeechContext& ctx, int first, int last) {
  for (int s = first; s <= last && s >= 0; ++s) {
    auto [begin, end] = ctx.sentence_tokens(s);
    for (std::size_t i = begin; i < end; ++i) {
      if (ctx.quoted[i]) continue;
      std::size_t n = ctx.lang.where_openers.match(ctx.tokens, i, end);
      if (!n || std::any_of(ctx.quoted.begin() + static_cast<std::ptrdiff_t>(i),
                            ctx.quoted.begin() + static_cast<std::ptrdiff_t>(i + n), [](auto q) { return q; }))
        continue;
      std::size_t k = i + n;
      while (k < end && !ctx.boundary(k) && !ctx.quoted[k] && !ctx.stop(k, StopKind::Clause) &&
             ctx.token_date[k] < 0 && !cue_at(ctx, k, end) && k - i < kMaxWhere)
        ++k;
      while (k > i + n && (ctx.stop(k - 1, StopKind::Preposition) || ctx.stop(k - 1, StopKind::Conjunction)))
        --k;
      return ctx.span_of(i, k);
    }
  }
  return {};
}

int find_when(const SpeechContext& ctx, int first, int last, Span words) {
  if (first < 0 || last < 0) return -1;
  std::uint32_t begin = ctx.sentences[static_cast<std::size_t>(first)].begin;
  std::uint32_t end = ctx.sentences[static_cast<std::size_t>(last)].end;
  auto it = std::lower_bound(ctx.dates.begin(), ctx.dates.end(), begin,
                             [](const TimeExpression& d, std::uint32_t b) { return d.span.begin < b; });
  for (; it != ctx.dates.end() && it->span.begin < end; ++it) {
    bool inside_quote = it->span.begin >= words.begin && it->span.end <= words.end;
    if (!inside_quote && (it->type == "DATE" || it->type == "TIME"))
      return static_cast<int>(it - ctx.dates.begin());
  }
  return -1;
}

}  // namespace storyline
