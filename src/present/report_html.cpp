// One self-contained page (inline CSS and SVG, no scripts, nothing fetched): the record of each
// story with a timeline drawing where events sit by date, their width by precision, their
// color by verdict.
#include "present/report_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>

#include "present/report_markdown.h"
#include "present/span_json.h"

namespace storyline {
namespace {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* color(Verdict v) {
  switch (v) {
    case Verdict::Corroborated: return "#2e7d32";
    case Verdict::ApproximatelyEqual: return "#689f38";
    case Verdict::Contradicted: return "#c62828";
    case Verdict::DistinctEvents: return "#6a1b9a";
    case Verdict::ChangedOverTime: return "#ef6c00";
    case Verdict::SingleSource: return "#757575";
  }
  return "#757575";
}

// Days since 1970 of an ISO date, for placing events on the axis.
long day_number(const std::string& iso) {
  if (iso.size() < 10) return 0;
  std::tm tm{};
  tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(iso.substr(8, 2));
  return static_cast<long>(timegm(&tm) / 86400);
}

std::string timeline_svg(const Story& story) {
  if (story.timeline.empty()) return "<p>No dated events.</p>";
  long first = day_number(story.timeline.front().begin), last = first;
  for (const TimelineEntry& e : story.timeline) first = std::min(first, day_number(e.begin)), last = std::max(last, day_number(e.end));
  double span = std::max(1L, last - first + 1);
  const int width = 900, row = 22, left = 10;
  int height = static_cast<int>(story.timeline.size()) * row + 30;
  std::string svg = fmt::format("<svg class=\"timeline\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"timeline\">", width + 2 * left, height);
  svg += fmt::format("<text x=\"{}\" y=\"12\">{}</text><text x=\"{}\" y=\"12\" text-anchor=\"end\">{}</text>", left,
                     story.timeline.front().begin, width + left, escape(story.timeline.back().end));
  int y = 20;
  for (const TimelineEntry& e : story.timeline) {
    double x0 = left + (day_number(e.begin) - first) / span * width;
    double x1 = left + (day_number(e.end) - first + 1) / span * width;
    const std::string& label = story.events[e.event].label;
    const Verdict verdict = e.group >= 0 ? story.groups[e.group].verdict : Verdict::SingleSource;
    svg += fmt::format("<g><title>{} {}–{} ({})</title><rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"14\" rx=\"3\" fill=\"{}\"/>"
                       "<text x=\"{:.1f}\" y=\"{}\">{}</text></g>",
                       escape(label), e.begin, e.end, to_string(verdict), x0, y, std::max(3.0, x1 - x0), color(verdict),
                       std::min(x0, static_cast<double>(width - 200)) + 4, y + 11, escape(label + " · " + e.begin));
    y += row;
  }
  return svg + "</svg>";
}

std::string claim_item(const std::vector<Analysis>& analyses, const Story& story, const ClaimRef& ref) {
  const Analysis& a = analyses[story.articles[ref.article]];
  const Claim& c = a.claims[ref.claim];
  std::string source = c.source.kind == ClaimSource::Outlet ? "" : " — source: " + escape(c.source.text);
  return fmt::format("<li><b>{}</b>: <q>{}</q>{}</li>", escape(outlet_of(a.article)),
                     escape(span_text(a.article.text, c.evidence.front())), source);
}

}  // namespace

std::string report_to_html(const std::vector<Analysis>& analyses, const Record& record) {
  std::string out = R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story record</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h2{border-bottom:2px solid #ddd}.verdict{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff}
svg.timeline{width:100%;height:auto;font-size:11px}q{quotes:"“" "”"}li{margin:.2em 0}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}</style></head><body>
<h1>Story record</h1>)";
  out += fmt::format("<p>{} articles, {} stories.</p>", analyses.size(), record.stories.size());
  for (std::size_t s = 0; s < record.stories.size(); ++s) {
    const Story& story = record.stories[s];
    out += fmt::format("<section><h2>Story {}: {}</h2><p>{} articles.</p><h3>Timeline</h3>{}", s + 1,
                       escape(story.title.empty() ? "untitled" : story.title), story.articles.size(), timeline_svg(story));
    out += "<h3>Claims, disputed first</h3>";
    for (const ClaimGroup& g : story.groups) {
      out += fmt::format("<details{}><summary>{} <span class=\"verdict\" style=\"background:{}\">{}</span> · {} source{}</summary>",
                         g.disputes.empty() ? "" : " open", escape(g.label), color(g.verdict), escape(g.summary.empty() ? to_string(g.verdict) : g.summary), g.sources,
                         g.sources == 1 ? "" : "s");
      if (!g.disputes.empty()) {
        out += "<ul>";
        for (const Dispute& d : g.disputes)
          out += fmt::format("<li><span class=\"verdict\" style=\"background:{}\">{}</span> ({}) {}</li>", color(d.verdict),
                             to_string(d.verdict), escape(d.aspect), escape(d.reason));
        out += "</ul>";
      }
      out += "<ul>";
      for (const ClaimRef& ref : g.claims) out += claim_item(analyses, story, ref);
      out += "</ul></details>";
    }
    if (!story.text_disputes.empty()) {
      out += "<h3>Names and titles written differently</h3><ul>";
      for (const TextDispute& d : story.text_disputes)
        out += fmt::format("<li><b>{}</b> ({}): {}</li>", escape(d.aspect), escape(d.entity), escape(d.reason));
      out += "</ul>";
    }
    out += "<h3>Quotes by speaker</h3><ul>";
    for (const QuoteGroup& g : story.quotes) {
      out += fmt::format("<li><b>{}</b>{}{}<ul>", escape(g.speaker), g.occasion.empty() ? "" : " (" + escape(g.occasion) + ")",
                         g.variant ? " — <i>different wording in different outlets</i>" : "");
      for (const QuoteRef& ref : g.quotes) {
        const Analysis& a = analyses[story.articles[ref.article]];
        out += fmt::format("<li>{}: <q>{}</q></li>", escape(a.article.outlet), escape(a.speech.quotes[ref.quote].text));
      }
      out += "</ul></li>";
    }
    out += "</ul><h3>Sourcing by outlet</h3><table><tr><th>outlet</th><th>articles</th><th>named</th><th>anonymous</th><th>other outlets</th><th>unsourced</th></tr>";
    for (const OutletProfile& p : story.outlets)
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", escape(p.outlet),
                         p.articles.size(), p.named, p.anonymous, p.outlets, p.unsourced);
    out += "</table></section>";
  }
  return out + "</body></html>\n";
}

}  // namespace storyline
