// Ingesting into a store: batches of prepared articles, each stored and linked in one
// transaction.
//
//   Ingester ingester(*store, *resources->claims);
//   BatchResult result = ingester.ingest(batch);   // all of it committed, or none of it
//   ingester.finish();                             // after the last batch
//
// Linking is incremental. The copy and story indexes live in memory, rebuilt from the stored
// fingerprints and features of the current articles (in ingest order) when the first batch
// arrives, and again whenever another writer (a second `storyline ingest`, a server's POST) has
// stored articles since this one's last batch; each new article is then added to them as
// link_articles would add it. The stories are then clustered again in full (StoryIndex::cluster,
// which may move older articles too) when the store has grown by a tenth since the last full
// clustering, and otherwise the new articles are placed into the stories as they stand
// (StoryIndex::place): a full clustering costs the whole store, and this keeps its total cost
// linear. Only the stories whose members changed are linked again (their events, claim groups,
// quotes, timeline). A revision replaces an article in the middle of that order, so a batch
// with one rebuilds the indexes and clusters in full. After a full clustering (and so after
// finish()) the stored stories are those link_articles gives for the current articles in
// ingest order. Threads depend on every story
// (link/threads.h): after the stories, each story's thread is computed again from the stored
// thread keys of all of them, and stored where it changed.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "link/story_link.h"
#include "store/store.h"

namespace storyline {

struct BatchResult {
  int added = 0, duplicates = 0, revisions = 0;
  std::set<std::int64_t> stories_touched;  // relinked (new, grown or changed) stories
  std::set<std::int64_t> stories_removed;  // left without articles by a revision
};

class Ingester {
 public:
  // Both must outlive the Ingester.
  Ingester(Store& store, const ClaimResources& resources);

  // Stores the articles and relinks what they touch in one transaction. On an exception
  // nothing of the batch is stored and the in-memory indexes are rebuilt on the next batch.
  BatchResult ingest(const std::vector<ArticleToStore>& articles);

  // Clusters every story in full if batches since the last full clustering only placed their
  // articles, and stores what changed, in one transaction. After it the stored stories are those
  // link_articles gives; `storyline ingest` calls it after its last batch.
  BatchResult finish();

 private:
  struct StoredLink {
    std::int64_t copy_of = 0, story = 0;  // seqs; 0 before linking
  };
  struct Link {
    std::int64_t seq = 0;
    int copy_of = 0;    // linker article id of its copy group's first article
    StoredLink stored;  // what the store holds now
  };
  void replay();  // rebuilds the indexes from the store
  void add_to_linker(std::int64_t seq, const Fingerprint& fingerprint, const StoryFeatures& features,
                     StoredLink stored);
  void settle(std::set<std::int64_t> left, BatchResult& result, bool full);
  void relink_story(std::int64_t story);
  void update_threads();

  Store& store_;
  const ClaimResources& resources_;
  std::optional<ArticleLinker> linker_;
  std::vector<Link> links_;     // per linker article id, in ingest order
  std::int64_t last_seq_ = 0;
  std::size_t clustered_ = 0;   // articles in the indexes at the last full clustering   // the store's last_seq() when the indexes were current
};

}  // namespace storyline
