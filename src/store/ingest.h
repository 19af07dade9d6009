// Ingesting into a store: batches of prepared articles, each stored and linked in one
// transaction.
//
//   Ingester ingester(*store, *resources->claims);
//   BatchResult result = ingester.ingest(batch);   // all of it committed, or none of it
//
// Linking is incremental. The copy and story indexes live in memory, rebuilt from the stored
// fingerprints and features of the current articles (in ingest order) when the first batch
// arrives, and again whenever another writer (a second `storyline ingest`, a server's POST) has
// stored articles since this one's last batch; each new article is then added to them as link_articles would add it, and only
// the stories that new articles joined are linked again (their claim groups, quotes, timeline).
// A revision replaces an article in the middle of that order, so a batch with one rebuilds the
// indexes and relinks every story whose membership changed. Either way the stored stories are
// those link_articles gives for the current articles in ingest order.
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

 private:
  void replay();  // rebuilds the indexes from the store
  void link_new(std::int64_t seq, const ArticleToStore& article, BatchResult& result);
  void relink_all(BatchResult& result);
  void relink_story(std::int64_t story);

  Store& store_;
  const ClaimResources& resources_;
  std::optional<ArticleLinker> linker_;
  std::vector<std::int64_t> seq_of_;      // linker article id -> seq
  std::vector<std::int64_t> founder_of_;  // linker story id -> seq of its first article (story id)
  std::int64_t last_seq_ = 0;             // the store's last_seq() when the indexes were current
};

}  // namespace storyline
