// POST /api/articles: ingest JSON Lines (or one JSON article object) as `storyline ingest` does,
// only with the write token.
#include <set>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "serve/routes.h"

namespace storyline::serve {
namespace {

using nlohmann::json;

// Compares every byte, so the time taken tells nothing about where a guess goes wrong.
bool same_secret(const std::string& given, const std::string& token) {
  if (given.size() != token.size() || token.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < token.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ token[i]);
  return diff == 0;
}

// True when the request may write; otherwise the error is sent.
bool authorized(const Context& c, const httplib::Request& req, httplib::Response& res) {
  if (c.options.write_token.empty()) {
    send_error(res, 403, "this server is read-only (start it with --write-token to accept articles)");
    return false;
  }
  std::string header = req.get_header_value("Authorization");
  const std::string scheme = "Bearer ";
  if (header.size() <= scheme.size() || header.compare(0, scheme.size(), scheme) != 0) {
    res.set_header("WWW-Authenticate", "Bearer");
    send_error(res, 401, "missing header: Authorization: Bearer TOKEN");
    return false;
  }
  if (!same_secret(header.substr(scheme.size()), c.options.write_token)) {
    send_error(res, 403, "wrong write token");
    return false;
  }
  return true;
}

// How deep arrays and objects may nest in a body. An article object needs 2 (its byline list);
// a deeper body is refused before parsing, since writing a value back out (dump) recurses once
// per level and a body of a few megabytes could nest a million levels.
constexpr int kMaxJsonDepth = 64;

// Whether `body` nests arrays and objects deeper than kMaxJsonDepth (brackets inside strings
// do not count).
bool nested_too_deep(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

// The body as JSON Lines: one article object as is, or lines each holding one object. Throws
// BadRequest naming the first line that is not a JSON object, or when the body nests too deep.
std::string json_lines(const std::string& body) {
  if (nested_too_deep(body))
    throw BadRequest("the body nests arrays or objects more than " + std::to_string(kMaxJsonDepth) +
                     " levels deep; an article needs 2");
  json whole = json::parse(body, nullptr, false);
  if (whole.is_object()) return whole.dump() + "\n";
  std::size_t start = 0, line = 1, objects = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string text = body.substr(start, end - start);
    if (text.find_first_not_of(" \t\r") != std::string::npos) {
      if (!json::parse(text, nullptr, false).is_object())
        throw BadRequest("line " + std::to_string(line) + " is not a JSON object (send JSON Lines or one article object)");
      ++objects;
    }
    start = end + 1, ++line;
  }
  if (objects == 0) throw BadRequest("empty body: send JSON Lines or one article object");
  return body;
}

void post_articles(Context& c, const httplib::Request& req, httplib::Response& res) {
  if (!authorized(c, req, res)) return;
  std::string lines = json_lines(req.body);
  const AnalysisResources& resources = *c.options.resources;
  std::vector<ArticleToStore> batch;
  json failed = json::array(), ids = json::array();
  ReadOptions read_options;
  read_options.max_document_bytes = c.options.max_body_bytes;
  // Analysis happens outside the store lock: readers go on meanwhile.
  read_bytes(std::move(lines), "request.jsonl", read_options, [&](RawDocument doc) {
    Analysis analysis = analyze_article(extract_article(doc, resources.extract, {}), resources);
    if (!analysis.article.error.empty()) {
      failed.push_back({{"source", analysis.article.source}, {"error", analysis.article.error}});
      return;
    }
    ids.push_back(analysis.article.id);
    batch.push_back(prepare_article(std::move(analysis), *resources.claims));
  });
  BatchResult result;
  if (!batch.empty()) {
    std::lock_guard lock(c.store_lock);
    if (!c.ingester) c.ingester = std::make_unique<Ingester>(c.store, *resources.claims);
    result = c.ingester->ingest(batch);
  }
  json stories = json::array();
  for (std::int64_t story : result.stories_touched) stories.push_back(story);
  json body = {{"added", result.added},       {"duplicates", result.duplicates}, {"revisions", result.revisions},
               {"articles", std::move(ids)}, {"stories", std::move(stories)},   {"failed", failed}};
  int status = result.added + result.revisions > 0 ? 201 : batch.empty() ? 400 : 200;
  if (batch.empty()) body["error"] = "no article could be read from the body";
  send_json(res, body, status);
}

}  // namespace

void add_write_routes(httplib::Server& server, Context& c) {
  server.Post("/api/articles", [&c](const httplib::Request& req, httplib::Response& res) { post_articles(c, req, res); });
}

}  // namespace storyline::serve
