// The PostgreSQL implementation of Store (store.h), for stores shared by a team: the tables of
// the SQLite store (postgres_schema.h) in one database, reached by a postgresql:// URL. Its
// methods are split like SqliteStore's: postgres_store.cpp (opening, transactions, articles),
// postgres_links.cpp (what incremental linking reads and writes) and postgres_queries.cpp (what
// commands read). Search folds text in C++ (postgres_search.h), so no server extension is needed.
#pragma once

#include <memory>
#include <string>

#include "store/postgres_db.h"
#include "store/store.h"

namespace storyline {

class PostgresStore final : public Store {
 public:
  // `url`: postgresql://user[:password]@host[:port]/database[?param=value...]. The database must
  // exist; Create gives it the schema when it has none, Existing refuses a database without one.
  PostgresStore(const std::string& url, OpenMode mode);

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
  void put_rows(std::int64_t seq, const Analysis& analysis);

  std::unique_ptr<postgres::Connection> db_;
  bool in_transaction_ = false;
};

}  // namespace storyline
