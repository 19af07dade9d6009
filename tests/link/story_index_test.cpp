// Stories: articles cluster by shared entities, predicates and terms, across English and
// Spanish, within a time window, deterministically and with bounded work per article.
#include "link/story_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace storyline {
namespace {

// Story A: a forest fire in Varena, two English reports and one Spanish.
const StoryFeatures kFireEn1{
    {"varena", "marta oller", "regional emergency service"},
    {"destroy", "evacuate"},
    {"fire", "homes", "40", "2000", "firefighters", "wind", "varena", "oller", "said"},
    "2025-08-12"};
const StoryFeatures kFireEn2{
    {"varena", "marta oller", "jordi pla"},
    {"evacuate"},
    {"fire", "shelters", "2000", "40", "houses", "varena", "oller", "aircraft", "said"},
    "2025-08-13"};
const StoryFeatures kFireEs{
    {"varena", "marta oller", "regional emergency service"},
    {"destroy"},
    {"incendio", "viviendas", "40", "2000", "bomberos", "viento", "varena", "oller", "dijo"},
    "2025-08-13"};
// Story B: a dock strike in Kessling.
const StoryFeatures kStrike1{
    {"kessling", "piet arends", "kessling port authority"},
    {"strike"},
    {"dock", "workers", "strike", "ships", "60", "overtime", "kessling", "union", "said"},
    "2025-08-14"};
const StoryFeatures kStrike2{
    {"kessling", "piet arends", "dockers union"},
    {"strike"},
    {"port", "strike", "ships", "union", "overtime", "60", "container", "kessling", "said"},
    "2025-08-15"};

std::vector<int> stories_of(const StoryIndex& index, const std::vector<int>& articles) {
  std::vector<int> out;
  for (int article : articles) out.push_back(index.story_of(article));
  return out;
}

TEST(StoryIndex, ClustersTwoStoriesAcrossLanguages) {
  StoryIndex index;
  EXPECT_EQ(index.add(kFireEn1).story, 0);
  EXPECT_EQ(index.add(kStrike1).story, 1);
  const StoryMatch second = index.add(kFireEn2);
  EXPECT_EQ(second.story, 0);
  EXPECT_GE(second.score, 0.2);
  EXPECT_EQ(index.add(kFireEs).story, 0) << "the Spanish report shares the entity keys";
  EXPECT_EQ(index.add(kStrike2).story, 1);
  EXPECT_EQ(index.story_count(), 2);
  EXPECT_EQ(index.articles_of(0), (std::vector<int>{0, 2, 3}));
  EXPECT_EQ(index.articles_of(1), (std::vector<int>{1, 4}));
  EXPECT_EQ(index.add(StoryFeatures{}).story, 2) << "an article without features stands alone";
}

TEST(StoryIndex, SameEntitiesMonthsLaterAreANewStory) {
  StoryIndex index;
  index.add(kFireEn1);
  index.add(kFireEn2);
  StoryFeatures undated = kFireEs;
  undated.published = "";
  EXPECT_EQ(index.add(undated).story, 0) << "an unknown date never blocks";
  StoryFeatures rebuilt = kFireEn1;
  rebuilt.published = "2026-02-03";
  EXPECT_EQ(index.add(rebuilt).story, 1);
  StoryFeatures days_later = kFireEn2;
  days_later.published = "2025-09-10T09:15:00Z";
  EXPECT_EQ(index.add(days_later).story, 0) << "within 30 days of the latest article";
  StoryFeatures earlier = kFireEs;
  earlier.published = "2025-07-20";
  EXPECT_EQ(index.add(earlier).story, 0) << "input need not come in date order";
  StoryFeatures too_early = kFireEs;
  too_early.published = "2025-06-01";
  EXPECT_EQ(index.add(too_early).story, 2);
}

// Unrelated articles, varied enough that none of them looks like the fire or the strike.
std::vector<StoryFeatures> unrelated(int count) {
  std::vector<StoryFeatures> out;
  for (int i = 0; i < count; ++i) {
    const std::string n = std::to_string(i / 3);  // three articles a story
    out.push_back({{"mayor " + n, "town " + n},
                   {i % 2 ? "elect" : "arrest"},
                   {"said", "vote" + n, "hall" + n, "council", std::to_string(100 + i / 3)},
                   "2025-08-1" + std::to_string(i % 10)});
  }
  return out;
}

TEST(StoryIndex, UnrelatedArticlesDoNotChangeTheClusters) {
  const std::vector<StoryFeatures> mine = {kFireEn1, kStrike1, kFireEn2, kFireEs, kStrike2};
  const std::vector<StoryFeatures> others = unrelated(60);
  StoryIndex alone;
  for (const StoryFeatures& f : mine) alone.add(f);

  StoryIndex mixed;  // 12 unrelated articles before each of mine
  std::vector<int> positions;
  int next = 0;
  for (const StoryFeatures& f : mine) {
    for (int k = 0; k < 12; ++k) mixed.add(others[next++]);
    positions.push_back(static_cast<int>(next + positions.size()));
    mixed.add(f);
  }
  const std::vector<int> a = stories_of(alone, {0, 1, 2, 3, 4});
  const std::vector<int> b = stories_of(mixed, positions);
  EXPECT_EQ(a[0], a[2]);
  EXPECT_EQ(a[0], a[3]);
  EXPECT_EQ(a[1], a[4]);
  EXPECT_NE(a[0], a[1]);
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j) EXPECT_EQ(a[i] == a[j], b[i] == b[j]) << i << " " << j;
  EXPECT_EQ(mixed.articles_of(b[0]).size(), 3u) << "no unrelated article joined the fire";
  EXPECT_EQ(mixed.articles_of(b[1]).size(), 2u);
  EXPECT_EQ(mixed.story_count(), 2 + 20);

  StoryIndex again;  // and the same input gives the same answer
  for (int i = 0, o = 0; i < 5; ++i) {
    for (int k = 0; k < 12; ++k) again.add(others[o++]);
    again.add(mine[i]);
  }
  for (int article = 0; article < 65; ++article)
    EXPECT_EQ(again.story_of(article), mixed.story_of(article));
}

TEST(StoryIndex, WorkPerArticleStaysBoundedOn5000Articles) {
  // 500 stories of 10 articles over a year. Each article carries 3 of its story's 4 entities,
  // about 5 of its 8 terms, and features common to most of the corpus (a country, "said", a
  // predicate from a short list) whose postings grow with every story.
  std::uint64_t state = 7;
  auto next = [&](int bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(bound));
  };
  constexpr int kStories = 500, kPerStory = 10, kArticles = kStories * kPerStory;
  std::vector<int> truth;
  std::vector<StoryFeatures> articles;
  for (int i = 0; i < kArticles; ++i) {
    const int story = next(kStories);
    const std::string s = std::to_string(story);
    StoryFeatures f;
    const int skip_entity = next(4), skip_term = next(8);
    for (int k = 0; k < 4; ++k)
      if (k != skip_entity) f.entities.push_back("entity " + s + "-" + std::to_string(k));
    f.entities.push_back(next(3) ? "united states" : "european union");
    for (int k = 0; k < 8; ++k)
      if (k != skip_term && next(3)) f.terms.push_back("term" + s + "-" + std::to_string(k));
    f.terms.insert(f.terms.end(), {"said", "people", "police"});
    f.predicates.push_back("predicate" + std::to_string(next(10)));
    const int day = (story * 7) % 330 + next(5);  // 28-day months keep dates simple
    const int month = day / 28 + 1, day_of_month = day % 28 + 1;
    f.published = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" +
                  std::string(day_of_month < 10 ? "0" : "") + std::to_string(day_of_month);
    truth.push_back(story);
    articles.push_back(std::move(f));
  }
  StoryIndex index;
  long long scanned_at_1000 = 0;
  for (int i = 0; i < kArticles; ++i) {
    if (i == 1000) scanned_at_1000 = index.postings_scanned();
    index.add(articles[i]);
  }

  const long long features_per_article = 4 + 8 + 3 + 1;
  EXPECT_LE(index.comparisons(), 16LL * kArticles);
  EXPECT_LE(index.postings_scanned(), 100LL * features_per_article * kArticles);
  // Once 1,000 articles are in, the features common to most of the corpus are skipped and only
  // the postings of each story's own features are read: a few dozen per article.
  EXPECT_LE(index.postings_scanned() - scanned_at_1000, 40LL * (kArticles - 1000));

  // And the clusters are right: almost every article sits with its own story's majority, and
  // few stories are split. (The first few articles cannot know yet that "said" is common.)
  std::set<int> distinct_truth(truth.begin(), truth.end());
  int agreeing = 0;
  for (int story = 0; story < index.story_count(); ++story) {
    std::map<int, int> sources;
    for (int article : index.articles_of(story)) ++sources[truth[article]];
    int most = 0;
    for (const auto& [source, count] : sources) most = std::max(most, count);
    agreeing += most;
  }
  EXPECT_GE(agreeing, kArticles * 99 / 100);
  EXPECT_LE(index.story_count(), static_cast<int>(distinct_truth.size()) * 11 / 10);
}

}  // namespace
}  // namespace storyline
