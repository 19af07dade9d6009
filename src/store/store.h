// The store: analysed articles and the stories linked from them, kept between runs.
//
//   std::unique_ptr<Store> store = open_store("storyline.db", OpenMode::Create);
//   Ingester ingester(*store, *resources->claims);           // store/ingest.h
//   BatchResult result = ingester.ingest(std::move(prepared));  // one transaction
//   for (const StoryRow& story : store->stories()) ...
//
// One schema (docs/schema.md, "The store") behind this interface: SQLite (a file path) and
// PostgreSQL (`postgresql://...`) implementing the same methods over the same tables.
// A Store is used from one thread at a time. Every method throws StoreError on a database error;
// nothing is written outside a transaction opened with begin() (use Batch).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"
#include "link/copies.h"
#include "link/story_index.h"

namespace storyline {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An analysed article made ready for the store on a worker thread: everything that costs
// time (JSON, hashes, fingerprints, story features) is computed here, not under the write lock.
struct ArticleToStore {
  Analysis analysis;
  std::string analysis_json;  // analysis_to_json(analysis), compact
  std::string content_hash;   // 16 hex digits of XXH3 over the text
  Fingerprint fingerprint;
  StoryFeatures features;
};

// Pure and thread-safe.
ArticleToStore prepare_article(Analysis analysis, const ClaimResources& resources);

enum class PutOutcome {
  Added,      // a new article
  Duplicate,  // this text is already stored under this key (URL, else content hash): nothing written
  Revision,   // a new text under a known URL: stored as the next revision, now the current one
};

struct PutResult {
  PutOutcome outcome = PutOutcome::Added;
  std::int64_t seq = 0;              // the stored row (the existing one for a duplicate)
  std::int64_t replaced_story = 0;   // Revision: the story of the revision it replaced (0: none)
};

// What the copy and story indexes need of a stored article, and where it was linked.
struct LinkEntry {
  std::int64_t seq = 0;  // ingest order
  Fingerprint fingerprint;
  StoryFeatures features;
  std::int64_t copy_of = 0;  // seq of its copy group's first article; 0 before linking
  std::int64_t story = 0;    // 0 before linking
};

struct StoryArticle {
  std::int64_t seq = 0;
  std::int64_t copy_of = 0;
  Analysis analysis;
};

struct StoryRow {
  std::int64_t id = 0;  // the seq of the story's first article: stable while that article is current
  int articles = 0, outlets = 0, claim_groups = 0, disputed = 0;
  std::string title;    // the first title among its articles (plain text may have none)
  std::string first_published, last_published;
  std::int64_t thread = 0;  // the id of its thread's first story (its own id when it starts one)
};

// What threads are computed from (link/threads.h): a story's id, its thread and its thread keys.
struct StoryThread {
  std::int64_t id = 0, thread = 0;
  std::vector<std::string> keys;  // thread_keys(story), sorted
};

// Stories that continue one another: as `report --format json` writes `threads`, with story ids.
struct ThreadRow {
  std::int64_t id = 0;               // the id of its first story
  std::string title;                 // its first story's title
  std::vector<std::int64_t> stories; // in id order
  std::vector<std::string> entities; // names of the key entities its stories share
};

struct ClaimGroupRow {
  std::int64_t story = 0;
  int position = 0;  // in the story's claim groups: disputed first, then by sources
  std::string predicate, label, subject, verdict;
  int sources = 0, disputes = 0;
  nlohmann::json record;  // the group as `report --format json` writes it
};

// A story as linked, ready to replace what the store holds for it.
struct StoryToStore {
  StoryRow row;
  nlohmann::json record;  // the story as `report --format json` writes it (without `thread`)
  std::vector<ClaimGroupRow> groups;
  std::vector<std::string> thread_keys;  // thread_keys(story): what its thread is computed from
};

struct ClaimGroupFilter {
  std::int64_t story = 0;  // 0: every story
  bool disputed_only = false;
};

struct SearchHit {
  std::string kind;          // "article" or "quote"
  std::int64_t seq = 0;      // the article
  std::string id, outlet, title;
  std::string speaker;       // quotes only
  std::string snippet;       // the matched words between [ and ]
};

struct StoreCounts {
  std::int64_t articles = 0;   // current revisions
  std::int64_t revisions = 0;  // every stored row
  std::int64_t stories = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual int schema_version() = 0;

  // A write transaction. begin() while one is open is an error.
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;

  // Stores one article, its entities, quotes and claims (rows for queries), and indexes it for
  // search. Idempotent: a text already stored under the article's key is a Duplicate, even an
  // older revision's.
  virtual PutResult put_article(const ArticleToStore& article) = 0;

  // Current articles in ingest order, with what the link indexes need.
  virtual std::vector<LinkEntry> link_entries() = 0;
  virtual void set_link(std::int64_t seq, std::int64_t copy_of, std::int64_t story) = 0;
  // The current articles of a story in ingest order, analyses loaded back from JSON.
  virtual std::vector<StoryArticle> story_articles(std::int64_t story) = 0;
  virtual void put_story(const StoryToStore& story) = 0;  // replaces the story and its groups
  virtual void remove_story(std::int64_t story) = 0;
  // Every story's thread and thread keys, in id order (the order of their first articles).
  virtual std::vector<StoryThread> story_threads() = 0;
  virtual void set_thread(std::int64_t story, std::int64_t thread) = 0;

  virtual std::vector<StoryRow> stories() = 0;
  // The story as `report --format json` writes it (claim groups, quote groups, timeline,
  // outlets), as stored: compact JSON text, which the API sends without parsing it; nullopt for
  // an unknown id.
  virtual std::optional<std::string> story_text(std::int64_t id) = 0;
  // The story's thread (the id of the thread's first story); nullopt for an unknown id.
  virtual std::optional<std::int64_t> story_thread(std::int64_t id) = 0;
  // The merged entities of the given stories as their records list them (most mentioned first),
  // as (key, name) pairs; per story id.
  virtual std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> story_entity_names(
      const std::vector<std::int64_t>& ids) = 0;
  // Every thread of two or more stories and every story alone, in order of their first story.
  std::vector<ThreadRow> threads();
  std::optional<nlohmann::json> story(std::int64_t id) {
    std::optional<std::string> text = story_text(id);
    if (!text) return std::nullopt;
    return nlohmann::json::parse(*text);
  }
  virtual std::vector<ClaimGroupRow> claim_groups(const ClaimGroupFilter& filter) = 0;
  // Words of `query` (all must match; accents and case ignored; `word*` a prefix) in current
  // articles' titles and texts, and in quotes: best first, at most `limit` of each kind.
  virtual std::vector<SearchHit> search(const std::string& query, int limit) = 0;
  // The current article whose `id` is `id` (else whose seq is the number `id`): its analysis as
  // `storyline analyze` writes it, text included, plus `seq`, `story` and `copy_of` (0 before
  // linking); nullopt when there is none.
  virtual std::optional<nlohmann::json> article(const std::string& id) = 0;
  // Every current analysis in ingest order, one at a time.
  virtual void for_each_analysis(const std::function<void(Analysis)>& visit) = 0;
  virtual StoreCounts counts() = 0;
  // The highest seq stored (0 when empty). Seqs only grow, and every write adds one (a revision
  // is a new row), so a change of last_seq() tells a writer that another one wrote meanwhile.
  virtual std::int64_t last_seq() = 0;
};

enum class OpenMode {
  Create,    // create the store when missing
  Existing,  // a missing store is an error (read commands)
};

// `url`: a file path means SQLite; `postgresql://` or `postgres://` a PostgreSQL database (it
// must exist; Create gives it the schema). Applies pending migrations. Throws StoreError with a
// message for people: a missing store, a file or database that is not a storyline store, a
// store written by a newer storyline, a server that cannot be reached or refuses the login
// (never showing a password).
std::unique_ptr<Store> open_store(const std::string& url, OpenMode mode);

// `url` as messages may show it: a PostgreSQL URL's password replaced by ***.
std::string store_name(const std::string& url);

// A transaction that rolls back unless committed: an exception mid-batch leaves no trace.
class Batch {
 public:
  explicit Batch(Store& store) : store_(store) { store_.begin(); }
  ~Batch() {
    if (done_) return;
    try {
      store_.rollback();
    } catch (...) {  // a destructor must not throw; the database rolls back on close anyway
    }
  }
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  void commit() { store_.commit(); done_ = true; }

 private:
  Store& store_;
  bool done_ = false;
};

}  // namespace storyline
