// Extraction of whole HTML pages: the body kept, the furniture around it dropped, metadata read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extract.h"
#include "test_resources.h"

namespace storyline {
namespace {

Article extract_html(const std::string& html, const std::string& url = "") {
  RawDocument doc;
  doc.source = "test.html";
  doc.content = html;
  doc.kind = ContentKind::Html;
  doc.hints.url = url;
  return extract_article(doc, testing::resources(), {});
}

// A realistic page skeleton: the body paragraphs go between the furniture.
std::string page(const std::string& head, const std::string& body) {
  return "<!doctype html><html><head>" + head + "</head><body>"
         "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
         "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
         "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies"
         "</div><main><article>" + body + "</article>"
         "<aside class='related'><h3>Related stories</h3><ul>"
         "<li><a href='/a'>Harbor authority names new director after long search</a></li>"
         "<li><a href='/b'>Storm warning issued for the northern coast this weekend</a></li>"
         "</ul></aside></main><footer><p>© 2026 Example Media. All rights reserved.</p>"
         "<a href='/contact'>Contact</a> | <a href='/about'>About</a></footer></body></html>";
}

const char* kEnglishBody =
    "<h1>Ferry service resumes after three-day strike</h1>"
    "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>"
    "<p class='byline'>By <a rel='author' href='/staff/jo'>Jo Marsh</a></p>"
    "<p>Ferries between the island and the mainland ran again on Thursday after crews ended a "
    "three-day strike over rest periods, the operator said.</p>"
    "<h2>What changes for passengers</h2>"
    "<p>The first sailing left at 6 a.m. with about 200 passengers aboard, and the timetable "
    "will return to normal by the weekend, according to the port authority.</p>"
    "<p>Also read: <a href='/x'>Island school reopens after flood repairs</a></p>"
    "<div class='newsletter-signup'><p>Sign up for our morning briefing and get the news "
    "delivered to your inbox.</p></div>"
    "<p>Union leaders said they would meet the operator again next month to settle the "
    "remaining questions about overtime pay.</p>"
    "<section class='comments'><h3>Leave a comment</h3><p>Great news for commuters, finally "
    "something works on this island after all these weeks of trouble.</p></section>";

TEST(HtmlArticle, KeepsTheBodyAndHeadingsInOrder) {
  Article article = extract_html(page("<title>Ferry service resumes | Example News</title>", kEnglishBody));
  EXPECT_EQ(article.error, "");
  ASSERT_EQ(article.paragraphs.size(), 4u) << article.text;
  EXPECT_EQ(article.text.substr(article.paragraphs[1].begin,
                                article.paragraphs[1].end - article.paragraphs[1].begin),
            "What changes for passengers");
  EXPECT_NE(article.text.find("Ferries between the island"), std::string::npos);
  EXPECT_NE(article.text.find("remaining questions about overtime pay."), std::string::npos);
  EXPECT_NE(article.text.find("\n\nWhat changes for passengers\n\n"), std::string::npos);
}

TEST(HtmlArticle, DropsFurnitureWithReasons) {
  Article article = extract_html(page("<title>Ferry service resumes</title>", kEnglishBody));
  const std::vector<std::string> gone = {"Home", "We use cookies", "Share on Facebook",
                                         "Also read", "Sign up for our morning briefing",
                                         "Leave a comment", "Great news for commuters",
                                         "Harbor authority names", "All rights reserved",
                                         "By Jo Marsh", "Ferry service resumes after"};
  for (const std::string& text : gone)
    EXPECT_EQ(article.text.find(text), std::string::npos) << "kept: " << text << "\n" << article.text;
  bool cross_link = false;
  for (const DroppedBlock& block : article.dropped) {
    EXPECT_FALSE(block.reason.empty()) << block.text;
    if (block.text.starts_with("Also read")) cross_link = block.reason == "cross-link";
  }
  EXPECT_TRUE(cross_link);
}

TEST(HtmlArticle, HandlesSpanishPages) {
  const char* body =
      "<h1>El puerto reabre tras la tormenta</h1>"
      "<p>Por <span itemprop='author'>Lucía Prieto</span></p>"
      "<p>El puerto de la ciudad volvió a operar este martes después de que la tormenta obligara "
      "a suspender la actividad durante dos días, según informó la autoridad portuaria.</p>"
      "<p>Lee también: <a href='/y'>Los pescadores piden ayudas tras el temporal</a></p>"
      "<p>Te puede interesar: <a href='/z'>Cortes de luz en el barrio norte</a></p>"
      "<p>Más de 50 embarcaciones esperaban en la bahía y los primeros buques entraron a las "
      "ocho de la mañana, de acuerdo con el capitán del puerto.</p>"
      "<div class='boletin'><p>Suscríbete a nuestro boletín y recibe las noticias cada mañana.</p></div>"
      "<p>Deja tu comentario</p>";
  Article article = extract_html(page("<meta property='og:site_name' content='Diario Ejemplo'>", body));
  EXPECT_EQ(article.lang, "es");
  EXPECT_EQ(article.outlet, "Diario Ejemplo");
  EXPECT_EQ(article.paragraphs.size(), 2u) << article.text;
  for (const char* text : {"Lee también", "Te puede interesar", "Suscríbete", "Deja tu comentario"})
    EXPECT_EQ(article.text.find(text), std::string::npos) << "kept: " << text;
  EXPECT_EQ(article.byline, std::vector<std::string>{"Lucía Prieto"});
}

TEST(HtmlArticle, ReadsJsonLdIncludingGraphForm) {
  const char* head =
      "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
      "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Island Post\"},"
      "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Ferry strike ends\","
      "\"datePublished\":\"2026-03-12T08:15:00-05:00\",\"inLanguage\":\"en-US\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo Marsh\"},{\"@type\":\"Person\",\"name\":\"Ali Green\"}],"
      "\"publisher\":{\"@id\":\"#org\"},"
      "\"url\":\"https://islandpost.example/2026/03/12/ferry\"}]}</script>";
  Article article = extract_html(page(head, kEnglishBody));
  EXPECT_EQ(article.title, "Ferry strike ends");
  EXPECT_EQ(article.outlet, "Island Post");
  EXPECT_EQ(article.url, "https://islandpost.example/2026/03/12/ferry");
  EXPECT_EQ(article.published.value, "2026-03-12T13:15:00Z");
  EXPECT_EQ(article.published.precision, DatePrecision::Second);
  EXPECT_EQ(article.published.from, DateSource::Metadata);
  EXPECT_EQ(article.byline, (std::vector<std::string>{"Jo Marsh", "Ali Green"}));
}

TEST(HtmlArticle, ReadsOpenGraphTimeAndUrlDates) {
  Article og = extract_html(page(
      "<meta property='og:title' content='OG title'><meta property='article:published_time' "
      "content='2026-03-10'><meta property='og:url' content='https://www.paper.co.uk/x'>",
      kEnglishBody));
  EXPECT_EQ(og.title, "OG title");
  EXPECT_EQ(og.published.value, "2026-03-10");
  EXPECT_EQ(og.outlet, "paper.co.uk");

  Article timed = extract_html(page("", std::string(kEnglishBody) +
                                            "<time datetime='2026-03-11T10:00:00Z'>Mar 11</time>"));
  EXPECT_EQ(timed.published.value, "2026-03-11T10:00:00Z");

  Article from_url = extract_html(page("", kEnglishBody), "https://news.example/2026/03/09/ferry/");
  EXPECT_EQ(from_url.published.value, "2026-03-09");
  EXPECT_EQ(from_url.published.from, DateSource::Url);
  EXPECT_EQ(from_url.outlet, "news.example");

  Article none = extract_html(page("", kEnglishBody));
  EXPECT_EQ(none.published.precision, DatePrecision::Unknown);
  EXPECT_EQ(none.published.from, DateSource::None);
}

TEST(HtmlArticle, CleansBylines) {
  const char* head = "<meta name='author' content='By Jo Marsh and Ali Green, Staff Writers'>";
  Article article = extract_html(page(head, kEnglishBody));
  EXPECT_EQ(article.byline, (std::vector<std::string>{"Jo Marsh", "Ali Green"}));

  Article noisy = extract_html(page("<meta name='author' content='5 Minute Read'>", kEnglishBody));
  for (const std::string& name : noisy.byline) {
    EXPECT_EQ(name.find("Minute"), std::string::npos);
    EXPECT_EQ(name.find("Published"), std::string::npos);
  }
}

TEST(HtmlArticle, IdsAreStableAndFollowTheUrl) {
  Article a = extract_html(page("", kEnglishBody), "https://news.example/a");
  Article b = extract_html(page("", kEnglishBody), "https://news.example/a");
  Article c = extract_html(page("", kEnglishBody), "https://news.example/c");
  EXPECT_EQ(a.id, b.id);
  EXPECT_NE(a.id, c.id);
  EXPECT_EQ(a.id.size(), 16u);
}

TEST(HtmlArticle, FallsBackToDeclaredBodyWhenThePageHasNone) {
  const char* head =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
      "\"articleBody\":\"The council approved the budget on Monday after a long debate.\\n"
      "Opposition members voted against it, saying it cut too deep into public transport.\"}"
      "</script>";
  Article article = extract_html("<html><head>" + std::string(head) +
                                 "</head><body><div id='app'></div></body></html>");
  EXPECT_NE(article.text.find("The council approved the budget"), std::string::npos);
  EXPECT_EQ(article.paragraphs.size(), 2u);
}

TEST(HtmlArticle, CarriesReadErrorsThrough) {
  RawDocument doc;
  doc.source = "broken.html.gz";
  doc.error = "broken.html.gz: truncated gzip stream";
  Article article = extract_article(doc, testing::resources(), {});
  EXPECT_EQ(article.error, doc.error);
  EXPECT_EQ(article.source, "broken.html.gz");
  EXPECT_FALSE(article.id.empty());
}

TEST(HtmlArticle, OverridesWin) {
  RawDocument doc;
  doc.source = "x.html";
  doc.content = page("<meta property='article:published_time' content='2026-03-10'>", kEnglishBody);
  Article article = extract_article(doc, testing::resources(),
                                    {"es", "https://given.example/p", "2026-01-02"});
  EXPECT_EQ(article.lang, "es");
  EXPECT_EQ(article.url, "https://given.example/p");
  EXPECT_EQ(article.published.value, "2026-01-02");
  EXPECT_EQ(article.published.from, DateSource::Given);
}

}  // namespace
}  // namespace storyline
