#include <gtest/gtest.h>

#include "ingest_fixtures.h"

namespace storyline {
namespace {

using ingest_test::read_all;
using ingest_test::sources_of;

const char* const kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Harbour Gazette</title>
    <link>https://gazette.example/</link>
    <atom:link href="https://gazette.example/feed" rel="self"/>
    <language>en-us</language>
    <image><title>Logo title</title></image>
    <item>
      <title>Ferry resumes</title>
      <link>https://gazette.example/ferry</link>
      <guid isPermaLink="false">gz-101</guid>
      <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
      <dc:creator>Ana Ruiz</dc:creator>
      <dc:creator>Tom Hale</dc:creator>
      <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
      <content:encoded><![CDATA[<p>The ferry sailed at 7 &amp; arrived at 8.</p>]]></content:encoded>
    </item>
    <item>
      <title>Storm warning</title>
      <link>https://gazette.example/storm</link>
      <description>&lt;p&gt;Winds up to 90 km/h.&lt;/p&gt;</description>
    </item>
    <item><title>Only a title</title></item>
  </channel>
</rss>
)";

TEST(FeedRss, OneDocumentPerItemWithHints) {
  const std::vector<RawDocument> documents = read_all(kRss, "news.xml");
  EXPECT_EQ(sources_of(documents),
            (std::vector<std::string>{"news.xml#item=1", "news.xml#item=2", "news.xml#item=3"}));
  ASSERT_EQ(documents.size(), 3u);
  const RawDocument& ferry = documents[0];
  EXPECT_EQ(ferry.error, "");
  EXPECT_EQ(ferry.kind, ContentKind::Html);
  EXPECT_EQ(ferry.content, "<p>The ferry sailed at 7 &amp; arrived at 8.</p>");
  EXPECT_EQ(ferry.hints.title, "Ferry resumes");
  EXPECT_EQ(ferry.hints.url, "https://gazette.example/ferry");
  EXPECT_EQ(ferry.hints.id, "gz-101");
  EXPECT_EQ(ferry.hints.published, "Tue, 05 Mar 2024 09:30:00 GMT");
  EXPECT_EQ(ferry.hints.byline, (std::vector<std::string>{"Ana Ruiz", "Tom Hale"}));
  EXPECT_EQ(ferry.hints.outlet, "Harbour Gazette");
  EXPECT_EQ(ferry.hints.lang, "en-us");

  EXPECT_EQ(documents[1].content, "<p>Winds up to 90 km/h.</p>") << "description as fallback";
  EXPECT_EQ(documents[2].error,
            "news.xml#item=3: item has no content (content:encoded, content, description or "
            "summary)");
}

TEST(FeedAtom, EntriesWithEscapedAndXhtmlContent) {
  const std::vector<RawDocument> documents = read_all(R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <title type="text">Diario del Puerto</title>
  <entry>
    <id>tag:puerto.example,2024:1</id>
    <title>Llega el ferry</title>
    <link rel="edit" href="https://puerto.example/edit/1"/>
    <link rel="alternate" type="text/html" href="https://puerto.example/ferry"/>
    <published>2024-03-05T09:30:00+01:00</published>
    <updated>2024-03-06T10:00:00+01:00</updated>
    <author><name>Ana Ruiz</name><email>ana@puerto.example</email></author>
    <summary>Resumen</summary>
    <content type="html">&lt;p&gt;El ferry lleg&#243; a las 8.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:puerto.example,2024:2</id>
    <title>Tormenta</title>
    <link href="https://puerto.example/tormenta"/>
    <updated>2024-03-07T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Vientos &amp; lluvia &lt; 5 mm.</p></div></content>
  </entry>
  <entry>
    <title>Nota</title>
    <summary>Solo texto &lt;sin marcas&gt;</summary>
  </entry>
</feed>)",
                                                      "feed");
  ASSERT_EQ(documents.size(), 3u);
  const RawDocument& ferry = documents[0];
  EXPECT_EQ(ferry.source, "feed#item=1");
  EXPECT_EQ(ferry.kind, ContentKind::Html);
  EXPECT_EQ(ferry.content, "<p>El ferry lleg\xC3\xB3 a las 8.</p>");
  EXPECT_EQ(ferry.hints.url, "https://puerto.example/ferry");
  EXPECT_EQ(ferry.hints.id, "tag:puerto.example,2024:1");
  EXPECT_EQ(ferry.hints.published, "2024-03-05T09:30:00+01:00");
  EXPECT_EQ(ferry.hints.byline, (std::vector<std::string>{"Ana Ruiz"}));
  EXPECT_EQ(ferry.hints.outlet, "Diario del Puerto");
  EXPECT_EQ(ferry.hints.lang, "es");

  const RawDocument& storm = documents[1];
  EXPECT_EQ(storm.kind, ContentKind::Html);
  EXPECT_EQ(storm.content,
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Vientos &amp; lluvia &lt; 5 mm.</p>"
            "</div>");
  EXPECT_EQ(storm.hints.url, "https://puerto.example/tormenta");
  EXPECT_EQ(storm.hints.published, "2024-03-07T10:00:00Z") << "updated as a fallback";

  EXPECT_EQ(documents[2].kind, ContentKind::Text);
  EXPECT_EQ(documents[2].content, "Solo texto <sin marcas>");
}

TEST(FeedRdf, ReadsRss10Items) {
  const std::vector<RawDocument> documents = read_all(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title><dc:language>en</dc:language></channel>
  <item rdf:about="https://old.example/1">
    <title>Mill closes</title><link>https://old.example/1</link>
    <description>The mill closed.</description><dc:date>2003-01-02</dc:date>
  </item>
</rdf:RDF>)",
                                                      "old.rdf");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].content, "The mill closed.");
  EXPECT_EQ(documents[0].hints.published, "2003-01-02");
  EXPECT_EQ(documents[0].hints.outlet, "Old Wire");
  EXPECT_EQ(documents[0].hints.lang, "en");
}

TEST(FeedRead, DeclaredWindows1252IsConverted) {
  const std::vector<RawDocument> documents = read_all(
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><item>"
      "<title>Caf\xE9</title><description>\x93Hi\x94</description></item></channel></rss>",
      "a.rss");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].hints.title, "Caf\xC3\xA9");
  EXPECT_EQ(documents[0].content, "\xE2\x80\x9CHi\xE2\x80\x9D");
}

TEST(FeedRead, MalformedXmlKeepsItemsBeforeTheError) {
  const std::vector<RawDocument> documents = read_all(
      "<rss><channel><item><description>ok</description></item>\n<item><title>a &nbsp; b",
      "bad.xml");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].content, "ok");
  EXPECT_EQ(documents[1].error, "bad.xml: malformed XML at line 2, column 16: undefined entity");
}

TEST(FeedRead, XmlThatIsNotAFeedIsAnError) {
  const std::vector<RawDocument> documents = read_all("<?xml version=\"1.0\"?><sitemap/>", "s.xml");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].error, "s.xml: not an RSS or Atom feed (the root element is <sitemap>)");
}

}  // namespace
}  // namespace storyline
