#include "store/ingest.h"

#include <map>

#include "store/story_record.h"

namespace storyline {

Ingester::Ingester(Store& store, const ClaimResources& resources) : store_(store), resources_(resources) {}

namespace {

// A full clustering runs once the store holds this share more articles than at the last one.
constexpr std::size_t kGrowthForFullClustering = 10;  // 1/10: a tenth

}  // namespace

void Ingester::replay() {
  linker_.emplace();
  links_.clear();
  for (const LinkEntry& entry : store_.link_entries())
    add_to_linker(entry.seq, entry.fingerprint, entry.features, {entry.copy_of, entry.story});
  clustered_ = links_.size();  // as a finished ingest left them: clustered in full
}

void Ingester::add_to_linker(std::int64_t seq, const Fingerprint& fingerprint,
                             const StoryFeatures& features, StoredLink stored) {
  ArticleLink link = linker_->add(fingerprint, [&] { return features; });
  links_.push_back({seq, link.copy_of, stored});
}

BatchResult Ingester::ingest(const std::vector<ArticleToStore>& articles) {
  BatchResult result;
  Batch batch(store_);
  try {
    // Inside the transaction: no other writer can slip in between the check and the batch.
    if (!linker_ || store_.last_seq() != last_seq_) replay();
    std::vector<std::pair<std::int64_t, const ArticleToStore*>> added;
    std::set<std::int64_t> left;  // stories an older revision left
    for (const ArticleToStore& article : articles) {
      PutResult put = store_.put_article(article);
      if (put.outcome == PutOutcome::Duplicate) {
        ++result.duplicates;
      } else if (put.outcome == PutOutcome::Revision) {
        ++result.revisions;
        if (put.replaced_story) left.insert(put.replaced_story);
      } else {
        ++result.added;
        added.emplace_back(put.seq, &article);
      }
    }
    // A revision takes an article out of the middle of the ingest order: replay everything.
    if (result.revisions > 0) replay();
    else
      for (const auto& [seq, article] : added) add_to_linker(seq, article->fingerprint, article->features, {});
    // The full clustering costs the whole store: run it when the store has grown by a tenth since
    // the last one (so its total cost stays linear), else place the new articles.
    const bool full = result.revisions > 0 || (links_.size() - clustered_) * kGrowthForFullClustering >= clustered_;
    settle(left, result, full);
    for (std::int64_t story : result.stories_touched) relink_story(story);
    if (!result.stories_touched.empty() || !result.stories_removed.empty()) update_threads();
    last_seq_ = store_.last_seq();
    batch.commit();
  } catch (...) {
    linker_.reset();  // the indexes may hold articles the rollback removed
    throw;
  }
  return result;
}

BatchResult Ingester::finish() {
  BatchResult result;
  if (linker_ && store_.last_seq() == last_seq_ && clustered_ == links_.size()) return result;
  Batch batch(store_);
  try {
    if (!linker_ || store_.last_seq() != last_seq_) replay();
    if (clustered_ != links_.size()) {
      settle({}, result, /*full=*/true);
      for (std::int64_t story : result.stories_touched) relink_story(story);
      if (!result.stories_touched.empty() || !result.stories_removed.empty()) update_threads();
    }
    last_seq_ = store_.last_seq();
    batch.commit();
  } catch (...) {
    linker_.reset();
    throw;
  }
  return result;
}

// Stores the settled stories of every current article where they changed: settling may move
// older articles, and a story's id (the seq of its first article) changes when its first
// article moves. Stories left empty are removed.
void Ingester::settle(std::set<std::int64_t> left, BatchResult& result, bool full) {
  std::vector<int> story_of;
  if (full) {
    story_of = linker_->settled_stories();
    clustered_ = links_.size();
  } else {
    std::vector<int> current;  // the stored stories, numbered by first article; new articles last
    std::map<std::int64_t, int> number;
    for (const Link& link : links_) {
      if (!link.stored.story) break;
      current.push_back(number.try_emplace(link.stored.story, static_cast<int>(number.size())).first->second);
    }
    story_of = linker_->placed_stories(current);
  }
  std::vector<std::int64_t> founder;
  std::set<std::int64_t> live;
  for (std::size_t i = 0; i < links_.size(); ++i) {
    Link& link = links_[i];
    if (story_of[i] >= static_cast<int>(founder.size())) founder.push_back(link.seq);
    const StoredLink now{links_[link.copy_of].seq, founder[story_of[i]]};
    live.insert(now.story);
    if (now.copy_of == link.stored.copy_of && now.story == link.stored.story) continue;
    store_.set_link(link.seq, now.copy_of, now.story);
    if (link.stored.story) left.insert(link.stored.story);
    result.stories_touched.insert(now.story);
    link.stored = now;
  }
  for (std::int64_t story : left)
    if (live.count(story)) result.stories_touched.insert(story);
    else {
      store_.remove_story(story);
      result.stories_removed.insert(story);
    }
}

void Ingester::relink_story(std::int64_t id) {
  std::vector<StoryArticle> members = store_.story_articles(id);
  std::vector<Analysis> analyses;
  std::map<std::int64_t, int> local;
  for (StoryArticle& member : members) {
    local[member.seq] = static_cast<int>(analyses.size());
    refresh_claims(member.analysis, resources_);
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

// Threads over every story, from their stored keys, in id order (the order link_articles gives
// them): a new story can join two threads into one, a removed one split a thread.
void Ingester::update_threads() {
  const std::vector<StoryThread> stories = store_.story_threads();
  const std::vector<std::int64_t> thread = thread_ids(stories);
  for (std::size_t s = 0; s < stories.size(); ++s)
    if (stories[s].thread != thread[s]) store_.set_thread(stories[s].id, thread[s]);
}

}  // namespace storyline
