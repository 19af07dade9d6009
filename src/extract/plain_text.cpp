#include "extract/plain_text.h"

#include "extract/cleaning.h"
#include "util/text.h"

namespace storyline {
namespace {

bool looks_like_headline(std::string_view line) {
  if (line.empty() || line.size() > 200) return false;
  if (word_tokens(line).size() > 25) return false;
  return line.back() != '.' && line.back() != ',' && line.back() != ';';
}

// A group of lines written with hard line breaks: the lines are of similar, screen-like length
// and most of them stop in the middle of a sentence.
bool is_hard_wrapped(const std::vector<std::string_view>& group) {
  if (group.size() < 2) return false;
  std::size_t open_endings = 0;
  for (std::size_t i = 0; i + 1 < group.size(); ++i) {
    std::size_t length = count_code_points(group[i]);
    if (length < 30 || length > 100) return false;
    char last = group[i].back();
    if (last != '.' && last != '!' && last != '?' && last != ':' && last != '"') ++open_endings;
  }
  return open_endings * 2 > group.size() - 1;
}

}  // namespace

PlainText read_plain_text(std::string_view text, const ExtractResources& resources) {
  PlainText result;
  std::vector<std::vector<std::string_view>> groups(1);
  for (std::string_view line : split_lines(text)) {
    line = trim(line);
    if (line.empty()) {
      if (!groups.back().empty()) groups.emplace_back();
    } else {
      groups.back().push_back(line);
    }
  }
  if (groups.size() > 1 && groups.back().empty()) groups.pop_back();
  // A headline stands alone: one line, then a blank line, then the story.
  bool headline_first = groups.size() > 1 && groups.front().size() == 1;
  std::vector<std::string> paragraphs;
  for (const auto& group : groups) {
    if (is_hard_wrapped(group)) {
      std::string joined;
      for (std::string_view line : group) joined += std::string(line) + " ";
      paragraphs.push_back(collapse_spaces(joined));
    } else {
      for (std::string_view line : group) paragraphs.push_back(collapse_spaces(line));
    }
  }
  std::size_t first = 0;
  if (headline_first && looks_like_headline(paragraphs[0]) &&
      boilerplate_reason(paragraphs[0], resources).empty()) {
    result.title = paragraphs[0];
    first = 1;
  }
  // Bylines and datelines sit just under the headline.
  for (std::size_t i = first; i < paragraphs.size() && i < first + 2; ++i) {
    if (!read_byline_line(paragraphs[i], resources).matches) continue;
    result.body.dropped.push_back({paragraphs[i], "byline"});
    paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
    break;
  }
  for (std::size_t i = first; i < paragraphs.size(); ++i) {
    TextBlock block{paragraphs[i], BlockKind::Paragraph};
    if (looks_like_headline(block.text) && i + 1 < paragraphs.size()) block.kind = BlockKind::Heading;
    result.body.blocks.push_back(std::move(block));
  }
  return result;
}

}  // namespace storyline
