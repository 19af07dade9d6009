// `storyline serve`: the JSON API over a store (docs/api.md), and the web page that reads it
// (web/, embedded in the binary: GET / and its few files).
//
//   std::unique_ptr<Store> store = open_store("storyline.db", OpenMode::Existing);
//   ApiServer server(*store, ServeOptions{});      // read-only, loopback
//   int port = server.bind();                      // 0 on failure (port taken, bad address)
//   server.listen();                               // blocks until stop() from another thread
//
// Requests are answered by a pool of threads; the store is used by one of them at a time (a
// Store is single-threaded), behind a mutex. Every answer but the page's files is JSON, errors
// too: {"error": "..."} with 400, 401, 403, 404, 405 or 413.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "store/store.h"

namespace storyline {

struct AnalysisResources;

struct ServeOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                       // 0: any free port (see ApiServer::bind)
  // Empty: read-only, POST /api/articles answers 403. Otherwise POST needs
  // `Authorization: Bearer <write_token>`.
  std::string write_token;
  // Analysis resources for POST /api/articles; required when write_token is set.
  std::shared_ptr<const AnalysisResources> resources;
  std::size_t max_body_bytes = 8u << 20;  // bigger bodies: 413
  int timeout_seconds = 10;               // read and write timeout per request
  // Workers: a client stalled mid-request holds one until its timeout, and the store lock keeps
  // queries one at a time anyway, so many cheap threads buy room for slow clients, not speed.
  unsigned threads = 32;
};

class ApiServer {
 public:
  // `store` must outlive the server. Throws std::invalid_argument when a write token is given
  // without resources.
  ApiServer(Store& store, ServeOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds options.bind:options.port (any free port when 0); returns the port, 0 on failure.
  int bind();
  // Serves until stop(); false when the server could not run. Call after bind().
  bool listen();
  // Safe from any thread once listen() is serving (a stop() before that is lost: wait for a
  // first answer); listen() returns soon after.
  void stop();

  // Answers the HTTP request(s) in `request` (raw bytes, as a client would send them on one
  // connection) with the same routes, limits and error handling as a served connection, without
  // a socket; returns the raw response bytes. For tests and the HTTP fuzz target.
  std::string answer(std::string_view request);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace storyline
