#include "extract/html_nesting.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace storyline {
namespace {

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lower_name(std::string_view html, std::size_t from, std::size_t* end) {
  std::string name;
  std::size_t i = from;
  while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '/' && html[i] != '>')
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
  *end = i;
  return name;
}

// Elements that never hold children, or whose end tag may be left out (so an open count would
// only grow): they do not count towards the depth.
bool uncounted(std::string_view name) {
  static constexpr std::array<std::string_view, 35> names = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb",
      "rt", "rp", "rtc", "tbody", "thead", "tfoot", "colgroup", "caption", "html", "body"};
  return std::find(names.begin(), names.end(), name) != names.end() || name == "head";
}

bool raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes" || name == "noscript";
}

// The '>' that ends a tag starting at `from`, skipping quoted attribute values; npos if none.
std::size_t tag_end(std::string_view html, std::size_t from) {
  char quote = 0;
  for (std::size_t i = from; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Where the raw text of element `name` ends: at its "</name", case-insensitively.
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (i + 2 + name.size() > html.size()) break;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(html[i + 2 + k])) == name[k];
    if (same) return i;
  }
  return html.size();
}

}  // namespace

std::string limit_html_nesting(std::string_view html, std::size_t max_depth, bool* changed) {
  *changed = false;
  std::string out;
  std::size_t depth = 0, copied = 0, i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= html.size() || !ascii_alpha(html[name_at])) {  // "<!DOCTYPE", "<?xml", "a < b"
      ++i;
      continue;
    }
    std::size_t name_end = 0;
    std::string name = lower_name(html, name_at, &name_end);
    std::size_t end = tag_end(html, name_end);
    if (end == std::string_view::npos) break;  // an unfinished tag: gumbo makes text of it
    bool self_closing = html[end - 1] == '/';
    if (closing) {
      if (!uncounted(name) && depth > 0) --depth;
    } else if (!uncounted(name) && !self_closing) {
      if (depth >= max_depth) {  // drop the tag, keep what follows
        if (!*changed) out.reserve(html.size());
        *changed = true;
        out.append(html.substr(copied, i - copied));
        copied = end + 1;
      } else {
        ++depth;
      }
    }
    i = end + 1;
    if (!closing && raw_text(name)) i = raw_text_end(html, i, name);
  }
  if (*changed) out.append(html.substr(copied));
  return out;
}

}  // namespace storyline
