#include "extract/cleaning.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/published_date.h"
#include "util/text.h"

namespace storyline {
namespace {

bool is_footer_marker(const std::string& reason) {
  return reason == "copyright footer" || reason == "contact footer" || reason == "comment form" ||
         reason == "syndication notice";
}

// "Jane Doe and John Roe, Staff" -> {"Jane Doe", "John Roe", "Staff"}.
std::vector<std::string> split_names(std::string text, const ExtractResources& resources) {
  RE2::GlobalReplace(&text, *resources.byline_separator, "\x1f");
  return split(text, '\x1f');
}

// "Port Saltmere, 14 de marzo de 2026", "Updated March 12, 2026": a written date with nothing
// around it but capitalised names and the few lower-case words datelines use. "I'll be out
// January 12, 2016" holds a date too, but it is a sentence.
bool is_dateline(const std::string& segment, const ExtractResources& resources) {
  if (!find_date_in_text(segment, resources)) return false;
  std::size_t start = 0;
  while (start < segment.size()) {
    std::size_t end = segment.find(' ', start);
    if (end == std::string::npos) end = segment.size();
    std::string_view word(segment.data() + start, end - start);
    start = end + 1;
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (word.empty()) continue;
    unsigned char first = static_cast<unsigned char>(word.front());
    if (!(first >= 'a' && first <= 'z')) continue;  // a number, a capital, or a non-ASCII capital
    std::string lowered = unicode_lower(word);
    if (!resources.months.count(lowered) && !resources.dateline_words.count(lowered) &&
        !resources.byline_noise.count(lowered))
      return false;
  }
  return true;
}

// "CNN", "EFE", "Harbor News", "Agencia EFE": an acronym, or capitalised words one of which is
// an outlet word. "Staff Writer" and "John Roe" are not.
bool is_outlet_name(std::string_view part, const ExtractResources& resources) {
  static const RE2 acronym(R"([A-Z]{2,6})");
  static const RE2 capital(R"(^\p{Lu})");
  std::string text(trim(part));
  while (!text.empty() && text.back() == '.') text.pop_back();
  if (RE2::FullMatch(text, acronym)) return true;
  if (!RE2::PartialMatch(text, capital)) return false;
  std::vector<std::string> words = word_tokens(text);
  if (words.empty() || words.size() > 5) return false;
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return resources.outlet_words.count(unicode_lower(word)) > 0;
  });
}

}  // namespace

void drop_boilerplate_blocks(std::vector<TextBlock>& blocks, std::vector<DroppedBlock>& dropped,
                             const ExtractResources& resources) {
  std::size_t total = 0;
  for (const TextBlock& block : blocks) total += block.text.size();
  std::vector<TextBlock> kept;
  std::size_t seen = 0;
  std::string tail_reason;
  for (TextBlock& block : blocks) {
    seen += block.text.size();
    if (!tail_reason.empty()) {
      dropped.push_back({std::move(block.text), "after " + tail_reason});
      continue;
    }
    std::string reason = boilerplate_reason(collapse_spaces(block.text), resources);
    if (reason.empty()) {
      kept.push_back(std::move(block));
      continue;
    }
    // Only in the last third: a copyright line quoted in the middle of a story is not the end.
    if (is_footer_marker(reason) && seen * 3 >= total * 2) tail_reason = reason;
    dropped.push_back({std::move(block.text), std::move(reason)});
  }
  blocks = std::move(kept);
}

std::vector<std::string> clean_byline(const std::vector<std::string>& raw,
                                      const ExtractResources& resources) {
  static const RE2 digits(R"(\d)");
  std::vector<std::string> names;
  for (const std::string& entry : raw) {
    std::string text = collapse_spaces(entry);
    if (text.find("://") != std::string::npos || text.find('@') != std::string::npos) continue;
    RE2::Replace(&text, *resources.byline_lead, "");
    for (std::string part : split_names(text, resources)) {
      part = std::string(trim(part));
      RE2::Replace(&part, *resources.byline_lead, "");
      if (part.empty() || part.size() > 60 || RE2::PartialMatch(part, digits)) continue;
      std::vector<std::string> words = word_tokens(part);
      if (words.empty() || words.size() > 5) continue;
      // "Staff Writer", "Redacción Onda Salina": a part that opens with a noise word is a job
      // or a desk, not a person.
      if (resources.byline_noise.count(words.front())) continue;
      if (is_outlet_name(part, resources)) continue;  // "By Jane Doe, CNN": CNN is no person
      if (std::find(names.begin(), names.end(), part) == names.end()) names.push_back(part);
    }
  }
  return names;
}

std::string byline_credit(const std::vector<std::string>& raw, const ExtractResources& resources) {
  for (const std::string& entry : raw) {
    std::vector<std::string> parts = split(collapse_spaces(entry), ',');
    if (parts.size() < 2) continue;
    std::string last(trim(parts.back()));
    while (!last.empty() && last.back() == '.') last.pop_back();
    if (is_outlet_name(last, resources)) return last;
  }
  return {};
}

BylineLine read_byline_line(std::string_view line, const ExtractResources& resources) {
  static const RE2 segment_breaks(R"(\s*(?:\||·|•|—|\.\s)\s*)");
  static const RE2 capital(R"(^\p{Lu})");
  BylineLine result;
  std::string text = collapse_spaces(line);
  if (text.empty() || text.size() > 150) return result;
  RE2::GlobalReplace(&text, segment_breaks, "\x1f");
  bool dated = false;
  for (const std::string& piece : split(text, '\x1f')) {
    std::string segment(trim(piece));
    if (!segment.empty() && segment.back() == '.') segment.pop_back();
    if (segment.empty()) continue;
    re2::StringPiece rest(segment);
    if (RE2::Consume(&rest, *resources.byline_lead) && RE2::PartialMatch(rest, capital)) {
      result.names.push_back(segment);
    } else if (segment.size() < 60 && is_dateline(segment, resources)) {
      dated = true;
    } else if (std::vector<std::string> words = word_tokens(segment);
               !words.empty() && words.size() <= 4 && resources.byline_noise.count(words.front())) {
      continue;  // a desk or job title beside the name: "Redacción", "Staff Writer"
    } else if (segment.size() <= 5 && RE2::FullMatch(segment, "[A-Z]+")) {
      continue;  // a time zone cut off by the period of "a.m.": "ET", "GMT"
    } else {
      return {};  // something else is said on this line: it is reporting, not a byline
    }
  }
  result.matches = dated || !result.names.empty();
  return result;
}

std::string registrable_domain(std::string_view url, const ExtractResources& resources) {
  std::size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  std::string host = ascii_lower(rest.substr(0, rest.find_first_of("/?#")));
  if (std::size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (std::size_t colon = host.find(':'); colon != std::string::npos) host.resize(colon);
  if (host.empty() || host.find('.') == std::string::npos) return {};
  std::vector<std::string> labels = split(host, '.');
  std::size_t keep = 2;
  if (labels.size() >= 3) {
    std::string last_two = labels[labels.size() - 2] + "." + labels.back();
    if (std::find(resources.public_suffixes.begin(), resources.public_suffixes.end(), last_two) !=
        resources.public_suffixes.end())
      keep = 3;
  }
  keep = std::min(keep, labels.size());
  std::string domain;
  for (std::size_t i = labels.size() - keep; i < labels.size(); ++i)
    domain += (domain.empty() ? "" : ".") + labels[i];
  return domain;
}

}  // namespace storyline
