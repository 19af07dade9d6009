// Finding the article body in an HTML5 tree and dropping everything around it.
//
// The page is cut into text blocks (the inline content between block-level boundaries). Blocks
// that read like prose (long, few links) vote for the elements that contain them; link lists,
// navigation and blocks inside containers whose class or id names boilerplate vote against. The
// element with the best balance is the body; its blocks are then cleaned one by one (link lists,
// share bars, cross-links, bylines, captions) with the reasons kept.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/resources.h"

namespace storyline {

enum class BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted };

struct TextBlock {
  std::string text;  // whitespace collapsed
  BlockKind kind = BlockKind::Paragraph;
};

struct MainText {
  std::vector<TextBlock> blocks;  // the body, in document order
  std::vector<DroppedBlock> dropped;
};

// `title` is the page's title as found in metadata: a heading repeating it is not body text.
MainText extract_main_text(const GumboNode* root, const ExtractResources& resources,
                           std::string_view title);

// Why a line of text is boilerplate by the resource patterns, or empty when it is not.
std::string boilerplate_reason(std::string_view line, const ExtractResources& resources);

}  // namespace storyline
