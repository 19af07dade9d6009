// What incremental linking reads and writes: the link inputs of every current article, the
// articles of one story, and the stories themselves.
#include <cstring>

#include "store/analysis_codec.h"
#include "store/sqlite_store.h"
#include "store/stored_forms.h"
#include "store/story_record.h"

namespace storyline {

using sqlite::Statement;

std::vector<LinkEntry> SqliteStore::link_entries() {
  std::vector<LinkEntry> out;
  Statement query = db_->prepare(
      "SELECT seq, fingerprint, features, COALESCE(copy_of, 0), COALESCE(story, 0) FROM articles "
      "WHERE current = 1 ORDER BY seq");
  while (query.step()) {
    LinkEntry entry;
    entry.seq = query.integer(0);
    std::string_view blob = query.blob(1);
    entry.fingerprint.minhash.resize(blob.size() / sizeof(std::uint32_t));
    if (!blob.empty()) std::memcpy(entry.fingerprint.minhash.data(), blob.data(), entry.fingerprint.minhash.size() * sizeof(std::uint32_t));
    entry.features = features_from_text(query.text_view(2));
    entry.copy_of = query.integer(3);
    entry.story = query.integer(4);
    out.push_back(std::move(entry));
  }
  return out;
}

void SqliteStore::set_link(std::int64_t seq, std::int64_t copy_of, std::int64_t story) {
  cached("UPDATE articles SET copy_of = ?, story = ? WHERE seq = ?").bind(1, copy_of).bind(2, story).bind(3, seq).run();
}

std::vector<StoryArticle> SqliteStore::story_articles(std::int64_t story) {
  std::vector<StoryArticle> out;
  Statement& query = cached(
      "SELECT seq, COALESCE(copy_of, seq), analysis, text FROM articles WHERE story = ? AND current = 1 ORDER BY seq");
  query.bind(1, story);
  try {
    while (query.step())
      out.push_back({query.integer(0), query.integer(1), stored_analysis(query.text_view(2), query.text_view(3))});
  } catch (...) {
    query.reset();
    throw;
  }
  query.reset();
  return out;
}

void SqliteStore::put_story(const StoryToStore& story) {
  const StoryRow& row = story.row;
  cached("DELETE FROM claim_groups WHERE story = ?").bind(1, row.id).run();
  Statement& upsert = cached(
      "INSERT INTO stories(id, articles, outlets, claim_groups, disputed, title, first_published, last_published, "
      "record, thread, thread_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
      "articles = excluded.articles, outlets = excluded.outlets, claim_groups = excluded.claim_groups, "
      "disputed = excluded.disputed, title = excluded.title, first_published = excluded.first_published, "
      "last_published = excluded.last_published, record = excluded.record, thread_keys = excluded.thread_keys, "
      "updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  upsert.bind(1, row.id).bind(2, row.articles).bind(3, row.outlets).bind(4, row.claim_groups).bind(5, row.disputed);
  upsert.bind(6, row.title);
  if (row.first_published.empty()) upsert.bind_null(7), upsert.bind_null(8);
  else upsert.bind(7, row.first_published).bind(8, row.last_published);
  upsert.bind(9, story.record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  // A new story starts its own thread; an existing one keeps its thread until update_threads.
  upsert.bind(10, row.thread ? row.thread : row.id).bind(11, thread_keys_to_text(story.thread_keys)).run();
  Statement& group = cached(
      "INSERT INTO claim_groups(story, position, predicate, label, subject, verdict, sources, disputes, record) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const ClaimGroupRow& g : story.groups) {
    group.bind(1, row.id).bind(2, g.position).bind(3, g.predicate).bind(4, g.label).bind(5, g.subject);
    group.bind(6, g.verdict).bind(7, g.sources).bind(8, g.disputes);
    group.bind(9, g.record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).run();
  }
}

void SqliteStore::remove_story(std::int64_t story) {
  cached("DELETE FROM stories WHERE id = ?").bind(1, story).run();  // its claim groups go with it
}

std::vector<StoryThread> SqliteStore::story_threads() {
  std::vector<StoryThread> out;
  Statement query = db_->prepare("SELECT id, thread, thread_keys FROM stories ORDER BY id");
  while (query.step()) out.push_back({query.integer(0), query.integer(1), thread_keys_from_text(query.text_view(2))});
  return out;
}

void SqliteStore::set_thread(std::int64_t story, std::int64_t thread) {
  cached("UPDATE stories SET thread = ? WHERE id = ?").bind(1, thread).bind(2, story).run();
}

}  // namespace storyline
