// Loading of resources/<lang>/numbers/*.txt into QuantityResources.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "recognize/quantities/quantities.h"
#include "recognize/quantities/quantity_lexicon.h"
#include "util/resource_lines.h"
#include "util/text.h"

namespace storyline {
namespace fs = std::filesystem;

namespace {

using Line = ResourceLine;

std::vector<Line> read_lines(const fs::path& path) { return read_resource_lines(path); }

[[noreturn]] void fail(const fs::path& path, const Line& line, const std::string& why) {
  resource_error(path, line, why);
}

double parse_value(const fs::path& path, const Line& line, const std::string& text) {
  try {
    std::size_t used = 0;
    double value = std::stod(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  fail(path, line, "not a number: " + text);
}

// words.txt: `word | kind value | kind value ...`; flag kinds (point, minus, joiner) take no value.
void read_words(const fs::path& path, LanguageNumbers& language) {
  for (const Line& line : read_lines(path)) {
    if (line.fields.size() < 2) fail(path, line, "expected `word | kind value`");
    NumberWord& word = language.words[fold_word(line.fields[0])];
    for (std::size_t f = 1; f < line.fields.size(); ++f) {
      const std::string& sense = line.fields[f];
      std::size_t space = sense.find(' ');
      std::string kind = sense.substr(0, space);
      if (kind == "point") { word.point = true; continue; }
      if (kind == "minus") { word.minus = true; continue; }
      if (kind == "ordinal_suffix") { word.ordinal_suffix = true; continue; }
      if (kind == "lone") { word.lone = true; continue; }
      if (space == std::string::npos) fail(path, line, "kind without value: " + sense);
      double value = parse_value(path, line, sense.substr(space + 1));
      double* slot = kind == "digit"      ? &word.digit
                     : kind == "teen"     ? &word.teen
                     : kind == "ten"      ? &word.ten
                     : kind == "hundred"  ? &word.hundred
                     : kind == "hundreds" ? &word.hundreds
                     : kind == "scale"    ? &word.scale
                     : kind == "dozen"    ? &word.dozen
                     : kind == "article"  ? &word.article
                     : kind == "half"     ? &word.half
                     : kind == "fraction" ? &word.fraction
                     : kind == "ordinal"  ? &word.ordinal
                     : kind == "vague"    ? &word.vague
                     : kind == "joiner"   ? &word.joiner
                                          : nullptr;
      if (!slot) fail(path, line, "unknown kind: " + kind);
      *slot = value;
    }
  }
}

// `tag | phrase | phrase ...`: every phrase gets the line's tag.
void read_tagged(const fs::path& path, QuantityPhrases& table) {
  for (const Line& line : read_lines(path)) {
    if (line.fields.size() < 2) fail(path, line, "expected `tag | phrase ...`");
    for (std::size_t f = 1; f < line.fields.size(); ++f) table.add(line.fields[f], line.fields[0]);
  }
}

std::unordered_set<std::string> read_set(const fs::path& path) {
  std::unordered_set<std::string> set;
  for (const Line& line : read_lines(path))
    for (const std::string& field : line.fields) set.insert(fold_word(field));
  return set;
}

LanguageNumbers load_language(const fs::path& dir) {
  LanguageNumbers language;
  read_words(dir / "words.txt", language);
  for (const Line& line : read_lines(dir / "suffix_scales.txt")) {
    if (line.fields.size() != 2) fail(dir / "suffix_scales.txt", line, "expected `suffix | value`");
    language.suffix_scales[line.fields[0]] = parse_value(dir / "suffix_scales.txt", line, line.fields[1]);
  }
  read_tagged(dir / "currencies.txt", language.currencies);
  read_tagged(dir / "qualifiers.txt", language.qualifiers);
  for (const Line& line : read_lines(dir / "ranges.txt")) {
    if (line.fields.size() != 2) fail(dir / "ranges.txt", line, "expected `opener | connector`");
    if (line.fields[0] == "*")
      language.range_connectors.insert(fold_word(line.fields[1]));
    else
      language.range_openers.add(line.fields[0], fold_word(line.fields[1]));
  }
  for (const Line& line : read_lines(dir / "percent.txt")) language.percent.add(line.fields[0], "percent");
  for (const Line& line : read_lines(dir / "times.txt")) language.times.add(line.fields[0], "time");
  language.names = read_set(dir / "names.txt");
  language.pronoun_one = read_set(dir / "pronoun_one.txt");
  language.counted_stops = read_set(dir / "counted_stops.txt");
  language.counted_joiners = read_set(dir / "counted_joiners.txt");
  language.counted_of = read_set(dir / "counted_of.txt");
  language.participle_endings = read_set(dir / "participle_endings.txt");
  language.one_cues = read_set(dir / "one_cues.txt");
  language.currency_after_only = read_set(dir / "currency_after_only.txt");
  language.counted_verbs = read_set(dir / "counted_verbs.txt");
  language.counted_determiners = read_set(dir / "counted_determiners.txt");
  for (const Line& line : read_lines(dir / "counted_verb_endings.txt"))
    language.counted_verb_endings.push_back(fold_word(line.fields[0]));
  for (const Line& line : read_lines(dir / "fraction_endings.txt")) {
    if (line.fields.size() != 2) fail(dir / "fraction_endings.txt", line, "expected `ending | multiplier`");
    language.fraction_endings.emplace_back(fold_word(line.fields[0]),
                                           parse_value(dir / "fraction_endings.txt", line, line.fields[1]));
  }
  for (const Line& line : read_lines(dir / "ratios.txt")) {
    if (line.fields.size() != 2 || (line.fields[1] != "clause_end" && line.fields[1] != "smaller"))
      fail(dir / "ratios.txt", line, "expected `phrase | clause_end` or `phrase | smaller`");
    language.ratios.add(line.fields[0], line.fields[1]);
  }
  for (const Line& line : read_lines(dir / "separators.txt"))
    if (line.fields.size() == 2 && line.fields[0] == "decimal") language.decimal_comma = line.fields[1] == ",";
  return language;
}

}  // namespace

std::shared_ptr<const QuantityResources> load_quantity_resources(const std::string& resource_dir) {
  auto resources = std::make_shared<QuantityResources>();
  for (const fs::path& language : language_folders(resource_dir, "numbers"))
    resources->languages.emplace(language.filename().string(), load_language(language / "numbers"));
  return resources;
}

}  // namespace storyline
