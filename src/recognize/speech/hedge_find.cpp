#include "recognize/speech/hedge_find.h"

namespace storyline {

std::vector<Hedge> find_hedges(const SpeechContext& ctx) {
  std::vector<Hedge> out;
  if (ctx.lang.hedges.empty()) return out;
  for (std::size_t s = 0; s < ctx.sentences.size(); ++s) {
    auto [b, e] = ctx.sentence_tokens(static_cast<int>(s));
    std::size_t opener = b;
    while (opener < e && !ctx.word(opener)) ++opener;
    for (std::size_t i = b; i < e; ++i) {
      if (ctx.tokens[i].kind != TokenKind::Word) continue;
      std::size_t n = ctx.lang.hedges.match(ctx.tokens, i, e);
      if (!n) continue;
      // A capitalized hedge opens its sentence as an adverbial set off by a comma ("Reportedly,",
      // "Al parecer,"); a capitalized "May" is the month or a name.
      bool comma_after = i + n < e && ctx.tokens[i + n].fold == ",";
      bool clear = !ctx.capitalized(i) || (i == opener && comma_after);
      for (std::size_t t = i; t < i + n && clear; ++t)
        clear = !ctx.quoted[t] && ctx.token_date[t] < 0 && ctx.token_mention[t] < 0;
      if (!clear) continue;
      Hedge hedge;
      hedge.span = ctx.span_of(i, i + n);
      hedge.text = std::string(ctx.slice(hedge.span));
      hedge.sentence = static_cast<int>(s);
      out.push_back(std::move(hedge));
      i += n - 1;
    }
  }
  return out;
}

}  // namespace storyline
