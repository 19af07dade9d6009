// Markdown for people: each story with its disputed facts first, then what outlets agree on,
// the timeline, quotes by speaker and each outlet's sourcing. Evidence is quoted, so a reader
// can check every verdict against the words of the articles.
#include "present/report_markdown.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "present/span_json.h"

namespace storyline {
namespace {

constexpr std::size_t kShownDisputes = 8;  // pairs listed per group; the JSON has every one

std::string one_line(std::string text, std::size_t limit = 240) {
  for (char& c : text)
    if (c == '\n' || c == '|') c = ' ';
  if (text.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    text = text.substr(0, cut) + "…";
  }
  return text;
}

const Analysis& article_of(const std::vector<Analysis>& analyses, const Story& story, int k) {
  return analyses[story.articles[k]];
}

std::string outlet_name(const Article& a) { return outlet_of(a); }

std::string evidence(const std::vector<Analysis>& analyses, const Story& story, const ClaimRef& ref) {
  const Analysis& a = article_of(analyses, story, ref.article);
  const Claim& c = a.claims[ref.claim];
  std::string line = fmt::format("**{}**: “{}”", outlet_name(a.article), one_line(span_text(a.article.text, c.evidence.front())));
  if (c.source.kind != ClaimSource::Outlet) line += fmt::format(" (source: {}{})", c.source.text, c.source.via.empty() ? "" : ", via " + c.source.via);
  if (c.modality != Modality::Asserted && c.modality != Modality::Reported) line += fmt::format(" [{}]", to_string(c.modality));
  return line;
}

void write_group(std::string& out, const std::vector<Analysis>& analyses, const Story& story, const ClaimGroup& g) {
  out += fmt::format("#### {} — {}{}\n\n", g.label, g.summary.empty() ? to_string(g.verdict) : g.summary,
                     g.subject_name.empty() ? "" : " (" + g.subject_name + ")");
  out += fmt::format("{} independent source{}.\n\n", g.sources, g.sources == 1 ? "" : "s");
  // Contradictions first; a long list of pairs is cut, the JSON keeps them all.
  auto rank = [](Verdict v) {
    switch (v) {
      case Verdict::Contradicted: return 0;
      case Verdict::ChangedOverTime: return 1;
      case Verdict::ApproximatelyEqual: return 2;
      default: return 3;
    }
  };
  std::vector<const Dispute*> shown;
  for (const Dispute& d : g.disputes) shown.push_back(&d);
  std::stable_sort(shown.begin(), shown.end(), [&](const Dispute* x, const Dispute* y) { return rank(x->verdict) < rank(y->verdict); });
  for (std::size_t i = 0; i < shown.size() && i < kShownDisputes; ++i) {
    const Dispute& d = *shown[i];
    out += fmt::format("- **{}** ({}): {} — {} vs {}\n", to_string(d.verdict), d.aspect, one_line(d.reason),
                       outlet_name(article_of(analyses, story, d.a.article).article),
                       outlet_name(article_of(analyses, story, d.b.article).article));
  }
  if (shown.size() > kShownDisputes) out += fmt::format("- … and {} more pairs\n", shown.size() - kShownDisputes);
  if (!g.disputes.empty()) out += "\n";
  for (const ClaimRef& ref : g.claims) out += "- " + evidence(analyses, story, ref) + "\n";
  out += "\n";
}

}  // namespace

std::string report_to_markdown(const std::vector<Analysis>& analyses, const Record& record) {
  std::string out = "# Story record\n\n";
  out += fmt::format("{} articles, {} stories in {} threads.\n\n", analyses.size(), record.stories.size(),
                     record.threads.size());
  for (const Thread& thread : record.threads) {
    if (thread.stories.size() < 2) continue;
    std::vector<std::string> numbers;
    for (int s : thread.stories) numbers.push_back(std::to_string(s + 1));
    out += fmt::format("- Thread of stories {}{}\n", fmt::join(numbers, ", "),
                       thread.entities.empty() ? "" : ": " + one_line(fmt::format("{}", fmt::join(thread.entities, "; ")), 120));
    for (const ThreadFigure& f : thread.figures)
      out += fmt::format("  - {}: {} — {}\n", f.label, to_string(f.verdict), one_line(f.reason, 160));
  }
  if (std::any_of(record.threads.begin(), record.threads.end(), [](const Thread& t) { return t.stories.size() > 1; }))
    out += "\n";
  for (std::size_t s = 0; s < record.stories.size(); ++s) {
    const Story& story = record.stories[s];
    out += fmt::format("## Story {}: {}\n\n", s + 1, one_line(story.title.empty() ? "untitled" : story.title, 120));
    out += "| article | outlet | published | language | copy of |\n|---|---|---|---|---|\n";
    for (std::size_t k = 0; k < story.articles.size(); ++k) {
      const Article& a = article_of(analyses, story, static_cast<int>(k)).article;
      std::string copy = story.copy_of[k] == static_cast<int>(k) ? "" : article_of(analyses, story, story.copy_of[k]).article.id;
      std::string published = a.published.value.empty() ? "unknown" : a.published.value;
      if (a.published.from == DateSource::Estimated) published += " (estimated)";
      const std::string title = article_title(article_of(analyses, story, static_cast<int>(k)));
      out += fmt::format("| {} | {} | {} | {} | {} |\n", one_line(title.empty() ? "untitled" : title, 80),
                         outlet_name(a), published, a.lang, copy);
    }
    out += "\n### Disputed\n\n";
    bool any = false;
    for (const ClaimGroup& g : story.groups)
      if (!g.disputes.empty() || g.verdict == Verdict::Contradicted) write_group(out, analyses, story, g), any = true;
    if (!any) out += "Nothing disputed.\n\n";
    if (!story.text_disputes.empty()) {
      out += "### Names and titles written differently\n\n";
      for (const TextDispute& d : story.text_disputes) {
        const Article& a = article_of(analyses, story, d.a.article).article;
        const Article& b = article_of(analyses, story, d.b.article).article;
        out += fmt::format("- **{}** ({}): {} — {} [{}–{}] vs {} [{}–{}]\n", d.aspect, one_line(d.entity, 80), one_line(d.reason),
                           outlet_name(a), d.a.span.begin, d.a.span.end, outlet_name(b), d.b.span.begin, d.b.span.end);
      }
      out += "\n";
    }
    out += "### Corroborated\n\n";
    any = false;
    for (const ClaimGroup& g : story.groups)
      if (g.disputes.empty() && g.verdict == Verdict::Corroborated) write_group(out, analyses, story, g), any = true;
    if (!any) out += "Nothing reported by two independent sources.\n\n";
    out += "### Events\n\n";
    for (const Event& e : story.events) {
      std::string when = e.begin.empty() ? "undated" : e.begin + (e.end == e.begin ? "" : " to " + e.end);
      out += fmt::format("- **{}** ({}){}{}: {} claim{}, {} source{}\n", e.label, when,
                         e.place.empty() ? "" : ", " + e.place,
                         e.participants.empty() ? "" : ", " + one_line(fmt::format("{}", fmt::join(e.participants, "; ")), 120),
                         e.claims.size(), e.claims.size() == 1 ? "" : "s", e.sources, e.sources == 1 ? "" : "s");
    }
    if (story.events.empty()) out += "No events.\n";
    out += "\n### Timeline\n\n";
    for (const TimelineEntry& e : story.timeline)
      out += fmt::format("- {}{} ({}): {} — {}\n", e.begin, e.end == e.begin ? "" : " to " + e.end, e.precision,
                         story.events[e.event].label,
                         e.group >= 0 ? to_string(story.groups[e.group].verdict) : to_string(Verdict::SingleSource));
    if (story.timeline.empty()) out += "No dated events.\n";
    out += "\n### Quotes by speaker\n\n";
    for (const QuoteGroup& g : story.quotes) {
      out += fmt::format("- **{}**{}{}\n", g.speaker, g.occasion.empty() ? "" : " (" + g.occasion + ")",
                         g.variant ? " — different wording in different outlets" : "");
      for (const QuoteRef& ref : g.quotes) {
        const Analysis& a = article_of(analyses, story, ref.article);
        out += fmt::format("  - {}: “{}”\n", outlet_name(a.article), one_line(a.speech.quotes[ref.quote].text));
      }
    }
    out += "\n### Sourcing by outlet\n\n| outlet | articles | named | anonymous | other outlets | unsourced | only here |\n|---|---|---|---|---|---|---|\n";
    for (const OutletProfile& p : story.outlets) {
      std::string exclusive;
      for (int g : p.exclusive) exclusive += (exclusive.empty() ? "" : ", ") + story.groups[g].label;
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", one_line(p.outlet, 60), p.articles.size(), p.named,
                         p.anonymous, p.outlets, p.unsourced, one_line(exclusive, 160));
    }
    out += "\n";
  }
  return out;
}

}  // namespace storyline
