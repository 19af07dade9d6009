// English direct quotes: marks, speakers, cues, partial quotes, places, and what is not a quote.
#include "speech_test_table.h"

namespace storyline {
namespace {

using speech_table::QuoteRow;

const QuoteRow kEnglishQuotes[] = {
    // An outlet's story quoted: a reporting verb introduces the quote when a colon follows it.
    {.text = "[OUT:The Harbor Times] reported: “The plan was approved by the cabinet.”",
     .quotes = {"The plan was approved by the cabinet."}, .speaker = "The Harbor Times", .named = true,
     .cue = "reported"},
    {.text = "“We are ready,” [Pete Hegseth] said.", .quotes = {"We are ready"},
     .speaker = "Pete Hegseth", .named = true, .cue = "said"},
    {.text = "\"We are done talking,\" [Kristi Noem] said.", .quotes = {"We are done talking"},
     .speaker = "Kristi Noem", .named = true, .cue = "said"},
    {.text = "“The plan is working,” said [Marco Rubio], the secretary of state.",
     .quotes = {"The plan is working"}, .speaker = "Marco Rubio", .named = true, .cue = "said"},
    {.text = "[Karoline Leavitt] told reporters: “Nobody is above the law.”",
     .quotes = {"Nobody is above the law."}, .speaker = "Karoline Leavitt", .named = true, .cue = "told"},
    {.text = "[Hegseth] declared: “The era of restraint is over.”",
     .quotes = {"The era of restraint is over."}, .speaker = "Hegseth", .named = true, .cue = "declared"},
    {.text = "[Hegseth] later added, “Nobody gets a warning.”", .quotes = {"Nobody gets a warning."},
     .speaker = "Hegseth", .named = true, .cue = "added"},
    // A quote over two sentences is one quote.
    {.text = "“The strikes will continue. They are lawful,” [Hegseth] said.",
     .quotes = {"The strikes will continue. They are lawful"}, .speaker = "Hegseth", .named = true},
    // Interrupted by the cue: one quote per quoted stretch, same speaker.
    {.text = "[Kristi Noem] toured the port. “We are ready,” she said. “We will act.”",
     .quotes = {"We are ready", "We will act."}, .speaker = "Kristi Noem", .named = true, .cue = "said"},
    {.text = "“We are ready,” [Noem] said, “and nobody should doubt it.”",
     .quotes = {"We are ready", "and nobody should doubt it."}, .speaker = "Noem", .named = true},
    // Partial quotes inside the reporter's sentence.
    {.text = "[Donald Trump] said the operation was “a total success” and praised the crews.",
     .quotes = {"a total success"}, .speaker = "Donald Trump", .named = true, .cue = "said",
     .partial = true},
    {.text = "[Trump] denounced what he called an “invasion” at the border.", .quotes = {"invasion"},
     .speaker = "Trump", .named = true, .cue = "called", .partial = true},
    {.text = "[Trump] called the proposal “dead on arrival.”", .quotes = {"dead on arrival."},
     .speaker = "Trump", .named = true, .cue = "called", .partial = true},
    // Sources without a name.
    {.text = "“We have never seen anything like it,” a senior official told [OUT:Rolling Stone].",
     .quotes = {"We have never seen anything like it"}, .speaker = "a senior official",
     .anonymous = true, .count = 1, .cue = "told"},
    {.text = "“They are moving fast,” one intelligence source said.", .quotes = {"They are moving fast"},
     .speaker = "one intelligence source", .anonymous = true, .count = 1},
    {.text = "“Nobody knows the full plan,” a senior [Trump] administration official said.",
     .quotes = {"Nobody knows the full plan"}, .speaker = "a senior Trump administration official",
     .anonymous = true, .count = 1},
    {.text = "Two current U.S. officials and two former senior officials said the review was “far from "
             "finished.”",
     .quotes = {"far from finished."},
     .speaker = "Two current U.S. officials and two former senior officials", .anonymous = true,
     .count = 4, .cue = "said", .partial = true},
    {.text = "“Expect more strikes,” said a person familiar with the planning.",
     .quotes = {"Expect more strikes"}, .speaker = "a person familiar with the planning",
     .anonymous = true, .count = 1},
    {.text = "“The crossings have stopped,” a U.S. border agent told us.",
     .quotes = {"The crossings have stopped"}, .speaker = "a U.S. border agent", .anonymous = true,
     .count = 1, .cue = "told"},
    {.text = "“The border is sealed,” according to a [ORG:Homeland Security] spokesman.",
     .quotes = {"The border is sealed"}, .speaker = "a Homeland Security spokesman", .anonymous = true,
     .count = 1, .cue = "according to"},
    {.text = "According to [Hegseth], “The mission is just beginning.”",
     .quotes = {"The mission is just beginning."}, .speaker = "Hegseth", .named = true,
     .cue = "According to"},
    // Where the words were said.
    {.text = "“We are not going to stop,” [Trump] told reporters aboard Air Force One.",
     .quotes = {"We are not going to stop"}, .speaker = "Trump", .named = true, .cue = "told",
     .where = "aboard Air Force One"},
    {.text = "In a February post on X, [Elon Musk] wrote that the agency was “beyond repair.”",
     .quotes = {"beyond repair."}, .speaker = "Elon Musk", .named = true, .cue = "wrote",
     .partial = true, .where = "In a February post on X"},
    {.text = "“We will hold them accountable,” [Pam Bondi] said at a press conference in Washington.",
     .quotes = {"We will hold them accountable"}, .speaker = "Pam Bondi", .named = true,
     .where = "at a press conference in Washington"},
    {.text = "“It was a mistake,” [Rubio] said in an interview with [OUT:CBS News].",
     .quotes = {"It was a mistake"}, .speaker = "Rubio", .named = true,
     .where = "in an interview with CBS News"},
    // The speaker of a quote without a cue is the previous one, across a paragraph too.
    {.text = "“We have the ships,” [Hegseth] said.\n\n“We have the will, and we have the time.”",
     .quotes = {"We have the ships", "We have the will, and we have the time."}, .speaker = "Hegseth",
     .named = true},
    // A quote left open at a paragraph's end carries on in the next paragraph.
    {.text = "[Hegseth] spoke for an hour. “The cartels are terrorist groups, and they know it.\n\n"
             "“We will treat them that way,” he said.",
     .quotes = {"The cartels are terrorist groups, and they know it.", "We will treat them that way"},
     .speaker = "Hegseth", .named = true},
    {.text = "“We are going to hit them hard,” [Trump] said Tuesday. “Very hard.”",
     .quotes = {"We are going to hit them hard", "Very hard."}, .speaker = "Trump", .named = true},
    {.text = "“I have no idea,” said one resident, who asked not to be named. “We are scared.”",
     .quotes = {"I have no idea", "We are scared."}, .speaker = "one resident", .anonymous = true,
     .count = 1},
    {.text = "[Hegseth], the defense secretary, said: “The days of impunity are over.”",
     .quotes = {"The days of impunity are over."}, .speaker = "Hegseth", .named = true, .cue = "said"},
    // A participle clause credits the sentence's subject.
    {.text = "[Hegseth] posted a video of the strike, saying “more are coming.”",
     .quotes = {"more are coming."}, .speaker = "Hegseth", .named = true, .cue = "saying", .partial = true},
};

const QuoteRow kEnglishNotQuotes[] = {
    // Names and nicknames.
    {.text = "Prosecutors say [Joaquín “El Chapo” Guzmán] ran the network.", .quotes = {}},
    {.text = "Joaquín “[El Chapo]” Guzmán was extradited in 2017.", .quotes = {}},
    {.text = "The group answers to “[El Mencho],” officials say.", .quotes = {}},
    // Scare quotes: the reporter's own words in marks, with nobody saying them.
    {.text = "Critics mocked the “invasion” rhetoric.", .quotes = {}},
    {.text = "The so-called “peace dividend” never arrived.", .quotes = {}},
    {.text = "Officials have debated the “forever war” for years, and the debate goes on.", .quotes = {}},
    // Titles of works.
    {.text = "She wrote the book “Border Wars and Broken Promises” in 2019.", .quotes = {}},
    {.text = "A report titled “The Hidden Cost of the Drug War” was released on Tuesday.", .quotes = {}},
    // A headline with a quoted stretch and no cue.
    {.text = "Inside the “war on the cartels” nobody voted for\n\nThe strikes began in September.",
     .quotes = {}},
};

TEST(SpeechQuotesEnglish, Table) {
  for (const QuoteRow& row : kEnglishQuotes) speech_table::check_quotes(row, "en");
}

TEST(SpeechQuotesEnglish, NotQuotes) {
  for (const QuoteRow& row : kEnglishNotQuotes) speech_table::check_quotes(row, "en");
}

TEST(SpeechQuotesEnglish, InterruptedPiecesPointBack) {
  auto a = speech_table::analyze("“We are ready,” [Noem] said. “We will act.” “Nobody doubts it.”", "en");
  ASSERT_EQ(a.speech.quotes.size(), 3u);
  EXPECT_EQ(a.speech.quotes[0].continues, -1);
  EXPECT_EQ(a.speech.quotes[1].continues, 0);
  EXPECT_EQ(a.speech.quotes[2].continues, 1);
  EXPECT_EQ(a.words(a.speech.quotes[1].cue), "said");
  EXPECT_EQ(a.speech.quotes[1].sentence, 1);
}

TEST(SpeechQuotesEnglish, ParagraphsPointBack) {
  auto a = speech_table::analyze(
      "“The cartels are terrorist groups, and they know it.\n\n“We will treat them that way,” [Hegseth] said.",
      "en");
  ASSERT_EQ(a.speech.quotes.size(), 2u);
  EXPECT_EQ(a.speech.quotes[1].continues, 0);
  EXPECT_EQ(a.speech.quotes[0].speaker.text, "Hegseth");
  EXPECT_EQ(a.speech.quotes[0].cue_text, "said");
}

TEST(SpeechQuotesEnglish, PronounTakesThePreviousSpeaker) {
  auto a = speech_table::analyze(
      "“We are ready,” [Hegseth=Pete Hegseth] said.\n\nThe ships left port. “We will win,” he added.", "en");
  ASSERT_EQ(a.speech.quotes.size(), 2u);
  EXPECT_EQ(a.speech.quotes[1].speaker.text, "Hegseth");
  EXPECT_EQ(a.speech.quotes[1].speaker.entity, 0);
  EXPECT_EQ(a.words(a.speech.quotes[1].speaker.span), "he");
}

TEST(SpeechQuotesEnglish, ColonIntroductionIsDated) {
  auto a = speech_table::analyze(
      "Back in August, [Claudia Sheinbaum] ruled out foreign troops: “That will not happen.”", "en", true);
  ASSERT_EQ(a.speech.quotes.size(), 1u);
  const Quote& q = a.speech.quotes[0];
  EXPECT_EQ(q.speaker.text, "Claudia Sheinbaum");
  EXPECT_FALSE(q.partial);
  ASSERT_GE(q.when, 0);
  EXPECT_EQ(a.words(a.dates[static_cast<std::size_t>(q.when)].span), "August");
}

TEST(SpeechQuotesEnglish, DateInTheSentence) {
  auto a = speech_table::analyze("“The talks are over,” [Rubio] said on May 4.", "en", true);
  ASSERT_EQ(a.speech.quotes.size(), 1u);
  ASSERT_GE(a.speech.quotes[0].when, 0);
  EXPECT_EQ(a.words(a.dates[static_cast<std::size_t>(a.speech.quotes[0].when)].span), "May 4");
}

TEST(SpeechQuotesEnglish, UnknownLanguageFindsNothing) {
  auto a = speech_table::analyze("“We are ready,” [Noem] said.", "xx");
  EXPECT_TRUE(a.speech.quotes.empty());
}

}  // namespace
}  // namespace storyline
