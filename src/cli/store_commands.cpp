#include "cli/store_commands.h"

#include <cstdio>
#include <iostream>
#include <map>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "cli/ingest_command.h"
#include "cli/report_command.h"
#include "link/story.h"
#include "present/report_json.h"
#include "store/store.h"

namespace storyline {
namespace {

std::string line_of(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return text;
}

void print_story(const StoryRow& s, const char* indent) {
  std::string dates = s.first_published.substr(0, 10);
  if (s.last_published.substr(0, 10) != dates) dates += ".." + s.last_published.substr(0, 10);
  std::printf("%s%-6lld %4d articles %3d outlets %3d disputed of %3d groups  %-22s %s\n", indent,
              static_cast<long long>(s.id), s.articles, s.outlets, s.disputed, s.claim_groups, dates.c_str(),
              line_of(s.title).c_str());
}

// Stories in order of their ids; the stories of a thread (stories that continue one another)
// together under a line naming the thread and the key entities they share.
int list_stories(Store& store) {
  const std::vector<StoryRow> rows = store.stories();
  std::map<std::int64_t, const StoryRow*> by_id;
  for (const StoryRow& row : rows) by_id[row.id] = &row;
  for (const ThreadRow& thread : store.threads()) {
    if (thread.stories.size() == 1) {
      print_story(*by_id.at(thread.stories.front()), "");
      continue;
    }
    std::string shared;
    for (const std::string& name : thread.entities) shared += (shared.empty() ? "" : ", ") + line_of(name);
    std::printf("thread %lld: %zu stories%s%s\n", static_cast<long long>(thread.id), thread.stories.size(),
                shared.empty() ? "" : ", sharing ", shared.c_str());
    for (std::int64_t id : thread.stories) print_story(*by_id.at(id), "  ");
  }
  return 0;
}

int list_claims(Store& store, const StoreCommands& c) {
  if (c.story && !store.story(c.story)) {
    std::cerr << "storyline claims: no story " << c.story << " in " << store_name(c.db) << " (see `storyline stories`)\n";
    return 2;
  }
  for (const ClaimGroupRow& g : store.claim_groups({c.story, c.disputed})) {
    std::string subject = g.record.contains("subject") ? " of " + g.record["subject"].value("name", "") : "";
    std::printf("story %lld #%d  %-14s %s%s  (%d sources, %zu claims)\n", static_cast<long long>(g.story), g.position,
                g.verdict.c_str(), g.label.c_str(), subject.c_str(), g.sources, g.record["claims"].size());
    for (const auto& d : g.record["disputes"])
      std::printf("    %s %s: %s (%s / %s)\n", d.value("verdict", "").c_str(), d.value("aspect", "").c_str(),
                  line_of(d.value("reason", "")).c_str(), d["a"].value("outlet", "").c_str(),
                  d["b"].value("outlet", "").c_str());
  }
  return 0;
}

int search(Store& store, const StoreCommands& c) {
  std::vector<SearchHit> hits = store.search(c.query, c.limit);
  if (hits.empty()) std::cerr << "storyline search: nothing found for '" << c.query << "'\n";
  for (const SearchHit& hit : hits) {
    if (hit.kind == "article")
      std::printf("article %lld  %s: %s\n    %s\n", static_cast<long long>(hit.seq), hit.outlet.c_str(),
                  line_of(hit.title).c_str(), line_of(hit.snippet).c_str());
    else
      std::printf("quote   %lld  %s: %s\n    %s: \"%s\"\n", static_cast<long long>(hit.seq), hit.outlet.c_str(),
                  line_of(hit.title).c_str(), hit.speaker.empty() ? "(no speaker)" : hit.speaker.c_str(),
                  line_of(hit.snippet).c_str());
  }
  return 0;
}

// The same record `report` writes for the inputs, from the analyses the store keeps.
int report_from_store(Store& store, const ArticleCommand& command) {
  if (command.format != "md" && command.format != "json" && command.format != "html") {
    std::cerr << "storyline report: unknown --format '" << command.format << "' (expected md, json or html)\n";
    return 2;
  }
  std::shared_ptr<const ClaimResources> claims;
  try {
    claims = load_claim_resources(command.resources.empty() ? default_resource_dir() : command.resources);
  } catch (const std::exception& error) {
    std::cerr << "storyline report: " << error.what() << "\n";
    return 2;
  }
  std::vector<Analysis> analyses;
  store.for_each_analysis([&](Analysis a) {
    refresh_claims(a, *claims);
    analyses.push_back(std::move(a));
  });
  Record record = link_articles(analyses, *claims);
  write_report(std::cout, command.format, analyses, record);
  std::cout.flush();
  return 0;
}

}  // namespace

void add_store_commands(CLI::App& app, CLI::App* report_app, const ArticleCommand& report, StoreCommands& c) {
  c.report_app = report_app;
  c.report = &report;
  report_app->get_option("inputs")->required(false);
  report_app->add_option("--db", c.report_db, "report from this store (see `ingest`) instead of inputs");

  c.ingest_app = app.add_subcommand(
      "ingest", "Analyse inputs as `analyze` does and add them to a store (SQLite file or PostgreSQL database), "
                "linking copies, stories and claim groups incrementally. An article already stored is skipped; "
                "a changed text under a known URL is kept as a new revision.");
  CLI::App* in = c.ingest_app;
  in->add_option("inputs", c.ingest.inputs, "files, folders (recursive) or - for stdin")->required();
  in->add_option("--db", c.db, "the store: a SQLite file, created when missing, or a postgresql:// URL")
      ->capture_default_str();
  in->add_option("--batch", c.batch, "articles per transaction")->capture_default_str();
  in->add_flag("--analysed", c.analysed,
               "the inputs are analyses: JSON Lines written by `storyline analyze` or shards of "
               "`python3 -m storyline.dask analyze` (files, folders of *.jsonl, or -), stored without "
               "analysing again; lines holding a failed document count as failed");
  in->add_option("--lang", c.ingest.lang, "language of every input (e.g. en, es)");
  in->add_option("--url", c.ingest.url, "URL of the single input");
  in->add_option("--published", c.ingest.published, "publication date of the single input (ISO 8601)");
  in->add_option("--jobs,-j", c.ingest.jobs, "parallel workers (default: all cores)");
  in->add_option("--max-mb", c.ingest.max_megabytes, "largest document accepted, in MB after decompression")
      ->capture_default_str();
  in->add_option("--resources", c.ingest.resources, "resource folder (default: $STORYLINE_RESOURCES or the installed one)");
  in->add_option("--pack", c.ingest.packs, "extra gazetteer pack (repeatable)");

  c.stories_app = app.add_subcommand("stories", "List the stories of a store: id, articles, outlets, disputed claim groups, dates, title; the "
                                     "stories of one thread (stories that continue one another) together under it.");
  c.claims_app = app.add_subcommand("claims", "List the claim groups of a store with their verdicts and disputes.");
  c.claims_app->add_flag("--disputed", c.disputed, "only contradicted groups and groups with disputed details");
  c.claims_app->add_option("--story", c.story, "only this story (an id from `storyline stories`)");
  c.search_app = app.add_subcommand("search", "Search a store's articles and quotes (all words; accents and case ignored; word* for a prefix).");
  c.search_app->add_option("query", c.query, "words to find")->required();
  c.search_app->add_option("--limit", c.limit, "hits of each kind")->capture_default_str();
  for (CLI::App* read : {c.stories_app, c.claims_app, c.search_app})
    read->add_option("--db", c.db, "the store (a SQLite file or a postgresql:// URL)")->capture_default_str();
}

int run_store_commands(const StoreCommands& c) {
  if (c.ingest_app->parsed()) return run_ingest(c.ingest, c.db, c.batch, c.analysed);
  bool report = c.report_app->parsed();
  if (report && c.report_db.empty()) {
    if (!c.report->inputs.empty()) return -1;  // the plain report on inputs
    std::cerr << "storyline report: give inputs, or --db FILE to report from a store\n";
    return 2;
  }
  if (report && !c.report->inputs.empty()) {
    std::cerr << "storyline report: give inputs or --db, not both\n";
    return 2;
  }
  if (!report && !c.stories_app->parsed() && !c.claims_app->parsed() && !c.search_app->parsed()) return -1;
  const char* name = report ? "report" : c.stories_app->parsed() ? "stories" : c.claims_app->parsed() ? "claims" : "search";
  const std::string& db = report ? c.report_db : c.db;
  try {
    std::unique_ptr<Store> store = open_store(db, OpenMode::Existing);
    if (report) return report_from_store(*store, *c.report);
    if (c.stories_app->parsed()) return list_stories(*store);
    if (c.claims_app->parsed()) return list_claims(*store, c);
    return search(*store, c);
  } catch (const std::exception& error) {
    std::cerr << "storyline " << name << ": " << error.what() << "\n";
    return 2;
  }
}

}  // namespace storyline
