#include "recognize/entities/entity_lexicon.h"

#include <algorithm>
#include <filesystem>

#include "util/resource_lines.h"

namespace storyline {
namespace fs = std::filesystem;
namespace {

bool matches(const std::vector<std::string>& words, NamePhrases::Case first_word,
             const std::vector<NameToken>& tokens, std::size_t from) {
  if (from + words.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const NameToken& token = tokens[from + k];
    if (token.fold != words[k]) return false;
    // Inside a phrase the words must be adjacent as written: no quote or dash between them.
    if (k > 0 && token.kind == NameTokenKind::Quote) return false;
  }
  const NameToken& first = tokens[from];
  switch (first_word) {
    case NamePhrases::Case::Any: return true;
    case NamePhrases::Case::Capital: return first.capitalized || first.kind == NameTokenKind::Number;
    case NamePhrases::Case::AllCaps: return first.all_caps;
  }
  return true;
}

std::vector<std::string> phrase_words(std::string_view phrase,
                                      const std::unordered_set<std::string>& dotted) {
  std::vector<std::string> words;
  for (const NameToken& token : tokenize_names(phrase, 0, static_cast<std::uint32_t>(phrase.size()), dotted))
    words.push_back(token.fold);
  return words;
}

// "CIA" must meet "CIA", not "Cia"; "Mexico" must meet a capital; "talibanes" anything.
NamePhrases::Case case_of(std::string_view phrase, const std::unordered_set<std::string>& dotted) {
  auto tokens = tokenize_names(phrase, 0, static_cast<std::uint32_t>(phrase.size()), dotted);
  if (tokens.empty()) return NamePhrases::Case::Any;
  if (tokens.front().all_caps) return NamePhrases::Case::AllCaps;
  return tokens.front().capitalized ? NamePhrases::Case::Capital : NamePhrases::Case::Any;
}

std::vector<ResourceLine> lines_of(const fs::path& path) { return read_resource_lines(path); }

void read_set(const fs::path& path, std::unordered_set<std::string>* set,
              const std::unordered_set<std::string>& dotted) {
  for (const ResourceLine& line : lines_of(path)) {
    for (const std::string& word : phrase_words(line.fields[0], dotted)) set->insert(word);
  }
}

void read_phrases(const fs::path& path, NamePhrases* phrases,
                  const std::unordered_set<std::string>& dotted) {
  for (const ResourceLine& line : lines_of(path))
    phrases->add(phrase_words(line.fields[0], dotted), 0, NamePhrases::Case::Any);
}

void collect_dotted(const fs::path& dir, std::unordered_set<std::string>* dotted) {
  for (const char* name : {"abbreviations.txt", "entities/titles.txt"})
    for (const ResourceLine& line : lines_of(dir / name)) {
      std::string word = line.fields[0];
      std::transform(word.begin(), word.end(), word.begin(), ::tolower);
      if (word.size() > 1 && word.back() == '.' && word.find(' ') == std::string::npos)
        dotted->insert(word);
    }
}

void read_gazetteer(const fs::path& path, EntityResources* resources,
                    std::unordered_map<std::string, int>* index) {
  for (const ResourceLine& line : lines_of(path)) {
    if (line.fields.size() < 2) resource_error(path, line, "expected TYPE | Name | aliases...");
    EntityType type;
    bool outlet = line.fields[0] == "OUTLET";
    if (outlet) type = EntityType::Org;
    else if (!parse_entity_type(line.fields[0], &type))
      resource_error(path, line, "unknown entity type " + line.fields[0]);
    const std::string& name = line.fields[1];
    auto [it, added] = index->emplace(name, static_cast<int>(resources->known.size()));
    if (added) resources->known.push_back({name, type, outlet});
    for (std::size_t f = 1; f < line.fields.size(); ++f) {
      auto words = phrase_words(line.fields[f], resources->dotted);
      if (words.empty()) resource_error(path, line, "empty alias");
      resources->gazetteer.add(words, it->second, case_of(line.fields[f], resources->dotted));
    }
  }
}

EntityLanguage load_language(const fs::path& dir, const std::unordered_set<std::string>& dotted) {
  EntityLanguage language;
  fs::path entities = dir / "entities";
  read_phrases(entities / "titles.txt", &language.titles, dotted);
  read_phrases(entities / "alias_cues.txt", &language.alias_cues, dotted);
  read_set(entities / "role_nouns.txt", &language.role_nouns, dotted);
  read_set(entities / "role_stops.txt", &language.role_stops, dotted);
  read_set(entities / "connectors.txt", &language.connectors, dotted);
  read_set(entities / "person_breaks.txt", &language.person_breaks, dotted);
  read_set(entities / "place_nouns.txt", &language.place_nouns, dotted);
  read_set(entities / "demonyms.txt", &language.demonyms, dotted);
  read_set(entities / "determiners.txt", &language.determiners, dotted);
  read_set(dir / "stopwords.txt", &language.stopwords, dotted);
  read_set(entities / "openers.txt", &language.stopwords, dotted);
  // One-word speech cues only: the word right after a name is all name recognition looks at.
  for (const ResourceLine& line : lines_of(dir / "speech" / "cues.txt")) {
    auto words = phrase_words(line.fields[0], dotted);
    if (words.size() == 1) language.speech_cues.insert(words[0]);
  }
  read_set(entities / "dropped_articles.txt", &language.dropped_articles, dotted);
  read_set(entities / "not_acronyms.txt", &language.not_acronyms, dotted);
  for (const ResourceLine& line : lines_of(entities / "heads.txt")) {
    EntityType type = EntityType::Org;
    bool outlet = line.fields.size() == 2 && line.fields[1] == "OUTLET";
    bool none = line.fields.size() == 2 && line.fields[1] == "NONE";
    if (line.fields.size() != 2 || (!outlet && !none && !parse_entity_type(line.fields[1], &type)))
      resource_error(entities / "heads.txt", line, "expected word | TYPE");
    for (const std::string& word : phrase_words(line.fields[0], dotted)) {
      if (none) {
        language.none_heads.insert(word);
        continue;
      }
      language.heads[word] = type;
      if (outlet) language.outlet_heads.insert(word);
    }
  }
  return language;
}

}  // namespace

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Gpe: return "GPE";
    case EntityType::Loc: return "LOC";
    case EntityType::ArmedGroup: return "ARMED_GROUP";
  }
  return "PERSON";
}

bool parse_entity_type(std::string_view name, EntityType* type) {
  for (EntityType t : {EntityType::Person, EntityType::Org, EntityType::Gpe, EntityType::Loc,
                       EntityType::ArmedGroup})
    if (entity_type_name(t) == name) return *type = t, true;
  return false;
}

void NamePhrases::add(const std::vector<std::string>& words, int tag, Case first_word) {
  if (words.empty()) return;
  Phrase phrase{words, tag, first_word};
  auto& first = by_first_[words.front()];
  first.push_back(phrase);
  std::stable_sort(first.begin(), first.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  auto& last = by_last_[words.back()];
  last.push_back(std::move(phrase));
  std::stable_sort(last.begin(), last.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
}

NamePhrases::Match NamePhrases::longest_at(const std::vector<NameToken>& tokens,
                                           std::size_t i) const {
  if (i >= tokens.size()) return {};
  auto found = by_first_.find(tokens[i].fold);
  if (found == by_first_.end()) return {};
  for (const Phrase& phrase : found->second)
    if (matches(phrase.words, phrase.first_word, tokens, i)) return {phrase.words.size(), phrase.tag};
  return {};
}

NamePhrases::Match NamePhrases::longest_ending_at(const std::vector<NameToken>& tokens,
                                                  std::size_t first, std::size_t last) const {
  if (last >= tokens.size()) return {};
  auto found = by_last_.find(tokens[last].fold);
  if (found == by_last_.end()) return {};
  for (const Phrase& phrase : found->second) {
    if (phrase.words.size() > last + 1 - first) continue;
    std::size_t from = last + 1 - phrase.words.size();
    if (matches(phrase.words, phrase.first_word, tokens, from)) return {phrase.words.size(), phrase.tag};
  }
  return {};
}

EntityResources load_entity_resources(const std::string& resource_dir,
                                      const std::vector<std::string>& packs) {
  EntityResources resources;
  fs::path root(resource_dir);
  std::vector<fs::path> languages = language_folders(root, "entities");
  for (const fs::path& dir : languages) collect_dotted(dir, &resources.dotted);
  std::unordered_map<std::string, int> index;
  for (const fs::path& dir : languages) {
    auto [it, added] =
        resources.languages.emplace(dir.filename().string(), load_language(dir, resources.dotted));
    resources.name_articles.insert(it->second.determiners.begin(), it->second.determiners.end());
    read_set(dir / "entities" / "given_names.txt", &resources.given_names, resources.dotted);
    read_gazetteer(dir / "entities" / "gazetteer.txt", &resources, &index);
  }
  std::vector<fs::path> pack_files;
  if (fs::is_directory(root / "packs"))
    for (const auto& entry : fs::directory_iterator(root / "packs"))
      if (fs::is_regular_file(entry.path() / "gazetteer.txt")) pack_files.push_back(entry.path() / "gazetteer.txt");
  std::sort(pack_files.begin(), pack_files.end());
  for (const std::string& pack : packs) {
    fs::path path(pack);
    if (fs::is_directory(path)) path /= "gazetteer.txt";
    if (!fs::is_regular_file(path)) throw std::runtime_error(path.string() + ": no such pack file");
    pack_files.push_back(path);
  }
  for (const fs::path& file : pack_files) read_gazetteer(file, &resources, &index);
  return resources;
}

}  // namespace storyline
