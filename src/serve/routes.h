// Internal to src/serve: what the route files share. Not for other stages.
#pragma once

#include <httplib.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "serve/server.h"
#include "store/ingest.h"

namespace storyline::serve {

// What every handler reaches: the store behind its lock, and the options.
struct Context {
  Store& store;
  ServeOptions options;
  std::mutex store_lock;
  std::unique_ptr<Ingester> ingester;  // created on the first POST, under store_lock
  // GET /api/stories as last answered, and the store's last_seq() then (under store_lock): every
  // write adds a seq, so an unchanged last_seq means an unchanged list, whoever writes.
  std::shared_ptr<const std::string> stories_body;
  std::int64_t stories_seq = -1;
  // GET /api/threads likewise.
  std::shared_ptr<const std::string> threads_body;
  std::int64_t threads_seq = -1;
};

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);
void send_error(httplib::Response& res, int status, const std::string& message);

// A query parameter as a positive id; nullopt when absent. Throws BadRequest when malformed.
struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};
std::optional<std::int64_t> id_parameter(const httplib::Request& req, const std::string& name);
std::int64_t parse_id(const std::string& text, const std::string& what);

void add_read_routes(httplib::Server& server, Context& context);
void add_write_routes(httplib::Server& server, Context& context);
// GET / and the embedded web page files (static_routes.cpp).
void add_static_routes(httplib::Server& server);

}  // namespace storyline::serve
