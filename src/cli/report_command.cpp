#include "cli/report_command.h"

#include <chrono>
#include <iostream>
#include <thread>

#include "analyze/analyze.h"
#include "cli/progress.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "link/story.h"
#include "present/report_json.h"
#include "util/ordered_workers.h"

namespace storyline {

namespace {

// What linking and the report never read is dropped as soon as an article is analysed, so the
// record of a large corpus fits in memory: dropped markup, paragraph spans, attributions and
// hedges (their counts live on in `sourcing`).
void slim(Analysis& a) {
  auto release = [](auto& v) { std::remove_reference_t<decltype(v)>().swap(v); };
  release(a.article.dropped);
  release(a.article.paragraphs);
  release(a.speech.attributions);
  release(a.speech.hedges);
  // Sentences and mentions stay: story features read the lead and count mentions, and names
  // and titles are compared across outlets by the words each mention spans (link/text_values.h).
}

}  // namespace

int run_report(const ArticleCommand& command) {
  if (command.format != "md" && command.format != "json" && command.format != "html") {
    std::cerr << "storyline report: unknown --format '" << command.format << "' (expected md, json or html)\n";
    return 2;
  }
  std::shared_ptr<const AnalysisResources> resources;
  try {
    resources = load_analysis_resources(
        command.resources.empty() ? default_resource_dir() : command.resources, command.packs);
  } catch (const std::exception& error) {
    std::cerr << "storyline report: " << error.what() << "\n";
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); };
  auto start = Clock::now();
  ExtractOverrides overrides{command.lang, command.url, command.published};
  unsigned jobs = command.jobs ? command.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Analysis> analyses;
  bool any_failed = false;
  Progress progress;
  OrderedWorkers<RawDocument, Analysis> workers(
      jobs,
      [&](RawDocument doc) {
        try {
          return analyze_article(extract_article(doc, resources->extract, overrides), *resources);
        } catch (const std::exception& error) {
          Analysis failed;
          failed.article.source = doc.source;
          failed.article.error = doc.source + ": processing failed: " + error.what();
          return failed;
        }
      },
      [&](Analysis analysis) {
        progress.tick();
        if (!analysis.article.error.empty()) {
          any_failed = true;
          std::cerr << "storyline: " << analysis.article.error << "\n";
          return;  // an unreadable input has nothing to report; stderr names it
        }
        slim(analysis);
        analyses.push_back(std::move(analysis));
      });
  ReadOptions read_options;
  read_options.max_document_bytes = command.max_megabytes << 20;
  read_inputs(command.inputs, read_options, [&](RawDocument doc) { workers.submit(std::move(doc)); });
  workers.finish();
  progress.done();
  double analysing = seconds(start);
  auto linking_start = Clock::now();
  Record record = link_articles(analyses, *resources->claims, command.one_story);
  double linking = seconds(linking_start);
  auto writing_start = Clock::now();
  write_report(std::cout, command.format, analyses, record);
  std::cout.flush();
  if (command.timings)
    std::cerr << "storyline report: " << analyses.size() << " articles; read and analyse " << analysing
              << " s, link " << linking << " s, write " << seconds(writing_start) << " s\n";
  return any_failed ? 1 : 0;
}

}  // namespace storyline
