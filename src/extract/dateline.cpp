#include "extract/dateline.h"

#include <re2/re2.h>

#include <array>
#include <vector>

#include "util/text.h"

namespace storyline {
namespace {

// A dateline is short: a place, a date and a credit fit well within this many bytes.
constexpr std::size_t kMaxHeadBytes = 100;

// Where the dateline's closing dash starts and how long it is ("—", "–", " - ", "--").
struct Dash {
  std::size_t at = std::string_view::npos;
  std::size_t size = 0;
};

Dash first_dash(std::string_view text) {
  static const std::array<std::string_view, 4> dashes = {"\u2014", "\u2013", " - ", "--"};
  Dash best;
  for (std::string_view dash : dashes) {
    std::size_t at = text.find(dash);
    if (at < best.at) best = {at, dash.size()};
  }
  return best;
}

// "Coastal Wire", "EFE", "Sports Network": a name, not a remark or a number.
bool is_credit(std::string_view text) {
  static const RE2 credit(R"(\p{Lu}[\p{L}&.'! -]+)");
  return text.size() >= 2 && text.size() <= 40 &&
         RE2::FullMatch(re2::StringPiece(text.data(), text.size()), credit) &&
         word_tokens(text).size() <= 5;
}

// Every word opens with a capital (or is a dateline word such as "de"): "PORT SALTMERE",
// "Mannheim", "Washington D. C.", "Ciudad de México".
bool is_place(std::string_view text, const ExtractResources& resources) {
  static const RE2 capital(R"(^\p{Lu})");
  bool any = false;
  for (const std::string& word : split(collapse_spaces(text), ' ')) {
    if (word.empty()) continue;
    if (!RE2::PartialMatch(word, capital) && !resources.dateline_words.count(unicode_lower(word)))
      return false;
    any = true;
  }
  return any;
}

// "March 10", "Mar. 10th", "10 March", "12 mar", "14 de marzo", with an optional year after it.
bool read_date(std::string_view text, const ExtractResources& resources, Dateline& out) {
  static const RE2 month_day(R"((\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)");
  static const RE2 day_month(
      R"((\d{1,2})(?:º|°)?\s+(?:de\s+)?(\pL+)\.?(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?)");
  std::string lowered = unicode_lower(collapse_spaces(text));
  std::string month_word, day, year;
  if (!RE2::FullMatch(lowered, month_day, &month_word, &day, &year) &&
      !RE2::FullMatch(lowered, day_month, &day, &month_word, &year))
    return false;
  auto month = resources.months.find(month_word);
  if (month == resources.months.end()) return false;
  int d = std::stoi(day);
  if (d < 1 || d > 31) return false;
  out.month = month->second;
  out.day = d;
  out.year = year.empty() ? 0 : std::stoi(year);
  return true;
}

// The part before the dash: "PORT SALTMERE, March 10 (Coastal Wire)".
bool read_head(std::string_view head, const ExtractResources& resources, Dateline& out) {
  head = trim(head);
  if (!head.empty() && head.back() == ')') {
    std::size_t open = head.rfind('(');
    if (open == std::string_view::npos) return false;
    std::string_view credit = trim(head.substr(open + 1, head.size() - open - 2));
    if (!is_credit(credit)) return false;
    out.credit = std::string(credit);
    head = trim(head.substr(0, open));
  }
  std::vector<std::string> segments = split(std::string(head), ',');
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::string_view segment = trim(segments[i]);
    if (i == 0) {
      if (!is_place(segment, resources)) return false;
      out.place = std::string(segment);
    } else if (out.month == 0 && read_date(segment, resources, out)) {
      continue;
    } else if (out.month != 0 && out.year == 0 && RE2::FullMatch(std::string(segment), R"(\d{4})")) {
      out.year = std::stoi(std::string(segment));  // "March 10, 2026" split at its comma
    } else if (out.month == 0 && is_place(segment, resources)) {
      out.place += ", " + std::string(segment);  // "Mannheim, Germany"
    } else {
      return false;
    }
  }
  return !out.place.empty();
}

}  // namespace

std::optional<Dateline> read_dateline(std::string_view paragraph,
                                      const ExtractResources& resources) {
  paragraph = trim(paragraph);
  // A dateline with nothing after it ends in its bare dash: "OSLO (Reuters) -".
  bool bare_dash = false;
  for (std::string_view dash : {std::string_view(" -"), std::string_view("\u2014"),
                                std::string_view("\u2013")}) {
    if (!paragraph.ends_with(dash)) continue;
    paragraph = trim(paragraph.substr(0, paragraph.size() - dash.size()));
    bare_dash = true;
  }
  Dash dash = first_dash(paragraph.substr(0, std::min(paragraph.size(), kMaxHeadBytes + 4)));
  std::string_view head = dash.at == std::string_view::npos ? paragraph : paragraph.substr(0, dash.at);
  if (head.empty() || head.size() > kMaxHeadBytes) return std::nullopt;
  Dateline dateline;
  if (!read_head(head, resources, dateline)) return std::nullopt;
  // "WASHINGTON - April 27 - The president ...": the date between two dashes.
  if (dateline.month == 0 && dash.at != std::string_view::npos) {
    std::string_view rest = paragraph.substr(dash.at + dash.size);
    Dash second = first_dash(rest.substr(0, std::min(rest.size(), kMaxHeadBytes)));
    if (second.at != std::string_view::npos) read_date(trim(rest.substr(0, second.at)), resources, dateline);
  }
  if (dateline.month == 0 && dateline.credit.empty()) return std::nullopt;
  // Without its dash, only a date makes a line a dateline: "Three Dead (Updated)" is a title.
  if (dash.at == std::string_view::npos && !bare_dash && dateline.month == 0) return std::nullopt;
  return dateline;
}

}  // namespace storyline
