#include "extract/plain_text.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/cleaning.h"
#include "util/text.h"

namespace storyline {
namespace {

// The header is the title, bylines, date lines and stray lines above the story; it never runs
// deeper than this many lines.
constexpr std::size_t kMaxHeaderLines = 6;

struct Line {
  std::string text;
  bool alone = false;  // a group of its own: blank lines above and below
};

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

// A URL line or a byline/date line is never part of a hard-wrapped paragraph, even without blank
// lines around it ("Title\nPublished: May 3, 2013\nStory...").
bool stands_apart(std::string_view line, const ExtractResources& resources) {
  return !url_of_line(line).empty() || read_byline_line(line, resources).matches;
}

std::vector<Line> read_lines(std::string_view text, const ExtractResources& resources) {
  // Groups of lines between blank lines; a URL, byline or date line is a group of its own and
  // bounds its neighbours as a blank line does.
  std::vector<std::vector<std::string_view>> groups(1);
  std::vector<bool> blank_after(1, false);
  for (std::string_view line : split_lines(text)) {
    line = trim(line);
    if (line.empty()) {
      blank_after.back() = true;
      if (!groups.back().empty()) groups.emplace_back(), blank_after.push_back(false);
      continue;
    }
    bool apart = stands_apart(line, resources);
    if (apart && !groups.back().empty()) groups.emplace_back(), blank_after.push_back(false);
    groups.back().push_back(line);
    if (apart) blank_after.back() = true, groups.emplace_back(), blank_after.push_back(false);
  }
  std::vector<Line> lines;
  bool blank_before = true;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto& group = groups[g];
    if (group.empty()) {  // what follows a URL, byline or date line
      blank_before = blank_before || blank_after[g];
      continue;
    }
    if (is_hard_wrapped(group)) {
      std::string joined;
      for (std::string_view line : group) joined += std::string(line) + " ";
      lines.push_back({collapse_spaces(joined), false});
    } else {
      bool alone = group.size() == 1 && blank_before && blank_after[g] && g + 1 < groups.size();
      for (std::string_view line : group) lines.push_back({collapse_spaces(line), alone});
    }
    blank_before = blank_after[g];
  }
  return lines;
}

}  // namespace

std::string url_of_line(std::string_view line) {
  static const RE2 url(R"((?i)(https?://|www\.)[\w-]+(\.[\w-]+)+(/\S*)?)");
  line = trim(line);
  if (!(line.starts_with("http") || line.starts_with("HTTP") || line.starts_with("www.")))
    return {};
  // Only spaces beside URL punctuation are stray ("www. example. org / a"); a space between two
  // words means the line goes on as prose.
  auto is_punctuation = [](char c) { return std::string_view("/.:-_?=&#%+~").find(c) != std::string_view::npos; };
  std::string joined;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ' ' && line[i] != '\t') {
      joined += line[i];
      continue;
    }
    std::size_t next = line.find_first_not_of(" \t", i);
    if (joined.empty() || next == std::string_view::npos) continue;
    if (!is_punctuation(joined.back()) && !is_punctuation(line[next])) return {};
  }
  return RE2::FullMatch(joined, url) ? joined : std::string();
}

PlainText read_plain_text(std::string_view text, const ExtractResources& resources) {
  PlainText result;
  std::vector<Line> lines = read_lines(text, resources);
  auto is_byline = [&](std::size_t i) {
    return i < lines.size() && read_byline_line(lines[i].text, resources).matches;
  };
  // The header: stray lines, the title (standing alone, or just above a byline or date line) and
  // the bylines and date lines around it, set aside until the first line of the story.
  std::size_t first = 0;
  while (first < lines.size() && first < kMaxHeaderLines) {
    const std::string& line = lines[first].text;
    if (std::string url = url_of_line(line); !url.empty()) {
      if (result.url.empty()) result.url = url;
      result.body.dropped.push_back({line, "url"});
    } else if (std::string reason = boilerplate_reason(line, resources); !reason.empty()) {
      result.body.dropped.push_back({line, reason});
    } else if (is_byline(first)) {
      result.body.dropped.push_back({line, "byline"});
    } else if (result.title.empty() && looks_like_headline(line) && first + 1 < lines.size() &&
               (lines[first].alone || is_byline(first + 1))) {
      result.title = line;
    } else {
      break;
    }
    ++first;
  }
  for (std::size_t i = first; i < lines.size(); ++i) {
    TextBlock block{lines[i].text, BlockKind::Paragraph};
    if (looks_like_headline(block.text) && i + 1 < lines.size()) block.kind = BlockKind::Heading;
    result.body.blocks.push_back(std::move(block));
  }
  return result;
}

}  // namespace storyline
