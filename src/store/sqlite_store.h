// The SQLite implementation of Store (store.h): one file, WAL journal, foreign keys on. Its
// methods are split over sqlite_store.cpp (opening, transactions, articles), sqlite_links.cpp
// (what incremental linking reads and writes) and sqlite_queries.cpp (what commands read).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace storyline {

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::string& path, OpenMode mode);

  int schema_version() override;
  void begin() override;
  void commit() override;
  void rollback() override;
  PutResult put_article(const ArticleToStore& article) override;
  std::vector<LinkEntry> link_entries() override;
  void set_link(std::int64_t seq, std::int64_t copy_of, std::int64_t story) override;
  std::vector<StoryArticle> story_articles(std::int64_t story) override;
  void put_story(const StoryToStore& story) override;
  void remove_story(std::int64_t story) override;
  std::vector<StoryThread> story_threads() override;
  void set_thread(std::int64_t story, std::int64_t thread) override;
  std::vector<StoryRow> stories() override;
  std::optional<std::string> story_text(std::int64_t id) override;
  std::optional<std::int64_t> story_thread(std::int64_t id) override;
  std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> story_entity_names(
      const std::vector<std::int64_t>& ids) override;
  std::vector<ClaimGroupRow> claim_groups(const ClaimGroupFilter& filter) override;
  std::vector<SearchHit> search(const std::string& query, int limit) override;
  std::optional<nlohmann::json> article(const std::string& id) override;
  void for_each_analysis(const std::function<void(Analysis)>& visit) override;
  StoreCounts counts() override;
  std::int64_t last_seq() override;

 private:
  // Statements are prepared once per connection, keyed by their (constant) SQL.
  sqlite::Statement& cached(const char* sql);
  void put_rows(std::int64_t seq, const Analysis& analysis);

  std::string path_;
  std::unique_ptr<sqlite::Database> db_;
  std::map<const char*, sqlite::Statement> statements_;
  bool in_transaction_ = false;
};

// The words of a user's query as an FTS5 expression: each word a quoted string, all required;
// a trailing * keeps a prefix search. Never an FTS5 syntax error, whatever the input.
std::string fts_query(const std::string& query);

}  // namespace storyline
