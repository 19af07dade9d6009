#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <unordered_set>

#include "claims/claims.h"
#include "link/text_values.h"  // the loader of text_values.txt, kept next to its rules
#include "recognize/name_tokens.h"
#include "recognize/quantities/quantity_tokens.h"  // fold_word
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

PredicateKind parse_kind(const fs::path& file, const ResourceLine& line, const std::string& kind) {
  if (kind == "once") return PredicateKind::Once;
  if (kind == "repeatable") return PredicateKind::Repeatable;
  if (kind == "cumulative") return PredicateKind::Cumulative;
  if (kind == "statistic") return PredicateKind::Statistic;
  resource_error(file, line, "unknown kind " + kind);
}

// "key | word or phrase" lines whose keys `known` lists.
template <typename Known>
void load_lexicon(const fs::path& file, const Known& known, const char* what, PhraseLexicon* lexicon) {
  for (const ResourceLine& line : read_resource_lines(file)) {
    if (line.fields.size() != 2) resource_error(file, line, std::string("expected ") + what + " | word");
    if (!known.count(line.fields[0]))
      resource_error(file, line, std::string(what) + " not in resources/common/claims: " + line.fields[0]);
    std::vector<std::string> words = folded_words(line.fields[1]);
    if (words.empty()) resource_error(file, line, "empty word");
    lexicon->add(words, line.fields[0]);
  }
}

// One folded word per line: "yet", "risen", "counties".
std::unordered_set<std::string> folded_set(const fs::path& file) {
  std::unordered_set<std::string> words;
  for (const ResourceLine& line : read_resource_lines(file)) words.insert(fold_word(line.fields[0]));
  return words;
}

ClaimLanguage load_language(const fs::path& dir, const ClaimResources& resources) {
  ClaimLanguage language;
  load_lexicon(dir / "claims" / "triggers.txt", resources.predicates, "predicate", &language.triggers);
  load_lexicon(dir / "claims" / "roles.txt", resources.roles, "role", &language.roles);
  for (const ResourceLine& line : read_resource_lines(dir / "claims" / "subsets.txt"))
    language.subsets.push_back(folded_words(line.fields[0]));
  language.updates = folded_set(dir / "claims" / "updates.txt");
  language.things = folded_set(dir / "claims" / "things.txt");
  load_lexicon(dir / "claims" / "units.txt", resources.units, "unit", &language.units);
  fs::path modality = dir / "claims" / "modality.txt";
  for (const ResourceLine& line : read_resource_lines(modality)) {
    Modality m;
    if (line.fields.size() != 2 || !parse_modality(line.fields[1], &m))
      resource_error(modality, line, "expected word | denied|planned|hypothetical|conditional");
    std::vector<std::string> words = folded_words(line.fields[0]);
    if (words.size() > 1) language.modality_phrases[words] = m;
    else if (!words.empty()) language.modality_words[words[0]] = m;
  }
  language.clause_breaks = folded_set(dir / "claims" / "clause_breaks.txt");
  language.conjunctions = folded_set(dir / "claims" / "conjunctions.txt");
  language.copulas = folded_set(dir / "claims" / "copulas.txt");
  language.locatives = folded_set(dir / "claims" / "locatives.txt");
  language.function_words = folded_set(dir / "stopwords.txt");
  return language;
}

}  // namespace

void PhraseLexicon::add(const std::vector<std::string>& words, const std::string& key) {
  if (words.size() > 1) phrases[words] = key;
  else if (words[0].size() > 1 && words[0].back() == '*') prefixes.emplace_back(words[0].substr(0, words[0].size() - 1), key);
  else exact[words[0]] = key;
}

std::pair<std::string, std::size_t> PhraseLexicon::match(const std::vector<NameToken>& t, std::size_t k) const {
  if (k >= t.size()) return {"", 0};  // past the last token: nothing starts there
  // Phrases are sorted by their words: those that start with this token are one run.
  for (auto it = phrases.lower_bound({t[k].fold}); it != phrases.end() && it->first.front() == t[k].fold; ++it) {
    const auto& [words, key] = *it;
    if (k + words.size() > t.size()) continue;
    bool all = true;
    for (std::size_t w = 1; w < words.size() && all; ++w) all = t[k + w].fold == words[w];
    if (all) return {key, words.size()};
  }
  auto found = exact.find(t[k].fold);
  if (found != exact.end()) return {found->second, 1};
  for (const auto& [prefix, key] : prefixes)
    if (t[k].fold.size() >= prefix.size() && t[k].fold.compare(0, prefix.size(), prefix) == 0) return {key, 1};
  return {"", 0};
}

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
    info.kind = parse_kind(taxonomy, line, line.fields[1]);
    info.label = line.fields[2];
    resources->predicates[line.fields[0]] = info;
  }
  fs::path units = root / "common" / "claims" / "units.txt";
  for (const ResourceLine& line : read_resource_lines(units)) {
    if (line.fields.size() != 3) resource_error(units, line, "expected unit | dimension | size in the base unit");
    UnitInfo info;
    info.dimension = line.fields[1];
    try {
      info.factor = std::stod(line.fields[2]);
    } catch (const std::exception&) {
      resource_error(units, line, "size must be a number: " + line.fields[2]);
    }
    resources->units[line.fields[0]] = info;
  }
  fs::path roles = root / "common" / "claims" / "roles.txt";
  for (const ResourceLine& line : read_resource_lines(roles)) {
    if (line.fields.size() != 5 && line.fields.size() != 6)
      resource_error(roles, line, "expected role | kind | predicate | figure | label [| options]");
    RoleInfo info;
    info.kind = parse_kind(roles, line, line.fields[1]);
    if (line.fields[2] != "-") {
      auto predicate = resources->predicates.find(line.fields[2]);
      if (predicate == resources->predicates.end()) resource_error(roles, line, "unknown predicate " + line.fields[2]);
      info.predicate = line.fields[2];
      // The first role that names a predicate is the role of its event word's figure.
      if (predicate->second.role.empty()) predicate->second.role = line.fields[0];
    }
    const bool dimension = std::any_of(resources->units.begin(), resources->units.end(),
                                       [&](const auto& unit) { return unit.second.dimension == line.fields[3]; });
    if (line.fields[3] != "count" && line.fields[3] != "money" && line.fields[3] != "scale" && line.fields[3] != "share" && !dimension)
      resource_error(roles, line, "figure must be count, money, scale, share or a dimension of units.txt");
    if (dimension) info.dimension = line.fields[3];
    info.money = line.fields[3] == "money";
    info.scale = line.fields[3] == "scale";
    info.share = line.fields[3] == "share";
    info.label = line.fields[4];
    if (line.fields.size() == 6)
      for (const std::string& option : split(line.fields[5], ' ')) {
        if (option.empty()) continue;
        if (option == "holder") info.holder = true;
        else if (option.rfind("share=", 0) == 0) info.as_share = option.substr(6);
        else resource_error(roles, line, "unknown option " + option + " (holder, share=ROLE)");
      }
    resources->roles[line.fields[0]] = info;
  }
  for (const auto& [role, info] : resources->roles)
    if (!info.as_share.empty() && (!resources->roles.count(info.as_share) || !resources->roles.at(info.as_share).share))
      throw std::runtime_error(roles.string() + ": share=" + info.as_share + " of " + role + " is no role of shares");
  for (const fs::path& language : language_folders(root, "claims"))
    resources->languages.emplace(language.filename().string(), load_language(language, *resources));
  resources->text_values = load_text_value_resources(resource_dir);
  return resources;
}

}  // namespace storyline
