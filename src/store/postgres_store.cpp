#include "store/postgres_store.h"

#include "store/postgres_schema.h"
#include "store/postgres_search.h"
#include "store/stored_forms.h"

namespace storyline {

using postgres::array_literal;
using postgres::Params;
using postgres::Result;

PostgresStore::PostgresStore(const std::string& url, OpenMode mode) {
  db_ = std::make_unique<postgres::Connection>(url);
  if (mode == OpenMode::Existing && postgres::schema_version(*db_) == 0 && !postgres::has_tables(*db_))
    throw StoreError("no store at " + postgres::redacted_url(url) + " (create one with `storyline ingest --db " +
                     postgres::redacted_url(url) + " ...`)");
  postgres::migrate(*db_, url);
}

int PostgresStore::schema_version() { return postgres::schema_version(*db_); }

void PostgresStore::begin() {
  if (in_transaction_) throw StoreError("a transaction is already open");
  // Writers take one advisory lock per store (per database) for the whole transaction: the
  // Ingester reads the link indexes and then writes what follows from them, so a second writer
  // must wait here, as SQLite's BEGIN IMMEDIATE makes it wait. SERIALIZABLE would instead fail
  // one of two overlapping batches at commit, and a batch is not retried. The lock goes with the
  // transaction (commit, rollback, or a killed process's dropped connection), so it is never
  // left behind; readers do not take it and are never blocked.
  db_->exec("BEGIN");
  try {
    db_->exec(postgres::kWriterLock);
  } catch (...) {
    db_->exec("ROLLBACK");
    throw;
  }
  in_transaction_ = true;
}

void PostgresStore::commit() {
  in_transaction_ = false;  // a failed COMMIT (a deferred foreign key) ends the transaction too
  db_->exec("COMMIT");
}

void PostgresStore::rollback() {
  in_transaction_ = false;
  db_->exec("ROLLBACK");
}

PutResult PostgresStore::put_article(const ArticleToStore& in) {
  if (!in_transaction_) throw StoreError("put_article outside a transaction");
  const Article& article = in.analysis.article;
  std::string key = article_key(article, in.content_hash);
  PutResult result;
  // One round trip for both questions: is this text stored under the key, and which revision
  // is current?
  Result known = db_->run(
      "SELECT seq, revision, COALESCE(story, 0), content_hash = $2 FROM articles "
      "WHERE key = $1 AND (content_hash = $2 OR current = 1)",
      Params().text(key).text(in.content_hash));
  std::int64_t revision = 1, replaced = 0;
  for (int i = 0; i < known.size(); ++i) {
    if (known.text_view(i, 3) == "t") {
      result.outcome = PutOutcome::Duplicate;
      result.seq = known.integer(i, 0);
      return result;
    }
    replaced = known.integer(i, 0);
    revision = known.integer(i, 1) + 1;
    result.replaced_story = known.integer(i, 2);
  }
  if (replaced) {
    result.outcome = PutOutcome::Revision;
    db_->run("UPDATE articles SET current = 0, story = NULL, copy_of = NULL WHERE seq = $1", Params().integer(replaced));
  }
  const auto& minhash = in.fingerprint.minhash;
  Params insert;
  insert.text(key).text(article.id).text(article.url).text(in.content_hash).integer(revision);
  insert.text(article.source).text(article.outlet).text(article.title);
  if (article.published.value.empty()) insert.null(); else insert.text(article.published.value);
  insert.text(article.lang).text(article.text).text(in.analysis_json);
  insert.bytes(minhash.data(), minhash.size() * sizeof(minhash[0])).text(features_to_text(in.features));
  insert.text(fold_for_search(article.title)).text(fold_for_search(article.text));
  result.seq = db_->run(
      "INSERT INTO articles(key, id, url, content_hash, revision, current, source, outlet, title, published, lang, "
      "text, analysis, fingerprint, features, search) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $11, $12, "
      "$13, $14, setweight(to_tsvector('simple', $15), 'A') || to_tsvector('simple', $16)) RETURNING seq",
      insert).integer(0, 0);
  put_rows(result.seq, in.analysis);
  return result;
}

// The rows a query or the API reads without parsing the analysis: entities, quotes, claims. Each
// table's rows for the article go as arrays in one statement: a round trip per row would make
// the network, not the server, the limit on ingest.
void PostgresStore::put_rows(std::int64_t seq, const Analysis& a) {
  if (!a.entities.empty()) {
    std::vector<std::int64_t> position, mentions;
    std::vector<std::optional<std::string>> key, name, type;
    for (std::size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      position.push_back(static_cast<std::int64_t>(i));
      key.emplace_back(e.key), name.emplace_back(e.name), type.emplace_back(std::string(entity_type_name(e.type)));
      mentions.push_back(static_cast<std::int64_t>(e.mentions.size()));
    }
    db_->run("INSERT INTO entities(article, position, key, name, type, mentions) "
             "SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[])",
             Params().integer(seq).text(array_literal(position)).text(array_literal(key)).text(array_literal(name))
                 .text(array_literal(type)).text(array_literal(mentions)));
  }
  if (!a.speech.quotes.empty()) {
    std::vector<std::int64_t> position, anonymous, span_begin, span_end, sentence;
    std::vector<std::optional<std::string>> speaker, speaker_key, text, folded;
    for (std::size_t i = 0; i < a.speech.quotes.size(); ++i) {
      const Quote& q = a.speech.quotes[i];
      position.push_back(static_cast<std::int64_t>(i));
      speaker.emplace_back(q.speaker.text);
      speaker_key.push_back(q.speaker.entity >= 0 ? std::optional(a.entities[q.speaker.entity].key) : std::nullopt);
      anonymous.push_back(q.speaker.anonymous ? 1 : 0);
      text.emplace_back(q.text);
      span_begin.push_back(static_cast<std::int64_t>(q.span.begin));
      span_end.push_back(static_cast<std::int64_t>(q.span.end));
      sentence.push_back(q.sentence);
      folded.emplace_back(fold_for_search(q.text + " " + q.speaker.text));
    }
    db_->run("INSERT INTO quotes(article, position, speaker, speaker_key, anonymous, text, span_begin, span_end, "
             "sentence, search) SELECT $1, p, sp, sk, an, t, b, e, s, to_tsvector('simple', f) FROM unnest($2::int[], "
             "$3::text[], $4::text[], $5::int[], $6::text[], $7::bigint[], $8::bigint[], $9::int[], $10::text[]) "
             "AS u(p, sp, sk, an, t, b, e, s, f) ORDER BY p",
             Params().integer(seq).text(array_literal(position)).text(array_literal(speaker))
                 .text(array_literal(speaker_key)).text(array_literal(anonymous)).text(array_literal(text))
                 .text(array_literal(span_begin)).text(array_literal(span_end)).text(array_literal(sentence))
                 .text(array_literal(folded)));
  }
  if (!a.claims.empty()) {
    std::vector<std::int64_t> position, sentence;
    std::vector<std::optional<std::string>> predicate, modality, subject, object, evidence;
    for (std::size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      position.push_back(static_cast<std::int64_t>(i));
      predicate.emplace_back(c.predicate), sentence.push_back(c.sentence);
      modality.emplace_back(to_string(c.modality)), subject.emplace_back(c.subject_text);
      object.emplace_back(c.object_text), evidence.emplace_back(evidence_text(c));
    }
    db_->run("INSERT INTO claims(article, position, predicate, sentence, modality, subject_text, object_text, "
             "evidence) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::text[], "
             "$7::text[], $8::text[])",
             Params().integer(seq).text(array_literal(position)).text(array_literal(predicate))
                 .text(array_literal(sentence)).text(array_literal(modality)).text(array_literal(subject))
                 .text(array_literal(object)).text(array_literal(evidence)));
  }
}

}  // namespace storyline
