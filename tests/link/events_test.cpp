// Events and threads on short reports written for these tests: two transfers months apart are two
// events, a death toll reported on several days is one event, a figure without an event word is
// no event; stories sharing two key entities form a thread, stories sharing only a country do
// not; a story without titles is named by a lead sentence and an article without an outlet is
// never named by its file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "link/events.h"
#include "link/story.h"
#include "link/threads.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::analyse;
using link_test::Report;
using link_test::resources;

// The events of these reports taken as one story.
std::vector<Event> events_of(const std::vector<Analysis>& analyses) {
  StoryInput input;
  for (std::size_t i = 0; i < analyses.size(); ++i) {
    input.articles.push_back(&analyses[i]);
    input.copy_of.push_back(static_cast<int>(i));
  }
  return link_events(input, *resources().claims);
}

std::vector<const Event*> with_predicate(const std::vector<Event>& events, const std::string& predicate) {
  std::vector<const Event*> out;
  for (const Event& e : events)
    if (e.predicate == predicate) out.push_back(&e);
  return out;
}

const Report kFebruary{"feb", "Ridge Post", "2026-02-21", "en",
                       "Corvania transferred 29 prisoners to Norland on February 20, the interior ministry said.\n\n"
                       "The men were flown out of Ostra under guard, ministry spokesman Tomas Brell said.",
                       "Corvania hands 29 prisoners to Norland"};
const Report kAugust{"aug", "Valley Times", "2026-08-13", "en",
                     "Corvania transferred 26 prisoners to Norland on August 12, the interior ministry said.\n\n"
                     "It was the second such handover this year, spokesman Tomas Brell said.",
                     "Corvania sends 26 more prisoners to Norland"};
const Report kTollSunday{"toll1", "Ridge Post", "2026-03-02", "en",
                         "Floods in Ostra killed 12 people on Sunday, the civil defence agency said.\n\n"
                         "Rescue teams searched for survivors along the river.",
                         "Floods kill 12 in Ostra"};
const Report kTollWednesday{"toll2", "Valley Times", "2026-03-05", "en",
                            "The death toll from the floods in Ostra rose to 19 on Wednesday, the civil defence "
                            "agency said.\n\nMore than 3,000 people remain in shelters.",
                            "Ostra flood toll rises to 19"};

TEST(Events, TwoTransfersMonthsApartAreTwoEvents) {
  const std::vector<Analysis> analyses = {analyse(kFebruary), analyse(kAugust)};
  const std::vector<Event> events = events_of(analyses);
  const auto transfers = with_predicate(events, "transfer");
  ASSERT_EQ(transfers.size(), 2u);
  EXPECT_EQ(transfers[0]->begin, "2026-02-20");
  EXPECT_EQ(transfers[1]->begin, "2026-08-12");
  EXPECT_EQ(transfers[0]->time_from, "sentence");
}

TEST(Events, ARunningTollReportedOnSeveralDaysIsOneEvent) {
  const std::vector<Analysis> analyses = {analyse(kTollSunday), analyse(kTollWednesday)};
  const std::vector<Event> events = events_of(analyses);
  const auto tolls = with_predicate(events, "death_toll");
  ASSERT_EQ(tolls.size(), 1u);
  EXPECT_EQ(tolls[0]->claims.size(), 2u);
  EXPECT_EQ(tolls[0]->sources, 2);
  EXPECT_EQ(tolls[0]->begin, "2026-03-01") << "the day attached to the killing, not the day the toll rose";
  EXPECT_EQ(tolls[0]->time_from, "attached");
  EXPECT_TRUE(with_predicate(events, "measure").empty()) << "3,000 in shelters has no event word";
  EXPECT_EQ(&events.front(), tolls[0]) << "the most reported event comes first";
}

TEST(Events, TheTimelineIsTheDatedEventsAndGroupsNameTheirEvent) {
  const std::vector<Analysis> analyses = {analyse(kTollSunday), analyse(kTollWednesday)};
  const Record record = link_articles(analyses, *resources().claims);
  ASSERT_EQ(record.stories.size(), 1u);
  const Story& story = record.stories[0];
  ASSERT_FALSE(story.timeline.empty());
  for (const TimelineEntry& entry : story.timeline) {
    ASSERT_GE(entry.event, 0);
    EXPECT_EQ(entry.begin, story.events[entry.event].begin);
  }
  bool named = false;
  for (const ClaimGroup& g : story.groups)
    if (g.predicate == "death_toll") named = g.event >= 0 && story.events[g.event].predicate == "death_toll";
  EXPECT_TRUE(named);
}

Story story_with(std::vector<std::pair<std::string, EntityType>> entities, int articles) {
  Story story;
  for (int a = 0; a < articles; ++a) story.articles.push_back(a);
  for (const auto& [key, type] : entities) {
    StoryEntity e;
    e.key = key, e.name = key, e.type = type, e.articles = articles;
    story.entities.push_back(e);
  }
  return story;
}

TEST(Threads, StoriesSharingTwoKeyEntitiesAreOneThread) {
  const Story designation = story_with({{"norland", EntityType::Gpe}, {"ostra cartel", EntityType::ArmedGroup},
                                        {"tomas brell", EntityType::Person}}, 3);
  const Story transfer = story_with({{"norland", EntityType::Gpe}, {"ostra cartel", EntityType::ArmedGroup},
                                     {"tomas brell", EntityType::Person}, {"interior ministry", EntityType::Org}}, 4);
  const Story flood = story_with({{"norland", EntityType::Gpe}, {"ostra", EntityType::Gpe},
                                  {"civil defence agency", EntityType::Org}}, 2);
  const Story strike = story_with({{"ostra cartel", EntityType::ArmedGroup}, {"interior ministry", EntityType::Org}}, 2);
  std::vector<std::vector<std::string>> keys;
  for (const Story* s : {&designation, &transfer, &flood, &strike}) keys.push_back(thread_keys(*s));
  EXPECT_EQ(keys[2], (std::vector<std::string>{"civil defence agency"})) << "places are no key entities";
  EXPECT_EQ(link_threads(keys), (std::vector<int>{0, 0, 2, 0}))
      << "the strike shares two keys with the transfer, so it joins the designation's thread too";
}

TEST(Threads, AnEntityFewArticlesNameIsNoKey) {
  Story story = story_with({{"ostra cartel", EntityType::ArmedGroup}, {"tomas brell", EntityType::Person}}, 4);
  story.entities[1].articles = 1;  // one article of four
  EXPECT_EQ(thread_keys(story), (std::vector<std::string>{"ostra cartel"}));
}

TEST(Names, NoTitleGivesALeadSentenceAndNoOutletIsNeverAPath) {
  Report untitled = kTollSunday;
  untitled.title = "";
  untitled.outlet = "";
  const std::vector<Analysis> analyses = {analyse(untitled)};
  const Record record = link_articles(analyses, *resources().claims);
  ASSERT_EQ(record.stories.size(), 1u);
  EXPECT_EQ(record.stories[0].title, "Floods in Ostra killed 12 people on Sunday, the civil defence agency said.");
  EXPECT_EQ(outlet_of(analyses[0].article), "unknown outlet");
  for (const OutletProfile& p : record.stories[0].outlets) EXPECT_EQ(p.outlet.find("inputs/"), std::string::npos);

  Report wordy = untitled;
  wordy.text = std::string(30, 'x') + " " + std::string(200, 'y') + " and more words after that.";
  const Analysis long_lead = analyse(wordy);
  const std::string title = article_title(long_lead);
  EXPECT_EQ(title, std::string(30, 'x') + "…") << "cut at a word, not inside one";
}

}  // namespace
}  // namespace storyline
