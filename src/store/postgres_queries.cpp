// What the commands (and the HTTP API) read, as sqlite_queries.cpp does it for SQLite.
#include "store/postgres_search.h"
#include "store/postgres_store.h"
#include "store/stored_forms.h"

namespace storyline {

using postgres::Params;
using postgres::Result;

std::vector<StoryRow> PostgresStore::stories() {
  std::vector<StoryRow> out;
  Result rows = db_->run(
      "SELECT id, articles, outlets, claim_groups, disputed, title, COALESCE(first_published, ''), "
      "COALESCE(last_published, ''), thread FROM stories ORDER BY id");
  for (int i = 0; i < rows.size(); ++i)
    out.push_back({rows.integer(i, 0), static_cast<int>(rows.integer(i, 1)), static_cast<int>(rows.integer(i, 2)),
                   static_cast<int>(rows.integer(i, 3)), static_cast<int>(rows.integer(i, 4)), rows.text(i, 5),
                   rows.text(i, 6), rows.text(i, 7), rows.integer(i, 8)});
  return out;
}

std::optional<std::int64_t> PostgresStore::story_thread(std::int64_t id) {
  Result rows = db_->run("SELECT thread FROM stories WHERE id = $1", Params().integer(id));
  if (rows.empty()) return std::nullopt;
  return rows.integer(0, 0);
}

// Only the entities of each record, taken out by the server, not the whole records sent.
std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> PostgresStore::story_entity_names(
    const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> out;
  for (std::int64_t id : ids) out[id];
  Result rows = db_->run(
      "SELECT s.id, x.e->>'key', x.e->>'name' FROM stories s, "
      "json_array_elements((s.record::json)->'entities') WITH ORDINALITY AS x(e, n) "
      "WHERE s.id = ANY($1::bigint[]) ORDER BY s.id, x.n",
      Params().text(postgres::array_literal(ids)));
  for (int i = 0; i < rows.size(); ++i) out[rows.integer(i, 0)].emplace_back(rows.text(i, 1), rows.text(i, 2));
  return out;
}

std::optional<std::string> PostgresStore::story_text(std::int64_t id) {
  Result rows = db_->run("SELECT record FROM stories WHERE id = $1", Params().integer(id));
  if (rows.empty()) return std::nullopt;
  return std::string(rows.text_view(0, 0));
}

std::vector<ClaimGroupRow> PostgresStore::claim_groups(const ClaimGroupFilter& filter) {
  std::vector<ClaimGroupRow> out;
  // Disputed: contradicted, or details disputed between outlets (as `report` shows them first).
  Result rows = db_->run(
      "SELECT story, position, predicate, label, subject, verdict, sources, disputes, record FROM claim_groups "
      "WHERE ($1::bigint = 0 OR story = $1::bigint) AND ($2::int = 0 OR verdict = 'contradicted' OR disputes > 0) "
      "ORDER BY story, position",
      Params().integer(filter.story).integer(filter.disputed_only ? 1 : 0));
  for (int i = 0; i < rows.size(); ++i)
    out.push_back({rows.integer(i, 0), static_cast<int>(rows.integer(i, 1)), rows.text(i, 2), rows.text(i, 3),
                   rows.text(i, 4), rows.text(i, 5), static_cast<int>(rows.integer(i, 6)),
                   static_cast<int>(rows.integer(i, 7)), nlohmann::json::parse(rows.text_view(i, 8))});
  return out;
}

std::vector<SearchHit> PostgresStore::search(const std::string& text, int limit) {
  std::vector<SearchHit> out;
  std::vector<SearchTerm> terms = search_terms(text);
  if (terms.empty()) return out;
  // The index leaves out words over 2047 bytes, and to_tsquery refuses them: such a word,
  // required like every other, matches nothing.
  for (const SearchTerm& term : terms)
    if (term.word.size() > 2000) return out;
  Params params = Params().text(tsquery_text(terms)).integer(limit);
  Result articles = db_->run(
      "SELECT seq, id, outlet, title, text FROM articles, to_tsquery('simple', $1) AS query "
      "WHERE current = 1 AND search @@ query ORDER BY ts_rank(search, query) DESC, seq LIMIT $2",
      params);
  for (int i = 0; i < articles.size(); ++i) {
    // The snippet comes from the title when it holds more of the words, as FTS5's does.
    std::string_view title = articles.text_view(i, 3), body = articles.text_view(i, 4);
    std::string_view from = matched_terms(title, terms) > matched_terms(body, terms) ? title : body;
    out.push_back({"article", articles.integer(i, 0), articles.text(i, 1), articles.text(i, 2), std::string(title),
                   "", search_snippet(from, terms, 12)});
  }
  Result quotes = db_->run(
      "SELECT a.seq, a.id, a.outlet, a.title, q.speaker, q.text FROM quotes q JOIN articles a ON a.seq = q.article, "
      "to_tsquery('simple', $1) AS query WHERE a.current = 1 AND q.search @@ query "
      "ORDER BY ts_rank(q.search, query) DESC, q.id LIMIT $2",
      params);
  for (int i = 0; i < quotes.size(); ++i)
    out.push_back({"quote", quotes.integer(i, 0), quotes.text(i, 1), quotes.text(i, 2), quotes.text(i, 3),
                   quotes.text(i, 4), search_snippet(quotes.text_view(i, 5), terms, 16)});
  return out;
}

std::optional<nlohmann::json> PostgresStore::article(const std::string& id) {
  // An article id that looks like a seq wins over the seq: ids are what records name. Two
  // lookups rather than one OR, so each uses its index.
  Result rows = db_->run(
      "SELECT seq, COALESCE(story, 0), COALESCE(copy_of, 0), analysis, text FROM articles "
      "WHERE current = 1 AND id = $1 ORDER BY seq LIMIT 1",
      Params().text(id));
  bool a_seq = !id.empty() && id.size() < 19 && id.find_first_not_of("0123456789") == std::string::npos &&
               std::to_string(std::stoll(id)) == id;
  if (rows.empty() && a_seq)
    rows = db_->run(
        "SELECT seq, COALESCE(story, 0), COALESCE(copy_of, 0), analysis, text FROM articles "
        "WHERE current = 1 AND seq = $1",
        Params().text(id));
  if (rows.empty()) return std::nullopt;
  nlohmann::json out = nlohmann::json::parse(rows.text_view(0, 3));
  out["text"] = rows.text(0, 4);
  out["seq"] = rows.integer(0, 0);
  out["story"] = rows.integer(0, 1);
  out["copy_of"] = rows.integer(0, 2);
  return out;
}

void PostgresStore::for_each_analysis(const std::function<void(Analysis)>& visit) {
  db_->stream("SELECT analysis, text FROM articles WHERE current = 1 ORDER BY seq", Params(),
              [&](const Result& row) { visit(stored_analysis(row.text_view(0, 0), row.text_view(0, 1))); });
}

StoreCounts PostgresStore::counts() {
  Result rows = db_->run(
      "SELECT (SELECT COUNT(*) FROM articles WHERE current = 1), (SELECT COUNT(*) FROM articles), "
      "(SELECT COUNT(*) FROM stories)");
  return {rows.integer(0, 0), rows.integer(0, 1), rows.integer(0, 2)};
}

std::int64_t PostgresStore::last_seq() {
  return db_->run("SELECT COALESCE(MAX(seq), 0) FROM articles").integer(0, 0);
}

}  // namespace storyline
