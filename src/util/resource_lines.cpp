#include "util/resource_lines.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "util/text.h"

namespace storyline {

std::vector<ResourceLine> read_resource_lines(const std::filesystem::path& path) {
  std::vector<ResourceLine> lines;
  std::ifstream in(path);
  if (!in) return lines;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    std::string_view entry = trim(raw);
    if (entry.empty() || entry.front() == '#') continue;
    ResourceLine line{number, {}};
    std::size_t start = 0;
    while (true) {
      std::size_t bar = entry.find(" | ", start);
      line.fields.emplace_back(trim(entry.substr(
          start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
      if (bar == std::string_view::npos) break;
      start = bar + 3;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

void resource_error(const std::filesystem::path& path, const ResourceLine& line,
                    const std::string& why) {
  throw std::runtime_error(path.string() + ":" + std::to_string(line.number) + ": " + why);
}

std::vector<std::filesystem::path> language_folders(const std::filesystem::path& resource_dir,
                                                    const std::string& subfolder) {
  namespace fs = std::filesystem;
  std::vector<fs::path> folders;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(resource_dir, error)) {
    std::error_code missing;  // a language without this subfolder is not an error
    if (entry.path().filename() == "common" || !fs::is_directory(entry.path() / subfolder, missing)) continue;
    folders.push_back(entry.path());
  }
  if (error)
    throw std::runtime_error("cannot read resource folder " + resource_dir.string() + ": " + error.message());
  std::sort(folders.begin(), folders.end());
  return folders;
}

}  // namespace storyline
