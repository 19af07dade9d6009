// The commands around the store: ingest, stories, claims, search, and `report --db`.
//
//   storyline::StoreCommands store;
//   storyline::add_store_commands(app, report_app, report, store);  // before app.parse
//   if (int status = storyline::run_store_commands(store); status >= 0) return status;
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "cli/article_commands.h"

namespace storyline {

struct StoreCommands {
  std::string db = "storyline.db";
  std::string report_db;            // report --db: the record from a store instead of inputs
  ArticleCommand ingest;
  std::size_t batch = 200;          // articles per transaction
  bool analysed = false;            // ingest --analysed: inputs are analyze output
  bool disputed = false;            // claims --disputed
  std::int64_t story = 0;           // claims --story
  std::string query;                // search
  int limit = 10;                   // search: hits of each kind
  CLI::App* ingest_app = nullptr;
  CLI::App* stories_app = nullptr;
  CLI::App* claims_app = nullptr;
  CLI::App* search_app = nullptr;
  CLI::App* report_app = nullptr;
  const ArticleCommand* report = nullptr;
};

// Adds ingest, stories, claims and search to `app`, and --db to the report command (whose
// inputs become optional: a store or inputs, not both).
void add_store_commands(CLI::App& app, CLI::App* report_app, const ArticleCommand& report, StoreCommands& commands);

// Runs the store command that was parsed; -1 when none was (nor report --db). Exit status:
// 0 done, 1 an input failed (ingest), 2 bad options, a missing, damaged or newer store.
int run_store_commands(const StoreCommands& commands);

}  // namespace storyline
