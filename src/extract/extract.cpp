#include "extract/extract.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "extract/cleaning.h"
#include "extract/dateline.h"
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

// A dropped block that can hold the article's own date or byline: not a link, teaser or caption
// about something else, nor what follows the footer.
bool may_date_the_article(const DroppedBlock& block) {
  static const std::array<std::string_view, 5> others = {"cross-link", "teaser", "link list",
                                                         "photo credit", "url"};
  if (block.text.size() >= 200 || block.reason.starts_with("after ")) return false;
  return std::find(others.begin(), others.end(), block.reason) == others.end();
}

// A dateline's date when it has a year, or when the text writes the same month and day with a
// year ("PORT SALTMERE, March 10 — ... on March 10, 2026"). A dateline without a year that the
// text does not complete dates nothing: the date layer keeps "March 10" as XXXX-03-10.
std::optional<PublishedDate> date_of_dateline(const std::optional<Dateline>& dateline,
                                              const std::string& text,
                                              const ExtractResources& resources) {
  if (!dateline || dateline->month == 0) return std::nullopt;
  int year = dateline->year;
  if (year == 0) year = year_stated_for(dateline->month, dateline->day, text, resources).value_or(0);
  if (year == 0) return std::nullopt;
  char value[16];
  std::snprintf(value, sizeof value, "%04d-%02d-%02d", year, dateline->month, dateline->day);
  return parse_date(value, resources);
}

// Only what dates the article itself: the date given for it, its metadata (feed, JSON Lines,
// page), its URL, the date line or byline printed with it, its dateline. Dates inside the body
// are the events reported, never the publication; with none of these the date stays unknown.
PublishedDate choose_published(const RawDocument& doc, const ExtractOverrides& overrides,
                               const std::string& declared, const Article& article,
                               const std::vector<DroppedBlock>& dropped,
                               const std::optional<Dateline>& dateline,
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
  // A date line printed with the article ("Published May 3, 2013", "By Ana Gil | 3 de mayo de
  // 2013") beats the date in its URL, which is when the page was first made (a draft, a print
  // edition, a moved archive); elsewhere on a page, such a line comes after the URL.
  auto printed_date = [&](bool header) -> std::optional<PublishedDate> {
    for (const DroppedBlock& block : dropped) {
      bool in_header = block.reason == "byline" || block.reason == "byline stamp";
      if (in_header != header || !may_date_the_article(block)) continue;
      if (!read_byline_line(block.text, resources).matches) continue;
      if (auto date = find_date_in_text(block.text, resources)) return date;
    }
    return std::nullopt;
  };
  if (auto date = printed_date(true)) return with_source(date, DateSource::Text);
  if (auto date = date_from_url(article.url)) return with_source(date, DateSource::Url);
  if (auto date = printed_date(false)) return with_source(date, DateSource::Text);
  if (auto date = date_of_dateline(dateline, article.text, resources))
    return with_source(date, DateSource::Text);
  return {};
}

// The dateline that opens the story: in its first paragraph, or on a line set aside above it.
std::optional<Dateline> find_dateline(const Article& article,
                                      const std::vector<DroppedBlock>& dropped,
                                      const ExtractResources& resources) {
  if (!article.paragraphs.empty()) {
    const Span& first = article.paragraphs.front();
    std::string_view text(article.text.data() + first.begin, first.end - first.begin);
    if (auto dateline = read_dateline(text, resources)) return dateline;
  }
  for (const DroppedBlock& block : dropped)
    if (block.reason == "byline")
      if (auto dateline = read_dateline(block.text, resources)) return dateline;
  return std::nullopt;
}

// The outlet as the input names it (JSON Lines, feed, page metadata), else as the report credits
// itself ("(Coastal Wire)", "By Jane Doe, CNN"), else the site of its URL, else unknown (empty):
// never the file it was read from.
std::string choose_outlet(const RawDocument& doc, const PageMetadata& meta, const Article& article,
                          const std::optional<Dateline>& dateline,
                          const std::vector<std::string>& raw_byline,
                          const ExtractResources& resources) {
  if (!doc.hints.outlet.empty()) return collapse_spaces(doc.hints.outlet);
  if (!meta.site_name.empty()) return meta.site_name;
  if (dateline && !dateline->credit.empty()) return dateline->credit;
  if (std::string credit = byline_credit(raw_byline, resources); !credit.empty()) return credit;
  return registrable_domain(article.url, resources);
}

// A title candidate that is not a headline: a URL, a bare date, "Advertisement".
bool is_stray_title(const std::string& title, const ExtractResources& resources) {
  if (trim(title).empty() || !url_of_line(title).empty()) return true;
  if (!boilerplate_reason(title, resources).empty()) return true;
  return find_date_in_text(title, resources) && read_byline_line(title, resources).matches;
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
  std::string text_title, text_url;
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
    text_url = std::move(plain.url);
    body = std::move(plain.body);
  }
  drop_boilerplate_blocks(body.blocks, body.dropped, resources);
  assemble_text(body.blocks, article);

  if (article.url.empty()) article.url = !meta.url.empty() ? meta.url : text_url;
  for (const std::string* candidate :
       std::array<const std::string*, 3>{&doc.hints.title, &meta.title, &text_title}) {
    if (is_stray_title(*candidate, resources)) continue;
    article.title = collapse_spaces(*candidate);
    break;
  }
  std::vector<std::string> raw_byline = !doc.hints.byline.empty() ? doc.hints.byline : meta.authors;
  if (raw_byline.empty()) raw_byline = byline_lines(body.dropped, resources);
  std::optional<Dateline> dateline = find_dateline(article, body.dropped, resources);
  article.outlet = choose_outlet(doc, meta, article, dateline, raw_byline, resources);
  article.byline = clean_byline(raw_byline, resources);
  article.published = choose_published(doc, overrides, meta.published, article, body.dropped,
                                       dateline, resources);
  article.lang = choose_language(overrides, doc, meta.lang, article.text, resources);
  article.id = !doc.hints.id.empty() ? doc.hints.id
               : !article.url.empty() ? stable_hash_hex(article.url)
                                      : stable_hash_hex(doc.content);
  article.dropped = std::move(body.dropped);
  return article;
}

}  // namespace storyline
