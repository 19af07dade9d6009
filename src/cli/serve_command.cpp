#include "cli/serve_command.h"

#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "analyze/analyze.h"
#include "extract/resources.h"
#include "serve/server.h"
#include "store/store.h"

namespace storyline {

CLI::App* add_serve_command(CLI::App& app, ServeCommand& c) {
  CLI::App* sub = app.add_subcommand(
      "serve", "Serve a store as a JSON API (docs/api.md): stories, claim groups, articles with their layers, "
               "entities, quotes, search. Read-only unless started with --write-token.");
  sub->add_option("--db", c.db, "the store (a SQLite file or a postgresql:// URL)")->capture_default_str();
  sub->add_option("--port", c.port, "TCP port (0: any free one, printed)")->capture_default_str()->check(CLI::Range(0, 65535));
  sub->add_option("--bind", c.bind, "address to listen on; anything but loopback exposes the store")
      ->capture_default_str();
  sub->add_option("--write-token", c.write_token,
                  "accept POST /api/articles with `Authorization: Bearer TOKEN` (default: $STORYLINE_WRITE_TOKEN; "
                  "none: read-only)");
  sub->add_option("--resources", c.resources, "resource folder for ingesting (default: $STORYLINE_RESOURCES or the installed one)");
  return sub;
}

namespace {

// Serves until SIGTERM or SIGINT, then stops gracefully: the listening socket closes, requests
// in flight are answered, and listen() returns. The signals are blocked in every thread (the
// server's workers inherit the mask) and taken by one thread that waits for them, since
// ApiServer::stop() is not safe from a signal handler. Returns listen()'s result.
bool serve_until_signalled(ApiServer& server) {
  sigset_t stops;
  sigemptyset(&stops);
  sigaddset(&stops, SIGTERM);
  sigaddset(&stops, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stops, nullptr);
  std::atomic<bool> finished{false};
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stops, &signal);
    if (finished) return;  // woken below: the server ended by itself
    std::cerr << "storyline serve: stopping; requests in flight are answered first\n";
    // A stop() before listen() runs is lost, so it is repeated until listen() returns.
    while (!finished) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  bool served = server.listen();
  finished = true;
  pthread_kill(stopper.native_handle(), SIGTERM);  // pending if it is already stopping: harmless
  stopper.join();
  return served;
}

}  // namespace

int run_serve(const ServeCommand& c) {
  ServeOptions options;
  options.bind = c.bind;
  options.port = c.port;
  options.write_token = c.write_token;
  if (options.write_token.empty())
    if (const char* token = std::getenv("STORYLINE_WRITE_TOKEN")) options.write_token = token;
  std::unique_ptr<Store> store;
  try {
    if (!options.write_token.empty())
      options.resources = load_analysis_resources(c.resources.empty() ? default_resource_dir() : c.resources);
    store = open_store(c.db, options.write_token.empty() ? OpenMode::Existing : OpenMode::Create);
  } catch (const std::exception& error) {
    std::cerr << "storyline serve: " << error.what() << "\n";
    return 2;
  }
  ApiServer server(*store, options);
  int port = server.bind();
  if (port == 0) {
    std::cerr << "storyline serve: cannot listen on " << c.bind << ":" << c.port << "\n";
    return 2;
  }
  std::cerr << "storyline serve: http://" << c.bind << ":" << port << "/ (the API under /api/; "
            << (options.write_token.empty() ? "read-only" : "writes need the token") << ")\n";
  return serve_until_signalled(server) ? 0 : 2;
}

}  // namespace storyline
