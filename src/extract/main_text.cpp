#include "extract/main_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>

#include "extract/html_document.h"
#include "util/text.h"

namespace storyline {
namespace {

// One element of the page, in document (pre-order) order, so a node's subtree is the index range
// [index, index + subtree_size) and its parent always comes before it.
struct PageNode {
  const GumboNode* node = nullptr;
  int parent = -1;
  int subtree_size = 1;
  std::string own_reason;    // why this element's subtree is boilerplate by itself, if it is
  bool positive_hint = false;
  // Sums over the subtree's blocks, filled bottom-up.
  double prose = 0;          // text of prose-like blocks
  double noise = 0;          // text of link lists and blocks inside boilerplate containers
};

struct RawBlock {
  std::string text;
  int owner = 0;             // innermost block-level element around the text
  std::size_t length = 0;    // code points
  std::size_t link_length = 0;
  BlockKind kind = BlockKind::Paragraph;
};

// Elements whose content is never text a reader sees.
bool is_invisible(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_IMG:  case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

// Elements that end the running line of text: their content becomes blocks of its own.
bool is_block_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements that are page furniture whatever their class says.
const char* furniture_reason(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: return "navigation";
    case GUMBO_TAG_FOOTER: return "footer";
    case GUMBO_TAG_ASIDE: return "aside";
    case GUMBO_TAG_HEADER: return "page or article header";
    case GUMBO_TAG_FIGCAPTION: return "caption";
    default: return nullptr;
  }
}

bool is_hidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (ascii_lower(attribute(node, "aria-hidden")) == "true") return true;
  std::string style = ascii_lower(attribute(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// A hint matches a whole class word ("share-bar") or, for hints without a separator, one part of
// a word split at '-' and '_' ("social-share" has "share"). A trailing '*' matches a prefix.
bool hint_matches(const std::string& hint, std::string_view word) {
  auto equal = [&](std::string_view candidate) {
    if (!hint.empty() && hint.back() == '*')
      return candidate.substr(0, hint.size() - 1) == std::string_view(hint).substr(0, hint.size() - 1);
    return candidate == hint;
  };
  if (equal(word)) return true;
  if (hint.find_first_of("-_") != std::string::npos) return false;
  std::size_t start = 0;
  while (start < word.size()) {
    std::size_t end = word.find_first_of("-_", start);
    if (end == std::string_view::npos) end = word.size();
    if (end > start && equal(word.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

// The first hint found among the element's class, id and itemprop words, or empty.
std::string find_hint(const GumboNode* node, const std::vector<std::string>& hints) {
  for (const char* name : {"class", "id", "itemprop", "role"}) {
    std::string words = ascii_lower(attribute(node, name));
    std::size_t start = 0;
    while (start < words.size()) {
      std::size_t end = words.find(' ', start);
      if (end == std::string::npos) end = words.size();
      std::string_view word(words.data() + start, end - start);
      for (const std::string& hint : hints)
        if (!word.empty() && hint_matches(hint, word)) return std::string(word);
      start = end + 1;
    }
  }
  return {};
}

BlockKind kind_of(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return BlockKind::Heading;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT: return BlockKind::ListItem;
    case GUMBO_TAG_BLOCKQUOTE: return BlockKind::Quote;
    case GUMBO_TAG_PRE: return BlockKind::Preformatted;
    default: return BlockKind::Paragraph;
  }
}

// Cuts the page into nodes and blocks in one iterative walk.
class PageWalker {
 public:
  PageWalker(const ExtractResources& resources) : resources_(resources) {}

  void walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      int index;
      unsigned next_child;
      bool link;
    };
    std::vector<Frame> stack;
    enter(root, -1);
    stack.push_back({root, 0, 0, false});
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next_child == children.length) {
        leave(frame.node, frame.index);
        if (frame.link) --link_depth_;
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        append_text(child->v.text.text);
        continue;
      }
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_BR) {
        flush();
        continue;
      }
      if (is_invisible(tag)) continue;
      int index = enter(child, frame.index);
      bool link = tag == GUMBO_TAG_A;
      if (link) ++link_depth_;
      stack.push_back({child, index, 0, link});
    }
    flush();
  }

  std::vector<PageNode> nodes;
  std::vector<RawBlock> blocks;

 private:
  int enter(const GumboNode* node, int parent) {
    GumboTag tag = node->v.element.tag;
    if (is_block_level(tag)) flush();
    PageNode page_node;
    page_node.node = node;
    page_node.parent = parent;
    if (const char* reason = furniture_reason(tag)) {
      page_node.own_reason = reason;
    } else if (is_hidden(node)) {
      page_node.own_reason = "hidden";
    } else if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
      page_node.positive_hint = !find_hint(node, resources_.positive_hints).empty();
      std::string negative = find_hint(node, resources_.negative_hints);
      if (!negative.empty()) page_node.own_reason = "boilerplate container (" + negative + ")";
    }
    nodes.push_back(std::move(page_node));
    int index = static_cast<int>(nodes.size()) - 1;
    if (is_block_level(tag)) block_owners_.push_back(index);
    return index;
  }

  void leave(const GumboNode* node, int index) {
    if (!is_block_level(node->v.element.tag)) return;
    flush();
    block_owners_.pop_back();
  }

  void append_text(const char* text) {
    buffer_ += text;
    if (link_depth_ > 0) link_buffer_ += text;
  }

  void flush() {
    if (buffer_.empty()) return;
    std::string text = collapse_spaces(buffer_);
    if (!text.empty()) {
      RawBlock block;
      block.owner = block_owners_.empty() ? 0 : block_owners_.back();
      block.length = count_code_points(text);
      block.link_length = std::min(block.length, count_code_points(collapse_spaces(link_buffer_)));
      block.kind = block_kind(block.owner);
      block.text = std::move(text);
      blocks.push_back(std::move(block));
    }
    buffer_.clear();
    link_buffer_.clear();
  }

  BlockKind block_kind(int owner) const {
    for (int index = owner; index >= 0; index = nodes[index].parent) {
      BlockKind kind = kind_of(nodes[index].node->v.element.tag);
      if (kind != BlockKind::Paragraph) return kind;
      if (index != owner) break;
    }
    return BlockKind::Paragraph;
  }

  const ExtractResources& resources_;
  std::vector<int> block_owners_;
  std::string buffer_;
  std::string link_buffer_;
  int link_depth_ = 0;
};

bool ends_like_sentence(std::string_view text) {
  static const char* endings[] = {".", "!", "?", ":", "\"", "”", "’", "»", ")", "…"};
  for (const char* ending : endings) {
    std::size_t n = std::strlen(ending);
    if (text.size() >= n && text.substr(text.size() - n) == ending) return true;
  }
  return false;
}

double link_density(const RawBlock& block) {
  return block.length ? static_cast<double>(block.link_length) / block.length : 0.0;
}

// Teasers of other stories end cut short: "...the city said on..." or "…".
bool is_truncated(std::string_view text) {
  return text.ends_with("...") || text.ends_with("…") || text.ends_with("[…]");
}

bool is_noise(const RawBlock& block, const BodyWeights& w) {
  return link_density(block) > w.link_density || is_truncated(block.text);
}

bool is_prose(const RawBlock& block, const BodyWeights& w) {
  if (is_noise(block, w) || block.kind == BlockKind::Heading) return false;
  return block.length >= w.prose_length || (block.length >= w.sentence_length && ends_like_sentence(block.text));
}

// For each node, the nearest element at or above it that is boilerplate by itself, or -1. One
// pass in document order, so deep pages cost no more than wide ones.
std::vector<int> nearest_boilerplate(const std::vector<PageNode>& nodes) {
  std::vector<int> nearest(nodes.size(), -1);
  for (std::size_t index = 0; index < nodes.size(); ++index) {
    if (!nodes[index].own_reason.empty())
      nearest[index] = static_cast<int>(index);
    else if (nodes[index].parent >= 0)
      nearest[index] = nearest[nodes[index].parent];
  }
  return nearest;
}

// A class name can mislead ("layout-with-sidebar" around the whole page, an <aside> theme that
// wraps the story): an element holding most of the page's prose is not boilerplate, whatever
// its name or tag says. Hidden elements stay hidden.
void forgive_misleading_hints(std::vector<PageNode>& nodes, const std::vector<RawBlock>& blocks, const BodyWeights& w) {
  std::vector<double> prose(nodes.size(), 0.0);
  for (const RawBlock& block : blocks)
    if (is_prose(block, w)) prose[block.owner] += block.length;
  for (int index = static_cast<int>(nodes.size()) - 1; index > 0; --index)
    prose[nodes[index].parent] += prose[index];
  for (std::size_t index = 0; index < nodes.size(); ++index)
    if (!nodes[index].own_reason.empty() && nodes[index].own_reason != "hidden" &&
        prose[index] > w.forgive_share * prose[0])
      nodes[index].own_reason.clear();
}

// Which elements lie inside a table of data: rows of two or more cells of plain text (a
// schedule, a results table). A table whose cells hold paragraphs, lists or other tables lays
// out a page and says nothing about what is content.
std::vector<bool> data_table_cells(const std::vector<PageNode>& nodes) {
  std::vector<int> rows(nodes.size(), 0), cells(nodes.size(), 0), containers(nodes.size(), 0);
  for (int index = static_cast<int>(nodes.size()) - 1; index >= 0; --index) {
    GumboTag tag = nodes[index].node->v.element.tag;
    rows[index] += tag == GUMBO_TAG_TR;
    cells[index] += tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    const bool structure = tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ||
                           tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT ||
                           tag == GUMBO_TAG_CAPTION;
    if (int parent = nodes[index].parent; parent >= 0) {
      rows[parent] += rows[index];
      cells[parent] += cells[index];
      containers[parent] += containers[index] + (is_block_level(tag) && !structure);
    }
  }
  std::vector<bool> inside(nodes.size(), false);
  for (std::size_t index = 0; index < nodes.size(); ++index) {
    const bool data = nodes[index].node->v.element.tag == GUMBO_TAG_TABLE && rows[index] >= 2 &&
                      cells[index] >= 2 * rows[index] && containers[index] == 0;
    inside[index] = data || (nodes[index].parent >= 0 && inside[nodes[index].parent]);
  }
  return inside;
}

}  // namespace

std::string boilerplate_reason(std::string_view line, const ExtractResources& resources) {
  // No pattern spans more than a few hundred characters; a longer block is reporting, and
  // skipping it keeps big pages cheap.
  constexpr std::size_t kLongestBoilerplate = 700;
  std::string_view trimmed = trim(line);
  if (trimmed.empty() || trimmed.size() > kLongestBoilerplate) return {};
  re2::StringPiece text(trimmed.data(), trimmed.size());
  if (resources.boilerplate_set) {
    std::vector<int> matches;
    if (resources.boilerplate_set->Match(text, &matches)) {
      // The first pattern in file order names the reason, as the files document.
      return resources.boilerplate[*std::min_element(matches.begin(), matches.end())].reason;
    }
    return {};
  }
  for (const LinePattern& pattern : resources.boilerplate)
    if (RE2::FullMatch(text, *pattern.regex)) return pattern.reason;
  return {};
}

MainText extract_main_text(const GumboNode* root, const ExtractResources& resources,
                           std::string_view title) {
  MainText result;
  if (!root || root->type != GUMBO_NODE_ELEMENT) return result;
  PageWalker page(resources);
  page.walk(root);
  std::vector<PageNode>& nodes = page.nodes;

  const BodyWeights& w = resources.body;
  forgive_misleading_hints(nodes, page.blocks, w);
  std::vector<int> boilerplate = nearest_boilerplate(nodes);
  // The boilerplate element strictly inside `part` that holds `owner`, or -1.
  auto boilerplate_within = [&](int owner, int part) {
    int nearest = boilerplate[owner];
    return nearest > part ? nearest : -1;
  };

  // Subtree sizes and vote sums, bottom-up: children always follow their parent.
  for (const RawBlock& block : page.blocks) {
    bool in_boilerplate = boilerplate[block.owner] >= 0;
    if (is_prose(block, w) && !in_boilerplate)
      nodes[block.owner].prose += block.length;
    else if (is_noise(block, w) || in_boilerplate)
      nodes[block.owner].noise += block.length;
  }
  for (int index = static_cast<int>(nodes.size()) - 1; index > 0; --index) {
    PageNode& node = nodes[index];
    PageNode& parent = nodes[node.parent];
    parent.subtree_size += node.subtree_size;
    parent.prose += node.prose;
    parent.noise += node.noise;
  }

  // The body: the element whose prose most outweighs its noise. Ties go to the deeper element.
  int container = 0;
  double best = -1;
  for (int index = 0; index < static_cast<int>(nodes.size()); ++index) {
    const PageNode& node = nodes[index];
    if (node.prose <= 0) continue;
    double score = node.prose * (node.positive_hint ? w.positive_hint : 1.0) - w.noise_weight * node.noise;
    if (score >= best) {
      best = score;
      container = index;
    }
  }
  // The body's parts: the container and, when an article is cut into sibling containers of one
  // tag and class (its text on both sides of an advertisement or a "read more" box), each such
  // sibling whose prose outweighs its noise.
  std::vector<int> parts = {container};
  if (w.join_siblings && nodes[container].parent >= 0) {
    const GumboNode* element = nodes[container].node;
    std::string kind(attribute(element, "class"));
    int parent = nodes[container].parent;
    for (int j = parent + 1; !kind.empty() && j < parent + nodes[parent].subtree_size; j += nodes[j].subtree_size) {
      const PageNode& sibling = nodes[j];
      if (j == container || boilerplate[j] >= 0 || sibling.prose <= sibling.noise) continue;
      if (sibling.node->v.element.tag == element->v.element.tag && attribute(sibling.node, "class") == kind)
        parts.push_back(j);
    }
    std::sort(parts.begin(), parts.end());
  }
  // The part that holds `owner`, or -1 when it is outside the body.
  auto part_of = [&](int owner) {
    for (int part : parts)
      if (owner >= part && owner < part + nodes[part].subtree_size) return part;
    return -1;
  };
  std::vector<bool> in_table = data_table_cells(nodes);

  // Prose before the first and after the last prose block is rarely reporting (bylines, dates,
  // "Advertisement", tag lists); between them, short blocks are subheadings and kept.
  int first_prose = -1, last_prose = -1;
  for (int i = 0; i < static_cast<int>(page.blocks.size()); ++i) {
    const RawBlock& block = page.blocks[i];
    int part = part_of(block.owner);
    if (part < 0 || !is_prose(block, w)) continue;
    if (boilerplate_within(block.owner, part) >= 0) continue;
    if (first_prose < 0) first_prose = i;
    last_prose = i;
  }

  std::string lowered_title = unicode_lower(collapse_spaces(title));
  for (int i = 0; i < static_cast<int>(page.blocks.size()); ++i) {
    RawBlock& block = page.blocks[i];
    std::string reason;
    int part = part_of(block.owner);
    // A list or, where kept, a table that follows the prose is the article's own (a schedule, a
    // results table); link lists among them are noise and dropped above.
    const bool listed = block.kind == BlockKind::ListItem || (w.keep_tables && in_table[block.owner]);
    if (part < 0) {
      int nearest = boilerplate[block.owner];
      reason = nearest >= 0 ? nodes[nearest].own_reason : "outside the main content";
    } else if (int within = boilerplate_within(block.owner, part); within >= 0) {
      reason = nodes[within].own_reason;
    } else if (is_noise(block, w)) {
      reason = boilerplate_reason(block.text, resources);
      if (reason.empty()) reason = is_truncated(block.text) ? "teaser" : "link list";
    } else if (block.kind == BlockKind::Heading && unicode_lower(block.text) == lowered_title) {
      reason = "title";
    } else if (!is_prose(block, w) && block.length < w.fragment_length &&
               (i < first_prose || (i > last_prose && !listed))) {
      reason = "short fragment outside the body";
    }
    if (reason.empty())
      result.blocks.push_back({std::move(block.text), block.kind});
    else
      result.dropped.push_back({std::move(block.text), std::move(reason)});
  }
  return result;
}

}  // namespace storyline
