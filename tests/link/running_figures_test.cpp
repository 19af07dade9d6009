// Running figures across the stories of a thread: one toll reported in stories weeks apart is
// compared, story by story, as one figure that changes. Texts written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/story.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::link;
using link_test::Linked;

const Thread* thread_of_two(const Linked& l) {
  for (const Thread& t : l.record.threads)
    if (t.stories.size() >= 2) return &t;
  return nullptr;
}

const ThreadFigure* figure(const Thread& t, const std::string& role) {
  for (const ThreadFigure& f : t.figures)
    if (f.role == role) return &f;
  return nullptr;
}

// Two stories of one campaign of attacks, seven weeks apart, each told by two outlets.
std::vector<link_test::Report> campaign(const std::string& later_toll) {
  return {
      {"a", "Valley Post", "2026-03-02", "en",
       "Gunmen of the Red Marsh Cartel attacked a checkpoint near Orla on Sunday, killing 12 soldiers, "
       "Governor Ilsa Marrow said. Marrow ordered the army to hunt down the Red Marsh Cartel."},
      {"b", "Plains Herald", "2026-03-02", "en",
       "Twelve soldiers were killed when the Red Marsh Cartel attacked a checkpoint near Orla on Sunday. "
       "Governor Ilsa Marrow vowed to crush the Red Marsh Cartel."},
      {"c", "Valley Post", "2026-04-20", "en",
       "The Red Marsh Cartel attacked an army convoy in the hills near Benth, and the toll of its attacks "
       "since March has risen to " + later_toll + ", Governor Ilsa Marrow said. Marrow asked for troops."},
      {"d", "Plains Herald", "2026-04-21", "en",
       "Governor Ilsa Marrow said the Red Marsh Cartel ambushed a convoy near Benth on Monday; the gang's "
       "attacks have killed " + later_toll + " soldiers since March."},
  };
}

TEST(RunningFigures, ATollReportedInTwoStoriesOfAThreadChangedOverTime) {
  Linked l = link(campaign("31"));
  ASSERT_GE(l.record.stories.size(), 2u) << "seven weeks apart, two stories";
  const Thread* t = thread_of_two(l);
  ASSERT_NE(t, nullptr) << "the gang and the governor link the stories";
  const ThreadFigure* killed = figure(*t, "killed");
  ASSERT_NE(killed, nullptr);
  ASSERT_EQ(killed->reports.size(), 2u);
  EXPECT_EQ(killed->reports.front().value, 12);
  EXPECT_EQ(killed->reports.back().value, 31);
  EXPECT_EQ(killed->verdict, Verdict::ChangedOverTime) << killed->reason;
}

TEST(RunningFigures, TheSameTollInBothStoriesIsCorroborated) {
  Linked l = link(campaign("12"));
  const Thread* t = thread_of_two(l);
  ASSERT_NE(t, nullptr);
  const ThreadFigure* killed = figure(*t, "killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->verdict, Verdict::Corroborated) << killed->reason;
}

}  // namespace
}  // namespace storyline
