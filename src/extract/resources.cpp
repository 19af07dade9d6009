#include "extract/resources.h"

#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "util/text.h"

namespace storyline {
namespace fs = std::filesystem;

namespace {

// Reads a list file: one entry per line, `#` comments, blank lines ignored. A missing file is an
// empty list, so a language folder may hold only the lists it has.
std::vector<std::string> read_list(const fs::path& path) {
  std::vector<std::string> entries;
  std::ifstream in(path);
  if (!in) return entries;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view entry = trim(line);
    if (entry.empty() || entry.front() == '#') continue;
    entries.emplace_back(entry);
  }
  return entries;
}

// body_weights.txt lines read `name = value`; a missing file keeps the defaults, an unknown name
// or a value that is no number is an error naming the line.
BodyWeights read_body_weights(const fs::path& path) {
  BodyWeights weights;
  std::map<std::string, double*> numbers = {
      {"prose_length", &weights.prose_length},       {"sentence_length", &weights.sentence_length},
      {"link_density", &weights.link_density},       {"noise_weight", &weights.noise_weight},
      {"positive_hint", &weights.positive_hint},     {"forgive_share", &weights.forgive_share},
      {"fragment_length", &weights.fragment_length}};
  std::map<std::string, bool*> switches = {{"join_siblings", &weights.join_siblings},
                                           {"keep_tables", &weights.keep_tables}};
  for (const std::string& entry : read_list(path)) {
    std::size_t equals = entry.find('=');
    std::string name(trim(std::string_view(entry).substr(0, equals)));
    std::string value = equals == std::string::npos ? "" : std::string(trim(std::string_view(entry).substr(equals + 1)));
    char* end = nullptr;
    double number = value.empty() ? 0 : std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0')
      throw std::runtime_error(path.string() + ": expected `name = number`, got: " + entry);
    if (auto n = numbers.find(name); n != numbers.end()) *n->second = number;
    else if (auto b = switches.find(name); b != switches.end()) *b->second = number != 0;
    else throw std::runtime_error(path.string() + ": unknown weight: " + name);
  }
  return weights;
}

// boilerplate.txt lines read `reason | pattern`; the pattern must match the whole trimmed line,
// case-insensitively.
std::vector<LinePattern> read_line_patterns(const fs::path& path) {
  std::vector<LinePattern> patterns;
  int number = 0;
  for (const std::string& entry : read_list(path)) {
    ++number;
    std::size_t bar = entry.find(" | ");
    if (bar == std::string::npos)
      throw std::runtime_error(path.string() + ": entry " + std::to_string(number) +
                               " is not `reason | pattern`: " + entry);
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto regex = std::make_shared<const re2::RE2>("(?s)" + entry.substr(bar + 3), options);
    if (!regex->ok())
      throw std::runtime_error(path.string() + ": bad pattern in entry " + std::to_string(number) +
                               ": " + regex->error());
    patterns.push_back({std::move(regex), std::string(trim(entry.substr(0, bar)))});
  }
  return patterns;
}

// "september sep sept" -> its spellings.
std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> words;
  for (std::string& word : split(line, ' '))
    if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::vector<std::string> lower_all(std::vector<std::string> words) {
  for (auto& word : words) word = unicode_lower(word);
  return words;
}

std::shared_ptr<const re2::RE2::Set> compile_set(const std::vector<LinePattern>& patterns) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto set = std::make_shared<re2::RE2::Set>(options, RE2::ANCHOR_BOTH);
  for (const LinePattern& pattern : patterns) set->Add(pattern.regex->pattern(), nullptr);
  if (!set->Compile()) return nullptr;  // too big for one automaton: match one by one instead
  return set;
}

// One regex matching any of the words, longest first so "written by" wins over "by".
std::shared_ptr<const re2::RE2> compile_alternation(std::vector<std::string> words,
                                                   const std::string& before,
                                                   const std::string& after) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const std::string& word : words) {
    if (!pattern.empty()) pattern += "|";
    pattern += RE2::QuoteMeta(word);
  }
  if (pattern.empty()) pattern = R"([^\s\S])";  // matches nothing
  return std::make_shared<const re2::RE2>(before + pattern + after);
}

}  // namespace

std::string default_resource_dir() {
  if (const char* env = std::getenv("STORYLINE_RESOURCES"); env && *env) return env;
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    for (fs::path candidate : {exe.parent_path().parent_path() / "resources",
                               exe.parent_path().parent_path() / "share/storyline/resources"}) {
      if (fs::is_directory(candidate / "common", error)) return candidate.string();
    }
  }
  return STORYLINE_RESOURCE_DIR;
}

ExtractResources load_extract_resources(const std::string& dir) {
  fs::path root(dir);
  if (!fs::is_directory(root / "common"))
    throw std::runtime_error("resource folder not found or incomplete: " + dir +
                             " (expected common/ inside; set STORYLINE_RESOURCES)");
  ExtractResources resources;
  resources.negative_hints = lower_all(read_list(root / "common/negative_class_hints.txt"));
  resources.positive_hints = lower_all(read_list(root / "common/positive_class_hints.txt"));
  resources.public_suffixes = lower_all(read_list(root / "common/public_suffixes.txt"));
  resources.boilerplate = read_line_patterns(root / "common/boilerplate.txt");
  resources.body = read_body_weights(root / "common/body_weights.txt");

  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory() && entry.path().filename() != "common") folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  std::vector<std::string> leads, joiners;
  for (const fs::path& folder : folders) {
    LanguageResources language;
    language.code = folder.filename().string();
    for (std::string& word : lower_all(read_list(folder / "stopwords.txt")))
      language.stopwords.insert(std::move(word));
    language.boilerplate = read_line_patterns(folder / "boilerplate.txt");
    language.byline_noise = lower_all(read_list(folder / "byline_noise.txt"));
    language.month_names = lower_all(read_list(folder / "months.txt"));
    language.byline_leads = lower_all(read_list(folder / "byline_leads.txt"));
    language.byline_joiners = lower_all(read_list(folder / "byline_joiners.txt"));
    joiners.insert(joiners.end(), language.byline_joiners.begin(), language.byline_joiners.end());
    resources.byline_noise.insert(language.byline_noise.begin(), language.byline_noise.end());
    for (std::string& word : lower_all(read_list(folder / "outlet_words.txt")))
      resources.outlet_words.insert(std::move(word));
    for (std::string& word : lower_all(read_list(folder / "dateline_words.txt")))
      resources.dateline_words.insert(std::move(word));
    leads.insert(leads.end(), language.byline_leads.begin(), language.byline_leads.end());
    for (std::size_t month = 0; month < language.month_names.size() && month < 12; ++month)
      for (const std::string& word : split_words(language.month_names[month]))
        resources.months.emplace(word, static_cast<int>(month) + 1);
    resources.boilerplate.insert(resources.boilerplate.end(), language.boilerplate.begin(),
                                 language.boilerplate.end());
    resources.languages.emplace(language.code, std::move(language));
  }
  resources.boilerplate_set = compile_set(resources.boilerplate);
  resources.byline_separator = compile_alternation(
      joiners, R"(\s*(?:,|;|\||&|·|•|/|\b(?:)", R"()\b)\s*)");
  resources.byline_lead = compile_alternation(leads, R"((?i)^\s*(?:)", R"()\s+)");
  return resources;
}

}  // namespace storyline
