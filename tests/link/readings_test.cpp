// Readings on a scale, parts of a toll and sources that agree on one figure (issue 13, second
// round): a magnitude is a measure of its own, never a count of the dead; a place written before
// a figure is the setting of its clause; two outlets that give one figure exactly do not dispute
// each other's other figures. Every text is written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "link/story.h"
#include "link_fixtures.h"

namespace storyline {
namespace {

using link_test::any_dispute;
using link_test::describe;
using link_test::has_dispute;
using link_test::link;
using link_test::Linked;
using link_test::role_of;
using link_test::with_role;

TEST(Readings, AMagnitudeWrittenBareOrHyphenatedIsAMagnitudeInBothLanguages) {
  Linked l = link({
      {"a", "Valley Post", "2026-10-05", "en",
       "The geological survey measured the magnitude of the first quake in Calder as 6.3 on Sunday. "
       "A 5.8-magnitude aftershock followed at night."},
      {"b", "Diario Norte", "2026-10-05", "es",
       "El servicio sismológico de Calder fijó la magnitud del primer sismo en 6,5 el domingo."},
  });
  EXPECT_EQ(role_of(l, 0, "6.3"), "magnitude");
  EXPECT_EQ(role_of(l, 0, "5.8"), "magnitude");
  EXPECT_EQ(role_of(l, 1, "6,5"), "magnitude");
}

TEST(Readings, TwoReadingsToADecimalThatDifferContradictEvenWhenClose) {
  Linked l = link({
      {"a", "Valley Post", "2026-10-05", "en", "The geological survey put the magnitude of the Calder quake at 7.5."},
      {"b", "Diario Norte", "2026-10-05", "es", "El servicio sismológico fijó la magnitud del terremoto de Calder en 7,6."},
  });
  auto groups = with_role(l, "magnitude");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::Contradicted)) << describe(*groups[0]);
  EXPECT_FALSE(has_dispute(*groups[0], Verdict::ApproximatelyEqual)) << describe(*groups[0]);
}

TEST(Readings, ACountNearTheWordMagnitudeIsNoMagnitude) {
  Linked l = link({
      {"a", "Diario Norte", "2026-10-06", "es",
       "Tras el primer sismo se registraron otros 212 temblores, el de mayor magnitud uno de 5,9."},
  });
  EXPECT_NE(role_of(l, 0, "212"), "magnitude");
  EXPECT_EQ(role_of(l, 0, "5,9"), "magnitude");
}

TEST(Readings, TheDeadOfAQuakeAreNotItsMagnitude) {
  Linked l = link({
      {"a", "Diario Norte", "2026-10-06", "es",
       "Un total de 41 personas murieron en un terremoto de magnitud 6,9 registrado el sábado en Calder."},
  });
  EXPECT_EQ(role_of(l, 0, "41"), "killed");
  EXPECT_EQ(role_of(l, 0, "6,9"), "magnitude");
}

TEST(Readings, ABareCountRightAfterWhatItCountsTakesItsRole) {
  Linked l = link({
      {"a", "Diario Norte", "2026-10-06", "es",
       "El jefe de protección civil indicó que la capital registra el mayor número de víctimas mortales, con 118."},
  });
  EXPECT_EQ(role_of(l, 0, "118"), "killed");
}

TEST(Readings, ARunningTollPastARelativeClauseIsTaken) {
  Linked l = link({
      {"a", "Diario Norte", "2026-10-07", "es",
       "El balance de víctimas mortales del terremoto que sacudió Calder el sábado ha ascendido a 130, según el último parte."},
      {"b", "Valley Post", "2026-10-08", "en",
       "The death toll from the earthquake that struck Calder's northern hills last Saturday has climbed to 152, officials said."},
  });
  EXPECT_EQ(role_of(l, 0, "130"), "killed");
  EXPECT_EQ(role_of(l, 1, "152"), "killed");
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
}

TEST(Readings, APlaceBeforeTheFigureIsTheSettingNotAPartOfTheToll) {
  // The national toll is one group; the capital's part, attached after its figure, does not
  // split it or name it.
  Linked l = link({
      {"a", "Valley Post", "2026-10-07", "en",
       "At least 60 people were killed on Saturday when the quake hit Calder, officials said, after confirming "
       "14 deaths in and around Calder City."},
      {"b", "Plains Herald", "2026-10-08", "en",
       "The death toll from the earthquake that struck Calder on Saturday jumped to 190, officials said on Sunday."},
  });
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
  EXPECT_EQ(groups[0]->place, "") << describe(*groups[0]);
}

TEST(Readings, SourcesThatGiveOneFigureExactlyDoNotDisputeTheirOtherFigures) {
  // The second outlet also counts the dead of an earlier quake in the same group: that is no
  // update of the figure both give.
  Linked l = link({
      {"a", "Valley Post", "2026-10-09", "en", "The September quake in Calder left 98 people dead."},
      {"b", "Diario Norte", "2026-10-10", "es",
       "A esas víctimas se suman cuatro muertos de la réplica del sábado, tras el terremoto de septiembre en "
       "Calder, que causó 98 muertos."},
  });
  for (const ClaimGroup* g : with_role(l, "killed")) EXPECT_TRUE(g->disputes.empty()) << describe(*g);
}

TEST(Readings, AnEditedCopyPairsItsFiguresByPlace) {
  const std::string wire =
      "El número de muertos por el terremoto de Calder subió a {1}, siendo la capital la que registra más "
      "fallecidos con {2}, informó el coordinador de protección civil. Los equipos de rescate siguen "
      "trabajando entre los escombros de varios edificios del centro, y el gobierno regional declaró tres "
      "días de luto. Las escuelas de la zona permanecerán cerradas hasta nuevo aviso.";
  auto with = [&](const std::string& a, const std::string& b) {
    std::string s = wire;
    s.replace(s.find("{1}"), 3, a);
    s.replace(s.find("{2}"), 3, b);
    return s;
  };
  Linked l = link({
      {"a", "Agencia Sur", "2026-10-09", "es", with("331", "192")},
      {"b", "Diario Norte", "2026-10-12", "es", with("343", "204")},
  });
  ASSERT_EQ(l.record.copy_of[1], 0) << "the second text is a copy of the first";
  EXPECT_TRUE(any_dispute(l, Verdict::ChangedOverTime));
}

TEST(Readings, ACrowdOfAMarchDatedLongBeforeIsAnotherMarch) {
  // The first report recalls the spring march by its date; the second tells of this week's.
  Linked l = link({
      {"a", "Diario Norte", "2026-11-14", "es",
       "En la marcha del 8 de marzo de 2026 por el centro de Orla participaron 90.000 personas, según la policía local."},
      {"b", "Valley Post", "2026-11-15", "en", "Some 90,000 marchers filled the centre of Orla on Saturday, police said."},
      {"c", "Plains Herald", "2026-11-15", "en", "About 150,000 people marched through the centre of Orla, the organisers said."},
  });
  for (const ClaimGroup* g : with_role(l, "crowd"))
    for (const Dispute& d : g->disputes) {
      const bool spring = d.a.article == 0 || d.b.article == 0;
      if (spring) EXPECT_EQ(d.verdict, Verdict::DistinctEvents) << describe(*g);
    }
  EXPECT_TRUE(any_dispute(l, Verdict::DistinctEvents));
}

TEST(Readings, ARunningTollToldWithItsEventsDateWeeksLaterIsStillAnUpdate) {
  Linked l = link({
      {"a", "Valley Post", "2026-09-20", "en", "The earthquake in Calder has killed 65 people, officials said."},
      {"b", "Diario Norte", "2026-10-01", "es",
       "El terremoto del 19 de septiembre en Calder dejó 240 muertos, según el último balance."},
  });
  auto groups = with_role(l, "killed");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::ChangedOverTime)) << describe(*groups[0]);
}

TEST(Readings, EachCandidatesShareOfTheVoteIsItsOwnGroupInBothLanguages) {
  Linked l = link({
      {"a", "Valley Post", "2026-06-08", "en",
       "With 95% of ballots counted, Ana Ramos had won 52.3% of the vote in the Calder presidential election, "
       "against 44.1% for Luis Ortega. Turnout was 67 percent, the electoral commission said."},
      {"b", "Diario Norte", "2026-06-08", "es",
       "Con el 98% de las mesas escrutadas en la elección presidencial de Calder, Luis Ortega obtuvo el 44,3% de "
       "los votos, frente al 52,1% de Ana Ramos. La participación electoral fue del 67%."},
  });
  auto shares = with_role(l, "vote_share");
  ASSERT_EQ(shares.size(), 2u) << "one group per candidate";
  for (const ClaimGroup* g : shares) {
    EXPECT_TRUE(g->subject_name == "Ana Ramos" || g->subject_name == "Luis Ortega") << describe(*g);
    EXPECT_FALSE(has_dispute(*g, Verdict::Contradicted)) << describe(*g) << ": the count moved on";
  }
  EXPECT_EQ(with_role(l, "counted").size(), 1u);
  auto turnout = with_role(l, "turnout");
  ASSERT_EQ(turnout.size(), 1u) << "a turnout in percent is no crowd";
  EXPECT_EQ(turnout[0]->verdict, Verdict::Corroborated) << describe(*turnout[0]);
  EXPECT_TRUE(with_role(l, "crowd").empty());
}

TEST(Readings, RewardsForTwoPeopleAreTwoGroups) {
  Linked l = link({
      {"a", "Valley Post", "2026-03-02", "en",
       "Calder is offering a reward of up to $10 million for information leading to the arrest of Tomas Brenner."},
      {"b", "Plains Herald", "2026-03-02", "en",
       "Calder has offered a reward of up to $5 million for information leading to the capture of Ilse Maranth."},
  });
  auto rewards = with_role(l, "reward");
  ASSERT_EQ(rewards.size(), 2u);
  for (const ClaimGroup* g : rewards) EXPECT_TRUE(g->disputes.empty()) << describe(*g);
}

TEST(Readings, DistancesInTwoUnitsCompareInOneAndAConversionIsTheSameFigure) {
  Linked l = link({
      {"a", "Valley Post", "2026-07-02", "en", "The ferry sank about 47 nautical miles off the coast of Orla on Tuesday."},
      {"b", "Diario Norte", "2026-07-02", "es", "El ferry se hundió el martes a 87 kilómetros de la costa de Orla."},
      {"c", "Plains Herald", "2026-07-02", "en", "The ferry went down on Tuesday 140 kilometers off the coast of Orla."},
  });
  auto groups = with_role(l, "distance");
  ASSERT_EQ(groups.size(), 1u);
  for (const Dispute& d : groups[0]->disputes) {
    const bool c_involved = d.a.article == 2 || d.b.article == 2;
    EXPECT_TRUE(c_involved) << describe(*groups[0]) << ": 47 nautical miles are 87 km";
  }
  EXPECT_TRUE(has_dispute(*groups[0], Verdict::Contradicted)) << describe(*groups[0]) << ": 140 km is another figure";
}

TEST(Readings, AWeightSeizedIsAWeightNotACountOfThings) {
  Linked l = link({
      {"a", "Diario Norte", "2026-12-03", "es",
       "La Policía de Orla intervino en el puerto de Orla 4.200 kilogramos de cocaína ocultos en el carguero Marisol, "
       "según informó el comisario Tomas Brenner."},
      {"b", "Valley Post", "2026-12-03", "en",
       "Orla police seized 4.2 tonnes of cocaine hidden aboard the cargo ship Marisol in the port of Orla, "
       "commissioner Tomas Brenner said."},
  });
  auto groups = with_role(l, "weight");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(groups[0]->disputes.empty()) << describe(*groups[0]);
  EXPECT_EQ(groups[0]->verdict, Verdict::Corroborated) << describe(*groups[0]);
}

TEST(Readings, PeopleOnBoardSurvivorsAndTheAffectedAreMeasuresOfTheirOwn) {
  Linked l = link({
      {"a", "Diario Norte", "2026-05-11", "es",
       "El avión se estrelló cerca de Orla con 81 pasajeros a bordo; solo seis sobrevivieron. Hay 2.000 afectados en la zona."},
      {"b", "Valley Post", "2026-05-11", "en",
       "The plane crashed near Orla with 77 people on board. About 2,000 people in the area were affected."},
  });
  auto aboard = with_role(l, "aboard");
  ASSERT_EQ(aboard.size(), 1u);
  EXPECT_TRUE(has_dispute(*aboard[0], Verdict::Contradicted)) << describe(*aboard[0]) << ": 81 and 77, neither round";
  auto affected = with_role(l, "affected");
  ASSERT_EQ(affected.size(), 1u);
  EXPECT_FALSE(has_dispute(*affected[0], Verdict::Contradicted)) << describe(*affected[0]);
}

TEST(Readings, AFigureThatEndsItsSentenceIsRead) {
  // The words after a figure may be none at all: the sentence ends with it.
  Linked l = link({
      {"a", "Valley Post", "2026-10-05", "en", "I bought it for $12 December 27"},
      {"b", "Valley Post", "2026-10-05", "en", "The magnitude of the Calder quake was 6.3"},
  });
  EXPECT_EQ(role_of(l, 1, "6.3"), "magnitude");
}

TEST(Readings, ATollBrokenDownByPlaceGivesEachPlaceItsOwnFigure) {
  Linked l = link({
      {"a", "Diario Norte", "2026-09-30", "es",
       "Diez días después del sismo, la cifra de muertos se mantiene igual: 74 en Sonora, 45 en Jalisco y 6 en Oaxaca."},
      {"b", "Valley Post", "2026-09-30", "en",
       "Ten days after the quake, officials said 45 people were killed in Jalisco and 74 in Sonora."},
  });
  EXPECT_EQ(role_of(l, 0, "74"), "killed");
  EXPECT_EQ(role_of(l, 0, "45"), "killed");
  EXPECT_EQ(role_of(l, 1, "74"), "killed");
  for (const ClaimGroup* g : with_role(l, "killed"))
    EXPECT_FALSE(has_dispute(*g, Verdict::Contradicted) || has_dispute(*g, Verdict::ChangedOverTime))
        << describe(*g) << ": each place's figure agrees";
}

}  // namespace
}  // namespace storyline
