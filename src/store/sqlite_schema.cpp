#include "store/sqlite_schema.h"

#include <vector>

#include "store/story_record.h"

namespace storyline::sqlite {
namespace {

// Version 1: articles with their revisions, the rows queries need, stories and claim groups.
// Foreign keys to stories are deferred: a batch links articles before it writes their stories,
// and the commit checks that it did.
constexpr const char* kCoreTables = R"sql(
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  articles INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  claim_groups INTEGER NOT NULL,
  disputed INTEGER NOT NULL,
  title TEXT NOT NULL,
  first_published TEXT,
  last_published TEXT,
  record TEXT NOT NULL,
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  id TEXT NOT NULL,
  url TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  revision INTEGER NOT NULL,
  current INTEGER NOT NULL,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  fingerprint BLOB NOT NULL,
  features TEXT NOT NULL,
  story INTEGER REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  copy_of INTEGER REFERENCES articles(seq) DEFERRABLE INITIALLY DEFERRED,
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX articles_revision ON articles(key, content_hash);
CREATE UNIQUE INDEX articles_current ON articles(key) WHERE current = 1;
CREATE INDEX articles_story ON articles(story, seq) WHERE current = 1;
CREATE TABLE entities (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article, position)
);
CREATE INDEX entities_key ON entities(key);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  speaker_key TEXT,
  anonymous INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  UNIQUE (article, position)
);
CREATE TABLE claims (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  predicate TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  modality TEXT NOT NULL,
  subject_text TEXT NOT NULL,
  object_text TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (article, position)
);
CREATE INDEX claims_predicate ON claims(predicate);
CREATE TABLE claim_groups (
  story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  predicate TEXT NOT NULL,
  label TEXT NOT NULL,
  subject TEXT NOT NULL,
  verdict TEXT NOT NULL,
  sources INTEGER NOT NULL,
  disputes INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (story, position)
);
)sql";

// Version 2: full-text search with accent and case folding ("Mexico" finds "México"). External
// content tables: the text is stored once, in articles and quotes; rows already there are indexed.
constexpr const char* kSearch = R"sql(
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, content = 'articles', content_rowid = 'seq',
  tokenize = "unicode61 remove_diacritics 2");
CREATE VIRTUAL TABLE quote_search USING fts5(
  text, speaker, content = 'quotes', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2");
INSERT INTO article_search(article_search) VALUES ('rebuild');
INSERT INTO quote_search(quote_search) VALUES ('rebuild');
)sql";

// Version 3: article lookups by id (the API's /api/articles/{id}) without a table scan.
constexpr const char* kArticleIds = "CREATE INDEX articles_id ON articles(id) WHERE current = 1;";

// Version 4: threads (link/threads.h). `thread` is the id of the thread's first story,
// `thread_keys` what threads are computed from (a JSON array), so that the Ingester computes them
// again after each batch without reading every record. Stories already stored get their keys
// from their records and their threads computed by fill_threads.
constexpr const char* kThreads = R"sql(
ALTER TABLE stories ADD COLUMN thread INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN thread_keys TEXT NOT NULL DEFAULT '[]';
UPDATE stories SET thread = id;
CREATE INDEX stories_thread ON stories(thread, id);
)sql";

void fill_threads(Database& db) {
  std::vector<StoryThread> stories;
  {
    Statement query = db.prepare("SELECT id, record FROM stories ORDER BY id");
    while (query.step())
      stories.push_back({query.integer(0), query.integer(0), record_thread_keys(nlohmann::json::parse(query.text_view(1)))});
  }
  const std::vector<std::int64_t> thread = thread_ids(stories);
  Statement update = db.prepare("UPDATE stories SET thread = ?, thread_keys = ? WHERE id = ?");
  for (std::size_t s = 0; s < stories.size(); ++s) {
    update.bind(1, thread[s]).bind(2, thread_keys_to_text(stories[s].keys)).bind(3, stories[s].id).run();
  }
}

bool table_exists(Database& db, const char* name) {
  Statement query = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  return query.bind(1, name).step();
}

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, "core tables", kCoreTables, nullptr},
      {2, "full-text search", kSearch, nullptr},
      {3, "article ids", kArticleIds, nullptr},
      {4, "threads", kThreads, fill_threads},
  };
  return all;
}

int latest_schema_version() { return migrations().back().version; }

int schema_version(Database& db) {
  if (!table_exists(db, "schema_migrations")) return 0;
  Statement query = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  query.step();
  return static_cast<int>(query.integer(0));
}

int migrate(Database& db, const std::string& path) {
  if (!table_exists(db, "schema_migrations")) {
    Statement any = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' LIMIT 1");
    if (any.step())
      throw StoreError(path + " is not a storyline store (it has tables but no schema_migrations)");
  }
  int found = schema_version(db);
  if (found > latest_schema_version())
    throw StoreError(path + " was written by a newer storyline (schema version " + std::to_string(found) +
                     "; this one knows up to " + std::to_string(latest_schema_version()) + "); upgrade storyline");
  for (const Migration& migration : migrations()) {
    if (migration.version <= found) continue;
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
              "applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
      // Another process may have migrated while this one waited for the lock.
      if (schema_version(db) >= migration.version) {
        db.exec("COMMIT");
        continue;
      }
      db.exec(migration.sql);
      if (migration.after) migration.after(db);
      db.prepare("INSERT INTO schema_migrations(version, name) VALUES (?, ?)")
          .bind(1, migration.version)
          .bind(2, migration.name)
          .run();
      db.exec("COMMIT");
    } catch (const StoreError& error) {
      db.exec("ROLLBACK");
      throw StoreError(path + ": migration " + std::to_string(migration.version) + " (" + migration.name +
                       ") failed: " + error.what());
    }
  }
  return found;
}

}  // namespace storyline::sqlite
