// `storyline extract` and `storyline analyze`: read inputs, process articles in parallel, write
// them in input order.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace storyline {

struct ArticleCommand {
  std::vector<std::string> inputs;
  std::string format = "jsonl";  // jsonl | json | text
  std::string lang, url, published;
  unsigned jobs = 0;             // 0: all cores
  std::size_t max_megabytes = 16;
  std::string resources;         // empty: default_resource_dir()
  std::vector<std::string> packs;  // extra gazetteer packs (analyze, report)
  bool timings = false;            // report: seconds per stage on stderr
  bool one_story = false;          // report: every input is one story, no clustering
};

// Exit status: 0 every input read, 1 at least one input failed (its `error` is in the output
// and on stderr), 2 the command itself could not run (bad options, missing resources).
int run_extract(const ArticleCommand& command);
int run_analyze(const ArticleCommand& command);

}  // namespace storyline
