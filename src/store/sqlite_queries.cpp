// What the commands (and later the HTTP API) read: stories, claim groups, search, analyses.
#include <cctype>

#include "store/analysis_codec.h"
#include "store/sqlite_store.h"
#include "store/stored_forms.h"

namespace storyline {

using sqlite::Statement;

std::string fts_query(const std::string& query) {
  std::string out;
  std::size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::size_t start = i;
    while (i < query.size() && !std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::string word = query.substr(start, i - start);
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    std::string quoted;
    for (char c : word) {
      if (c == '"') quoted += '"';  // FTS5 strings escape a quote by doubling it
      quoted += c;
    }
    if (quoted.empty()) continue;
    out += (out.empty() ? "\"" : " \"") + quoted + "\"" + (prefix ? "*" : "");
  }
  return out;
}

std::vector<StoryRow> SqliteStore::stories() {
  std::vector<StoryRow> out;
  Statement query = db_->prepare(
      "SELECT id, articles, outlets, claim_groups, disputed, title, COALESCE(first_published, ''), "
      "COALESCE(last_published, ''), thread FROM stories ORDER BY id");
  while (query.step())
    out.push_back({query.integer(0), static_cast<int>(query.integer(1)), static_cast<int>(query.integer(2)),
                   static_cast<int>(query.integer(3)), static_cast<int>(query.integer(4)), query.text(5),
                   query.text(6), query.text(7), query.integer(8)});
  return out;
}

std::optional<std::int64_t> SqliteStore::story_thread(std::int64_t id) {
  Statement query = db_->prepare("SELECT thread FROM stories WHERE id = ?");
  if (!query.bind(1, id).step()) return std::nullopt;
  return query.integer(0);
}

// Only the entities of each record, extracted by SQLite (JSON1), not the whole record parsed.
std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> SqliteStore::story_entity_names(
    const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> out;
  Statement& query = cached(
      "SELECT json_extract(e.value, '$.key'), json_extract(e.value, '$.name') "
      "FROM stories s, json_each(s.record, '$.entities') e WHERE s.id = ? ORDER BY e.key");
  for (std::int64_t id : ids) {
    std::vector<std::pair<std::string, std::string>>& names = out[id];
    query.bind(1, id);
    try {
      while (query.step()) names.emplace_back(query.text(0), query.text(1));
    } catch (...) {
      query.reset();
      throw;
    }
    query.reset();
  }
  return out;
}

std::optional<std::string> SqliteStore::story_text(std::int64_t id) {
  Statement query = db_->prepare("SELECT record FROM stories WHERE id = ?");
  if (!query.bind(1, id).step()) return std::nullopt;
  return query.text(0);
}

std::vector<ClaimGroupRow> SqliteStore::claim_groups(const ClaimGroupFilter& filter) {
  std::vector<ClaimGroupRow> out;
  // Disputed: contradicted, or details disputed between outlets (as `report` shows them first).
  Statement query = db_->prepare(
      "SELECT story, position, predicate, label, subject, verdict, sources, disputes, record FROM claim_groups "
      "WHERE (?1 = 0 OR story = ?1) AND (?2 = 0 OR verdict = 'contradicted' OR disputes > 0) "
      "ORDER BY story, position");
  query.bind(1, filter.story).bind(2, filter.disputed_only ? 1 : 0);
  while (query.step())
    out.push_back({query.integer(0), static_cast<int>(query.integer(1)), query.text(2), query.text(3),
                   query.text(4), query.text(5), static_cast<int>(query.integer(6)),
                   static_cast<int>(query.integer(7)), nlohmann::json::parse(query.text_view(8))});
  return out;
}

std::vector<SearchHit> SqliteStore::search(const std::string& text, int limit) {
  std::vector<SearchHit> out;
  std::string match = fts_query(text);
  if (match.empty()) return out;
  Statement articles = db_->prepare(
      "SELECT a.seq, a.id, a.outlet, a.title, snippet(article_search, -1, '[', ']', '…', 12) "
      "FROM article_search JOIN articles a ON a.seq = article_search.rowid "
      "WHERE article_search MATCH ? AND a.current = 1 ORDER BY article_search.rank LIMIT ?");
  articles.bind(1, match).bind(2, limit);
  while (articles.step())
    out.push_back({"article", articles.integer(0), articles.text(1), articles.text(2), articles.text(3), "",
                   articles.text(4)});
  Statement quotes = db_->prepare(
      "SELECT a.seq, a.id, a.outlet, a.title, q.speaker, snippet(quote_search, 0, '[', ']', '…', 16) "
      "FROM quote_search JOIN quotes q ON q.id = quote_search.rowid JOIN articles a ON a.seq = q.article "
      "WHERE quote_search MATCH ? AND a.current = 1 ORDER BY quote_search.rank LIMIT ?");
  quotes.bind(1, match).bind(2, limit);
  while (quotes.step())
    out.push_back({"quote", quotes.integer(0), quotes.text(1), quotes.text(2), quotes.text(3), quotes.text(4),
                   quotes.text(5)});
  return out;
}

std::optional<nlohmann::json> SqliteStore::article(const std::string& id) {
  // An article id that looks like a seq wins over the seq: ids are what records name. Two
  // indexed lookups (articles_id, then the primary key), not one OR that would scan the table.
  Statement query = db_->prepare(
      "SELECT seq, COALESCE(story, 0), COALESCE(copy_of, 0), analysis, text FROM articles WHERE seq = COALESCE("
      "(SELECT seq FROM articles WHERE id = ?1 AND current = 1 ORDER BY seq LIMIT 1), "
      "(SELECT seq FROM articles WHERE seq = CAST(?1 AS INTEGER) AND CAST(seq AS TEXT) = ?1 AND current = 1))");
  if (!query.bind(1, id).step()) return std::nullopt;
  nlohmann::json out = nlohmann::json::parse(query.text_view(3));
  out["text"] = query.text(4);
  out["seq"] = query.integer(0);
  out["story"] = query.integer(1);
  out["copy_of"] = query.integer(2);
  return out;
}

void SqliteStore::for_each_analysis(const std::function<void(Analysis)>& visit) {
  Statement query = db_->prepare("SELECT analysis, text FROM articles WHERE current = 1 ORDER BY seq");
  while (query.step()) visit(stored_analysis(query.text_view(0), query.text_view(1)));
}

StoreCounts SqliteStore::counts() {
  Statement query = db_->prepare(
      "SELECT (SELECT COUNT(*) FROM articles WHERE current = 1), (SELECT COUNT(*) FROM articles), "
      "(SELECT COUNT(*) FROM stories)");
  query.step();
  return {query.integer(0), query.integer(1), query.integer(2)};
}

std::int64_t SqliteStore::last_seq() {
  Statement query = db_->prepare("SELECT COALESCE(MAX(seq), 0) FROM articles");
  query.step();
  return query.integer(0);
}

}  // namespace storyline
