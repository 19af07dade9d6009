// Stories: articles cluster by what they say (words, names, entities), across English and
// Spanish by the language-neutral part only, within a time window, deterministically and with
// bounded work per article; reassignment undoes what the single pass decided too early.
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
    "2025-08-12", "en"};
const StoryFeatures kFireEn2{
    {"varena", "marta oller", "jordi pla"},
    {"evacuate"},
    {"fire", "shelters", "2000", "40", "houses", "varena", "oller", "aircraft", "said"},
    "2025-08-13", "en"};
const StoryFeatures kFireEs{
    {"varena", "marta oller", "regional emergency service"},
    {"destroy"},
    {"incendio", "viviendas", "40", "2000", "bomberos", "viento", "name:varena", "name:oller", "dijo"},
    "2025-08-13", "es"};
// Story B: a dock strike in Kessling.
const StoryFeatures kStrike1{
    {"kessling", "piet arends", "kessling port authority"},
    {"strike"},
    {"dock", "workers", "strike", "ships", "60", "overtime", "kessling", "union", "said"},
    "2025-08-14", "en"};
const StoryFeatures kStrike2{
    {"kessling", "piet arends", "dockers union"},
    {"strike"},
    {"port", "strike", "ships", "union", "overtime", "60", "container", "kessling", "said"},
    "2025-08-15", "en"};

std::vector<int> cluster(const std::vector<StoryFeatures>& articles) {
  StoryIndex index;
  for (const StoryFeatures& f : articles) index.add(f);
  return index.cluster().story_of;
}

TEST(StoryIndex, ClustersTwoStoriesAcrossLanguages) {
  const std::vector<int> story = cluster({kFireEn1, kStrike1, kFireEn2, kFireEs, kStrike2, StoryFeatures{}});
  EXPECT_EQ(story, (std::vector<int>{0, 1, 0, 0, 1, 2}))
      << "the Spanish report shares entity keys, names and figures; an article without features stands alone";
}

TEST(StoryIndex, AcrossLanguagesWordsAloneNeverLink) {
  // Same words (they exist in both languages' spelling), no shared entity, name or figure.
  StoryFeatures en{{}, {}, {"hotel", "taxi", "radio", "festival", "hotel", "taxi"}, "", "en"};
  StoryFeatures es{{}, {}, {"hotel", "taxi", "radio", "festival", "hotel", "taxi"}, "", "es"};
  StoryFeatures en_again = en;
  EXPECT_EQ(cluster({en, es, en_again}), (std::vector<int>{0, 1, 0}));
  // Names and figures are language-neutral.
  en.terms.insert(en.terms.end(), {"name:varena", "name:oller", "2000"});
  es.terms.insert(es.terms.end(), {"name:varena", "name:oller", "2000"});
  EXPECT_EQ(cluster({en, es}), (std::vector<int>{0, 0}));
}

TEST(StoryIndex, SameEntitiesMonthsLaterAreANewStory) {
  StoryFeatures undated = kFireEn2;
  undated.published = "";
  StoryFeatures rebuilt = kFireEn1;
  rebuilt.published = "2026-02-03";
  StoryFeatures days_later = kFireEn2;
  days_later.published = "2025-09-10T09:15:00Z";
  StoryFeatures earlier = kFireEs;
  earlier.published = "2025-07-20";
  StoryFeatures too_early = kFireEs;
  too_early.published = "2025-07-10";
  const std::vector<int> story = cluster({kFireEn1, kFireEn2, undated, rebuilt, days_later, earlier, too_early});
  EXPECT_EQ(story[2], 0) << "an unknown date never blocks";
  EXPECT_NE(story[3], 0) << "the same cast months later";
  EXPECT_EQ(story[4], 0) << "29 days after the first article";
  EXPECT_NE(story[5], 0) << "the story would span 52 days";
  EXPECT_EQ(story[5], story[6]) << "input need not come in date order";
}

// Two look-alike events: a fire in one valley town and, a year later, one in the next town
// with other officials. The single pass puts the first article of the second fire with the
// first fire (it is the only story then, and much alike); reassignment moves it to its own.
TEST(StoryIndex, ReassignmentSeparatesALookAlikeTheSinglePassJoined) {
  auto article = [](std::vector<std::string> names, std::vector<std::string> words) {
    StoryFeatures f;
    f.lang = "en";
    for (const std::string& n : names) f.terms.push_back("name:" + n), f.terms.push_back(n);
    for (const std::string& w : words) f.terms.push_back(w);
    return f;
  };
  const std::vector<std::string> fire = {"fire", "valley", "homes", "evacuated", "wind", "firefighters"};
  auto first = [&](std::string extra) { auto w = fire; w.push_back(extra); return article({"varena", "oller", "pla"}, w); };
  auto second = [&](std::string extra) { auto w = fire; w.push_back(extra); return article({"osca", "ferrer", "puig"}, w); };
  const std::vector<int> story =
      cluster({first("aircraft"), second("shelter"), first("shelters"), first("roads"), second("school"), second("rain")});
  EXPECT_EQ(story, (std::vector<int>{0, 1, 0, 0, 1, 1}));
}

TEST(StoryIndex, PlacingAddsToTheStoriesAsTheyStandAndMovesNoOne) {
  StoryIndex index;
  for (const StoryFeatures& f : {kFireEn1, kStrike1, kFireEn2}) index.add(f);
  const std::vector<int> settled = index.cluster().story_of;
  ASSERT_EQ(settled, (std::vector<int>{0, 1, 0}));
  index.add(kStrike2);
  index.add(kFireEs);
  EXPECT_EQ(index.place(settled), (std::vector<int>{0, 1, 0, 1, 0}));
  StoryFeatures other{{"mayor 7"}, {}, {"vote", "hall", "council"}, "2025-08-15", "en"};
  index.add(other);
  EXPECT_EQ(index.place({0, 1, 0, 1, 0}), (std::vector<int>{0, 1, 0, 1, 0, 2})) << "reuses what it built";
  EXPECT_EQ(index.place({1, 0, 1}), (std::vector<int>{1, 0, 1, 0, 1, 2})) << "earlier articles keep the stories given";
}

// Unrelated articles, varied enough that none of them looks like the fire or the strike.
std::vector<StoryFeatures> unrelated(int count) {
  std::vector<StoryFeatures> out;
  for (int i = 0; i < count; ++i) {
    const std::string n = std::to_string(i / 3);  // three articles a story
    out.push_back({{"mayor " + n, "town " + n},
                   {i % 2 ? "elect" : "arrest"},
                   {"said", "vote" + n, "hall" + n, "council", std::to_string(100 + i / 3)},
                   "2025-08-1" + std::to_string(i % 10), "en"});
  }
  return out;
}

TEST(StoryIndex, UnrelatedArticlesDoNotChangeTheClusters) {
  const std::vector<StoryFeatures> mine = {kFireEn1, kStrike1, kFireEn2, kFireEs, kStrike2};
  const std::vector<StoryFeatures> others = unrelated(60);
  const std::vector<int> a = cluster(mine);

  std::vector<StoryFeatures> mixed;  // 12 unrelated articles before each of mine
  std::vector<int> positions;
  for (std::size_t i = 0, next = 0; i < mine.size(); ++i) {
    for (int k = 0; k < 12; ++k) mixed.push_back(others[next++]);
    positions.push_back(static_cast<int>(mixed.size()));
    mixed.push_back(mine[i]);
  }
  const std::vector<int> all = cluster(mixed);
  std::vector<int> b;
  for (int p : positions) b.push_back(all[p]);
  EXPECT_EQ(a[0], a[2]);
  EXPECT_EQ(a[0], a[3]);
  EXPECT_EQ(a[1], a[4]);
  EXPECT_NE(a[0], a[1]);
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j) EXPECT_EQ(a[i] == a[j], b[i] == b[j]) << i << " " << j;
  EXPECT_EQ(std::count(all.begin(), all.end(), b[0]), 3) << "no unrelated article joined the fire";
  EXPECT_EQ(std::count(all.begin(), all.end(), b[1]), 2);
  EXPECT_EQ(*std::max_element(all.begin(), all.end()) + 1, 2 + 20);
  EXPECT_EQ(cluster(mixed), all) << "the same input gives the same answer";
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
  StoryIndex index;
  for (int i = 0; i < kArticles; ++i) {
    const int story = next(kStories);
    const std::string s = std::to_string(story);
    StoryFeatures f;
    f.lang = "en";
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
    index.add(f);
  }
  const Clustering clustering = index.cluster();

  // One single pass and two reassignment rounds, each scoring at most 16 stories an article
  // and reading at most 50 postings a feature.
  const long long features_per_article = 4 + 8 + 3;
  EXPECT_LE(clustering.comparisons, 3 * 16LL * kArticles);
  EXPECT_LE(clustering.postings_scanned, 3 * 50LL * features_per_article * kArticles);

  // And the clusters are right: almost every article sits with its own story's majority, and
  // few stories are split.
  std::set<int> distinct_truth(truth.begin(), truth.end());
  int agreeing = 0;
  for (int story = 0; story < clustering.story_count(); ++story) {
    std::map<int, int> sources;
    for (int article : clustering.articles_of(story)) ++sources[truth[article]];
    int most = 0;
    for (const auto& [source, count] : sources) most = std::max(most, count);
    agreeing += most;
  }
  EXPECT_GE(agreeing, kArticles * 99 / 100);
  EXPECT_LE(clustering.story_count(), static_cast<int>(distinct_truth.size()) * 11 / 10);
}

}  // namespace
}  // namespace storyline
