#include "store/store.h"

#include "link/story_link.h"
#include "present/analysis_json.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"
#include "store/story_record.h"
#include "util/text.h"

namespace storyline {

ArticleToStore prepare_article(Analysis analysis, const ClaimResources& resources) {
  ArticleToStore out;
  // The text has its own column (search indexes it there); the analysis is stored without it.
  nlohmann::json json = analysis_to_json(analysis);
  json.erase("text");
  out.analysis_json = json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out.content_hash = stable_hash_hex(analysis.article.text);
  out.fingerprint = fingerprint(analysis.article.text);
  out.features = story_features(analysis, resources);
  out.analysis = std::move(analysis);
  return out;
}

std::unique_ptr<Store> open_store(const std::string& url, OpenMode mode) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
    return std::make_unique<PostgresStore>(url, mode);
  if (url.empty()) throw StoreError("no store given (--db FILE or --db postgresql://...)");
  return std::make_unique<SqliteStore>(url, mode);
}

std::vector<ThreadRow> Store::threads() {
  const std::vector<StoryRow> rows = stories();
  const std::vector<StoryThread> keys = story_threads();
  std::map<std::int64_t, int> size;
  for (const StoryRow& row : rows) ++size[row.thread];
  std::vector<std::int64_t> threaded;  // stories in threads of two or more: their entities name the thread
  for (const StoryRow& row : rows)
    if (size[row.thread] > 1) threaded.push_back(row.id);
  return threads_of(rows, keys, threaded.empty() ? decltype(story_entity_names({})){} : story_entity_names(threaded));
}

std::string store_name(const std::string& url) { return postgres::redacted_url(url); }

}  // namespace storyline
