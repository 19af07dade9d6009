// `storyline serve`: the JSON API over a store (src/serve, docs/api.md).
//
//   storyline::ServeCommand serve;
//   CLI::App* serve_app = storyline::add_serve_command(app, serve);  // before app.parse
//   if (serve_app->parsed()) return storyline::run_serve(serve);
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace storyline {

struct ServeCommand {
  std::string db = "storyline.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string write_token;  // empty: read-only
  std::string resources;    // empty: default_resource_dir() (only loaded with a write token)
};

CLI::App* add_serve_command(CLI::App& app, ServeCommand& command);

// Serves until killed. Exit status 2: a missing or damaged store, a port that cannot be bound.
int run_serve(const ServeCommand& command);

}  // namespace storyline
