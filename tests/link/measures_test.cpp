// Claim groups as measures of events (issue 13): a figure is grouped by its role in its event,
// not by the noun it counts; English and Spanish reports of one measure are one group; time
// decides between "changed over time" and "contradicted"; one dissenting source does not decide
// a group. Every text is written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/story.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::all_groups;
using link_test::any_dispute;
using link_test::describe;
using link_test::has_dispute;
using link_test::link;
using link_test::Linked;
using link_test::role_of;
using link_test::with_role;

TEST(Measures, FiguresOfOneStoryAreGroupedByWhatTheyMeasureNotByTheNounTheyCount) {
  Linked l = link({
      {"a", "Valley Post", "2026-04-07", "en",
       "A fire at the Kessel bottling plant in Dunmore killed two workers on Monday night. The company, "
       "which employs about 180 people at the plant, said about 600 residents were evacuated from the "
       "streets around it. By Tuesday some 150 people had gathered outside the gates, police said."},
      {"b", "Plains Herald", "2026-04-07", "en",
       "Two workers died in Monday night's fire at the Kessel bottling plant in Dunmore. Kessel employs 180 "
       "people there. About 600 people were evacuated from nearby streets."},
      {"c", "Diario Norte", "2026-04-08", "es",
       "El incendio de la embotelladora Kessel en Dunmore dejó dos trabajadores muertos el lunes por la "
       "noche. Unas 600 personas fueron desalojadas de las calles cercanas. La empresa emplea a 180 "
       "personas en la planta."},
  });
  ASSERT_EQ(l.record.stories.size(), 1u);
  EXPECT_EQ(role_of(l, 0, "about 180"), "employed");
  EXPECT_EQ(role_of(l, 0, "about 600"), "evacuated");
  EXPECT_EQ(role_of(l, 0, "some 150"), "crowd");
  EXPECT_EQ(role_of(l, 2, "Unas 600"), "evacuated");
  for (const std::string role : {"employed", "evacuated", "killed"}) {
    auto groups = with_role(l, role);
    ASSERT_EQ(groups.size(), 1u) << role << ": one group across English and Spanish";
    EXPECT_EQ(groups[0]->sources, 3) << describe(*groups[0]);
    EXPECT_FALSE(has_dispute(*groups[0], Verdict::Contradicted)) << describe(*groups[0]);
  }
  // The crowd of 150 is no figure of the 180 employees or the 600 evacuees.
  for (const ClaimGroup& g : l.record.stories[0].groups)
    for (const Dispute& d : g.disputes) EXPECT_EQ(d.reason.find("150"), std::string::npos) << describe(g);
  EXPECT_EQ(with_role(l, "employed")[0]->label, "employees");
}

TEST(Measures, AFigureOfAThingOrAPartTakesNoRoleAndJoinsNoGroup) {
  Linked l = link({
      {"a", "Valley Post", "2026-04-07", "en",
       "Firefighters from four towns fought the blaze, which killed 14 people, including two firefighters. "
       "Kessel announced a $3 million fund for evacuated families."},
      {"b", "Diario Norte", "2026-04-07", "es",
       "Más de 60 bomberos de cuatro municipios combatieron el fuego. Murieron 14 personas, entre ellas dos "
       "bomberos. La radio transmitirá la concentración de los vecinos por el 98,7 FM."},
  });
  EXPECT_EQ(role_of(l, 0, "four"), "(none)") << "towns are not responders";
  EXPECT_EQ(role_of(l, 0, "two"), "(none)") << "the two are a part of the 14";
  EXPECT_EQ(role_of(l, 0, "$3 million"), "(none)") << "money counts no evacuees";
  EXPECT_EQ(role_of(l, 1, "cuatro"), "(none)");
  EXPECT_EQ(role_of(l, 1, "dos"), "(none)");
  EXPECT_EQ(role_of(l, 1, "Más de 60"), "responders");
  EXPECT_EQ(role_of(l, 1, "98,7"), "(none)") << "a radio band is no crowd";
  for (const ClaimGroup* g : with_role(l, "killed")) EXPECT_TRUE(g->disputes.empty()) << describe(*g);
}

TEST(Measures, OneDissentingSourceLeavesTheGroupCorroboratedAndIsListedFirst) {
  Linked l = link({
      {"a", "Valley Post", "2026-05-04", "en", "The Orrin paper mill employs about 400 people, the company said on Monday."},
      {"b", "Plains Herald", "2026-05-04", "en", "The Orrin paper mill, which employs 400 people, said on Monday it would close a line."},
      {"c", "Coast Daily", "2026-05-04", "en", "Orrin's paper mill employs 400 people and will close a production line, it said on Monday."},
      {"d", "Town Daily", "2026-05-04", "en", "The Orrin paper mill, which employs 900 people, will close a line, it said on Monday."},
  });
  auto groups = with_role(l, "employed");
  ASSERT_EQ(groups.size(), 1u);
  const ClaimGroup& g = *groups[0];
  EXPECT_EQ(g.verdict, Verdict::Corroborated) << describe(g);
  EXPECT_EQ(g.disputed_by, 1) << describe(g);
  EXPECT_EQ(g.summary, "corroborated, disputed by 1");
  ASSERT_FALSE(g.disputes.empty());
  EXPECT_EQ(g.disputes.front().verdict, Verdict::Contradicted) << describe(g);
}

TEST(Measures, NotYetHandedOverThenHandedOverIsAChangeNotAContradiction) {
  Linked l = link({
      {"a", "Valley Post", "2026-01-23", "en",
       "Norvania has not yet handed over the two gang leaders sought by Calder, officials in Calder said."},
      {"b", "Plains Herald", "2026-02-11", "en",
       "Norvania handed over the two gang leaders sought by Calder on Tuesday, officials in Calder said."},
  });
  for (const ClaimGroup* g : all_groups(l)) EXPECT_FALSE(has_dispute(*g, Verdict::Contradicted)) << describe(*g);
  EXPECT_TRUE(any_dispute(l, Verdict::ChangedOverTime));
}

TEST(Measures, TheSameDayTheSameDenialStillContradicts) {
  Linked l = link({
      {"a", "Valley Post", "2026-02-11", "en", "Norvania handed over the two gang leaders to Calder on Tuesday, officials said."},
      {"b", "Plains Herald", "2026-02-11", "en", "Norvania has not handed over the two gang leaders to Calder, its justice ministry said."},
  });
  EXPECT_TRUE(any_dispute(l, Verdict::Contradicted));
}

TEST(Measures, ARunningTollOfUndatedReportsChangesAndNeverContradicts) {
  Linked l = link({
      {"a", "Valley Post", "", "es", "El derrumbe del edificio de la calle Mayor de Orla dejó cuatro muertos."},
      {"b", "Plains Herald", "2026-09-03", "en", "The collapse of the building on Mayor Street in Orla has killed seven people."},
  });
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
  EXPECT_FALSE(has_dispute(*groups[0], Verdict::Contradicted)) << describe(*groups[0]);
}

TEST(Measures, FiguresAttachedToDifferentDaysAreNeverApproximatelyEqual) {
  Linked l = link({
      {"a", "Valley Post", "2026-05-06", "en", "Police in Harlow arrested 30 protesters on Saturday, May 2."},
      {"b", "Plains Herald", "2026-05-06", "en", "Harlow police arrested 29 protesters on Tuesday, May 5."},
  });
  EXPECT_FALSE(any_dispute(l, Verdict::ApproximatelyEqual));
  EXPECT_FALSE(any_dispute(l, Verdict::Contradicted));
}

TEST(Measures, WhatWouldHappenIsNotComparedWithWhatHappened) {
  Linked l = link({
      {"a", "Valley Post", "2026-04-08", "en", "About 60 firefighters fought the Kessel plant fire in Dunmore overnight."},
      {"b", "Plains Herald", "2026-04-08", "en", "About 20 firefighters would remain at the Kessel plant in Dunmore through the weekend."},
  });
  for (const ClaimGroup* g : with_role(l, "responders")) EXPECT_TRUE(g->disputes.empty()) << describe(*g);
}

TEST(Measures, ARunningTollAfterAnUpdateVerbIsTakenHoweverFarItsEventWord) {
  Linked l = link({
      {"a", "Valley Post", "2026-08-02", "en",
       "The death toll from the earthquake in the northern hills of Calder has risen to 75, officials said."},
      {"b", "Diario Norte", "2026-08-03", "es",
       "El número de fallecidos por el terremoto en las colinas del norte de Calder subió en las últimas horas a 94."},
  });
  EXPECT_EQ(role_of(l, 0, "75"), "killed");
  EXPECT_EQ(role_of(l, 1, "94"), "killed");
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
}

TEST(Measures, EvacuationsOfTwoNeighbourhoodsAreTwoGroupsNamedByTheirPlaces) {
  Linked l = link({
      {"a", "Valley Post", "2026-03-10", "en",
       "After the chlorine leak, police evacuated about 300 residents of the Brill Heights neighborhood on Monday."},
      {"b", "Diario Norte", "2026-03-12", "es",
       "Tras la fuga de cloro, las autoridades desalojaron a unas 340 personas del barrio de Punta Ostra el miércoles."},
      {"c", "Plains Herald", "2026-03-12", "en",
       "The chlorine leak forced the evacuation of 340 people from the Punta Ostra neighborhood on Wednesday."},
  });
  auto groups = with_role(l, "evacuated");
  ASSERT_EQ(groups.size(), 2u);
  for (const ClaimGroup* g : groups) {
    for (const Dispute& d : g->disputes)
      EXPECT_TRUE(d.reason.find("300") == std::string::npos || d.reason.find("340") == std::string::npos)
          << describe(*g) << ": 300 and 340 are two evacuations";
    EXPECT_TRUE(g->place == "Brill Heights" || g->place == "Punta Ostra") << describe(*g);
  }
}

TEST(Measures, TheStoryListsANameTwoOutletsSpellDifferently) {
  Linked l = link({
      {"a", "Valley Post", "2026-06-01", "en",
       "Harbor commissioner Anna Kowalski resigned on Monday after the port audit. Kowalski said the audit was unfair."},
      {"b", "Plains Herald", "2026-06-01", "en",
       "Anna Kowalsky, the harbor commissioner, resigned on Monday after the port audit. Kowalsky called it unfair."},
  });
  ASSERT_EQ(l.record.stories.size(), 1u);
  const Story& story = l.record.stories[0];
  ASSERT_FALSE(story.text_disputes.empty());
  const TextDispute& d = story.text_disputes.front();
  EXPECT_EQ(d.aspect, "spelling");
  const std::string& text_a = l.analyses[story.articles[d.a.article]].article.text;
  EXPECT_EQ(text_a.substr(d.a.span.begin, d.a.span.end - d.a.span.begin), d.a.text) << "offsets point at the words";
}

TEST(Measures, AnUpdateVerbGivesTheEventsFigureWhateverElseItsClauseNames) {
  Linked l = link({
      {"a", "Valley Post", "2026-08-04", "en",
       "The official death toll from the flood in Orla was raised to 94 with one person reported missing."},
  });
  EXPECT_EQ(role_of(l, 0, "94"), "killed");
}

TEST(Measures, ACopyThatGivesAnotherFigureIsAnUpdateNotASecondSource) {
  const std::string wire =
      "The number of people killed by the collapse of the Orla river bridge on Tuesday rose to {}, "
      "the regional civil protection office said, as divers searched the river for the missing. "
      "The bridge, built in 1962, carried the main road between Orla and Benth and had been "
      "inspected in the spring. Engineers said the cause of the collapse was not yet known.";
  auto with = [&](const std::string& n) { return wire.substr(0, wire.find("{}")) + n + wire.substr(wire.find("{}") + 2); };
  Linked l = link({
      {"a", "Wire Service", "2026-09-01", "en", with("31")},
      {"b", "Town Daily", "2026-09-02", "en", with("34")},
  });
  ASSERT_EQ(l.record.copy_of[1], 0) << "the second text is a copy of the first";
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0]->sources, 1) << describe(*groups[0]);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
}

TEST(Measures, AboutAFigureAndTheFigureAreApproximatelyEqual) {
  Linked l = link({
      {"a", "Valley Post", "2026-05-03", "en", "Police in Harlow arrested about 40 protesters on Saturday."},
      {"b", "Diario Norte", "2026-05-03", "es", "La policía de Harlow detuvo a 40 personas durante la protesta del sábado."},
  });
  auto groups = with_role(l, "arrested");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ApproximatelyEqual)) << describe(*groups[0]);
  EXPECT_EQ(groups[0]->verdict, Verdict::Corroborated) << describe(*groups[0]);
}

}  // namespace
}  // namespace storyline
