#include "link/running_figures.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "claims/claims.h"

namespace storyline {
namespace {

std::string published_day(const Article& a) {
  if (a.published.value.empty() || a.published.from == DateSource::Estimated) return "";
  return a.published.value.substr(0, std::min<std::size_t>(10, a.published.value.size()));
}

// A story's latest report of a group's figure: the claim of the latest dated article, the
// highest figure among that day's (a toll only rises within a day's reports).
std::optional<ThreadFigureReport> latest(const Story& story, int s, int g, const std::vector<Analysis>& analyses) {
  std::optional<ThreadFigureReport> best;
  for (const ClaimRef& ref : story.groups[g].claims) {
    const Analysis& a = analyses[story.articles[ref.article]];
    const Claim& c = a.claims[ref.claim];
    if (c.value < 0 || !a.quantities[c.value].unit.empty()) continue;  // counts only
    const Quantity& q = a.quantities[c.value];
    ThreadFigureReport r{s, g, ref, published_day(a.article),
                         a.article.text.substr(q.span.begin, q.span.end - q.span.begin), q.value};
    // Dated reports before undated ones, later before earlier, then the higher figure.
    auto rank = [](const ThreadFigureReport& x) { return std::make_tuple(!x.published.empty(), x.published, x.value); };
    if (!best || rank(r) > rank(*best)) best = r;
  }
  return best;
}

}  // namespace

std::vector<ThreadFigure> running_figures(const Thread& thread, const Record& record,
                                          const std::vector<Analysis>& analyses, const ClaimResources& resources) {
  std::map<std::pair<std::string, std::string>, ThreadFigure> by_measure;  // (role, place)
  for (int s : thread.stories) {
    const Story& story = record.stories[s];
    std::map<std::pair<std::string, std::string>, int> largest;  // the story's main group per measure
    for (std::size_t g = 0; g < story.groups.size(); ++g) {
      const ClaimGroup& group = story.groups[g];
      const RoleInfo* role = resources.role(group.role);
      if (!role || role->kind != PredicateKind::Cumulative) continue;
      auto [it, fresh] = largest.try_emplace({group.role, group.place}, static_cast<int>(g));
      if (!fresh && story.groups[it->second].claims.size() < group.claims.size()) it->second = static_cast<int>(g);
    }
    for (const auto& [measure, g] : largest) {
      std::optional<ThreadFigureReport> report = latest(story, s, g, analyses);
      if (!report) continue;
      ThreadFigure& figure = by_measure[measure];
      figure.role = measure.first;
      figure.place = measure.second;
      figure.label = story.groups[g].label;
      figure.reports.push_back(*report);
    }
  }
  std::vector<ThreadFigure> out;
  for (auto& [measure, figure] : by_measure) {
    if (figure.reports.size() < 2) continue;
    std::stable_sort(figure.reports.begin(), figure.reports.end(), [](const auto& x, const auto& y) {
      return (x.published.empty() ? "~" : x.published) < (y.published.empty() ? "~" : y.published);
    });
    const bool differ = std::any_of(figure.reports.begin(), figure.reports.end(),
                                    [&first = figure.reports.front()](const ThreadFigureReport& r) { return r.value != first.value; });
    figure.verdict = differ ? Verdict::ChangedOverTime : Verdict::Corroborated;
    for (const ThreadFigureReport& r : figure.reports) {
      if (!figure.reason.empty()) figure.reason += ", then ";
      figure.reason += r.text + " (" + (r.published.empty() ? "undated" : r.published) + ")";
    }
    out.push_back(std::move(figure));
  }
  return out;
}

}  // namespace storyline
