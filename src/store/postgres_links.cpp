// What incremental linking reads and writes, as sqlite_links.cpp does it for SQLite.
#include <cstring>

#include "store/postgres_store.h"
#include "store/stored_forms.h"
#include "store/story_record.h"

namespace storyline {

using postgres::array_literal;
using postgres::Params;
using postgres::Result;

std::vector<LinkEntry> PostgresStore::link_entries() {
  std::vector<LinkEntry> out;
  db_->stream(
      "SELECT seq, fingerprint, features, COALESCE(copy_of, 0), COALESCE(story, 0) FROM articles "
      "WHERE current = 1 ORDER BY seq",
      Params(), [&](const Result& row) {
        LinkEntry entry;
        entry.seq = row.integer(0, 0);
        std::string blob = row.bytes(0, 1);
        entry.fingerprint.minhash.resize(blob.size() / sizeof(std::uint32_t));
        if (!blob.empty())
          std::memcpy(entry.fingerprint.minhash.data(), blob.data(),
                      entry.fingerprint.minhash.size() * sizeof(std::uint32_t));
        entry.features = features_from_text(row.text_view(0, 2));
        entry.copy_of = row.integer(0, 3);
        entry.story = row.integer(0, 4);
        out.push_back(std::move(entry));
      });
  return out;
}

void PostgresStore::set_link(std::int64_t seq, std::int64_t copy_of, std::int64_t story) {
  db_->run("UPDATE articles SET copy_of = $1, story = $2 WHERE seq = $3",
           Params().integer(copy_of).integer(story).integer(seq));
}

std::vector<StoryArticle> PostgresStore::story_articles(std::int64_t story) {
  std::vector<StoryArticle> out;
  Result rows = db_->run(
      "SELECT seq, COALESCE(copy_of, seq), analysis, text FROM articles WHERE story = $1 AND current = 1 ORDER BY seq",
      Params().integer(story));
  for (int i = 0; i < rows.size(); ++i)
    out.push_back({rows.integer(i, 0), rows.integer(i, 1), stored_analysis(rows.text_view(i, 2), rows.text_view(i, 3))});
  return out;
}

void PostgresStore::put_story(const StoryToStore& story) {
  const StoryRow& row = story.row;
  auto dump = [](const nlohmann::json& json) { return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); };
  db_->run("DELETE FROM claim_groups WHERE story = $1", Params().integer(row.id));
  Params upsert;
  upsert.integer(row.id).integer(row.articles).integer(row.outlets).integer(row.claim_groups).integer(row.disputed);
  upsert.text(row.title);
  if (row.first_published.empty()) upsert.null().null();
  else upsert.text(row.first_published).text(row.last_published);
  upsert.text(dump(story.record));
  // A new story starts its own thread; an existing one keeps its thread until update_threads.
  upsert.integer(row.thread ? row.thread : row.id).text(thread_keys_to_text(story.thread_keys));
  db_->run(
      "INSERT INTO stories(id, articles, outlets, claim_groups, disputed, title, first_published, last_published, "
      "record, thread, thread_keys) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO UPDATE "
      "SET articles = excluded.articles, outlets = excluded.outlets, claim_groups = excluded.claim_groups, "
      "disputed = excluded.disputed, title = excluded.title, first_published = excluded.first_published, "
      "last_published = excluded.last_published, record = excluded.record, thread_keys = excluded.thread_keys, "
      "updated = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
      upsert);
  if (story.groups.empty()) return;
  std::vector<std::int64_t> position, sources, disputes;
  std::vector<std::optional<std::string>> predicate, label, subject, verdict, record;
  for (const ClaimGroupRow& g : story.groups) {
    position.push_back(g.position), sources.push_back(g.sources), disputes.push_back(g.disputes);
    predicate.emplace_back(g.predicate), label.emplace_back(g.label), subject.emplace_back(g.subject);
    verdict.emplace_back(g.verdict), record.emplace_back(dump(g.record));
  }
  db_->run("INSERT INTO claim_groups(story, position, predicate, label, subject, verdict, sources, disputes, record) "
           "SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], "
           "$9::text[])",
           Params().integer(row.id).text(array_literal(position)).text(array_literal(predicate))
               .text(array_literal(label)).text(array_literal(subject)).text(array_literal(verdict))
               .text(array_literal(sources)).text(array_literal(disputes)).text(array_literal(record)));
}

void PostgresStore::remove_story(std::int64_t story) {
  db_->run("DELETE FROM stories WHERE id = $1", Params().integer(story));  // its claim groups go with it
}

std::vector<StoryThread> PostgresStore::story_threads() {
  std::vector<StoryThread> out;
  db_->stream("SELECT id, thread, thread_keys FROM stories ORDER BY id", Params(), [&](const Result& row) {
    out.push_back({row.integer(0, 0), row.integer(0, 1), thread_keys_from_text(row.text_view(0, 2))});
  });
  return out;
}

void PostgresStore::set_thread(std::int64_t story, std::int64_t thread) {
  db_->run("UPDATE stories SET thread = $1 WHERE id = $2", Params().integer(thread).integer(story));
}

}  // namespace storyline
