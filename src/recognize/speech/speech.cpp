// recognize_speech: quotes, then attributions and hedges over the reporter's words, then the
// sourcing summary.
#include "recognize/speech/speech.h"

#include <algorithm>
#include <map>

#include "recognize/speech/attribution_find.h"
#include "recognize/speech/hedge_find.h"
#include "recognize/speech/quote_marks.h"
#include "recognize/speech/quote_speaker.h"
#include "util/text.h"

namespace storyline {
namespace {

enum class SourceKind { None, Named, Anonymous, Outlet };

SourceKind kind_of(const SpeechContext& ctx, const Speaker& s) {
  if (s.text.empty()) return SourceKind::None;
  if (s.entity >= 0 && static_cast<std::size_t>(s.entity) < ctx.entities.size() &&
      ctx.entities[static_cast<std::size_t>(s.entity)].outlet)
    return SourceKind::Outlet;
  return s.anonymous ? SourceKind::Anonymous : SourceKind::Named;
}

Sourcing summarize(const SpeechContext& ctx, const Speech& speech) {
  // Per sentence, the source that comes first in the text.
  std::vector<std::pair<std::uint32_t, SourceKind>> first(ctx.sentences.size(), {UINT32_MAX, SourceKind::None});
  auto credit = [&](int sentence, std::uint32_t at, SourceKind kind) {
    if (sentence < 0 || kind == SourceKind::None) return;
    auto& slot = first[static_cast<std::size_t>(sentence)];
    if (at < slot.first) slot = {at, kind};
  };
  for (const Quote& q : speech.quotes) {
    int last = std::max(q.sentence, ctx.sentence_of(q.span.end - 1));
    for (int s = q.sentence; s <= last; ++s) credit(s, q.span.begin, kind_of(ctx, q.speaker));
  }
  for (const Attribution& a : speech.attributions) credit(a.sentence, a.span.begin, kind_of(ctx, a.source));
  Sourcing out;
  for (const auto& [at, kind] : first) {
    switch (kind) {
      case SourceKind::Named: ++out.named; break;
      case SourceKind::Anonymous: ++out.anonymous; break;
      case SourceKind::Outlet: ++out.outlets; break;
      case SourceKind::None: ++out.unsourced; break;
    }
  }
  std::map<std::string, std::size_t> index;  // entity or folded description -> slot
  for (const Quote& q : speech.quotes) {
    const Speaker& s = q.speaker;
    if (s.text.empty()) continue;
    bool known = s.entity >= 0 && static_cast<std::size_t>(s.entity) < ctx.entities.size();
    std::string key = known ? "#" + std::to_string(s.entity) : unicode_lower(s.text);
    auto [it, added] = index.emplace(key, out.quotes_by_speaker.size());
    if (added) {
      SpeakerCount count;
      count.speaker = known ? ctx.entities[static_cast<std::size_t>(s.entity)].name : s.text;
      count.entity = known ? s.entity : -1;
      count.anonymous = s.anonymous;
      out.quotes_by_speaker.push_back(std::move(count));
    }
    ++out.quotes_by_speaker[it->second].quotes;
  }
  std::stable_sort(out.quotes_by_speaker.begin(), out.quotes_by_speaker.end(),
                   [](const SpeakerCount& a, const SpeakerCount& b) { return a.quotes > b.quotes; });
  return out;
}

}  // namespace

Speech recognize_speech(const SpeechInput& input, const SpeechResources& resources) {
  Speech speech;
  auto language = resources.languages.find(input.lang);
  if (language == resources.languages.end() || input.text.empty()) return speech;
  // Without paragraphs or sentences the whole text stands for them.
  std::vector<Span> whole{{0, static_cast<std::uint32_t>(input.text.size())}};
  SpeechInput local = input;
  if (!local.paragraphs || local.paragraphs->empty()) local.paragraphs = &whole;
  if (!local.sentences || local.sentences->empty()) local.sentences = local.paragraphs;
  SpeechContext ctx = make_speech_context(local, language->second);
  QuoteFindings quotes = recognize_quotes(ctx, find_quote_stretches(ctx));
  speech.attributions = recognize_attributions(ctx, quotes);
  speech.hedges = find_hedges(ctx);
  speech.quotes = std::move(quotes.quotes);
  speech.sourcing = summarize(ctx, speech);
  return speech;
}

}  // namespace storyline
