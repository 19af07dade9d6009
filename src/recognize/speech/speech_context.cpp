#include "recognize/speech/speech_context.h"

#include <algorithm>

namespace storyline {
namespace {

const std::vector<Span> kNoSpans;
const std::vector<TimeExpression> kNoDates;
const std::vector<Mention> kNoMentions;
const std::vector<Entity> kNoEntities;

// Writes `value` into slot[t] for every token t inside one of `spans` (sorted by begin).
template <typename Item, typename GetSpan>
void paint(const std::vector<Token>& tokens, const std::vector<Item>& items, GetSpan get,
           std::vector<int>& slot) {
  std::size_t t = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    Span span = get(items[k]);
    while (t < tokens.size() && tokens[t].end <= span.begin) ++t;
    for (std::size_t u = t; u < tokens.size() && tokens[u].begin < span.end; ++u)
      if (tokens[u].begin >= span.begin && tokens[u].end <= span.end) slot[u] = static_cast<int>(k);
  }
}

int index_of(const std::vector<Span>& spans, std::uint32_t byte) {
  auto after = std::upper_bound(spans.begin(), spans.end(), byte,
                                [](std::uint32_t b, const Span& s) { return b < s.begin; });
  if (after == spans.begin()) return -1;
  --after;
  return byte < after->end ? static_cast<int>(after - spans.begin()) : -1;
}

}  // namespace

SpeechContext make_speech_context(const SpeechInput& input, const SpeechLanguage& lang) {
  SpeechContext ctx{input.text,
                    lang,
                    input.paragraphs ? *input.paragraphs : kNoSpans,
                    input.sentences ? *input.sentences : kNoSpans,
                    input.dates ? *input.dates : kNoDates,
                    input.mentions ? *input.mentions : kNoMentions,
                    input.entities ? *input.entities : kNoEntities,
                    {}, {}, {}, {}, {}};
  ctx.tokens = tokenize_quantities(input.text, 0, static_cast<std::uint32_t>(input.text.size()), false);
  std::size_t n = ctx.tokens.size();
  ctx.token_sentence.assign(n, -1);
  ctx.token_date.assign(n, -1);
  ctx.token_mention.assign(n, -1);
  ctx.quoted.assign(n, 0);
  paint(ctx.tokens, ctx.sentences, [](const Span& s) { return s; }, ctx.token_sentence);
  // A SET ("diario", "weekly") is as often an adjective or a noun as a time: it stops nothing.
  paint(ctx.tokens, ctx.dates,
        [](const TimeExpression& d) { return d.type == "SET" ? Span{} : d.span; }, ctx.token_date);
  paint(ctx.tokens, ctx.mentions, [](const Mention& m) { return m.span; }, ctx.token_mention);
  return ctx;
}

std::size_t SpeechContext::token_at(std::uint32_t byte) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                             [](const Token& t, std::uint32_t b) { return t.begin < b; });
  return static_cast<std::size_t>(it - tokens.begin());
}

std::pair<std::size_t, std::size_t> SpeechContext::sentence_tokens(int s) const {
  if (s < 0 || static_cast<std::size_t>(s) >= sentences.size()) return {0, 0};
  const Span& span = sentences[static_cast<std::size_t>(s)];
  return {token_at(span.begin), token_at(span.end)};
}

int SpeechContext::sentence_of(std::uint32_t byte) const { return index_of(sentences, byte); }
int SpeechContext::paragraph_of(std::uint32_t byte) const { return index_of(paragraphs, byte); }

bool SpeechContext::capitalized(std::size_t i) const {
  std::string_view s = text.substr(tokens[i].begin);
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Latin-1 capitals À..Þ are C3 80..C3 9E.
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) < 0x9F;
}

bool SpeechContext::boundary(std::size_t i) const {
  const Token& t = tokens[i];
  if (t.kind == TokenKind::Word || t.kind == TokenKind::Numeral) return false;
  std::string_view s = slice({t.begin, t.end});
  if (s == "'" || s == "\xE2\x80\x99" || s == "&") return false;
  bool glued_after = i + 1 < tokens.size() && !tokens[i + 1].space_before;
  if (s == "-" && !t.space_before && glued_after) return false;
  return true;
}

}  // namespace storyline
