// GET routes: stories, threads, one story, an article with its layers, entities, quotes, search.
#include <algorithm>
#include <cctype>

#include "serve/routes.h"

namespace storyline::serve {
namespace {

using nlohmann::json;

json story_summary(const StoryRow& s) {
  return {{"id", s.id},
          {"title", s.title},
          {"articles", s.articles},
          {"outlets", s.outlets},
          {"claim_groups", s.claim_groups},
          {"disputed", s.disputed},
          {"first_published", s.first_published},
          {"last_published", s.last_published},
          {"thread", s.thread}};
}

std::string folded(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// The story a `?story=ID` names, or an error already sent (nullopt).
std::optional<json> story_parameter(const httplib::Request& req, httplib::Response& res, Context& c) {
  std::optional<std::int64_t> id = id_parameter(req, "story");
  if (!id) {
    send_error(res, 400, "missing parameter: story (an id from /api/stories)");
    return std::nullopt;
  }
  std::optional<json> story;
  {
    std::lock_guard lock(c.store_lock);
    story = c.store.story(*id);
  }
  if (!story) send_error(res, 404, "no story " + std::to_string(*id));
  if (story) (*story)["id"] = *id;
  return story;
}

// The list is what the page opens with and costs milliseconds to build at a thousand stories,
// while one query tells whether it changed since it was last built.
void list_stories(Context& c, httplib::Response& res) {
  std::shared_ptr<const std::string> body;
  {
    std::lock_guard lock(c.store_lock);
    std::int64_t seq = c.store.last_seq();
    if (!c.stories_body || seq != c.stories_seq) {
      json stories = json::array();
      for (const StoryRow& row : c.store.stories()) stories.push_back(story_summary(row));
      c.stories_body = std::make_shared<const std::string>(
          json{{"stories", std::move(stories)}}.dump(-1, ' ', false, json::error_handler_t::replace));
      c.stories_seq = seq;
    }
    body = c.stories_body;
  }
  res.status = 200;
  res.set_content(*body, "application/json");
}

// Threads: stories that continue one another, each named by its first story. Built as the story
// list is, only when the store changed.
void list_threads(Context& c, httplib::Response& res) {
  std::shared_ptr<const std::string> body;
  {
    std::lock_guard lock(c.store_lock);
    std::int64_t seq = c.store.last_seq();
    if (!c.threads_body || seq != c.threads_seq) {
      json threads = json::array();
      for (const ThreadRow& t : c.store.threads())
        threads.push_back({{"id", t.id}, {"title", t.title}, {"stories", t.stories}, {"entities", t.entities}});
      c.threads_body = std::make_shared<const std::string>(
          json{{"threads", std::move(threads)}}.dump(-1, ' ', false, json::error_handler_t::replace));
      c.threads_seq = seq;
    }
    body = c.threads_body;
  }
  res.status = 200;
  res.set_content(*body, "application/json");
}

void get_story(Context& c, const httplib::Request& req, httplib::Response& res) {
  std::int64_t id = parse_id(req.matches[1], "story id");
  std::optional<std::string> record;
  std::optional<std::int64_t> thread;
  {
    std::lock_guard lock(c.store_lock);
    record = c.store.story_text(id);
    if (record) thread = c.store.story_thread(id);
  }
  if (!record) return send_error(res, 404, "no story " + std::to_string(id));
  // The stored record is compact JSON of an object without an "id" or a "thread" (which depends
  // on other stories, so it is a column of its own): those go in front, and the rest is sent as
  // stored. Parsing and writing it again cost most of this request's time (a 10-article story's
  // record is about 110 KB).
  if (record->size() < 2 || record->front() != '{')
    return send_error(res, 500, "story " + std::to_string(id) + " has a malformed record");
  std::string body = "{\"id\":" + std::to_string(id) + ",\"thread\":" + std::to_string(thread.value_or(id));
  if (*record != "{}") body += ',';
  body.append(*record, 1);
  res.status = 200;
  res.body = std::move(body);
  res.set_header("Content-Type", "application/json");
}

void get_article(Context& c, const httplib::Request& req, httplib::Response& res) {
  std::string id = req.matches[1];
  std::optional<json> article;
  {
    std::lock_guard lock(c.store_lock);
    article = c.store.article(id);
  }
  if (!article) return send_error(res, 404, "no article '" + id + "'");
  send_json(res, *article);
}

void get_entities(Context& c, const httplib::Request& req, httplib::Response& res) {
  std::optional<json> story = story_parameter(req, res, c);
  if (!story) return;
  send_json(res, {{"story", (*story)["id"]}, {"entities", story->value("entities", json::array())}});
}

// Quote groups of a story; `speaker` keeps the groups whose speaker contains it (case ignored).
void get_quotes(Context& c, const httplib::Request& req, httplib::Response& res) {
  std::optional<json> story = story_parameter(req, res, c);
  if (!story) return;
  std::string speaker = folded(req.get_param_value("speaker"));
  json groups = json::array();
  for (const json& group : story->value("quote_groups", json::array()))
    if (speaker.empty() || folded(group.value("speaker", "")).find(speaker) != std::string::npos)
      groups.push_back(group);
  send_json(res, {{"story", (*story)["id"]}, {"quote_groups", std::move(groups)}});
}

void search(Context& c, const httplib::Request& req, httplib::Response& res) {
  std::string query = req.get_param_value("q");
  if (query.find_first_not_of(" \t\r\n") == std::string::npos)
    return send_error(res, 400, "missing parameter: q (words to find)");
  if (query.size() > 1000) return send_error(res, 400, "q is longer than 1000 bytes");
  int limit = 20;
  if (req.has_param("limit")) {
    std::int64_t asked = parse_id(req.get_param_value("limit"), "limit");
    if (asked > 100) return send_error(res, 400, "limit must be at most 100");
    limit = static_cast<int>(asked);
  }
  std::vector<SearchHit> hits;
  {
    std::lock_guard lock(c.store_lock);
    hits = c.store.search(query, limit);
  }
  json articles = json::array(), quotes = json::array();
  for (const SearchHit& hit : hits) {
    json item = {{"seq", hit.seq}, {"id", hit.id}, {"outlet", hit.outlet}, {"title", hit.title},
                 {"snippet", hit.snippet}};
    if (hit.kind == "quote") {
      item["speaker"] = hit.speaker;
      quotes.push_back(std::move(item));
    } else {
      articles.push_back(std::move(item));
    }
  }
  send_json(res, {{"query", query}, {"articles", std::move(articles)}, {"quotes", std::move(quotes)}});
}

}  // namespace

void add_read_routes(httplib::Server& server, Context& c) {
  server.Get("/api/stories", [&c](const httplib::Request&, httplib::Response& res) { list_stories(c, res); });
  server.Get("/api/threads", [&c](const httplib::Request&, httplib::Response& res) { list_threads(c, res); });
  server.Get(R"(/api/stories/([^/]+))",
             [&c](const httplib::Request& req, httplib::Response& res) { get_story(c, req, res); });
  server.Get(R"(/api/articles/([^/]+))",
             [&c](const httplib::Request& req, httplib::Response& res) { get_article(c, req, res); });
  server.Get("/api/entities", [&c](const httplib::Request& req, httplib::Response& res) { get_entities(c, req, res); });
  server.Get("/api/quotes", [&c](const httplib::Request& req, httplib::Response& res) { get_quotes(c, req, res); });
  server.Get("/api/search", [&c](const httplib::Request& req, httplib::Response& res) { search(c, req, res); });
}

}  // namespace storyline::serve
