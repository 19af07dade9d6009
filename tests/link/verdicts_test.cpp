// Verdicts across outlets on small stories written for these tests, English and Spanish: one
// case per verdict, and the traps (different events that look alike, a rounding, a figure that
// changed, a copy that must not count twice).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "link/story.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::describe;
using link_test::group;
using link_test::has_dispute;
using link_test::link;
using link_test::Linked;
using link_test::Report;

// The story of `reports` has a `predicate` group with a dispute of verdict `want` and none of
// verdict `forbid` (pass `want` again to skip that check).
void expect_dispute(const std::vector<Report>& reports, const std::string& predicate, Verdict want,
                    Verdict forbid) {
  Linked l = link(reports);
  const ClaimGroup* g = group(l, predicate);
  ASSERT_NE(g, nullptr) << "no " << predicate << " group";
  EXPECT_TRUE(has_dispute(*g, want)) << describe(*g);
  if (forbid != want) {
    EXPECT_FALSE(has_dispute(*g, forbid)) << describe(*g);
  }
}

TEST(Verdicts, SameToleFromTwoOutletsIsCorroborated) {
  Linked l = link({
      {"a", "Valley Post", "2026-04-06", "en", "The storm killed 12 people in Brackton on Monday, county officials said."},
      {"b", "Plains Herald", "2026-04-06", "en", "Twelve people were killed when the storm struck Brackton on Monday."},
  });
  ASSERT_EQ(l.record.stories.size(), 1u);
  const ClaimGroup* g = group(l, "death_toll");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::Corroborated) << describe(*g);
  EXPECT_EQ(g->sources, 2);
  EXPECT_TRUE(g->disputes.empty()) << describe(*g);
}

TEST(Verdicts, NearlyThirtyAndTwentyNineAreApproximatelyEqual) {
  expect_dispute(
      {
      {"a", "Valley Post", "2026-05-02", "en", "Police in Harlow arrested nearly 30 people during the protest on Saturday."},
      {"b", "Plains Herald", "2026-05-02", "en", "Harlow police arrested 29 people at the protest on Saturday."},
      },
      "arrest", Verdict::ApproximatelyEqual, Verdict::Contradicted);
}

TEST(Verdicts, DifferentCountsOfOneDatedEventContradict) {
  expect_dispute(
      {
      {"a", "Valley Post", "2026-05-03", "en", "Police in Harlow arrested 40 protesters on Saturday."},
      {"b", "Plains Herald", "2026-05-03", "en", "Harlow police arrested 15 protesters on Saturday."},
      },
      "arrest", Verdict::Contradicted, Verdict::Contradicted);
}

TEST(Verdicts, TransfersMonthsApartAreTwoEventsNotAContradiction) {
  Linked l = link({
      {"a", "Valley Post", "2025-09-01", "en",
       "In August 2025, the government of Norvania extradited 26 prisoners to Calder. Justice Minister "
       "Ilsa Marrow said the Norvania transfers answered pressure from Calder over the Red Marsh gang."},
      {"b", "Plains Herald", "2025-09-02", "en",
       "Norvania extradited 29 prisoners to Calder in February 2025, officials recalled. Justice Minister "
       "Ilsa Marrow has defended the transfers, which Calder sought to weaken the Red Marsh gang."},
  });
  ASSERT_EQ(l.record.stories.size(), 1u);
  int transfer_groups = 0;
  for (const ClaimGroup& g : l.record.stories[0].groups) {
    EXPECT_FALSE(has_dispute(g, Verdict::Contradicted)) << describe(g);
    EXPECT_FALSE(has_dispute(g, Verdict::ApproximatelyEqual)) << describe(g);
    if (g.role == "transferred") ++transfer_groups;
  }
  EXPECT_EQ(transfer_groups, 2) << "the 26 of August and the 29 of February measure two transfers";
}

TEST(Verdicts, ARisingTollChangedOverTime) {
  expect_dispute(
      {
      {"a", "Valley Post", "2026-03-10", "en", "The fire at the Orrin mill killed three workers, the fire department said."},
      {"b", "Plains Herald", "2026-03-12", "en", "The death toll from the Orrin mill fire rose to five workers on Thursday, officials said."},
      },
      "death_toll", Verdict::ChangedOverTime, Verdict::Contradicted);
}

TEST(Verdicts, ACopyCountsOnce) {
  std::string wire =
      "Flooding forced the evacuation of 1,200 residents from the river towns of Orla and Benth on Sunday, "
      "regional authorities said. Water levels on the Sava River rose more than two meters overnight after "
      "three days of heavy rain, and emergency crews spent the night moving families to school gyms and "
      "churches on higher ground. Officials said no deaths had been reported but warned that the river "
      "would not crest before Tuesday and asked residents not to return to their homes.";
  Linked l = link({
      {"a", "Wire Service", "2026-02-01", "en", wire},
      {"b", "Town Daily", "2026-02-01", "en", "ORLA (Wire Service) — " + wire},
  });
  ASSERT_EQ(l.record.copy_of[1], 0) << "the syndicated copy is not recognised";
  const ClaimGroup* g = group(l, "evacuation");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->sources, 1) << describe(*g);
  EXPECT_EQ(g->verdict, Verdict::SingleSource) << describe(*g);
}

TEST(Verdicts, ADenialContradictsAnAssertion) {
  Linked l = link({
      {"a", "Valley Post", "2026-06-01", "en", "The Calder defense ministry deployed troops to the northern border on Friday."},
      {"b", "Plains Herald", "2026-06-01", "en", "The Calder defense ministry did not send troops to the northern border, a spokesman said."},
  });
  const ClaimGroup* g = group(l, "deployment");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::Contradicted) << describe(*g);
}

TEST(Verdicts, SpanishToleCorroboratedThenChanged) {
  Linked l = link({
      {"a", "Diario Norte", "2026-03-10", "es", "La explosión en la planta de Orrin dejó tres trabajadores muertos, informaron los bomberos."},
      {"b", "Radio Sur", "2026-03-10", "es", "Tres trabajadores murieron en la explosión de la planta de Orrin, según los bomberos."},
      {"c", "Diario Norte", "2026-03-13", "es", "Ya son cinco los trabajadores muertos por la explosión en la planta de Orrin."},
  });
  const ClaimGroup* g = group(l, "death_toll");
  ASSERT_NE(g, nullptr);
  EXPECT_GE(g->sources, 2) << describe(*g);
  EXPECT_TRUE(has_dispute(*g, Verdict::ChangedOverTime)) << describe(*g);
  EXPECT_FALSE(has_dispute(*g, Verdict::Contradicted)) << describe(*g);
}

TEST(Verdicts, RoundedFigureIsApproximatelyEqual) {
  expect_dispute(
      {
      {"a", "Valley Post", "2026-07-01", "en", "About 300 residents were evacuated from Tidemoor on Tuesday."},
      {"b", "Plains Herald", "2026-07-01", "en", "Officials evacuated 312 residents from Tidemoor on Tuesday."},
      },
      "evacuation", Verdict::ApproximatelyEqual, Verdict::ApproximatelyEqual);
}

}  // namespace
}  // namespace storyline
