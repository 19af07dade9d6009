// The table of fuzz targets and what they share.
#include "targets.h"

#include <cstdio>
#include <cstdlib>

#include "analyze/analyze.h"

namespace storyline::fuzz {

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"detect_format", detect_format_entry}, {"read_html", read_html_entry},
      {"read_text", read_text_entry},         {"read_jsonl", read_jsonl_entry},
      {"read_warc", read_warc_entry},         {"read_feed", read_feed_entry},
      {"gzip", gzip_entry},                   {"charset", charset_entry},
      {"extract", extract_entry},             {"analyze_en", analyze_en_entry},
      {"analyze_es", analyze_es_entry},       {"analysis_codec", analysis_codec_entry},
      {"http_api", http_api_entry},
  };
  return all;
}

const Target* find_target(std::string_view name) {
  for (const Target& target : targets())
    if (name == target.name) return &target;
  return nullptr;
}

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: broken invariant: %s\n", what);
  std::abort();
}

const AnalysisResources& resources() {
  static const auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

}  // namespace storyline::fuzz
