#include "store/sqlite_store.h"

#include <filesystem>

#include "present/speech_json.h"
#include "store/sqlite_schema.h"
#include "store/stored_forms.h"

namespace storyline {

using sqlite::Statement;

SqliteStore::SqliteStore(const std::string& path, OpenMode mode) : path_(path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (mode == OpenMode::Existing && !fs::exists(path, error))
    throw StoreError("no store at " + path + " (create one with `storyline ingest --db " + path + " ...`)");
  if (fs::is_directory(path, error)) throw StoreError(path + " is a folder, not a store");
  db_ = std::make_unique<sqlite::Database>(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  try {
    // The first read of the file is where SQLite notices it is not a database at all.
    db_->exec("PRAGMA foreign_keys = ON");
    Statement journal = db_->prepare("PRAGMA journal_mode = WAL");
    journal.step();
    // WAL with synchronous NORMAL: a killed process never loses a committed batch; only a power
    // cut may lose the last ones, and the file stays consistent either way.
    db_->exec("PRAGMA synchronous = NORMAL");
  } catch (const StoreError&) {
    throw StoreError(path + " is not a storyline store (" + sqlite3_errmsg(db_->handle()) + ")");
  }
  try {
    sqlite::migrate(*db_, path);
  } catch (const StoreError& e) {
    std::string message = e.what();
    if (message.find("not a database") != std::string::npos || message.find("malformed") != std::string::npos)
      throw StoreError(path + " is not a storyline store or is damaged: " + message);
    throw;
  }
}

Statement& SqliteStore::cached(const char* sql) {
  auto found = statements_.find(sql);
  if (found == statements_.end()) found = statements_.emplace(sql, db_->prepare(sql)).first;
  return found->second;
}

int SqliteStore::schema_version() { return sqlite::schema_version(*db_); }

void SqliteStore::begin() {
  if (in_transaction_) throw StoreError("a transaction is already open");
  // IMMEDIATE takes the write lock now, so a concurrent writer waits here, not mid-batch.
  db_->exec("BEGIN IMMEDIATE");
  in_transaction_ = true;
}

void SqliteStore::commit() {
  db_->exec("COMMIT");
  in_transaction_ = false;
}

void SqliteStore::rollback() {
  in_transaction_ = false;
  db_->exec("ROLLBACK");
}

PutResult SqliteStore::put_article(const ArticleToStore& in) {
  if (!in_transaction_) throw StoreError("put_article outside a transaction");
  const Article& article = in.analysis.article;
  std::string key = article_key(article, in.content_hash);
  PutResult result;
  Statement& seen = cached("SELECT seq FROM articles WHERE key = ? AND content_hash = ?");
  seen.bind(1, key).bind(2, in.content_hash);
  if (seen.step()) {
    result.outcome = PutOutcome::Duplicate;
    result.seq = seen.integer(0);
    seen.reset();
    return result;
  }
  seen.reset();
  std::int64_t revision = 1;
  Statement& current = cached("SELECT seq, revision, story FROM articles WHERE key = ? AND current = 1");
  current.bind(1, key);
  if (current.step()) {
    std::int64_t old = current.integer(0);
    revision = current.integer(1) + 1;
    result.outcome = PutOutcome::Revision;
    result.replaced_story = current.integer(2);
    current.reset();
    cached("UPDATE articles SET current = 0, story = NULL, copy_of = NULL WHERE seq = ?").bind(1, old).run();
  } else {
    current.reset();
  }
  Statement& insert = cached(
      "INSERT INTO articles(key, id, url, content_hash, revision, current, source, outlet, title, published, "
      "lang, text, analysis, fingerprint, features) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, key).bind(2, article.id).bind(3, article.url).bind(4, in.content_hash).bind(5, revision);
  insert.bind(6, article.source).bind(7, article.outlet).bind(8, article.title);
  if (article.published.value.empty()) insert.bind_null(9); else insert.bind(9, article.published.value);
  insert.bind(10, article.lang).bind(11, article.text).bind(12, in.analysis_json);
  const auto& minhash = in.fingerprint.minhash;
  insert.bind_blob(13, minhash.data(), minhash.size() * sizeof(minhash[0]));
  insert.bind(14, features_to_text(in.features));
  insert.run();
  result.seq = db_->last_insert_rowid();
  cached("INSERT INTO article_search(rowid, title, text) VALUES (?, ?, ?)")
      .bind(1, result.seq).bind(2, article.title).bind(3, article.text).run();
  put_rows(result.seq, in.analysis);
  return result;
}

// The rows a query or the API reads without parsing the analysis: entities, quotes, claims.
void SqliteStore::put_rows(std::int64_t seq, const Analysis& a) {
  Statement& entity = cached("INSERT INTO entities(article, position, key, name, type, mentions) VALUES (?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    entity.bind(1, seq).bind(2, static_cast<int>(i)).bind(3, e.key).bind(4, e.name);
    entity.bind(5, std::string(entity_type_name(e.type))).bind(6, static_cast<int>(e.mentions.size())).run();
  }
  Statement& quote = cached(
      "INSERT INTO quotes(article, position, speaker, speaker_key, anonymous, text, span_begin, span_end, sentence) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Statement& quote_search = cached("INSERT INTO quote_search(rowid, text, speaker) VALUES (?, ?, ?)");
  for (std::size_t i = 0; i < a.speech.quotes.size(); ++i) {
    const Quote& q = a.speech.quotes[i];
    quote.bind(1, seq).bind(2, static_cast<int>(i)).bind(3, q.speaker.text);
    if (q.speaker.entity >= 0) quote.bind(4, a.entities[q.speaker.entity].key); else quote.bind_null(4);
    quote.bind(5, q.speaker.anonymous ? 1 : 0).bind(6, q.text);
    quote.bind(7, static_cast<std::int64_t>(q.span.begin)).bind(8, static_cast<std::int64_t>(q.span.end));
    quote.bind(9, q.sentence).run();
    quote_search.bind(1, db_->last_insert_rowid()).bind(2, q.text).bind(3, q.speaker.text).run();
  }
  Statement& claim = cached(
      "INSERT INTO claims(article, position, predicate, sentence, modality, subject_text, object_text, evidence) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    const Claim& c = a.claims[i];
    claim.bind(1, seq).bind(2, static_cast<int>(i)).bind(3, c.predicate).bind(4, c.sentence);
    claim.bind(5, to_string(c.modality)).bind(6, c.subject_text).bind(7, c.object_text).bind(8, evidence_text(c)).run();
  }
}

}  // namespace storyline
