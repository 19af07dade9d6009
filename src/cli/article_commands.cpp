#include "cli/article_commands.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <thread>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "present/analysis_json.h"
#include "present/article_json.h"
#include "present/document_output.h"
#include "cli/progress.h"
#include "util/ordered_workers.h"

namespace storyline {
namespace {

// One article's output, rendered on the worker thread so that writing stays cheap.
struct Rendered {
  std::string output;
  std::string error;
};

// Turns one read document into its output (present/document_output.h does the work).
using Render = std::function<Rendered(const RawDocument&)>;

std::string dump(const nlohmann::json& value, int indent) { return output_text(value, indent); }

bool check_options(const ArticleCommand& command, const char* name) {
  if (command.format != "jsonl" && command.format != "json" && command.format != "text") {
    std::cerr << "storyline " << name << ": unknown --format '" << command.format
              << "' (expected jsonl, json or text)\n";
    return false;
  }
  if ((!command.url.empty() || !command.published.empty()) && command.inputs.size() != 1) {
    std::cerr << "storyline " << name
              << ": --url and --published describe one input; give exactly one\n";
    return false;
  }
  return true;
}

// Reads, extracts and renders every input in parallel, writing results in input order.
int run_articles(const ArticleCommand& command, const Render& render) {
  unsigned jobs = command.jobs ? command.jobs : std::max(1u, std::thread::hardware_concurrency());
  bool any_failed = false, first = true;
  Progress progress;
  if (command.format == "json") std::cout << "[";
  OrderedWorkers<RawDocument, Rendered> workers(
      jobs,
      [&](RawDocument doc) { return render(doc); },
      [&](Rendered rendered) {
        if (!rendered.error.empty()) {
          any_failed = true;
          std::cerr << "storyline: " << rendered.error << "\n";
        }
        if (command.format == "json") std::cout << (first ? "\n" : ",\n");
        std::cout << rendered.output;
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

std::string render_json(const nlohmann::json& value, const std::string& format) {
  return format == "json" ? dump(value, 2) : dump(value, -1) + "\n";
}

// The readable form of an analysis: the article, then one line per date, quantity, entity,
// quote, attribution and claim.
std::string analysis_to_text(const Analysis& analysis) {
  std::string out = article_to_text(analysis.article);
  nlohmann::json layers = analysis_to_json(analysis);
  for (const auto& date : layers["dates"])
    out += "date: " + date["text"].get<std::string>() + " = " + date["value"].get<std::string>() +
           " (" + date["type"].get<std::string>() + ", " + date["anchor"].get<std::string>() + ")\n";
  for (const auto& quantity : layers["quantities"])
    out += "quantity: " + quantity["text"].get<std::string>() + " = " + dump(quantity["value"], -1) +
           (quantity["unit"].get<std::string>().empty() ? "" : " " + quantity["unit"].get<std::string>()) +
           " (" + quantity["approx"].get<std::string>() + ")\n";
  for (const Entity& e : analysis.entities) {
    out += "entity: " + e.name + " (" + std::string(entity_type_name(e.type)) + ")";
    if (e.aliases.size() > 1) {
      out += " as";
      for (const std::string& alias : e.aliases) out += " \"" + alias + "\"";
    }
    out += "\n";
  }
  for (const Quote& q : analysis.speech.quotes)
    out += "quote: \"" + q.text + "\" - " + (q.speaker.text.empty() ? "(no speaker)" : q.speaker.text) +
           (q.speaker.anonymous ? " (anonymous)" : "") + "\n";
  for (const auto& a : layers["attributions"])
    out += "attribution: " + a["text"].get<std::string>() + "\n";
  for (const auto& c : layers["claims"])
    out += "claim: " + c["predicate"].get<std::string>() + " \"" + c["trigger"]["text"].get<std::string>() +
           "\" (" + c["modality"].get<std::string>() + ")\n";
  return out + "\n";
}

}  // namespace

int run_extract(const ArticleCommand& command) {
  if (!check_options(command, "extract")) return 2;
  ExtractResources resources;
  try {
    resources = load_extract_resources(command.resources.empty() ? default_resource_dir()
                                                                 : command.resources);
  } catch (const std::exception& error) {
    std::cerr << "storyline extract: " << error.what() << "\n";
    return 2;
  }
  ExtractOverrides overrides{command.lang, command.url, command.published};
  return run_articles(command, [&](const RawDocument& doc) {
    if (command.format != "text") {
      nlohmann::json article = extracted_json(doc, resources, overrides);
      return Rendered{render_json(article, command.format), article.value("error", "")};
    }
    return render_document<Rendered>(doc, resources, overrides, [](Article article) {
      return Rendered{article_to_text(article), article.error};
    });
  });
}

int run_analyze(const ArticleCommand& command) {
  if (!check_options(command, "analyze")) return 2;
  std::shared_ptr<const AnalysisResources> resources;
  try {
    resources = load_analysis_resources(
        command.resources.empty() ? default_resource_dir() : command.resources, command.packs);
  } catch (const std::exception& error) {
    std::cerr << "storyline analyze: " << error.what() << "\n";
    return 2;
  }
  ExtractOverrides overrides{command.lang, command.url, command.published};
  return run_articles(command, [&](const RawDocument& doc) {
    if (command.format != "text") {
      nlohmann::json analysis = analysed_json(doc, *resources, overrides);
      return Rendered{render_json(analysis, command.format), analysis.value("error", "")};
    }
    return render_document<Rendered>(doc, resources->extract, overrides, [&](Article article) {
      Analysis analysis = analyze_article(std::move(article), *resources);
      return Rendered{analysis_to_text(analysis), analysis.article.error};
    });
  });
}

}  // namespace storyline
