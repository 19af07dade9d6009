#include "recognize/speech/attribution_find.h"

#include <algorithm>

#include "recognize/speech/speech_speaker.h"

namespace storyline {
namespace {

bool is_outlet_speaker(const SpeechContext& ctx, const Speaker& s, const Mention* mention) {
  if (s.entity >= 0 && static_cast<std::size_t>(s.entity) < ctx.entities.size() &&
      ctx.entities[static_cast<std::size_t>(s.entity)].outlet)
    return true;
  return mention && mention->type == EntityType::Org && ctx.is_outlet(*mention);
}

// The words the attribution supports: what follows it when it opens the sentence ("Insiders say
// the cartel ..."), what precedes it when it closes the sentence ("..., insiders say."),
// otherwise the whole sentence.
Span statement_of(const SpeechContext& ctx, std::size_t b, std::size_t e, std::size_t a0, std::size_t a1,
                  const Span& sentence) {
  auto trim_end = [&](std::size_t from, std::size_t to) {
    while (to > from && ctx.boundary(to - 1)) --to;
    return to;
  };
  std::size_t lead = b;
  while (lead < a0 && ctx.boundary(lead)) ++lead;
  if (lead == a0) {
    std::size_t from = a1;
    while (from < e && (ctx.boundary(from) || ctx.stop(from, StopKind::Clause))) ++from;
    std::size_t to = trim_end(from, e);
    if (from < to) return ctx.span_of(from, to);
  }
  if (trim_end(a1, e) == a1) {
    std::size_t to = trim_end(b, a0);
    if (b < to) return ctx.span_of(b, to);
  }
  return sentence;
}

const Speaker* speaker_before(const QuoteFindings& quotes, std::uint32_t at) {
  const Speaker* found = nullptr;
  for (const Quote& q : quotes.quotes)
    if (q.span.begin < at && !q.speaker.text.empty()) found = &q.speaker;
  return found;
}

}  // namespace

std::vector<Attribution> recognize_attributions(const SpeechContext& ctx, const QuoteFindings& quotes) {
  std::vector<Attribution> out;
  for (std::size_t s = 0; s < ctx.sentences.size(); ++s) {
    auto [b, e] = ctx.sentence_tokens(static_cast<int>(s));
    std::size_t first_of_sentence = out.size();
    std::vector<char> outlet_source;  // per attribution of this sentence
    for (std::size_t i = b; i < e; ++i) {
      CueMatch cue = cue_at(ctx, i, e);
      if (!cue) continue;
      i = cue.end() - 1;
      if (cue.flags & kCueQuoteOnly) continue;
      Span cue_span = ctx.span_of(cue.first, cue.end());
      Attribution a;
      a.cue = std::string(ctx.slice(cue_span));
      a.sentence = static_cast<int>(s);
      std::uint32_t begin = cue_span.begin, end = cue_span.end;
      const Mention* source_mention = nullptr;
      auto quote = std::find_if(quotes.quotes.begin(), quotes.quotes.end(),
                                [&](const Quote& q) { return q.cue == cue_span; });
      // A full quote's cue is the quote's; a partial quote sits inside a reported statement
      // ("Sources say the Pentagon is assembling “target packages”"), which is attributed too.
      if (quote != quotes.quotes.end() && !quote->partial) {
        const Speaker& via = quotes.via[static_cast<std::size_t>(quote - quotes.quotes.begin())];
        if (via.text.empty() || quote->speaker.text.empty()) continue;
        a.source = quote->speaker;
        a.via = via;
      } else {
        SpeakerPhrase phrase;
        if (cue.according) {
          phrase = phrase_after(ctx, cue.end(), e, false);
        } else {
          phrase = subject_before(ctx, cue.first, b, false);
          if (!phrase.found && !(cue.flags & kCueAudience)) phrase = phrase_after(ctx, cue.end(), e, false);
        }
        if (!phrase.found) continue;
        a.source = phrase.pronoun ? resolve_speaker(ctx, phrase, speaker_before(quotes, begin), phrase.speaker.span.begin)
                                  : phrase.speaker;
        if (a.source.text.empty()) continue;
        source_mention = phrase.mention;
        // The whole source phrase belongs to the attribution ("Klippenstein's reporting").
        if (phrase.last > phrase.first && phrase.first < ctx.tokens.size()) {
          begin = std::min(begin, ctx.tokens[phrase.first].begin);
          end = std::max(end, ctx.tokens[phrase.last - 1].end);
        }
        if (cue.flags & kCueAudience) {
          SpeakerPhrase object = phrase_after(ctx, cue.end(), e, false);
          if (object.mention && (object.mention->type == EntityType::Org || ctx.is_outlet(*object.mention)))
            a.via = object.speaker;
        }
      }
      for (const Speaker* sp : {&a.source, &a.via}) {
        if (sp->span.end <= sp->span.begin) continue;
        begin = std::min(begin, sp->span.begin);
        end = std::max(end, sp->span.end);
      }
      a.span = {begin, end};
      std::size_t a0 = ctx.token_at(begin), a1 = ctx.token_at(end);
      a.statement = statement_of(ctx, b, e, a0, a1, ctx.sentences[s]);
      outlet_source.push_back(is_outlet_speaker(ctx, a.source, source_mention) && a.via.text.empty());
      out.push_back(std::move(a));
    }
    // "NBC News reported that six officials confirmed ...": the officials are the source, the
    // outlet carried it.
    for (std::size_t k = first_of_sentence; k + 1 < out.size(); ++k) {
      if (!outlet_source[k - first_of_sentence]) continue;
      Attribution& inner = out[k + 1];
      if (!inner.via.text.empty() || outlet_source[k + 1 - first_of_sentence]) continue;
      inner.via = out[k].source;
      inner.span.begin = std::min(inner.span.begin, out[k].span.begin);
      inner.statement = statement_of(ctx, b, e, ctx.token_at(inner.span.begin), ctx.token_at(inner.span.end),
                                     ctx.sentences[s]);
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
      outlet_source.erase(outlet_source.begin() + static_cast<std::ptrdiff_t>(k - first_of_sentence));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Attribution& x, const Attribution& y) {
    return x.span.begin < y.span.begin || (x.span.begin == y.span.begin && x.span.end < y.span.end);
  });
  return out;
}

}  // namespace storyline
