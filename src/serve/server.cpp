// The HTTP server around the routes: limits, timeouts, the thread pool, and JSON for every
// error httplib produces itself (unknown route, body too large, malformed request).
#include "serve/server.h"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include "serve/routes.h"
#include "serve/static_files.h"

namespace storyline {

namespace serve {

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  // Replace invalid UTF-8 rather than throw: article text comes from the web.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}}, status);
}

std::int64_t parse_id(const std::string& text, const std::string& what) {
  std::int64_t value = 0;
  bool ok = !text.empty() && text.size() <= 18;
  for (char c : text) {
    if (c < '0' || c > '9') ok = false;
    else value = value * 10 + (c - '0');
  }
  if (!ok || value <= 0) throw BadRequest(what + " must be a positive whole number, not '" + text + "'");
  return value;
}

std::optional<std::int64_t> id_parameter(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name.c_str())) return std::nullopt;
  return parse_id(req.get_param_value(name.c_str()), name);
}

}  // namespace serve

namespace {

// The routes that exist, with the method each answers: a known path asked with another method
// is a 405, anything else a 404.
struct KnownRoute {
  std::regex path;
  const char* method;
};

const std::vector<KnownRoute>& known_routes() {
  static const std::vector<KnownRoute> routes = {
      {std::regex("/api/stories"), "GET"},  {std::regex("/api/stories/[^/]+"), "GET"},
      {std::regex("/api/articles"), "POST"}, {std::regex("/api/articles/[^/]+"), "GET"},
      {std::regex("/api/entities"), "GET"}, {std::regex("/api/quotes"), "GET"},
      {std::regex("/api/search"), "GET"},  {std::regex("/api/threads"), "GET"},
  };
  return routes;
}

bool is_static_file(const std::string& path) {
  if (path == "/") return true;
  for (const serve::StaticFile& file : serve::static_files())
    if (file.path == path) return true;
  return false;
}

void unrouted(const httplib::Request& req, httplib::Response& res) {
  if (is_static_file(req.path)) {  // the web page's files answer GET (and HEAD) only
    res.set_header("Allow", "GET");
    serve::send_error(res, 405, req.method + " is not allowed on " + req.path + "; use GET");
    return;
  }
  for (const KnownRoute& route : known_routes()) {
    if (!std::regex_match(req.path, route.path)) continue;
    res.set_header("Allow", route.method);
    serve::send_error(res, 405, req.method + " is not allowed on " + req.path + "; use " + route.method);
    return;
  }
  serve::send_error(res, 404, "no such route: " + req.path + " (see docs/api.md)");
}

// Debian's cpp-httplib is built with Brotli, and answers any client that accepts it ("br", which
// every browser sends) with Brotli at its slowest quality: 120 ms for a 110 KB story, 3.9 s for a
// 3.7 MB one, against 2.4 ms and about 80 ms with gzip, which httplib picks when "br" is absent.
// httplib 0.11 has no setting for it, so "br" is taken out of Accept-Encoding before routing.
// The Request is a non-const object inside httplib that the hook sees through a const reference.
void prefer_gzip(const httplib::Request& req) {
  auto found = req.headers.find("Accept-Encoding");
  if (found == req.headers.end() || found->second.find("br") == std::string::npos) return;
  std::string kept;
  std::size_t start = 0;
  while (start <= found->second.size()) {
    std::size_t comma = found->second.find(',', start);
    if (comma == std::string::npos) comma = found->second.size();
    std::string coding = found->second.substr(start, comma - start);
    coding.erase(0, coding.find_first_not_of(' '));
    if (!coding.starts_with("br")) kept += (kept.empty() ? "" : ", ") + coding;
    start = comma + 1;
  }
  auto& headers = const_cast<httplib::Headers&>(req.headers);
  headers.erase("Accept-Encoding");
  if (!kept.empty()) headers.emplace("Accept-Encoding", kept);
}

const char* reason_for(int status) {
  switch (status) {
    case 400: return "malformed request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 431: return "request headers too large";
    default: return status >= 500 ? "internal error" : "request failed";
  }
}

// httplib's server with its connection-level entry made reachable: ApiServer::answer feeds it a
// request held in memory, so tests and the fuzz target go through the real routing and limits.
struct Http : httplib::Server {
  using httplib::Server::process_request;
};

// One connection's bytes in memory: reads come from the request, writes collect the response.
class MemoryStream : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view request) : request_(request) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size = std::min(size, request_.size());
    std::copy_n(request_.data(), size, ptr);
    request_.remove_prefix(size);
    return static_cast<ssize_t>(size);
  }
  ssize_t write(const char* ptr, size_t size) override {
    response_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override { ip = "127.0.0.1", port = 1; }
  void get_local_ip_and_port(std::string& ip, int& port) const override { ip = "127.0.0.1", port = 2; }
  socket_t socket() const override { return INVALID_SOCKET; }
  bool drained() const { return request_.empty(); }
  const std::string& response() const { return response_; }

 private:
  std::string_view request_;
  std::string response_;
};

}  // namespace

struct ApiServer::State {
  serve::Context context;
  Http http;
  State(Store& store, ServeOptions options) : context{store, std::move(options), {}, nullptr} {}
};

ApiServer::ApiServer(Store& store, ServeOptions options) {
  if (!options.write_token.empty() && !options.resources)
    throw std::invalid_argument("a write token needs analysis resources to ingest articles");
  state_ = std::make_unique<State>(store, std::move(options));
  httplib::Server& http = state_->http;
  const ServeOptions& o = state_->context.options;
  unsigned threads = o.threads ? o.threads : 1;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.timeout_seconds, 0);
  http.set_write_timeout(o.timeout_seconds, 0);
  // Headers and body go out in separate writes: with Nagle's algorithm on, the body waits for
  // the client's delayed ACK (about 40 ms on Linux) on every keep-alive request.
  http.set_tcp_nodelay(true);
  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
    prefer_gzip(req);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.set_keep_alive_timeout(5);
  http.set_keep_alive_max_count(100);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

  // httplib's own errors (400 malformed, 413, 404 with no handler) come with an empty body.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        serve::send_error(res, res.status, reason_for(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
    try {
      if (error) std::rethrow_exception(error);
      serve::send_error(res, 500, "internal error");
    } catch (const serve::BadRequest& bad) {
      serve::send_error(res, 400, bad.what());
    } catch (const std::exception& other) {
      serve::send_error(res, 500, std::string("internal error: ") + other.what());
    } catch (...) {
      serve::send_error(res, 500, "internal error");
    }
  });

  serve::add_read_routes(http, state_->context);
  serve::add_write_routes(http, state_->context);
  serve::add_static_routes(http);
  http.Get(".*", unrouted);
  http.Post(".*", unrouted);
  http.Put(".*", unrouted);
  http.Patch(".*", unrouted);
  http.Delete(".*", unrouted);
  http.Options(".*", unrouted);
}

ApiServer::~ApiServer() { stop(); }

int ApiServer::bind() {
  const ServeOptions& o = state_->context.options;
  if (o.port == 0) {
    int port = state_->http.bind_to_any_port(o.bind);
    return port > 0 ? port : 0;
  }
  return state_->http.bind_to_port(o.bind, o.port) ? o.port : 0;
}

bool ApiServer::listen() { return state_->http.listen_after_bind(); }

void ApiServer::stop() { state_->http.stop(); }

std::string ApiServer::answer(std::string_view request) {
  MemoryStream stream(request);
  // As on a keep-alive connection, up to httplib's count of requests, until the bytes run out
  // or a request closes the connection.
  bool closed = false;
  for (int count = 0; count < 100 && !closed && !stream.drained(); ++count)
    if (!state_->http.process_request(stream, false, closed, [](httplib::Request&) {})) break;
  return stream.response();
}

}  // namespace storyline
