#include "store/ingest.h"

#include <map>

#include "store/story_record.h"

namespace storyline {

Ingester::Ingester(Store& store, const ClaimResources& resources) : store_(store), resources_(resources) {}

namespace {

struct Placed {
  std::int64_t copy_of = 0, story = 0;  // seqs
};

// Adds one article to the indexes and says where it belongs, in store ids (seqs).
Placed place(ArticleLinker& linker, std::vector<std::int64_t>& seq_of, std::vector<std::int64_t>& founder_of,
                    std::int64_t seq, const Fingerprint& fingerprint, const StoryFeatures& features) {
  ArticleLink link = linker.add(fingerprint, [&] { return features; });
  seq_of.push_back(seq);
  if (link.story >= static_cast<int>(founder_of.size())) founder_of.resize(link.story + 1, seq);
  return {seq_of[link.copy_of], founder_of[link.story]};
}

}  // namespace

void Ingester::replay() {
  linker_.emplace();
  seq_of_.clear();
  founder_of_.clear();
  for (const LinkEntry& entry : store_.link_entries())
    place(*linker_, seq_of_, founder_of_, entry.seq, entry.fingerprint, entry.features);
}

BatchResult Ingester::ingest(const std::vector<ArticleToStore>& articles) {
  BatchResult result;
  Batch batch(store_);
  try {
    // Inside the transaction: no other writer can slip in between the check and the batch.
    if (!linker_ || store_.last_seq() != last_seq_) replay();
    std::vector<std::pair<std::int64_t, const ArticleToStore*>> added;
    for (const ArticleToStore& article : articles) {
      PutResult put = store_.put_article(article);
      if (put.outcome == PutOutcome::Duplicate) {
        ++result.duplicates;
      } else if (put.outcome == PutOutcome::Revision) {
        ++result.revisions;
        if (put.replaced_story) result.stories_touched.insert(put.replaced_story);
      } else {
        ++result.added;
        added.emplace_back(put.seq, &article);
      }
    }
    if (result.revisions > 0) {
      relink_all(result);
    } else {
      for (const auto& [seq, article] : added) {
        Placed placed = place(*linker_, seq_of_, founder_of_, seq, article->fingerprint, article->features);
        store_.set_link(seq, placed.copy_of, placed.story);
        result.stories_touched.insert(placed.story);
      }
    }
    for (std::int64_t story : result.stories_touched) relink_story(story);
    last_seq_ = store_.last_seq();
    batch.commit();
  } catch (...) {
    linker_.reset();  // the indexes may hold articles the rollback removed
    throw;
  }
  return result;
}

// A revision took an article out of the middle of the ingest order: replay everything and
// relink the stories whose members changed.
void Ingester::relink_all(BatchResult& result) {
  std::vector<LinkEntry> entries = store_.link_entries();
  linker_.emplace();
  seq_of_.clear();
  founder_of_.clear();
  std::set<std::int64_t> live;
  for (const LinkEntry& entry : entries) {
    Placed placed = place(*linker_, seq_of_, founder_of_, entry.seq, entry.fingerprint, entry.features);
    live.insert(placed.story);
    if (placed.copy_of == entry.copy_of && placed.story == entry.story) continue;
    store_.set_link(entry.seq, placed.copy_of, placed.story);
    if (entry.story) result.stories_touched.insert(entry.story);
    result.stories_touched.insert(placed.story);
  }
  for (const StoryRow& row : store_.stories())
    if (!live.count(row.id)) {
      store_.remove_story(row.id);
      result.stories_removed.insert(row.id);
      result.stories_touched.erase(row.id);
    }
  for (auto it = result.stories_touched.begin(); it != result.stories_touched.end();)
    it = live.count(*it) ? std::next(it) : result.stories_touched.erase(it);
}

void Ingester::relink_story(std::int64_t id) {
  std::vector<StoryArticle> members = store_.story_articles(id);
  std::vector<Analysis> analyses;
  std::map<std::int64_t, int> local;
  for (StoryArticle& member : members) {
    local[member.seq] = static_cast<int>(analyses.size());
    analyses.push_back(std::move(member.analysis));
  }
  StoryInput input;
  for (std::size_t k = 0; k < members.size(); ++k) {
    input.articles.push_back(&analyses[k]);
    auto original = local.find(members[k].copy_of);
    input.copy_of.push_back(original == local.end() ? static_cast<int>(k) : original->second);
  }
  Story story = link_story(input, resources_);
  for (std::size_t k = 0; k < analyses.size(); ++k) story.articles.push_back(static_cast<int>(k));
  store_.put_story(story_to_store(id, analyses, story));
}

}  // namespace storyline
