// The libFuzzer driver: one binary for every target, so the fuzz build links once. The target is
// named by $STORYLINE_FUZZ_TARGET (scripts/fuzz sets it). Built only with STORYLINE_FUZZ=ON.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "targets.h"

namespace {
const storyline::fuzz::Target* chosen = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* name = std::getenv("STORYLINE_FUZZ_TARGET");
  chosen = name ? storyline::fuzz::find_target(name) : nullptr;
  if (!chosen) {
    std::fprintf(stderr, "storyline_fuzz: set STORYLINE_FUZZ_TARGET to one of:");
    for (const auto& target : storyline::fuzz::targets()) std::fprintf(stderr, " %s", target.name);
    std::fprintf(stderr, "\n");
    std::exit(2);
  }
  // Resources and the API's store are made once, here, not in the time of the first input.
  chosen->entry({});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chosen->entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
