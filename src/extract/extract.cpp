#include "extract/extract.h"

#include <re2/re2.h>

#include <optional>

#include "extract/cleaning.h"
#include "extract/html_document.h"
#include "extract/language.h"
#include "extract/metadata.h"
#include "extract/plain_text.h"
#include "extract/published_date.h"
#include "util/text.h"

namespace storyline {
namespace {

// Below this many characters of body text, a JSON-LD articleBody that is longer is the better
// source (pages that render their text with scripts still declare it).
constexpr std::size_t kThinBodyChars = 300;

std::size_t text_size(const std::vector<TextBlock>& blocks) {
  std::size_t size = 0;
  for (const TextBlock& block : blocks) size += block.text.size();
  return size;
}

std::vector<TextBlock> blocks_from_declared_body(const std::string& body) {
  std::vector<TextBlock> blocks;
  for (std::string_view line : split_lines(body))
    if (std::string text = collapse_spaces(line); !text.empty())
      blocks.push_back({std::move(text), BlockKind::Paragraph});
  return blocks;
}

// Paragraphs joined by one blank line; spans point at each paragraph inside the joined text.
void assemble_text(const std::vector<TextBlock>& blocks, Article& article) {
  for (const TextBlock& block : blocks) {
    if (!article.text.empty()) article.text += "\n\n";
    Span span{static_cast<std::uint32_t>(article.text.size()), 0};
    article.text += block.text;
    span.end = static_cast<std::uint32_t>(article.text.size());
    article.paragraphs.push_back(span);
  }
}

// Bylines the body extraction set aside ("By Jane Doe", "Madrid, 3 de mayo de 2025. Por Ana Gil").
std::vector<std::string> byline_lines(const std::vector<DroppedBlock>& dropped,
                                      const ExtractResources& resources) {
  std::vector<std::string> names;
  for (const DroppedBlock& block : dropped) {
    BylineLine line = read_byline_line(block.text, resources);
    names.insert(names.end(), line.names.begin(), line.names.end());
  }
  return names;
}

PublishedDate choose_published(const RawDocument& doc, const ExtractOverrides& overrides,
                               const std::string& declared, const std::string& url,
                               const std::vector<DroppedBlock>& dropped,
                               const ExtractResources& resources) {
  auto with_source = [](std::optional<PublishedDate> date, DateSource from) {
    date->from = from;
    return *date;
  };
  if (auto date = parse_date(overrides.published, resources))
    return with_source(date, DateSource::Given);
  if (auto date = parse_date(doc.hints.published, resources))
    return with_source(date, DateSource::Metadata);
  if (auto date = parse_date(declared, resources)) return with_source(date, DateSource::Metadata);
  if (auto date = date_from_url(url)) return with_source(date, DateSource::Url);
  // Bylines print the date next to the author, outside the body. Dates inside the body are the
  // events reported, not the publication, so they are never taken for it.
  for (const DroppedBlock& block : dropped)
    if (block.text.size() < 200)
      if (auto date = find_date_in_text(block.text, resources))
        return with_source(date, DateSource::Text);
  return {};
}

std::string choose_language(const ExtractOverrides& overrides, const RawDocument& doc,
                            const std::string& declared, const std::string& text,
                            const ExtractResources& resources) {
  if (!overrides.lang.empty()) return primary_language_tag(overrides.lang);
  // A language stated by the container (a JSON Lines field, a feed's channel) was set by whoever
  // built the collection; a page's own <html lang> is often a template default, so detection
  // outranks it.
  if (!doc.hints.lang.empty()) return primary_language_tag(doc.hints.lang);
  LanguageGuess guess = detect_language(text, resources);
  if (guess.confident) return guess.code;
  if (!declared.empty()) return primary_language_tag(declared);
  return guess.code.empty() ? "und" : guess.code;
}

}  // namespace

Article extract_article(const RawDocument& doc, const ExtractResources& resources,
                        const ExtractOverrides& overrides) {
  Article article;
  article.source = doc.source;
  article.url = !overrides.url.empty() ? overrides.url : doc.hints.url;
  if (!doc.error.empty()) {
    article.error = doc.error;
    article.id = !doc.hints.id.empty() ? doc.hints.id : stable_hash_hex(doc.source);
    return article;
  }

  PageMetadata meta;
  MainText body;
  std::string text_title;
  if (doc.kind == ContentKind::Html) {
    HtmlDocument html(doc.content);
    meta = read_metadata(html.root());
    body = extract_main_text(html.root(), resources,
                             !doc.hints.title.empty() ? doc.hints.title : meta.title);
    if (text_size(body.blocks) < kThinBodyChars && meta.article_body.size() > text_size(body.blocks))
      body.blocks = blocks_from_declared_body(meta.article_body);
  } else {
    PlainText plain = read_plain_text(doc.content, resources);
    text_title = std::move(plain.title);
    body = std::move(plain.body);
  }
  drop_boilerplate_blocks(body.blocks, body.dropped, resources);
  assemble_text(body.blocks, article);

  if (article.url.empty()) article.url = meta.url;
  article.title = !doc.hints.title.empty() ? collapse_spaces(doc.hints.title)
                  : !meta.title.empty()    ? meta.title
                                           : text_title;
  article.outlet = !doc.hints.outlet.empty() ? doc.hints.outlet
                   : !meta.site_name.empty() ? meta.site_name
                                             : registrable_domain(article.url, resources);
  std::vector<std::string> raw_byline = !doc.hints.byline.empty() ? doc.hints.byline : meta.authors;
  if (raw_byline.empty()) raw_byline = byline_lines(body.dropped, resources);
  article.byline = clean_byline(raw_byline, resources);
  article.published =
      choose_published(doc, overrides, meta.published, article.url, body.dropped, resources);
  article.lang = choose_language(overrides, doc, meta.lang, article.text, resources);
  article.id = !doc.hints.id.empty() ? doc.hints.id
               : !article.url.empty() ? stable_hash_hex(article.url)
                                      : stable_hash_hex(doc.content);
  article.dropped = std::move(body.dropped);
  return article;
}

}  // namespace storyline
