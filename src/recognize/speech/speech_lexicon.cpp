// Loading of resources/<lang>/speech/*.txt into SpeechResources.
#include "recognize/speech/speech_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "recognize/speech/speech.h"
#include "util/resource_lines.h"

namespace storyline {
namespace fs = std::filesystem;

namespace {

using Line = ResourceLine;

std::vector<Line> read_lines(const fs::path& path) { return read_resource_lines(path); }

[[noreturn]] void fail(const fs::path& path, const Line& line, const std::string& why) {
  resource_error(path, line, why);
}

void expect_fields(const fs::path& path, const Line& line, std::size_t count, const char* format) {
  if (line.fields.size() != count) fail(path, line, std::string("expected `") + format + "`");
}

std::unordered_set<std::string> read_set(const fs::path& path) {
  std::unordered_set<std::string> set;
  for (const Line& line : read_lines(path)) {
    expect_fields(path, line, 1, "word");
    set.insert(fold_word(line.fields[0]));
  }
  return set;
}

void read_phrases(const fs::path& path, SpeechPhrases& phrases) {
  for (const Line& line : read_lines(path)) {
    expect_fields(path, line, 1, "phrase");
    phrases.add(line.fields[0]);
  }
}

void read_cues(const fs::path& path, SpeechPhrases& cues) {
  for (const Line& line : read_lines(path)) {
    int flags = 0;
    for (std::size_t f = 1; f < line.fields.size(); ++f) {
      const std::string& flag = line.fields[f];
      if (flag == "audience") flags |= kCueAudience;
      else if (flag == "quote") flags |= kCueQuoteOnly;
      else if (flag == "report") flags |= kCueReportOnly;
      else if (flag == "participle") flags |= kCueParticiple;
      else fail(path, line, "unknown cue flag: " + flag);
    }
    cues.add(line.fields[0], flags);
  }
}

void read_marks(const fs::path& path, SpeechLanguage& language) {
  for (const Line& line : read_lines(path)) {
    if (line.fields[0] == "pair" && line.fields.size() == 3)
      language.mark_pairs.emplace_back(line.fields[1], line.fields[2]);
    else if (line.fields[0] == "dash" && line.fields.size() == 2)
      language.dashes.push_back(line.fields[1]);
    else
      fail(path, line, "expected `pair | open | close` or `dash | mark`");
  }
}

SpeechLanguage load_language(const fs::path& dir) {
  SpeechLanguage language;
  read_marks(dir / "quote_marks.txt", language);
  read_cues(dir / "cues.txt", language.cues);
  read_phrases(dir / "according_to.txt", language.according);
  read_phrases(dir / "hedges.txt", language.hedges);
  read_phrases(dir / "where_openers.txt", language.where_openers);
  for (const Line& line : read_lines(dir / "quantifiers.txt")) {
    expect_fields(dir / "quantifiers.txt", line, 2, "word | count");
    int count = 0;
    try {
      std::size_t used = 0;
      count = std::stoi(line.fields[1], &used);
      if (used != line.fields[1].size() || count < 0) throw std::invalid_argument("count");
    } catch (const std::exception&) {
      fail(dir / "quantifiers.txt", line, "not a count: " + line.fields[1]);
    }
    language.quantifiers.add(line.fields[0], count);
  }
  language.source_nouns = read_set(dir / "source_nouns.txt");
  language.passive = read_set(dir / "passive.txt");
  language.work_titles = read_set(dir / "work_titles.txt");
  language.speaker_skip = read_set(dir / "speaker_skip.txt");
  for (const Line& line : read_lines(dir / "pronouns.txt")) {
    expect_fields(dir / "pronouns.txt", line, 2, "pronoun | person|any|org");
    const std::string& kind = line.fields[1];
    PronounKind value = kind == "person" ? PronounKind::Person
                        : kind == "any"  ? PronounKind::Any
                        : kind == "org"  ? PronounKind::Org
                                         : (fail(dir / "pronouns.txt", line, "unknown kind: " + kind),
                                            PronounKind::Any);
    language.pronouns[fold_word(line.fields[0])] = value;
  }
  for (const Line& line : read_lines(dir / "phrase_stops.txt")) {
    expect_fields(dir / "phrase_stops.txt", line, 2, "word | clause|preposition|conjunction");
    const std::string& kind = line.fields[1];
    StopKind value = kind == "clause"        ? StopKind::Clause
                     : kind == "preposition" ? StopKind::Preposition
                     : kind == "conjunction" ? StopKind::Conjunction
                                             : (fail(dir / "phrase_stops.txt", line, "unknown kind: " + kind),
                                                StopKind::Clause);
    language.stops[fold_word(line.fields[0])] = value;
  }
  return language;
}

}  // namespace

std::shared_ptr<const SpeechResources> load_speech_resources(const std::string& resource_dir) {
  auto resources = std::make_shared<SpeechResources>();
  for (const fs::path& language : language_folders(resource_dir, "speech"))
    resources->languages.emplace(language.filename().string(), load_language(language / "speech"));
  return resources;
}

}  // namespace storyline
