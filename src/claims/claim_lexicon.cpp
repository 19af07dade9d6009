#include <filesystem>
#include <stdexcept>

#include "claims/claims.h"
#include "recognize/quantity_tokens.h"  // fold_word
#include "util/resource_lines.h"
#include "util/text.h"

namespace storyline {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> folded_words(const std::string& phrase) {
  std::vector<std::string> words;
  for (const std::string& piece : split(phrase, ' '))
    if (!piece.empty()) words.push_back(fold_word(piece));
  return words;
}

bool parse_modality(const std::string& name, Modality* out) {
  for (Modality m : {Modality::Denied, Modality::Planned, Modality::Hypothetical, Modality::Conditional})
    if (name == to_string(m)) return *out = m, true;
  return false;
}

ClaimLanguage load_language(const fs::path& dir, const ClaimResources& resources) {
  ClaimLanguage language;
  fs::path triggers = dir / "claims" / "triggers.txt";
  for (const ResourceLine& line : read_resource_lines(triggers)) {
    if (line.fields.size() != 2) resource_error(triggers, line, "expected predicate | word");
    const std::string& predicate = line.fields[0];
    if (!resources.predicates.count(predicate))
      resource_error(triggers, line, "predicate not in common/claims/predicates.txt: " + predicate);
    std::vector<std::string> words = folded_words(line.fields[1]);
    if (words.empty()) resource_error(triggers, line, "empty trigger");
    if (words.size() > 1) language.phrases[words] = predicate;
    else if (words[0].size() > 1 && words[0].back() == '*')
      language.prefixes.emplace_back(words[0].substr(0, words[0].size() - 1), predicate);
    else language.exact[words[0]] = predicate;
  }
  fs::path modality = dir / "claims" / "modality.txt";
  for (const ResourceLine& line : read_resource_lines(modality)) {
    Modality m;
    if (line.fields.size() != 2 || !parse_modality(line.fields[1], &m))
      resource_error(modality, line, "expected word | denied|planned|hypothetical|conditional");
    std::vector<std::string> words = folded_words(line.fields[0]);
    if (words.size() > 1) language.modality_phrases[words] = m;
    else if (!words.empty()) language.modality_words[words[0]] = m;
  }
  for (const ResourceLine& line : read_resource_lines(dir / "claims" / "clause_breaks.txt"))
    language.clause_breaks.insert(fold_word(line.fields[0]));
  for (const ResourceLine& line : read_resource_lines(dir / "claims" / "conjunctions.txt"))
    language.conjunctions.insert(fold_word(line.fields[0]));
  for (const ResourceLine& line : read_resource_lines(dir / "claims" / "copulas.txt"))
    language.copulas.insert(fold_word(line.fields[0]));
  for (const ResourceLine& line : read_resource_lines(dir / "stopwords.txt"))
    language.function_words.insert(fold_word(line.fields[0]));
  return language;
}

}  // namespace

const char* to_string(Modality modality) {
  switch (modality) {
    case Modality::Asserted: return "asserted";
    case Modality::Reported: return "reported";
    case Modality::Planned: return "planned";
    case Modality::Denied: return "denied";
    case Modality::Conditional: return "conditional";
    case Modality::Hypothetical: return "hypothetical";
  }
  return "asserted";
}

std::shared_ptr<const ClaimResources> load_claim_resources(const std::string& resource_dir) {
  auto resources = std::make_shared<ClaimResources>();
  fs::path root(resource_dir);
  fs::path taxonomy = root / "common" / "claims" / "predicates.txt";
  for (const ResourceLine& line : read_resource_lines(taxonomy)) {
    if (line.fields.size() != 3) resource_error(taxonomy, line, "expected predicate | kind | label");
    PredicateInfo info;
    const std::string& kind = line.fields[1];
    if (kind == "once") info.kind = PredicateKind::Once;
    else if (kind == "repeatable") info.kind = PredicateKind::Repeatable;
    else if (kind == "cumulative") info.kind = PredicateKind::Cumulative;
    else if (kind == "statistic") info.kind = PredicateKind::Statistic;
    else resource_error(taxonomy, line, "unknown kind " + kind);
    info.label = line.fields[2];
    resources->predicates[line.fields[0]] = info;
  }
  for (const fs::path& language : language_folders(root, "claims"))
    resources->languages.emplace(language.filename().string(), load_language(language, *resources));
  return resources;
}

}  // namespace storyline
