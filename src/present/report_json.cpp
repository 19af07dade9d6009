#include "present/report_json.h"

#include "present/analysis_json.h"
#include "present/report_html.h"
#include "present/report_markdown.h"
#include "present/span_json.h"

namespace storyline {
namespace {

using nlohmann::json;

// A claim with its evidence quoted: the reader of a report should not need the article text.
json claim_json(const Analysis& a, const Claim& c) {
  json out = claim_to_json(c, a.article.text);
  const Span& sentence = c.evidence.front();
  out["evidence_text"] = span_text(a.article.text, sentence);
  if (c.value >= 0) {
    const Quantity& q = a.quantities[c.value];
    out["value_text"] = span_text(a.article.text, q.span);
    out["number"] = q.value;
    out["unit"] = q.unit;
    out["approx"] = q.approx;
  }
  if (c.time.date >= 0) out["time"]["text"] = span_text(a.article.text, a.dates[c.time.date].span);
  return out;
}

json ref_json(const Story& story, const std::vector<Analysis>& analyses, const ClaimRef& ref) {
  const Analysis& a = analyses[story.articles[ref.article]];
  json out = claim_json(a, a.claims[ref.claim]);
  out["claim"] = ref.claim;
  out["outlet"] = a.article.outlet;
  return out;
}

json story_json(const Story& story, const std::vector<Analysis>& analyses) {
  json s;
  s["title"] = story.title;
  json articles = json::array();
  for (std::size_t k = 0; k < story.articles.size(); ++k) {
    const Article& article = analyses[story.articles[k]].article;
    json one = {{"id", article.id}, {"outlet", article.outlet}, {"title", article_title(analyses[story.articles[k]])}};
    if (story.copy_of[k] != static_cast<int>(k)) one["copy_of"] = analyses[story.articles[story.copy_of[k]]].article.id;
    articles.push_back(one);
  }
  s["articles"] = articles;
  json entities = json::array();
  for (const StoryEntity& e : story.entities) {
    json one = {{"key", e.key}, {"name", e.name}, {"type", entity_type_name(e.type)}, {"aliases", e.aliases},
                {"roles", e.roles}, {"articles", e.articles}};
    if (e.outlet) one["outlet"] = true;
    entities.push_back(one);
  }
  s["entities"] = entities;
  json groups = json::array();
  for (const ClaimGroup& g : story.groups) {
    json claims = json::array();
    for (const ClaimRef& ref : g.claims) claims.push_back(ref_json(story, analyses, ref));
    json disputes = json::array();
    for (const Dispute& d : g.disputes) {
      const Analysis& a = analyses[story.articles[d.a.article]];
      const Analysis& b = analyses[story.articles[d.b.article]];
      disputes.push_back({{"verdict", to_string(d.verdict)},
                          {"aspect", d.aspect},
                          {"reason", d.reason},
                          {"a", {{"article", a.article.id}, {"claim", d.a.claim}, {"outlet", a.article.outlet}}},
                          {"b", {{"article", b.article.id}, {"claim", d.b.claim}, {"outlet", b.article.outlet}}}});
    }
    json one = {{"predicate", g.predicate}, {"label", g.label}, {"verdict", to_string(g.verdict)},
                {"sources", g.sources},     {"reasons", g.reasons}, {"claims", claims},
                {"disputes", disputes}};
    one["summary"] = g.summary;
    one["disputed_by"] = g.disputed_by;
    if (!g.role.empty()) one["role"] = g.role;
    if (!g.place.empty()) one["place"] = g.place;
    if (!g.subject.empty()) one["subject"] = {{"key", g.subject}, {"name", g.subject_name}};
    if (g.event >= 0) one["event"] = g.event;
    groups.push_back(one);
  }
  s["claim_groups"] = groups;
  json quotes = json::array();
  for (const QuoteGroup& g : story.quotes) {
    json items = json::array();
    for (const QuoteRef& ref : g.quotes) {
      const Analysis& a = analyses[story.articles[ref.article]];
      const Quote& q = a.speech.quotes[ref.quote];
      json one = {{"article", a.article.id}, {"outlet", a.article.outlet}, {"quote", ref.quote},
                  {"text", q.text}, {"span", span_json(q.span)}};
      if (!q.where_text.empty()) one["where"] = q.where_text;
      if (q.when >= 0) one["when"] = a.dates[q.when].value;
      items.push_back(one);
    }
    json one = {{"speaker", g.speaker}, {"variant", g.variant}, {"quotes", items}};
    if (!g.occasion.empty()) one["occasion"] = g.occasion;
    quotes.push_back(one);
  }
  s["quote_groups"] = quotes;
  auto claim_refs = [&](const std::vector<ClaimRef>& refs) {
    json claims = json::array();
    for (const ClaimRef& ref : refs) claims.push_back({{"article", analyses[story.articles[ref.article]].article.id}, {"claim", ref.claim}});
    return claims;
  };
  json events = json::array();
  for (std::size_t k = 0; k < story.events.size(); ++k) {
    const Event& e = story.events[k];
    json one = {{"id", k}, {"predicate", e.predicate}, {"label", e.label}, {"sources", e.sources},
                {"participants", e.participants}, {"claims", claim_refs(e.claims)}};
    if (!e.begin.empty())
      one["time"] = {{"begin", e.begin}, {"end", e.end}, {"precision", e.precision}, {"from", e.time_from}};
    if (!e.place.empty()) one["place"] = e.place;
    if (e.group >= 0) one["group"] = e.group;
    events.push_back(one);
  }
  s["events"] = events;
  json text_disputes = json::array();
  for (const TextDispute& d : story.text_disputes) {
    auto side = [&](const TextValueRef& ref) {
      const Article& article = analyses[story.articles[ref.article]].article;
      return json{{"article", article.id}, {"outlet", article.outlet}, {"span", {ref.span.begin, ref.span.end}}, {"text", ref.text}};
    };
    text_disputes.push_back({{"aspect", d.aspect}, {"entity", d.entity}, {"reason", d.reason}, {"a", side(d.a)}, {"b", side(d.b)}});
  }
  s["text_disputes"] = text_disputes;
  json timeline = json::array();
  for (const TimelineEntry& e : story.timeline) {
    json one = {{"begin", e.begin}, {"end", e.end}, {"precision", e.precision}, {"event", e.event},
                {"label", story.events[e.event].label},
                {"verdict", e.group >= 0 ? to_string(story.groups[e.group].verdict) : to_string(Verdict::SingleSource)},
                {"claims", claim_refs(e.claims)}};
    if (e.group >= 0) one["group"] = e.group;
    timeline.push_back(one);
  }
  s["timeline"] = timeline;
  json outlets = json::array();
  for (const OutletProfile& p : story.outlets) {
    json ids = json::array();
    for (int k : p.articles) ids.push_back(analyses[story.articles[k]].article.id);
    outlets.push_back({{"outlet", p.outlet}, {"articles", ids},
                       {"sourcing", {{"named", p.named}, {"anonymous", p.anonymous}, {"outlets", p.outlets}, {"unsourced", p.unsourced}}},
                       {"exclusive", p.exclusive}});
  }
  s["outlets"] = outlets;
  return s;
}

}  // namespace

namespace {

json article_entry(const std::vector<Analysis>& analyses, const Record& record, std::size_t i) {
  const Article& a = analyses[i].article;
  json one = {{"id", a.id}, {"source", a.source}, {"outlet", a.outlet}, {"title", a.title},
              {"lang", a.lang}, {"story", record.story_of[i]}};
  if (!a.url.empty()) one["url"] = a.url;
  if (!a.published.value.empty()) one["published"] = a.published.value;
  if (record.copy_of[i] != static_cast<int>(i)) {
    one["copy_of"] = analyses[record.copy_of[i]].article.id;
    one["copy_similarity"] = record.copy_similarity[i];
  }
  if (!a.error.empty()) one["error"] = a.error;
  return one;
}

std::string dump(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

void write_report_json(std::ostream& out, const std::vector<Analysis>& analyses, const Record& record) {
  // Written piece by piece: the whole record as one JSON tree would take several times the
  // memory of the analyses themselves on a large corpus.
  out << "{\n  \"articles\": [";
  for (std::size_t i = 0; i < analyses.size(); ++i)
    out << (i ? ",\n    " : "\n    ") << dump(article_entry(analyses, record, i), -1);
  out << (analyses.empty() ? "],\n" : "\n  ],\n") << "  \"threads\": [";
  for (std::size_t t = 0; t < record.threads.size(); ++t) {
    const Thread& thread = record.threads[t];
    json figures = json::array();
    for (const ThreadFigure& f : thread.figures) {
      json reports = json::array();
      for (const ThreadFigureReport& r : f.reports) {
        const Story& story = record.stories[r.story];
        reports.push_back({{"story", r.story}, {"group", r.group}, {"article", analyses[story.articles[r.claim.article]].article.id},
                           {"claim", r.claim.claim}, {"published", r.published}, {"text", r.text}, {"number", r.value}});
      }
      figures.push_back({{"role", f.role}, {"label", f.label}, {"place", f.place}, {"verdict", to_string(f.verdict)},
                         {"reason", f.reason}, {"reports", reports}});
    }
    const json one = {{"id", t}, {"title", record.stories[thread.stories.front()].title},
                      {"stories", thread.stories}, {"entities", thread.entities}, {"figures", figures}};
    out << (t ? ",\n    " : "\n    ") << dump(one, -1);
  }
  out << (record.threads.empty() ? "],\n" : "\n  ],\n") << "  \"stories\": [";
  for (std::size_t s = 0; s < record.stories.size(); ++s) {
    json story = story_json(record.stories[s], analyses);
    if (s < record.thread_of.size()) story["thread"] = record.thread_of[s];
    out << (s ? ",\n" : "\n") << dump(story, 2);
  }
  out << (record.stories.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

void write_report(std::ostream& out, const std::string& format, const std::vector<Analysis>& analyses,
                  const Record& record) {
  if (format == "json") write_report_json(out, analyses, record);
  else if (format == "md") out << report_to_markdown(analyses, record);
  else out << report_to_html(analyses, record);
}

}  // namespace storyline
