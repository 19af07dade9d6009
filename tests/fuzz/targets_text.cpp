// The fuzz targets of the text stages: main-text extraction, the whole analysis of one document
// in English and in Spanish, and the analysis codec a store reads back. Every span a stage gives
// must lie inside the article text (offsets are byte spans into it).
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/charset.h"
#include "present/analysis_json.h"
#include "store/stored_forms.h"
#include "targets.h"

namespace storyline::fuzz {
namespace {

void check_span(const Span& span, const std::string& text, const char* what) {
  require(span.begin <= span.end && span.end <= text.size(), what);
}

void check_article(const Article& article) {
  require(ingest::is_valid_utf8(article.text), "article text is not valid UTF-8");
  std::uint32_t last = 0;
  for (const Span& paragraph : article.paragraphs) {
    check_span(paragraph, article.text, "a paragraph outside the text");
    require(paragraph.begin >= last, "paragraphs out of order");
    last = paragraph.end;
  }
}

void check_speaker(const Speaker& speaker, const std::string& text) {
  check_span(speaker.span, text, "a speaker outside the text");
}

void check_analysis(const Analysis& a) {
  const std::string& text = a.article.text;
  check_article(a.article);
  for (const Span& s : a.sentences) check_span(s, text, "a sentence outside the text");
  for (const TimeExpression& d : a.dates) check_span(d.span, text, "a date outside the text");
  for (const Quantity& q : a.quantities) check_span(q.span, text, "a quantity outside the text");
  for (const Mention& m : a.mentions) {
    check_span(m.span, text, "a mention outside the text");
    check_span(m.role, text, "a mention's role outside the text");
  }
  for (const Quote& q : a.speech.quotes) {
    check_span(q.span, text, "a quote outside the text");
    check_span(q.cue, text, "a quote's cue outside the text");
    check_span(q.where, text, "a quote's place outside the text");
    check_speaker(q.speaker, text);
  }
  for (const Attribution& at : a.speech.attributions) {
    check_span(at.span, text, "an attribution outside the text");
    check_span(at.statement, text, "an attribution's statement outside the text");
    check_speaker(at.source, text);
    check_speaker(at.via, text);
  }
  for (const Hedge& h : a.speech.hedges) check_span(h.span, text, "a hedge outside the text");
  for (const Claim& c : a.claims) {
    check_span(c.trigger, text, "a claim's trigger outside the text");
    for (const Span& e : c.evidence) check_span(e, text, "a claim's evidence outside the text");
  }
}

// What a reader would hand over: valid UTF-8, whatever the bytes were.
std::string as_utf8(std::string_view bytes) { return ingest::decode_to_utf8(bytes, {}); }

void analyze_in(std::string_view bytes, const char* lang) {
  RawDocument doc;
  doc.source = "fuzz.txt";
  doc.kind = ContentKind::Text;
  doc.content = as_utf8(bytes);
  // A publication date, so relative dates ("yesterday", "el martes") are resolved too.
  Article article = extract_article(doc, resources().extract, {lang, "", "2026-03-10"});
  check_analysis(analyze_article(std::move(article), resources()));
}

}  // namespace

void extract_entry(std::string_view bytes) {
  RawDocument doc;
  doc.source = "fuzz";
  // The first byte picks the kind, so both HTML and plain text extraction are reached.
  doc.kind = !bytes.empty() && (bytes[0] & 1) ? ContentKind::Text : ContentKind::Html;
  doc.content = as_utf8(bytes);
  check_article(extract_article(doc, resources().extract, {}));
}

void analyze_en_entry(std::string_view bytes) { analyze_in(bytes, "en"); }

void analyze_es_entry(std::string_view bytes) { analyze_in(bytes, "es"); }

// A stored analysis as the store reads it back: the analysis JSON, with the article text kept
// apart (stored_analysis puts it back in). A store file is bytes anyone could have edited, so a
// wrong analysis must end in an exception, never in a crash.
void analysis_codec_entry(std::string_view bytes) {
  nlohmann::json json = nlohmann::json::parse(bytes, nullptr, false);
  if (!json.is_object()) return;
  std::string text;
  if (auto found = json.find("text"); found != json.end() && found->is_string()) text = found->get<std::string>();
  Analysis analysis;
  try {
    analysis = stored_analysis(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), text);
  } catch (const std::exception&) {
    return;  // refused, as it should be
  }
  check_analysis(analysis);
  refresh_claims(analysis, *resources().claims);
  check_analysis(analysis);
  analysis_to_json(analysis).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace storyline::fuzz
