#include "recognize/speech/quote_marks.h"

#include <string_view>

namespace storyline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_alnum(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0xC3;
}

// Trims spaces, and the commas the English convention keeps inside the marks ("ready,”).
Span trim_words(std::string_view text, std::size_t begin, std::size_t end, bool lead_punct) {
  auto drop = [&](char c, bool leading) {
    return is_space(c) || c == ',' || c == ';' || (!leading && c == ':') ||
           (leading && lead_punct && (c == '.' || c == ':'));
  };
  while (begin < end && drop(text[begin], true)) ++begin;
  while (end > begin && drop(text[end - 1], false)) --end;
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

bool starts(std::string_view text, std::size_t at, const std::string& mark) {
  return !mark.empty() && text.substr(at, mark.size()) == mark;
}

// A straight mark opens where a word could start: after a space, bracket or dash.
bool can_open_straight(std::string_view text, std::size_t at, std::size_t paragraph_begin) {
  if (at + 1 >= text.size() || is_space(text[at + 1])) return false;
  if (at == paragraph_begin) return true;
  char before = text[at - 1];
  return is_space(before) || before == '(' || before == '[' || before == '/' ||
         static_cast<unsigned char>(before) >= 0x80;
}

void dialogue(const SpeechContext& ctx, std::size_t begin, std::size_t end, std::vector<QuoteStretch>& out) {
  std::string_view text = ctx.text;
  // Dash positions: the opener, then each dash that is not inside a word or number range.
  std::vector<std::pair<std::size_t, std::size_t>> dashes;  // position, length
  for (std::size_t i = begin; i < end; ++i) {
    for (const std::string& dash : ctx.lang.dashes) {
      if (!starts(text, i, dash)) continue;
      bool inside_word = i > begin && is_alnum(text[i - 1]) && i + dash.size() < end &&
                         is_alnum(text[i + dash.size()]);
      if (!inside_word) dashes.emplace_back(i, dash.size());
      i += dash.size() - 1;
      break;
    }
  }
  int previous = -1;
  for (std::size_t k = 0; k < dashes.size(); k += 2) {
    std::size_t from = dashes[k].first + dashes[k].second;
    std::size_t to = k + 1 < dashes.size() ? dashes[k + 1].first : end;
    QuoteStretch piece;
    piece.words = trim_words(text, from, to, k > 0);
    piece.dash = true;
    piece.open = {static_cast<std::uint32_t>(dashes[k].first), static_cast<std::uint32_t>(from)};
    if (k + 1 < dashes.size())
      piece.close = {static_cast<std::uint32_t>(to), static_cast<std::uint32_t>(to + dashes[k + 1].second)};
    else
      piece.close = {static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(end)};
    if (k + 1 < dashes.size()) {
      std::size_t narration_end = k + 2 < dashes.size() ? dashes[k + 2].first : end;
      piece.narration = {piece.close.end, static_cast<std::uint32_t>(narration_end)};
    }
    if (piece.words.begin >= piece.words.end) continue;
    piece.continues = previous;
    previous = static_cast<int>(out.size());
    out.push_back(piece);
  }
}

void marked(const SpeechContext& ctx, std::size_t begin, std::size_t end, std::vector<QuoteStretch>& out) {
  std::string_view text = ctx.text;
  std::size_t i = begin;
  while (i < end) {
    const std::pair<std::string, std::string>* pair = nullptr;
    for (const auto& candidate : ctx.lang.mark_pairs)
      if (starts(text, i, candidate.first)) { pair = &candidate; break; }
    if (!pair) { ++i; continue; }
    const std::string& open = pair->first;
    const std::string& close = pair->second;
    bool straight = open == close;
    if (straight && !can_open_straight(text, i, begin)) { i += open.size(); continue; }
    // The matching close, counting nested pairs of the same marks.
    std::size_t j = i + open.size();
    int depth = 0;
    std::size_t found = std::string_view::npos;
    while (j < end) {
      if (straight && starts(text, j, close) && !is_space(text[j - 1])) { found = j; break; }
      if (!straight && starts(text, j, open)) { ++depth; j += open.size(); continue; }
      if (!straight && starts(text, j, close)) {
        if (depth == 0) { found = j; break; }
        --depth;
        j += close.size();
        continue;
      }
      ++j;
    }
    QuoteStretch stretch;
    stretch.open = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + open.size())};
    std::size_t words_end = found == std::string_view::npos ? end : found;
    stretch.words = trim_words(text, i + open.size(), words_end, false);
    if (found != std::string_view::npos)
      stretch.close = {static_cast<std::uint32_t>(found), static_cast<std::uint32_t>(found + close.size())};
    else
      stretch.close = {static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(end)};
    if (stretch.words.begin < stretch.words.end) out.push_back(stretch);
    i = found == std::string_view::npos ? end : found + close.size();
  }
}

}  // namespace

std::vector<QuoteStretch> find_quote_stretches(const SpeechContext& ctx) {
  std::vector<QuoteStretch> out;
  std::string_view text = ctx.text;
  int unclosed_before = -1;  // an unclosed quote ending the previous paragraph
  for (const Span& paragraph : ctx.paragraphs) {
    std::size_t first = out.size();
    bool is_dialogue = false;
    for (const std::string& dash : ctx.lang.dashes) is_dialogue |= starts(text, paragraph.begin, dash);
    if (is_dialogue)
      dialogue(ctx, paragraph.begin, paragraph.end, out);
    else
      marked(ctx, paragraph.begin, paragraph.end, out);
    // The English convention: a quote running on leaves its paragraph open and the next one
    // reopens it.
    if (unclosed_before >= 0 && out.size() > first && !out[first].dash && out[first].open.begin == paragraph.begin)
      out[first].continues = unclosed_before;
    unclosed_before = -1;
    if (out.size() > first && !out.back().dash && out.back().unclosed())
      unclosed_before = static_cast<int>(out.size() - 1);
  }
  return out;
}

}  // namespace storyline
