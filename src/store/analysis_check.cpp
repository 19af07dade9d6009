#include "store/analysis_check.h"

#include <stdexcept>
#include <string>

namespace storyline {
namespace {

void fail(const std::string& what) { throw std::runtime_error("analysis JSON: " + what); }

void span_in(const Span& span, std::size_t text_size, const char* what) {
  if (span.begin > span.end || span.end > text_size)
    fail(std::string(what) + " [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
         "] is outside the text of " + std::to_string(text_size) + " bytes");
}

// -1 (none) or an index of a layer of `size` elements.
void index_in(int index, std::size_t size, const char* what) {
  if (index < -1 || (index >= 0 && static_cast<std::size_t>(index) >= size))
    fail(std::string(what) + " " + std::to_string(index) + " refers to none of " + std::to_string(size));
}

}  // namespace

void check_stored_analysis(const Analysis& a) {
  const std::size_t text = a.article.text.size();
  const std::size_t dates = a.dates.size(), quantities = a.quantities.size(), mentions = a.mentions.size(),
                    entities = a.entities.size(), sentences = a.sentences.size(),
                    quotes = a.speech.quotes.size();
  for (const Span& s : a.article.paragraphs) span_in(s, text, "a paragraph");
  for (const Span& s : a.sentences) span_in(s, text, "a sentence");
  for (const TimeExpression& d : a.dates) {
    span_in(d.span, text, "a date");
    index_in(d.anchor_date, dates, "a date's anchor");
  }
  for (const Quantity& q : a.quantities) {
    span_in(q.span, text, "a quantity");
    if (q.counted) span_in(*q.counted, text, "a quantity's counted noun");
  }
  for (const Mention& m : a.mentions) {
    span_in(m.span, text, "a mention");
    span_in(m.role, text, "a mention's role");
    index_in(m.entity, entities, "a mention's entity");
  }
  for (const Entity& e : a.entities)
    for (int m : e.mentions) {
      if (m < 0) fail("an entity's mention " + std::to_string(m) + " is negative");
      index_in(m, mentions, "an entity's mention");
    }
  auto speaker = [&](const Speaker& s, const char* what) {
    span_in(s.span, text, what);
    index_in(s.entity, entities, what);
  };
  for (const Quote& q : a.speech.quotes) {
    span_in(q.span, text, "a quote");
    span_in(q.cue, text, "a quote's cue");
    span_in(q.where, text, "a quote's place");
    speaker(q.speaker, "a quote's speaker");
    index_in(q.when, dates, "a quote's date");
    index_in(q.sentence, sentences, "a quote's sentence");
    index_in(q.continues, quotes, "the quote a quote continues");
  }
  for (const Attribution& at : a.speech.attributions) {
    span_in(at.span, text, "an attribution");
    span_in(at.statement, text, "an attribution's statement");
    speaker(at.source, "an attribution's source");
    speaker(at.via, "an attribution's outlet");
    index_in(at.sentence, sentences, "an attribution's sentence");
  }
  for (const Hedge& h : a.speech.hedges) {
    span_in(h.span, text, "a hedge");
    index_in(h.sentence, sentences, "a hedge's sentence");
  }
  for (const SpeakerCount& s : a.speech.sourcing.quotes_by_speaker) index_in(s.entity, entities, "a sourcing entity");
  for (const Claim& c : a.claims) {
    span_in(c.trigger, text, "a claim's trigger");
    for (const Span& e : c.evidence) span_in(e, text, "a claim's evidence");
    index_in(c.sentence, sentences, "a claim's sentence");
    index_in(c.subject, entities, "a claim's subject");
    index_in(c.object, entities, "a claim's object");
    index_in(c.value, quantities, "a claim's figure");
    index_in(c.place, entities, "a claim's place");
    index_in(c.quote, quotes, "a claim's quote");
    index_in(c.time.date, dates, "a claim's date");
    index_in(c.source.entity, entities, "a claim's source");
  }
}

}  // namespace storyline
