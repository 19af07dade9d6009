#include "extract/html_document.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "extract/html_nesting.h"
#include "util/text.h"

namespace storyline {

HtmlDocument::HtmlDocument(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read the error list; collecting it costs time and memory
  bool limited = false;
  limited_html_ = limit_html_nesting(html, kMaxHtmlNesting, &limited);
  if (limited) html = limited_html_;  // kept: gumbo's nodes point into the text they parsed
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

HtmlDocument::~HtmlDocument() {
  // gumbo frees its tree recursively, so a page nested 100,000 levels deep would overflow the
  // stack. Flatten the tree first: every node becomes a direct child of the document, each with
  // no children of its own, and gumbo's recursion is then one level deep. Relies on the default
  // allocator (malloc/free), which is the one we parse with.
  std::vector<GumboNode*> nodes;
  std::vector<GumboNode*> stack{output_->document};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
      children = &node->v.element.children;
    if (node != output_->document) nodes.push_back(node);
    if (!children) continue;
    for (unsigned i = 0; i < children->length; ++i)
      stack.push_back(static_cast<GumboNode*>(children->data[i]));
    if (node != output_->document) children->length = 0;
  }
  GumboVector& top = output_->document->v.document.children;
  void** flat = static_cast<void**>(std::malloc(sizeof(void*) * (nodes.size() + 1)));
  if (flat) {
    std::copy(nodes.begin(), nodes.end(), flat);
    std::free(top.data);
    top.data = flat;
    top.length = static_cast<unsigned>(nodes.size());
    top.capacity = static_cast<unsigned>(nodes.size() + 1);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) &&
         node->v.element.tag == tag;
}

static const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return &node->v.element.children;
  return nullptr;
}

std::string text_content(const GumboNode* node) {
  std::string raw;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* current = stack.back();
    stack.pop_back();
    if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE ||
        current->type == GUMBO_NODE_CDATA) {
      raw += current->v.text.text;
      continue;
    }
    if (is_element(current, GUMBO_TAG_SCRIPT) || is_element(current, GUMBO_TAG_STYLE)) continue;
    if (is_element(current, GUMBO_TAG_BR)) raw += ' ';
    if (const GumboVector* children = children_of(current))
      for (unsigned i = children->length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  return collapse_spaces(raw);
}

void for_each_element(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* current = stack.back();
    stack.pop_back();
    if (current->type == GUMBO_NODE_ELEMENT || current->type == GUMBO_NODE_TEMPLATE) {
      if (!visit(current)) continue;
    }
    if (const GumboVector* children = children_of(current))
      for (unsigned i = children->length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
}

}  // namespace storyline
