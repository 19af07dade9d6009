#include "cli/report_command.h"

#include <iostream>
#include <thread>

#include "analyze/analyze.h"
#include "cli/progress.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "link/story.h"
#include "present/report_html.h"
#include "present/report_json.h"
#include "present/report_markdown.h"
#include "util/ordered_workers.h"

namespace storyline {

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
        // The report quotes evidence from the text and needs no markup leftovers.
        analysis.article.dropped.clear();
        analysis.article.dropped.shrink_to_fit();
        analyses.push_back(std::move(analysis));
      });
  ReadOptions read_options;
  read_options.max_document_bytes = command.max_megabytes << 20;
  read_inputs(command.inputs, read_options, [&](RawDocument doc) { workers.submit(std::move(doc)); });
  workers.finish();
  progress.done();
  Record record = link_articles(analyses, *resources->claims);
  if (command.format == "json")
    std::cout << report_to_json(analyses, record).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else if (command.format == "md")
    std::cout << report_to_markdown(analyses, record);
  else
    std::cout << report_to_html(analyses, record);
  std::cout.flush();
  return any_failed ? 1 : 0;
}

}  // namespace storyline
