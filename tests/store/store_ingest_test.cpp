// Ingesting: the same article twice is stored once, a changed text under one URL is a revision,
// a failing batch leaves nothing behind, and stories linked batch by batch are those
// link_articles gives for everything at once. On both stores.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <thread>

#include "claims/claims.h"
#include "link/story.h"
#include "present/report_json.h"
#include "store/ingest.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

using store_test::prepared;

const char* kBlast =
    "An explosion at the Velmora chemical plant in Port Saltmere killed three workers on Tuesday, "
    "fire officials said. \"We heard it across the bay,\" said Dana Whitcomb, a neighbour.";
const char* kBlastUpdated =
    "An explosion at the Velmora chemical plant in Port Saltmere killed four workers on Tuesday, "
    "fire officials said. \"We heard it across the bay,\" said Dana Whitcomb, a neighbour.";
const char* kFlood =
    "Heavy rain flooded the lower town of Brindle Ford on Sunday and 200 residents were evacuated, "
    "the county said.";

std::vector<ArticleToStore> batch_of(std::vector<ArticleToStore> articles) { return articles; }

using StoreIngest = store_test::BackendTest;

TEST_P(StoreIngest, TheSameArticleTwiceIsStoredOnce) {
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  auto make = [] {
    return batch_of({prepared("https://a.test/blast", kBlast), prepared("https://b.test/flood", kFlood),
                     prepared("", "A text with no URL: two buses collided on Route 9 on Monday.")});
  };
  BatchResult first = ingester.ingest(make());
  EXPECT_EQ(first.added, 3);
  EXPECT_EQ(first.duplicates, 0);
  BatchResult second = ingester.ingest(make());
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(second.duplicates, 3);
  EXPECT_TRUE(second.stories_touched.empty());
  StoreCounts counts = store->counts();
  EXPECT_EQ(counts.articles, 3);
  EXPECT_EQ(counts.revisions, 3);
  // A fresh process (a new Ingester replaying the store) agrees.
  Ingester again(*store, *store_test::resources().claims);
  EXPECT_EQ(again.ingest(make()).duplicates, 3);
  EXPECT_EQ(store->counts().articles, 3);
}

TEST_P(StoreIngest, AChangedTextUnderOneUrlIsARevision) {
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  ingester.ingest(batch_of({prepared("https://a.test/blast", kBlast)}));
  BatchResult result = ingester.ingest(batch_of({prepared("https://a.test/blast", kBlastUpdated)}));
  EXPECT_EQ(result.revisions, 1);
  EXPECT_EQ(store->counts().articles, 1);   // one current article
  EXPECT_EQ(store->counts().revisions, 2);  // both texts kept
  std::vector<std::string> texts;
  store->for_each_analysis([&](Analysis a) { texts.push_back(a.article.text); });
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0], kBlastUpdated);  // the latest is the current one
  // The older text seen again is not a third revision: re-running a command changes nothing.
  BatchResult rerun = ingester.ingest(batch_of({prepared("https://a.test/blast", kBlast)}));
  EXPECT_EQ(rerun.duplicates, 1);
  EXPECT_EQ(store->counts().revisions, 2);
  ASSERT_EQ(store->stories().size(), 1u);
  EXPECT_EQ(store->stories()[0].articles, 1);
}

// Forwards to a real store and fails once, after the batch's articles were written.
class FailingStore : public Store {
 public:
  explicit FailingStore(Store& inner) : inner_(inner) {}
  bool fail_next_story = false;
  int schema_version() override { return inner_.schema_version(); }
  void begin() override { inner_.begin(); }
  void commit() override { inner_.commit(); }
  void rollback() override { inner_.rollback(); }
  PutResult put_article(const ArticleToStore& a) override { return inner_.put_article(a); }
  std::vector<LinkEntry> link_entries() override { return inner_.link_entries(); }
  void set_link(std::int64_t seq, std::int64_t copy_of, std::int64_t story) override { inner_.set_link(seq, copy_of, story); }
  std::vector<StoryArticle> story_articles(std::int64_t story) override { return inner_.story_articles(story); }
  void put_story(const StoryToStore& story) override {
    if (std::exchange(fail_next_story, false)) throw StoreError("disk full (simulated)");
    inner_.put_story(story);
  }
  void remove_story(std::int64_t story) override { inner_.remove_story(story); }
  std::vector<StoryThread> story_threads() override { return inner_.story_threads(); }
  void set_thread(std::int64_t story, std::int64_t thread) override { inner_.set_thread(story, thread); }
  std::vector<StoryRow> stories() override { return inner_.stories(); }
  std::optional<std::string> story_text(std::int64_t id) override { return inner_.story_text(id); }
  std::optional<std::int64_t> story_thread(std::int64_t id) override { return inner_.story_thread(id); }
  std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>> story_entity_names(
      const std::vector<std::int64_t>& ids) override {
    return inner_.story_entity_names(ids);
  }
  std::vector<ClaimGroupRow> claim_groups(const ClaimGroupFilter& f) override { return inner_.claim_groups(f); }
  std::vector<SearchHit> search(const std::string& q, int limit) override { return inner_.search(q, limit); }
  std::optional<nlohmann::json> article(const std::string& id) override { return inner_.article(id); }
  void for_each_analysis(const std::function<void(Analysis)>& visit) override { inner_.for_each_analysis(visit); }
  StoreCounts counts() override { return inner_.counts(); }
  std::int64_t last_seq() override { return inner_.last_seq(); }

 private:
  Store& inner_;
};

TEST_P(StoreIngest, AnExceptionMidBatchRollsTheWholeBatchBack) {
  auto real = temp().open();
  FailingStore store(*real);
  Ingester ingester(store, *store_test::resources().claims);
  ingester.ingest(batch_of({prepared("https://b.test/flood", kFlood)}));
  store.fail_next_story = true;
  EXPECT_THROW(ingester.ingest(batch_of({prepared("https://a.test/blast", kBlast),
                                         prepared("https://c.test/blast", kBlastUpdated)})),
               StoreError);
  EXPECT_EQ(real->counts().articles, 1);
  EXPECT_EQ(real->stories().size(), 1u);
  EXPECT_TRUE(real->search("Velmora", 5).empty());
  // The same batch again goes through, linked as if the failure never happened.
  BatchResult retry = ingester.ingest(batch_of({prepared("https://a.test/blast", kBlast),
                                                prepared("https://c.test/blast", kBlastUpdated)}));
  EXPECT_EQ(retry.added, 2);
  EXPECT_EQ(real->counts().articles, 3);
  EXPECT_EQ(real->stories().size(), 2u);  // the flood, and the blast with its near-copy
}

// The report of `report --format json` for these analyses, linked all at once.
nlohmann::json report_linked_at_once(const std::vector<Analysis>& analyses) {
  Record record = link_articles(analyses, *store_test::resources().claims);
  std::ostringstream out;
  write_report_json(out, analyses, record);
  return nlohmann::json::parse(out.str());
}

// Its stories. A story's thread depends on the other stories, so the store keeps it beside the
// record (stories.thread), not in it.
nlohmann::json stories_linked_at_once(const std::vector<Analysis>& analyses) {
  nlohmann::json stories = report_linked_at_once(analyses)["stories"];
  for (nlohmann::json& story : stories) story.erase("thread");
  return stories;
}

nlohmann::json stored_stories(Store& store) {
  nlohmann::json out = nlohmann::json::array();
  for (const StoryRow& row : store.stories()) out.push_back(*store.story(row.id));
  return out;
}

// The report's threads with story ids for story indexes (the store's stories are the report's,
// in the same order): per story its thread's id, and each thread as the store lists it.
struct ThreadsById {
  std::vector<std::int64_t> thread_of;  // per story, in id order
  nlohmann::json threads;
};
ThreadsById threads_linked_at_once(const std::vector<Analysis>& analyses, const std::vector<StoryRow>& rows) {
  nlohmann::json report = report_linked_at_once(analyses);
  EXPECT_EQ(report["stories"].size(), rows.size());
  ThreadsById out;
  out.threads = nlohmann::json::array();
  if (report["stories"].size() != rows.size()) return out;
  for (const nlohmann::json& story : report["stories"]) {
    const nlohmann::json& thread = report["threads"].at(story["thread"].get<std::size_t>());
    out.thread_of.push_back(rows.at(thread["stories"].at(0).get<std::size_t>()).id);
  }
  for (const nlohmann::json& thread : report["threads"]) {
    nlohmann::json ids = nlohmann::json::array();
    for (const nlohmann::json& s : thread["stories"]) ids.push_back(rows.at(s.get<std::size_t>()).id);
    out.threads.push_back({{"id", ids.at(0)}, {"title", thread["title"]}, {"stories", ids}, {"entities", thread["entities"]}});
  }
  return out;
}

ThreadsById stored_threads(Store& store) {
  ThreadsById out;
  out.threads = nlohmann::json::array();
  for (const StoryRow& row : store.stories()) out.thread_of.push_back(row.thread);
  for (const ThreadRow& t : store.threads())
    out.threads.push_back({{"id", t.id}, {"title", t.title}, {"stories", t.stories}, {"entities", t.entities}});
  return out;
}

void expect_threads_as_linked_at_once(Store& store, const std::vector<Analysis>& analyses) {
  ThreadsById expected = threads_linked_at_once(analyses, store.stories());
  ThreadsById stored = stored_threads(store);
  EXPECT_EQ(stored.thread_of, expected.thread_of);
  EXPECT_EQ(stored.threads, expected.threads);
}

TEST_P(StoreIngest, BatchByBatchLinkingEqualsLinkingEverything) {
  // The example corpus (one story), then stories two of which continue one another.
  std::vector<Analysis> corpus = store_test::corpus_analyses();
  for (Analysis& a : store_test::thread_corpus_analyses()) corpus.push_back(std::move(a));
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  std::vector<ArticleToStore> batch;
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    batch.push_back(prepare_article(corpus[i], *store_test::resources().claims));
    if (batch.size() == 3 || i + 1 == corpus.size()) ingester.ingest(std::exchange(batch, {}));
  }
  EXPECT_EQ(stored_stories(*store), stories_linked_at_once(corpus));
  expect_threads_as_linked_at_once(*store, corpus);
  // Threads did form: the designation and the sanctions, not the flood.
  std::vector<ThreadRow> threads = store->threads();
  ASSERT_EQ(threads.size() + 1, store->stories().size());
  EXPECT_TRUE(std::any_of(threads.begin(), threads.end(), [](const ThreadRow& t) { return t.stories.size() == 2; }));
  // A revision rebuilds the indexes: still what linking the current articles gives.
  std::size_t with_url = 0;
  while (with_url < corpus.size() && corpus[with_url].article.url.empty()) ++with_url;
  ASSERT_LT(with_url, corpus.size());
  Analysis revised = corpus[with_url];
  revised.article.text += "\n\nUpdated: the plant's owner said the valve had been inspected in January.";
  revised.article.paragraphs.push_back({static_cast<std::uint32_t>(corpus[with_url].article.text.size() + 2),
                                        static_cast<std::uint32_t>(revised.article.text.size())});
  Analysis reanalysed = analyze_article(revised.article, store_test::resources());
  EXPECT_EQ(ingester.ingest(batch_of({prepare_article(reanalysed, *store_test::resources().claims)})).revisions, 1);
  std::vector<Analysis> current;
  store->for_each_analysis([&](Analysis a) { current.push_back(std::move(a)); });
  ASSERT_EQ(current.size(), corpus.size());
  EXPECT_EQ(current.back().article.text, reanalysed.article.text);  // it moved to the end of the order
  EXPECT_EQ(stored_stories(*store), stories_linked_at_once(current));
  expect_threads_as_linked_at_once(*store, current);
}

// A story that arrives later joins an earlier story's thread; the thread is named by the first.
TEST_P(StoreIngest, ALaterStoryJoinsAnEarlierOnesThread) {
  std::vector<Analysis> corpus = store_test::thread_corpus_analyses();
  ASSERT_EQ(corpus.size(), 4u);
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  std::vector<ArticleToStore> first;
  for (std::size_t i = 0; i < 3; ++i) first.push_back(prepare_article(corpus[i], *store_test::resources().claims));
  ingester.ingest(first);
  std::vector<StoryRow> before = store->stories();
  ASSERT_EQ(before.size(), 2u);
  for (const StoryRow& row : before) EXPECT_EQ(row.thread, row.id);
  ingester.ingest({prepare_article(corpus[3], *store_test::resources().claims)});
  std::vector<StoryRow> after = store->stories();
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[2].thread, after[0].id);  // the sanctions continue the designation
  EXPECT_EQ(after[1].thread, after[1].id);  // the flood is a thread of its own
  EXPECT_EQ(store->story_thread(after[2].id), after[0].id);
  std::vector<ThreadRow> threads = store->threads();
  ASSERT_EQ(threads.size(), 2u);
  EXPECT_EQ(threads[0].id, after[0].id);
  EXPECT_EQ(threads[0].stories, (std::vector<std::int64_t>{after[0].id, after[2].id}));
  EXPECT_EQ(threads[0].title, after[0].title);
  EXPECT_NE(std::find(threads[0].entities.begin(), threads[0].entities.end(), "Sinaloa Cartel"), threads[0].entities.end());
  expect_threads_as_linked_at_once(*store, corpus);
}

// PostgreSQL text holds no NUL byte (stored there as U+FFFD); the text after it is kept either way.
TEST_P(StoreIngest, ATextWithANulByteIsStoredWhole) {
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  std::string text("The mayor said on Monday\0 that the bridge would close.", 54);
  ingester.ingest(batch_of({prepared("https://a.test/nul", text)}));
  std::optional<nlohmann::json> stored = store->article("https://a.test/nul");
  ASSERT_TRUE(stored.has_value());
  EXPECT_NE(stored->at("text").get<std::string>().find("the bridge would close."), std::string::npos);
  EXPECT_EQ(store->search("bridge", 5).size(), 1u);
}

// Two processes ingesting into one store at once (here two connections on two threads), with
// the same articles: writers take turns batch by batch, so each article is stored once.
TEST_P(StoreIngest, TwoWritersAtOnceStoreEachArticleOnce) {
  std::vector<ArticleToStore> corpus;
  for (Analysis& analysis : store_test::corpus_analyses()) corpus.push_back(prepare_article(std::move(analysis), *store_test::resources().claims));
  std::vector<BatchResult> results(2);
  auto writer = [&](int k) {
    try {
      auto store = temp().open();
      Ingester ingester(*store, *store_test::resources().claims);
      for (std::size_t i = 0; i < corpus.size(); i += 2) {
        std::size_t at = k == 0 ? i : corpus.size() - 2 - i;  // one from the start, one from the end
        BatchResult batch = ingester.ingest({corpus[at], corpus[at + 1]});
        results[k].added += batch.added, results[k].duplicates += batch.duplicates;
      }
    } catch (const std::exception& error) {  // without the writer lock: a duplicate key, say
      ADD_FAILURE() << "writer " << k << ": " << error.what();
    }
  };
  temp().open().reset();  // the schema first, so the writers race on articles, not on migrations
  std::thread first(writer, 0), second(writer, 1);
  first.join(), second.join();
  EXPECT_EQ(results[0].added + results[1].added, static_cast<int>(corpus.size()));
  EXPECT_EQ(results[0].duplicates + results[1].duplicates, static_cast<int>(corpus.size()));
  auto store = temp().open();
  EXPECT_EQ(store->counts().revisions, static_cast<std::int64_t>(corpus.size()));
  int linked = 0;
  for (const StoryRow& row : store->stories()) linked += row.articles;
  EXPECT_EQ(linked, static_cast<int>(corpus.size()));
}

// Plain-text inputs may have no title: the story list then shows the first title there is.
TEST_P(StoreIngest, AStoryIsTitledByItsFirstArticleWithATitle) {
  auto store = temp().open();
  Analysis untitled = store_test::analyse("https://a.test/blast", kBlast);
  untitled.article.title.clear();
  ArticleToStore titled = prepared("https://c.test/blast", kBlastUpdated);
  Ingester(*store, *store_test::resources().claims).ingest({prepare_article(untitled, *store_test::resources().claims), titled});
  std::vector<StoryRow> stories = store->stories();
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].title, titled.analysis.article.title);
  EXPECT_FALSE(stories[0].title.empty());
}

// Two writers taking turns (two `storyline ingest` runs, or one beside a server taking POSTs):
// each notices what the other stored since its own last batch. Here the second writer starts the
// blast's story; the first, adding the blast's near-copy next, must join it, not start another.
TEST_P(StoreIngest, WritersTakingTurnsLinkAsOneWould) {
  auto first = temp().open(), second = temp().open();
  Ingester one(*first, *store_test::resources().claims), other(*second, *store_test::resources().claims);
  std::vector<ArticleToStore> articles = {prepared("https://b.test/flood", kFlood),
                                          prepared("https://a.test/blast", kBlast),
                                          prepared("https://c.test/blast", kBlastUpdated)};
  one.ingest({articles[0]});
  other.ingest({articles[1]});
  one.ingest({articles[2]});
  std::vector<Analysis> all;
  for (const ArticleToStore& article : articles) all.push_back(article.analysis);
  nlohmann::json expected = stories_linked_at_once(all);
  ASSERT_EQ(expected.size(), 2u);  // the flood, and the blast with its near-copy
  EXPECT_EQ(stored_stories(*temp().open()), expected);
}

// Between full clusterings a small batch is only placed into the stories as they stand; finish()
// clusters in full, after which the store holds what linking everything at once gives.
TEST_P(StoreIngest, ASmallBatchIsPlacedAndFinishClustersInFull) {
  std::vector<Analysis> all = store_test::corpus_analyses();
  for (Analysis& a : store_test::thread_corpus_analyses()) all.push_back(std::move(a));
  ASSERT_GE(all.size(), 12u);
  auto store = temp().open();
  Ingester ingester(*store, *store_test::resources().claims);
  std::vector<ArticleToStore> base, last;
  for (std::size_t i = 0; i + 1 < all.size(); ++i) base.push_back(prepare_article(all[i], *store_test::resources().claims));
  last.push_back(prepare_article(all.back(), *store_test::resources().claims));
  ingester.ingest(base);  // a new store: clustered in full
  const BatchResult placed = ingester.ingest(last);  // one article is less than a tenth more
  EXPECT_EQ(placed.added, 1);
  EXPECT_LE(placed.stories_touched.size(), 1u) << "placing moves no earlier article";
  ingester.finish();
  EXPECT_EQ(stored_stories(*store), stories_linked_at_once(all));
  EXPECT_TRUE(ingester.finish().stories_touched.empty()) << "nothing left to cluster";
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreIngest, store_test::kBackends, store_test::backend_name);

}  // namespace
}  // namespace storyline
