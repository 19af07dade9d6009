// The fuzz targets: each takes untrusted bytes and sends them down one way input enters storyline.
//
//   const storyline::fuzz::Target* t = storyline::fuzz::find_target("read_html");
//   t->entry(bytes);   // returns, or aborts on a broken invariant (sanitizers catch the rest)
//
// Shared by the libFuzzer driver (libfuzzer_main.cpp, built by clang with STORYLINE_FUZZ=ON) and
// the replay test (replay_test.cpp, in the normal test build), so every reproducer kept under
// tests/fuzz/crashes/ is replayed by scripts/test with GCC's sanitizers too.
#pragma once

#include <string_view>
#include <vector>

namespace storyline {
struct AnalysisResources;
}

namespace storyline::fuzz {

using Entry = void (*)(std::string_view bytes);

struct Target {
  const char* name;
  Entry entry;
};

// Every target, in the order scripts/fuzz --list prints them.
const std::vector<Target>& targets();
// nullptr when no target has that name.
const Target* find_target(std::string_view name);

// Aborts with `what` on stderr when `ok` is false: a finding, like a sanitizer report.
void require(bool ok, const char* what);

// The resources from the source tree, loaded once per process.
const AnalysisResources& resources();

// The targets, one per input path (targets_*.cpp).
void detect_format_entry(std::string_view bytes);
void read_html_entry(std::string_view bytes);
void read_text_entry(std::string_view bytes);
void read_jsonl_entry(std::string_view bytes);
void read_warc_entry(std::string_view bytes);
void read_feed_entry(std::string_view bytes);
void gzip_entry(std::string_view bytes);
void charset_entry(std::string_view bytes);
void extract_entry(std::string_view bytes);
void analyze_en_entry(std::string_view bytes);
void analyze_es_entry(std::string_view bytes);
void analysis_codec_entry(std::string_view bytes);
void http_api_entry(std::string_view bytes);

}  // namespace storyline::fuzz
