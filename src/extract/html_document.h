// A parsed HTML5 document (gumbo) with the few read-only queries the extract stage needs.
//
// Gumbo builds the whole tree; every traversal here is iterative so that pathological nesting
// (tens of thousands of levels) cannot overflow the stack, and the page's nesting is bounded
// before parsing (html_nesting.h) so that gumbo's time stays linear.
#pragma once

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace storyline {

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }

 private:
  GumboOutput* output_;
  std::string limited_html_;  // the page with its nesting bounded (html_nesting.h), when it was cut
};

// Attribute value or empty.
std::string_view attribute(const GumboNode* node, const char* name);

bool is_element(const GumboNode* node, GumboTag tag);

// Concatenated text of the subtree, whitespace collapsed.
std::string text_content(const GumboNode* node);

// Calls `visit` for every element in document order; returning false skips the children.
void for_each_element(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit);

}  // namespace storyline
