#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "recognize/dates/date_tokens.h"
#include "recognize/dates/dates.h"
#include "util/resource_lines.h"
#include "util/text.h"

namespace storyline {
namespace fs = std::filesystem;

namespace {

struct RoleFile {
  const char* name;
  DateRole role;
};

constexpr RoleFile kRoleFiles[] = {
    {"months.txt", DateRole::Month},          {"weekdays.txt", DateRole::Weekday},
    {"seasons.txt", DateRole::Season},        {"numbers.txt", DateRole::Number},
    {"ordinals.txt", DateRole::Ordinal},      {"units.txt", DateRole::Unit},
    {"relative_days.txt", DateRole::RelativeDay}, {"relative.txt", DateRole::Relative},
    {"parts.txt", DateRole::Part},            {"modifiers.txt", DateRole::Modifier},
    {"references.txt", DateRole::Reference},  {"sets.txt", DateRole::Set},
    {"day_parts.txt", DateRole::DayPart},     {"holidays.txt", DateRole::Holiday},
    {"grammar.txt", DateRole::Grammar},       {"tense.txt", DateRole::Tense},
    {"fractions.txt", DateRole::Fraction},
};

// Calls `entry(line_number, text)` for every non-blank, non-comment line. A missing file is no
// entries, so a language may leave out what it does not need.
template <typename Entry>
void for_each_line(const fs::path& path, Entry entry) {
  std::ifstream in(path);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view text = trim(line);
    if (!text.empty() && text.front() != '#') entry(number, text);
  }
}

// Splits "phrase = value"; throws naming the file and line otherwise.
std::pair<std::string, std::string> split_entry(const fs::path& path, int number, std::string_view text) {
  std::size_t equals = text.rfind('=');
  std::string phrase(trim(text.substr(0, equals == std::string_view::npos ? 0 : equals)));
  std::string value(equals == std::string_view::npos ? "" : trim(text.substr(equals + 1)));
  if (equals == std::string_view::npos || phrase.empty() || value.empty())
    throw std::runtime_error(path.string() + ":" + std::to_string(number) +
                             ": expected `phrase = value`, got: " + std::string(text));
  return {phrase, value};
}

void load_language(const fs::path& folder, DateLexicon& lexicon) {
  for (const RoleFile& file : kRoleFiles) {
    fs::path path = folder / file.name;
    for_each_line(path, [&](int number, std::string_view text) {
      auto [phrase, value] = split_entry(path, number, text);
      if (file.role == DateRole::Tense && phrase.front() == '*') {
        if (value == "PAST") lexicon.past_suffixes.push_back(unicode_lower(phrase.substr(1)));
        else lexicon.future_suffixes.push_back(unicode_lower(phrase.substr(1)));
        return;
      }
      DatePhrase entry{{}, file.role, value};
      for (DateToken& token : tokenize_for_dates(phrase)) entry.words.push_back(std::move(token.lower));
      if (entry.words.empty())
        throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": empty phrase");
      lexicon.by_first_word[entry.words.front()].push_back(std::move(entry));
    });
  }
  for_each_line(folder / "ambiguous.txt",
                [&](int, std::string_view text) { lexicon.ambiguous.insert(unicode_lower(text)); });
  fs::path settings = folder / "settings.txt";
  for_each_line(settings, [&](int number, std::string_view text) {
    auto [key, value] = split_entry(settings, number, text);
    lexicon.settings[key] = value;
  });
}

}  // namespace

std::shared_ptr<const DateResources> load_date_resources(const std::string& resource_dir) {
  auto resources = std::make_shared<DateResources>();
  for (const fs::path& language : language_folders(resource_dir, "dates"))
    load_language(language / "dates", resources->languages[language.filename().string()]);
  return resources;
}

}  // namespace storyline
