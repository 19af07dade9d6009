// GET / and the web page's files, from the table embedded at build time (static_files.h).
// Each path is registered as an exact route; anything else falls through to the JSON 404.
#include "serve/routes.h"
#include "serve/static_files.h"

namespace storyline::serve {
namespace {

// The page loads only its own scripts, styles and API: no inline script, nothing from elsewhere,
// never framed.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void send_file(const StaticFile& file, httplib::Response& res) {
  res.status = 200;
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_content(file.bytes.data(), file.bytes.size(), std::string(file.content_type).c_str());
}

// A regex matching exactly `path` (file names are [A-Za-z0-9_.-], so only '.' needs escaping).
std::string exact(std::string_view path) {
  std::string pattern;
  for (char c : path) {
    if (c == '.') pattern += '\\';
    pattern += c;
  }
  return pattern;
}

}  // namespace

void add_static_routes(httplib::Server& server) {
  for (const StaticFile& file : static_files()) {
    server.Get(exact(file.path), [&file](const httplib::Request&, httplib::Response& res) { send_file(file, res); });
    if (file.path == "/index.html")
      server.Get("/", [&file](const httplib::Request&, httplib::Response& res) { send_file(file, res); });
  }
}

}  // namespace storyline::serve
