#include "ingest/feed.h"

#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "ingest/charset.h"
#include "ingest/documents.h"
#include "ingest/format_detect.h"

namespace storyline::ingest {
namespace {

constexpr std::size_t kMaxParseSlice = 16u << 20;

std::string_view trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = s.find_last_not_of(" \t\r\n");
  return s.substr(begin, end - begin + 1);
}

// Feeds sometimes prefix Atom elements ("atom:link"); inside items they mean the same.
std::string_view local_atom_name(std::string_view name) {
  if (name.starts_with("atom:")) name.remove_prefix(5);
  return name;
}

void append_escaped(std::string& out, std::string_view text, bool in_attribute) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += in_attribute ? "&quot;" : "\""; break;
      default: out += c;
    }
  }
}

struct Element {
  std::string name;
  std::string text;
  std::string type;  // Atom text construct type: text, html or xhtml
  bool had_name_child = false;
};

struct FeedItem {
  DocumentHints hints;
  std::string updated;  // a fallback for `published`
  std::string full_content;
  std::string summary;
  ContentKind full_kind = ContentKind::Html;
  ContentKind summary_kind = ContentKind::Html;
};

// Atom says a missing type means plain text, but many feeds put HTML there without saying so.
ContentKind kind_of_text_construct(std::string_view type, std::string_view text) {
  if (type == "html" || type == "xhtml" || type == "text/html") return ContentKind::Html;
  if (type == "text" || type == "text/plain") return ContentKind::Text;
  return detect_format(text.substr(0, kSniffBytes), "") == InputFormat::Html ? ContentKind::Html
                                                                              : ContentKind::Text;
}

class FeedParser {
 public:
  FeedParser(const std::string& path, const ReadOptions& options)
      : path_(path), options_(options) {}

  // Parses the whole feed (UTF-8) and returns its documents, an error document last if any.
  std::vector<RawDocument> parse(std::string_view utf8) {
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(
        XML_ParserCreate("UTF-8"), &XML_ParserFree);
    parser_ = parser.get();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &FeedParser::on_start, &FeedParser::on_end);
    XML_SetCharacterDataHandler(parser_, &FeedParser::on_text);
    bool ok = true;
    do {
      const std::string_view slice = utf8.substr(0, kMaxParseSlice);
      utf8.remove_prefix(slice.size());
      ok = XML_Parse(parser_, slice.data(), static_cast<int>(slice.size()), utf8.empty()) ==
           XML_STATUS_OK;
    } while (ok && !utf8.empty());
    if (!ok && failure_.empty()) {
      failure_ = fmt::format("malformed XML at line {}, column {}: {}",
                             XML_GetCurrentLineNumber(parser_),
                             XML_GetCurrentColumnNumber(parser_) + 1,
                             XML_ErrorString(XML_GetErrorCode(parser_)));
    }
    std::vector<RawDocument> documents;
    // An item the XML error cut off is not delivered; the error document stands for it.
    for (std::size_t i = 0; i < closed_items_; ++i)
      documents.push_back(to_document(items_[i], i + 1));
    if (!failure_.empty()) documents.push_back(failed_document(path_, failure_));
    return documents;
  }

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<FeedParser*>(self)->start(name, attributes);
  }
  static void on_end(void* self, const XML_Char* name) { static_cast<FeedParser*>(self)->end(name); }
  static void on_text(void* self, const XML_Char* text, int length) {
    static_cast<FeedParser*>(self)->text(std::string_view(text, static_cast<std::size_t>(length)));
  }

  static std::string attribute(const XML_Char** attributes, std::string_view wanted) {
    for (const XML_Char** a = attributes; *a; a += 2)
      if (wanted == a[0]) return a[1];
    return {};
  }

  bool in_item() const { return item_depth_ > 0; }
  // The element at `depth` (1 = root) is a direct child of the current item.
  bool child_of_item(std::size_t depth) const { return in_item() && depth == item_depth_ + 1; }

  void start(std::string_view raw_name, const XML_Char** attributes) {
    if (markup_depth_ > 0) {
      std::string& out = stack_.back().text;
      out += '<';
      out += raw_name;
      for (const XML_Char** a = attributes; *a; a += 2) {
        fmt::format_to(std::back_inserter(out), " {}=\"", a[0]);
        append_escaped(out, a[1], true);
        out += '"';
      }
      out += '>';
      ++markup_depth_;
      return;
    }
    const std::string name(local_atom_name(raw_name));
    if (stack_.empty()) {
      if (name != "rss" && name != "feed" && name != "rdf:RDF") {
        failure_ = fmt::format("not an RSS or Atom feed (the root element is <{}>)", raw_name);
        XML_StopParser(parser_, XML_FALSE);
        return;
      }
      feed_lang_ = attribute(attributes, "xml:lang");
    }
    stack_.push_back(Element{.name = name, .text = {}, .type = attribute(attributes, "type")});
    const std::size_t depth = stack_.size();
    if (!in_item() && (name == "item" || name == "entry")) {
      item_depth_ = depth;
      items_.emplace_back();
      items_.back().hints.lang = attribute(attributes, "xml:lang");
      return;
    }
    if (!child_of_item(depth)) return;
    if (name == "link") {
      const std::string href = attribute(attributes, "href");
      const std::string rel = attribute(attributes, "rel");
      DocumentHints& hints = items_.back().hints;
      if (!href.empty() && (rel.empty() || rel == "alternate") && hints.url.empty())
        hints.url = href;
    }
    const bool content = name == "content:encoded" || name == "content" ||
                         name == "description" || name == "summary";
    // Atom content given by reference has nothing inline to read.
    if (content && attribute(attributes, "src").empty()) markup_depth_ = 1;
  }

  void end(std::string_view raw_name) {
    if (markup_depth_ > 1) {
      fmt::format_to(std::back_inserter(stack_.back().text), "</{}>", raw_name);
      --markup_depth_;
      return;
    }
    markup_depth_ = 0;
    if (stack_.empty()) return;
    const std::size_t depth = stack_.size();
    Element element = std::move(stack_.back());
    stack_.pop_back();
    if (in_item() && depth == item_depth_) {
      item_depth_ = 0;
      ++closed_items_;
    } else if (child_of_item(depth)) {
      take_item_field(element);
    } else if (in_item() && depth == item_depth_ + 2 && element.name == "name" &&
               stack_.back().name == "author") {
      add_author(std::string(trim(element.text)));
      stack_.back().had_name_child = true;
    } else if (!in_item() && depth >= 2 &&
               (stack_.back().name == "channel" || (depth == 2 && stack_.back().name == "feed"))) {
      take_feed_field(element);
    }
  }

  void text(std::string_view text) {
    if (stack_.empty()) return;
    if (markup_depth_ > 0 && stack_.back().type == "xhtml") {
      append_escaped(stack_.back().text, text, false);
    } else {
      stack_.back().text += text;
    }
  }

  void add_author(std::string name) {
    if (!name.empty()) items_.back().hints.byline.push_back(std::move(name));
  }

  void take_item_field(Element& element) {
    FeedItem& item = items_.back();
    DocumentHints& hints = item.hints;
    const std::string value(trim(element.text));
    const std::string& name = element.name;
    if (name == "title" && hints.title.empty()) {
      hints.title = value;
    } else if (name == "link" && hints.url.empty()) {
      hints.url = value;
    } else if ((name == "guid" || name == "id") && hints.id.empty()) {
      hints.id = value;
    } else if (name == "pubDate" || name == "published" || name == "dc:date" || name == "issued") {
      if (hints.published.empty()) hints.published = value;
    } else if (name == "updated" || name == "modified") {
      if (item.updated.empty()) item.updated = value;
    } else if (name == "author" || name == "dc:creator") {
      if (!element.had_name_child) add_author(value);
    } else if ((name == "language" || name == "dc:language") && hints.lang.empty()) {
      hints.lang = value;
    } else if (name == "content:encoded" || name == "content") {
      if (item.full_content.empty()) {
        item.full_kind = name == "content" ? kind_of_text_construct(element.type, element.text)
                                           : ContentKind::Html;
        item.full_content = std::string(trim(element.text));
      }
    } else if (name == "description" || name == "summary") {
      if (item.summary.empty()) {
        item.summary_kind = name == "summary" ? kind_of_text_construct(element.type, element.text)
                                              : ContentKind::Html;
        item.summary = std::string(trim(element.text));
      }
    }
  }

  void take_feed_field(const Element& element) {
    if (element.name == "title" && feed_title_.empty()) feed_title_ = trim(element.text);
    if ((element.name == "language" || element.name == "dc:language") && feed_lang_.empty())
      feed_lang_ = trim(element.text);
  }

  RawDocument to_document(FeedItem& item, std::size_t number) const {
    const std::string source = fmt::format("{}#item={}", path_, number);
    const bool has_full = !item.full_content.empty();
    std::string& content = has_full ? item.full_content : item.summary;
    if (content.empty())
      return failed_document(source, "item has no content (content:encoded, content, "
                                     "description or summary)");
    if (content.size() > options_.max_document_bytes)
      return failed_document(source, oversize_reason(content.size(), options_.max_document_bytes));
    RawDocument document;
    document.source = source;
    document.kind = has_full ? item.full_kind : item.summary_kind;
    document.content = std::move(content);
    document.hints = std::move(item.hints);
    if (document.hints.published.empty()) document.hints.published = std::move(item.updated);
    if (document.hints.lang.empty()) document.hints.lang = feed_lang_;
    document.hints.outlet = feed_title_;
    return document;
  }

  const std::string& path_;
  const ReadOptions& options_;
  XML_Parser parser_ = nullptr;
  std::vector<Element> stack_;
  std::vector<FeedItem> items_;
  std::size_t closed_items_ = 0;
  std::size_t item_depth_ = 0;    // depth of the open item or entry; 0 outside one
  std::size_t markup_depth_ = 0;  // > 0 while copying an item's content, markup included
  std::string feed_title_;
  std::string feed_lang_;
  std::string failure_;
};

}  // namespace

void read_feed(std::string_view bytes, const std::string& path, const ReadOptions& options,
               const DocumentSink& sink) {
  // Converting first lets the parser work in UTF-8 whatever the declaration says (expat itself
  // knows only UTF-8, UTF-16, ISO-8859-1 and US-ASCII).
  const std::string encoding = xml_declared_encoding(bytes);
  const std::string utf8 = decode_to_utf8(bytes, CharsetEvidence{.declared = encoding});
  for (RawDocument& document : FeedParser(path, options).parse(utf8)) sink(std::move(document));
}

}  // namespace storyline::ingest
