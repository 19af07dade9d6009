// Plain-text articles: title line, paragraphs and line-level boilerplate in both languages.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract.h"
#include "test_resources.h"
#include "util/text.h"

namespace storyline {
namespace {

Article extract_text(const std::string& text) {
  RawDocument doc;
  doc.source = "test.txt";
  doc.content = text;
  doc.kind = ContentKind::Text;
  return extract_article(doc, testing::resources(), {});
}

bool dropped_with(const Article& article, const std::string& prefix, std::string* reason) {
  for (const DroppedBlock& block : article.dropped)
    if (block.text.starts_with(prefix)) {
      *reason = block.reason;
      return true;
    }
  return false;
}

TEST(PlainText, FirstLineIsTheTitleWhenItReadsLikeOne) {
  Article titled = extract_text("Ferry strike ends after three days\n\nFerries ran again on Thursday.\n");
  EXPECT_EQ(titled.title, "Ferry strike ends after three days");
  EXPECT_EQ(titled.text, "Ferries ran again on Thursday.");

  Article untitled = extract_text("Ferries ran again on Thursday, the operator said.\nCrews returned.\n");
  EXPECT_EQ(untitled.title, "");
  EXPECT_EQ(untitled.paragraphs.size(), 2u);

  // A short first line that runs straight into the story is part of it, not a headline.
  Article run_on = extract_text("Ferries are back\nCrews returned on Thursday.\n");
  EXPECT_EQ(run_on.title, "");
  EXPECT_EQ(run_on.paragraphs.size(), 2u);
}

TEST(PlainText, JoinsHardWrappedParagraphs) {
  Article article = extract_text(
      "Title of the piece\n\n"
      "The harbour board met on Tuesday evening to discuss the\n"
      "new timetable, which will add two sailings on weekdays\n"
      "from April.\n\n"
      "A second paragraph follows here.\n");
  ASSERT_EQ(article.paragraphs.size(), 2u) << article.text;
  EXPECT_NE(article.text.find("discuss the new timetable, which"), std::string::npos);
}

struct LineCase {
  const char* line;
  const char* reason;
};

TEST(PlainText, DropsBoilerplateLinesInBothLanguages) {
  const LineCase cases[] = {
      {"Also read: Island school reopens after flood repairs", "cross-link"},
      {"Read more: The storm in pictures", "cross-link"},
      {"Lee también: Los pescadores piden ayudas", "cross-link"},
      {"Te puede interesar: Cortes de luz en el barrio norte", "cross-link"},
      {"The post Ferry strike ends appeared first on Island Post.", "syndication notice"},
      {"Photo: Ana Ruiz / Island Post", "photo credit"},
      {"Foto: Archivo / Diario Ejemplo", "photo credit"},
      {"Sign up for our newsletter to get the morning briefing.", "newsletter prompt"},
      {"Suscríbete a nuestro boletín y recibe las noticias cada mañana.", "newsletter prompt"},
      {"Your email address will not be published. Required fields are marked *", "comment form"},
  };
  std::string text = "A headline for the test\n\n";
  for (const LineCase& c : cases)
    text += "The ferry paragraph number " + std::string(c.reason) + " holds real reporting here.\n" +
            c.line + "\n";
  Article article = extract_text(text);
  for (const LineCase& c : cases) {
    std::string reason;
    EXPECT_TRUE(dropped_with(article, c.line, &reason)) << "kept: " << c.line;
    EXPECT_EQ(reason, c.reason) << "line: " << c.line;
    EXPECT_EQ(article.text.find(c.line), std::string::npos) << "line: " << c.line;
  }
  EXPECT_EQ(article.paragraphs.size(), std::size(cases));
}

TEST(PlainText, DropsTheFooterTailAfterAHardMarker) {
  Article article = extract_text(
      "Headline here\n\n"
      "First paragraph of the story, long enough to be real reporting about the port.\n"
      "Second paragraph of the story, with a quote from the harbour master.\n"
      "Third paragraph of the story, closing the article.\n"
      "Contact | About | Home\n"
      "Island Post is an independent newsroom covering the coast since 1990.\n"
      "Thank you for subscribing.\n");
  EXPECT_EQ(article.paragraphs.size(), 3u) << article.text;
  std::string reason;
  EXPECT_TRUE(dropped_with(article, "Island Post is an independent", &reason));
  EXPECT_EQ(reason, "after contact footer");
}

TEST(PlainText, KeepsCopyrightWordsInTheMiddleOfAStory) {
  Article article = extract_text(
      "Headline here\n\n"
      "The court ruled on the dispute on Monday.\n"
      "Copyright lawyers for the band said the ruling was a relief for musicians everywhere.\n"
      "The label said it would appeal.\n"
      "Both sides will meet again in May.\n"
      "The judge gave them until then to settle.\n");
  EXPECT_EQ(article.paragraphs.size(), 5u) << article.text;
}

// The five seed articles: every boilerplate line listed in expected.json is dropped, and every
// other line of the reporting is kept.
TEST(PlainText, SeedBoilerplateGoneAndReportingKept) {
  namespace fs = std::filesystem;
  fs::path seeds = fs::path(STORYLINE_SOURCE_DIR) / "../shared/seeds";
  if (!fs::exists(seeds / "expected.json")) GTEST_SKIP() << "no seeds at " << seeds;
  nlohmann::json expected = nlohmann::json::parse(std::ifstream(seeds / "expected.json"));
  for (const auto& entry : fs::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    std::string doc = entry.path().filename().string().substr(0, 3);
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string original = buffer.str();
    Article article = extract_text(original);
    std::vector<std::string> boilerplate;
    if (expected["boilerplate_lines"].contains(doc))
      boilerplate = expected["boilerplate_lines"][doc].get<std::vector<std::string>>();
    for (std::string_view raw : split_lines(original)) {
      std::string line = collapse_spaces(raw);
      if (line.empty()) continue;
      bool is_boilerplate = false;
      for (const std::string& prefix : boilerplate)
        if (line.starts_with(collapse_spaces(prefix))) is_boilerplate = true;
      bool kept = article.text.find(line) != std::string::npos || article.title == line;
      if (is_boilerplate)
        EXPECT_FALSE(kept) << "seed " << doc << " kept boilerplate: " << line;
      else
        EXPECT_TRUE(kept) << "seed " << doc << " lost: " << line;
    }
    EXPECT_EQ(article.lang, "en") << "seed " << doc;
  }
}

}  // namespace
}  // namespace storyline
