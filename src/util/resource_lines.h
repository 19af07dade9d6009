// Reading the resource list files every lexicon is built from.
//
// Format shared by all of them: UTF-8, one entry per line, `#` starts a comment line, blank
// lines are ignored, fields are separated by " | " and trimmed. A missing file is an empty list,
// so a language may leave out what it has no use for.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace storyline {

struct ResourceLine {
  int number = 0;                   // 1-based line number, for error messages
  std::vector<std::string> fields;  // at least one
};

std::vector<ResourceLine> read_resource_lines(const std::filesystem::path& path);

// The language folders of `resource_dir` that hold `subfolder` ("dates", "speech"...), in name
// order; `common/` is never a language. Throws std::runtime_error when `resource_dir` cannot be
// read. Every per-language loader starts here, so adding a language is adding a folder.
std::vector<std::filesystem::path> language_folders(const std::filesystem::path& resource_dir,
                                                    const std::string& subfolder);

// Throws std::runtime_error "path:line: why".
[[noreturn]] void resource_error(const std::filesystem::path& path, const ResourceLine& line,
                                 const std::string& why);

}  // namespace storyline
