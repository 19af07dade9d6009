#include "store/store.h"

#include "link/story_link.h"
#include "present/analysis_json.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"
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

std::string store_name(const std::string& url) { return postgres::redacted_url(url); }

}  // namespace storyline
