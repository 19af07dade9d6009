#include "recognize/speech/quote_speaker.h"

#include "recognize/speech/quote_filters.h"
#include "recognize/speech/speech_speaker.h"

namespace storyline {
namespace {

constexpr std::size_t kShortQuote = 2;    // words: a term, a quote only with a cue and speaker
constexpr std::size_t kCueReach = 8;      // tokens between a short quote and its cue
constexpr std::size_t kAfterReach = 16;   // tokens between a quote and a cue after it
constexpr std::size_t kUncuedWords = 4;   // words a quote with no cue and no context needs

struct Region {
  std::size_t from = 0, to = 0;  // tokens
};

CueMatch first_cue(const SpeechContext& ctx, Region r) {
  for (std::size_t i = r.from; i < r.to && i < r.from + kAfterReach; ++i) {
    // A cue inside a relative clause after the quote is not its cue: "the “war” that nobody
    // announced".
    if (ctx.stop(i, StopKind::Clause)) break;
    if (CueMatch cue = cue_at(ctx, i, r.to); cue && !(cue.flags & kCueReportOnly)) return cue;
  }
  return {};
}

// A cue that only reports ("reported", "confirmed") introduces a direct quote when a colon
// follows it, with at most a date between: "The New York Times reported on Monday: “...”".
bool introduces_by_colon(const SpeechContext& ctx, const CueMatch& cue, Region r) {
  if (r.to == 0 || ctx.tokens[r.to - 1].fold != ":") return false;
  for (std::size_t t = cue.end(); t + 1 < r.to; ++t) {
    const bool leads_date = t + 2 < r.to && ctx.token_date[t + 1] >= 0;  // "on Monday", "el lunes"
    if (ctx.token_date[t] < 0 && ctx.tokens[t].fold != "," && !leads_date) return false;
  }
  return true;
}

CueMatch last_cue(const SpeechContext& ctx, Region r) {
  for (std::size_t i = r.to; i > r.from; --i)
    if (CueMatch cue = cue_at(ctx, i - 1, r.to); cue && (!(cue.flags & kCueReportOnly) || introduces_by_colon(ctx, cue, r)))
      return cue;
  return {};
}

// The subject of a clause that introduces a quote with a colon and no cue verb ("Back in
// August, she ruled out a deal: “...”"): its first pronoun or person.
SpeakerPhrase colon_subject(const SpeechContext& ctx, Region r) {
  for (std::size_t i = r.from; i < r.to; ++i) {
    if (ctx.token_date[i] >= 0 || ctx.quoted[i]) continue;
    if (ctx.lang.pronouns.count(ctx.tokens[i].fold)) {
      SpeakerPhrase p = subject_before(ctx, i + 1, i, false);
      if (p.found) return p;
    }
    if (const Mention* m = ctx.mention(i); m && m->type == EntityType::Person) {
      SpeakerPhrase p;
      p.found = true;
      p.mention = m;
      p.speaker = mention_speaker(ctx, *m);
      p.first = i;
      p.last = ctx.token_at(m->span.end);
      return p;
    }
  }
  return {};
}

struct Attributed {
  bool found = false;
  Speaker speaker;
  Span cue;
  Speaker via;
};

// The speaker a cue credits; falls back on the clause subject, the previous speaker and the
// nearest person when the text leaves the subject out ("—...—dijo.", ", saying").
Attributed speaker_of_cue(const SpeechContext& ctx, const CueMatch& cue, Region region, bool after,
                          std::size_t sentence_begin, const Speaker* previous) {
  Attributed out;
  out.found = true;
  out.cue = ctx.span_of(cue.first, cue.end());
  SpeakerPhrase phrase;
  if (cue.according) {
    phrase = phrase_after(ctx, cue.end(), region.to, false);
  } else if (cue.flags & kCueParticiple) {
    // "A senior official pushed back, insisting ...": the first name or source description of
    // the sentence, not the noun right before the participle.
    for (std::size_t i = sentence_begin; i < cue.first && !phrase.found; ++i) {
      if (ctx.quoted[i] || ctx.token_date[i] >= 0) continue;
      phrase = colon_subject(ctx, Region{i, i + 1});
      if (phrase.found) break;
      SpeakerPhrase description = phrase_after(ctx, i, cue.first, false);
      if (description.found && description.speaker.anonymous) phrase = description;
    }
  } else {
    phrase = subject_before(ctx, cue.first, region.from, true);
    if (!phrase.found && !(cue.flags & kCueAudience)) phrase = phrase_after(ctx, cue.end(), region.to, after);
  }
  if (cue.flags & kCueAudience) {
    std::size_t end = ctx.sentence_tokens(ctx.token_sentence[cue.first]).second;
    SpeakerPhrase object = phrase_after(ctx, cue.end(), end, false);
    if (object.mention && (object.mention->type == EntityType::Org || ctx.is_outlet(*object.mention)))
      out.via = object.speaker;
  }
  if (phrase.found && !phrase.pronoun) {
    out.speaker = phrase.speaker;
    return out;
  }
  if (!phrase.found) {
    // A participle clause ("Hegseth posted a video, saying ...") credits the sentence's subject.
    for (std::size_t i = sentence_begin; i < cue.first; ++i) {
      const Mention* m = ctx.quoted[i] ? nullptr : ctx.mention(i);
      if (m && m->type == EntityType::Person) {
        out.speaker = mention_speaker(ctx, *m);
        return out;
      }
    }
  }
  // A pronoun refers back from where it stands, not from the cue: in "he said he would help
  // Sheinbaum, noting ...", "he" is not Sheinbaum.
  std::uint32_t at = phrase.found && phrase.pronoun ? phrase.speaker.span.begin : ctx.tokens[cue.first].begin;
  out.speaker = resolve_speaker(ctx, phrase, previous, at);
  return out;
}

void mark(SpeechContext& ctx, const QuoteStretch& s, std::uint8_t value) {
  std::uint32_t end = s.dash ? s.words.end : s.close.end;
  for (std::size_t t = ctx.token_at(s.open.begin); t < ctx.tokens.size() && ctx.tokens[t].end <= end; ++t)
    ctx.quoted[t] = value;
}

}  // namespace

QuoteFindings recognize_quotes(SpeechContext& ctx, const std::vector<QuoteStretch>& stretches) {
  // Names and titles are the reporter's words; everything else is a candidate whose tokens the
  // speaker search must not read as the reporter's.
  std::vector<char> candidate(stretches.size());
  for (std::size_t k = 0; k < stretches.size(); ++k) {
    candidate[k] = !is_name(ctx, stretches[k]) && !is_work_title(ctx, stretches[k]);
    if (candidate[k]) mark(ctx, stretches[k], 1);
  }
  QuoteFindings found;
  std::vector<int> quote_of(stretches.size(), -1);
  int previous_stretch = -1;
  for (std::size_t k = 0; k < stretches.size(); ++k) {
    if (!candidate[k]) continue;
    const QuoteStretch& s = stretches[k];
    int first = ctx.sentence_of(s.words.begin);
    int last = ctx.sentence_of(s.words.end - 1);
    if (first < 0 || last < 0) continue;
    std::size_t sentence_begin = ctx.sentence_tokens(first).first;
    std::size_t sentence_end = ctx.sentence_tokens(last).second;
    std::size_t open = ctx.token_at(s.open.begin);
    std::size_t close = ctx.token_at(s.close.end);
    // The reporter's words around the stretch, up to the neighbouring quotes.
    Region before{sentence_begin, open};
    if (previous_stretch >= 0)
      before.from = std::max(before.from, ctx.token_at(stretches[static_cast<std::size_t>(previous_stretch)].close.end));
    Region after{close, sentence_end};
    for (std::size_t n = k + 1; n < stretches.size(); ++n)
      if (candidate[n]) { after.to = std::min(after.to, ctx.token_at(stretches[n].open.begin)); break; }
    if (s.dash) {
      before = {open, open};
      after = {ctx.token_at(s.narration.begin), ctx.token_at(s.narration.end)};
    } else if (s.unclosed()) {
      after = {close, close};
    }
    if (before.from > before.to) before.from = before.to;
    if (after.from > after.to) after.to = after.from;
    previous_stretch = static_cast<int>(k);

    const Quote* previous = found.quotes.empty() ? nullptr : &found.quotes.back();
    const Speaker* previous_speaker = nullptr;
    if (previous && ctx.paragraph_of(previous->span.begin) + 1 >= ctx.paragraph_of(s.words.begin))
      previous_speaker = &previous->speaker;
    std::size_t words = word_count(ctx, s.words);
    bool short_quote = words <= kShortQuote;

    Quote quote;
    quote.span = s.words;
    quote.text = std::string(ctx.slice(s.words));
    quote.sentence = first;
    Speaker via;
    CueMatch cue_before = last_cue(ctx, before);
    CueMatch cue_after = first_cue(ctx, after);
    char last_char = ctx.text[s.words.end - 1];
    char next_char = s.words.end < ctx.text.size() ? ctx.text[s.words.end] : '\0';
    bool comma_close = s.dash || (after.from < after.to && ctx.tokens[after.from].fold == ",") ||
                       next_char == ',' || last_char == '?' || last_char == '!';
    // A cue after the quote governs it when only its subject stands between: “...,” she said;
    // not in "the “invasion” talk, critics say".
    for (std::size_t t = after.from + 1; cue_after && t < cue_after.first; ++t)
      if (ctx.boundary(t)) cue_after = {};
    bool use_after = cue_after && (comma_close || !cue_before);
    CueMatch cue = use_after ? cue_after : cue_before;
    if (cue && short_quote) {
      std::size_t distance = use_after ? cue.first - after.from : open - cue.end();
      if (distance > kCueReach) cue = {};
      // “…,” critics say. credits the term; “invasion,” insiders say the plan is ready does
      // not: that cue governs the clause after it.
      std::size_t first_word = after.from;
      while (first_word < cue.first && ctx.boundary(first_word)) ++first_word;
      bool subject_between = use_after && cue && cue.first > first_word;
      if (subject_between && cue.end() < after.to && !ctx.boundary(cue.end())) cue = {};
    }
    bool has_speaker = false;
    if (cue) {
      Attributed a = speaker_of_cue(ctx, cue, use_after ? after : before, use_after, sentence_begin, previous_speaker);
      quote.speaker = a.speaker;
      quote.cue = a.cue;
      via = a.via;
      has_speaker = !quote.speaker.text.empty();
    } else if (!short_quote && before.from < before.to && ctx.tokens[before.to - 1].fold == ":") {
      SpeakerPhrase subject = colon_subject(ctx, before);
      if (subject.found) {
        quote.speaker = subject.pronoun ? resolve_speaker(ctx, subject, previous_speaker, subject.speaker.span.begin)
                                        : subject.speaker;
        if (subject.last < before.to - 1 && ctx.word(subject.last))
          quote.cue = ctx.span_of(subject.last, subject.last + 1);
        has_speaker = !quote.speaker.text.empty();
      }
    }
    int continued = s.continues >= 0 ? quote_of[static_cast<std::size_t>(s.continues)] : -1;
    bool opens_sentence = !is_partial(ctx, s, before.from) && !s.dash;
    if (!has_speaker && continued < 0 && previous && opens_sentence &&
        ctx.paragraph_of(previous->span.begin) == ctx.paragraph_of(s.words.begin))
      continued = static_cast<int>(found.quotes.size() - 1);  // “We are ready,” she said. “We will act.”
    if (has_speaker && previous && continued < 0 && previous->cue == quote.cue && quote.cue.end > quote.cue.begin)
      continued = static_cast<int>(found.quotes.size() - 1);  // “We are ready,” she said, “and ...”
    if (!has_speaker && continued >= 0) {
      const Quote& before_piece = found.quotes[static_cast<std::size_t>(continued)];
      quote.speaker = before_piece.speaker;
      quote.cue = before_piece.cue;
      via = found.via[static_cast<std::size_t>(continued)];
      has_speaker = !quote.speaker.text.empty();
    } else if (!has_speaker && previous_speaker && opens_sentence && !short_quote && !cue &&
               !headline_like(ctx, first)) {
      quote.speaker = *previous_speaker;  // a new paragraph carrying on the last speaker's words
      has_speaker = !quote.speaker.text.empty();
    }
    quote.continues = continued;
    // Terms and fragments without anyone saying them are the reporter's scare quotes; a
    // headline's quotes need a cue.
    if (short_quote && continued < 0 && (!cue || !has_speaker)) continue;
    if (!has_speaker && continued < 0 && (headline_like(ctx, first) || words < kUncuedWords)) continue;
    if (s.unclosed() && !s.dash && continued < 0 && words < kUncuedWords) continue;
    quote.partial = continued >= 0 ? found.quotes[static_cast<std::size_t>(continued)].partial
                                   : is_partial(ctx, s, before.from);
    if (quote.cue.end > quote.cue.begin) quote.cue_text = std::string(ctx.slice(quote.cue));
    quote.where = find_where(ctx, first, last);
    if (quote.where.end > quote.where.begin) quote.where_text = std::string(ctx.slice(quote.where));
    quote.when = find_when(ctx, first, last, s.words);
    quote_of[k] = static_cast<int>(found.quotes.size());
    found.quotes.push_back(std::move(quote));
    found.via.push_back(std::move(via));
  }
  // A quote whose cue comes only with a later piece (a paragraph left open, a dialogue line
  // whose narrator speaks later) takes that piece's speaker.
  for (std::size_t k = found.quotes.size(); k-- > 0;) {
    int earlier = found.quotes[k].continues;
    if (earlier < 0) continue;
    Quote& first_piece = found.quotes[static_cast<std::size_t>(earlier)];
    if (!first_piece.speaker.text.empty() || found.quotes[k].speaker.text.empty()) continue;
    first_piece.speaker = found.quotes[k].speaker;
    first_piece.cue = found.quotes[k].cue;
    first_piece.cue_text = found.quotes[k].cue_text;
    found.via[static_cast<std::size_t>(earlier)] = found.via[k];
  }
  for (std::size_t k = 0; k < stretches.size(); ++k)
    if (candidate[k] && quote_of[k] < 0) mark(ctx, stretches[k], 0);
  return found;
}

}  // namespace storyline
