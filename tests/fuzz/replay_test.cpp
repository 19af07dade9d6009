// Every input kept for the fuzz targets, replayed in the normal (GCC, sanitized) test build: the
// seeds under tests/fuzz/seeds/TARGET/ and every reproducer a fuzzer found, kept under
// tests/fuzz/crashes/TARGET/. A reproducer that crashes or breaks an invariant again fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "targets.h"

namespace storyline::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_of(const std::string& target, const char* kind) {
  std::vector<fs::path> files;
  fs::path dir = fs::path(STORYLINE_SOURCE_DIR) / "tests/fuzz" / kind / target;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class FuzzReplay : public testing::TestWithParam<Target> {};

TEST_P(FuzzReplay, EverySeedAndReproducerPasses) {
  const Target& target = GetParam();
  std::vector<fs::path> seeds = inputs_of(target.name, "seeds");
  EXPECT_FALSE(seeds.empty()) << "no seed under tests/fuzz/seeds/" << target.name;
  for (const char* kind : {"seeds", "crashes"})
    for (const fs::path& file : inputs_of(target.name, kind)) {
      SCOPED_TRACE(file.string());
      target.entry(bytes_of(file));
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, testing::ValuesIn(targets()),
                         [](const testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace storyline::fuzz
