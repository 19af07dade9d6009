#include "cli/extract_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "extract/extract.h"
#include "ingest/read.h"
#include "present/article_json.h"
#include "util/ordered_workers.h"

namespace storyline {
namespace {

// Counts on stderr while a long batch runs, only when a person is watching a terminal.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO)), start_(Clock::now()), last_(start_) {}
  void tick() {
    ++count_;
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu articles, %.0f/s", count_, count_ / seconds);
  }
  void done() {
    if (enabled_ && last_ != start_) std::fprintf(stderr, "\r%zu articles%20s\n", count_, "");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_;
  std::size_t count_ = 0;
};

std::string dump(const nlohmann::json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

int run_extract(const ExtractCommand& command) {
  if (command.format != "jsonl" && command.format != "json" && command.format != "text") {
    std::cerr << "storyline extract: unknown --format '" << command.format
              << "' (expected jsonl, json or text)\n";
    return 2;
  }
  if ((!command.url.empty() || !command.published.empty()) && command.inputs.size() != 1) {
    std::cerr << "storyline extract: --url and --published describe one input; give exactly one\n";
    return 2;
  }
  ExtractResources resources;
  try {
    resources = load_extract_resources(command.resources.empty() ? default_resource_dir()
                                                                 : command.resources);
  } catch (const std::exception& error) {
    std::cerr << "storyline extract: " << error.what() << "\n";
    return 2;
  }
  ExtractOverrides overrides{command.lang, command.url, command.published};
  unsigned jobs = command.jobs ? command.jobs : std::max(1u, std::thread::hardware_concurrency());

  bool any_failed = false, first = true;
  Progress progress;
  if (command.format == "json") std::cout << "[";
  OrderedWorkers<RawDocument, Article> workers(
      jobs,
      [&](RawDocument doc) {
        try {
          return extract_article(doc, resources, overrides);
        } catch (const std::exception& error) {  // out of memory, or a bug: lose one, not all
          Article failed;
          failed.source = doc.source;
          failed.error = doc.source + ": extraction failed: " + error.what();
          return failed;
        }
      },
      [&](Article article) {
        if (!article.error.empty()) {
          any_failed = true;
          std::cerr << "storyline: " << article.error << "\n";
        }
        if (command.format == "text") {
          std::cout << article_to_text(article);
        } else if (command.format == "json") {
          std::cout << (first ? "\n" : ",\n") << dump(article_to_json(article), 2);
        } else {
          std::cout << dump(article_to_json(article)) << "\n";
        }
        first = false;
        progress.tick();
      });
  ReadOptions read_options;
  read_options.max_document_bytes = command.max_megabytes << 20;
  read_inputs(command.inputs, read_options, [&](RawDocument doc) { workers.submit(std::move(doc)); });
  workers.finish();
  if (command.format == "json") std::cout << (first ? "]\n" : "\n]\n");
  progress.done();
  std::cout.flush();
  return any_failed ? 1 : 0;
}

}  // namespace storyline
