#include "link/story_index.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <string_view>
#include <utility>

namespace storyline {
namespace {

// What a shared feature says about two articles being one story. An entity key names who or
// what the story is about and is the same in both languages; a term may be a common word of one
// language; a predicate ("killed", "arrested") is shared by every story of its kind.
constexpr double kEntityWeight = 2.0;
constexpr double kTermWeight = 1.0;
constexpr double kPredicateWeight = 0.5;

// An article that shares this many entities with a story joins it at this lower similarity.
constexpr int kSharedEntities = 6;
constexpr double kCastThreshold = 0.1;

// An article joins no story whose dated articles all lie more than this many days away: a
// flood in the same river valley next spring is a new story. Unknown dates never block.
constexpr int kMaxGapDays = 30;

// Bounds on the work of one add(), so n articles cost O(n) whatever the corpus:
// - a feature found in more than kCommonShare of the articles (once kCommonAfter have been seen,
//   before which shares mean little) proposes no candidates; it still counts in the score of
//   stories that rarer features proposed;
// - of any other feature, only the kMaxPostingsScan stories that used it most recently;
// - of the stories so proposed, only the kMaxScored sharing the most weight are scored in full.
constexpr int kCommonAfter = 1000;
constexpr double kCommonShare = 0.01;
constexpr std::size_t kMaxPostingsScan = 50;
constexpr std::size_t kMaxScored = 16;

// A story's cached norm is recomputed once the corpus has grown by this factor since: document
// frequencies, and so weights, drift slowly, and each story is refreshed O(log n) times at most.
constexpr double kNormRefreshGrowth = 1.25;

constexpr int kUnknownDay = std::numeric_limits<int>::min();

// Days since 1970-01-01 of an ISO date ("2025-08-14", a time after it is ignored), else
// kUnknownDay: a month or a year alone is too coarse to gate on.
int day_number(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return kUnknownDay;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return kUnknownDay;
      parts[p] = parts[p] * 10 + (iso[i] - '0');
    }
  using namespace std::chrono;
  const year_month_day date{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                            day{static_cast<unsigned>(parts[2])}};
  if (!date.ok()) return kUnknownDay;
  return static_cast<int>(sys_days{date}.time_since_epoch().count());
}

}  // namespace

StoryIndex::StoryIndex(double threshold) : threshold_(threshold) {}

// TF-IDF without the TF (each feature occurs once per article): kind weight times a smoothed
// inverse document frequency over the articles seen so far, 1 + ln((1 + n) / (1 + df)), which is
// 1 for a feature in every article and grows slowly with rarity.
double StoryIndex::weight_of(int feature) const {
  const FeatureStats& stats = feature_stats_[feature];
  return stats.kind * (1 + std::log((1.0 + articles_seen_) / (1.0 + stats.articles)));
}

std::vector<StoryIndex::Weight> StoryIndex::weigh(const StoryFeatures& features) {
  std::vector<std::pair<std::string, float>> keyed;
  auto collect = [&](const std::vector<std::string>& values, const char* prefix, double kind) {
    for (const std::string& value : values)
      if (!value.empty()) keyed.emplace_back(prefix + value, static_cast<float>(kind));
  };
  collect(features.entities, "e:", kEntityWeight);
  collect(features.predicates, "p:", kPredicateWeight);
  collect(features.terms, "t:", kTermWeight);
  // Sorted by key, not by id: sums then run in the same order whatever came before.
  std::sort(keyed.begin(), keyed.end());
  keyed.erase(std::unique(keyed.begin(), keyed.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              keyed.end());

  std::vector<int> ids;
  ids.reserve(keyed.size());
  for (auto& [key, kind] : keyed) {
    const auto [it, fresh] =
        feature_id_.try_emplace(std::move(key), static_cast<int>(feature_stats_.size()));
    if (fresh) feature_stats_.push_back({kind, 0, {}});
    ++feature_stats_[it->second].articles;
    ids.push_back(it->second);
  }
  std::vector<Weight> article;
  article.reserve(ids.size());
  for (int id : ids) article.push_back({id, static_cast<float>(weight_of(id))});
  return article;
}

std::vector<std::pair<int, int>> StoryIndex::candidates(const std::vector<Weight>& article, int day) {
  auto in_time = [&](int story) {
    if (day == kUnknownDay || latest_[story] == kUnknownDay) return true;
    return day >= earliest_[story] - kMaxGapDays && day <= latest_[story] + kMaxGapDays;
  };
  std::unordered_map<int, double> shared;  // story -> weight of the features it shares
  std::unordered_map<int, int> entities;   // story -> entity features it shares
  std::vector<int> seen;
  for (const Weight& feature : article) {
    const FeatureStats& stats = feature_stats_[feature.feature];
    if (articles_seen_ >= kCommonAfter && stats.articles > kCommonShare * articles_seen_)
      continue;
    const std::size_t scan = std::min(stats.stories.size(), kMaxPostingsScan);
    postings_scanned_ += static_cast<long long>(scan);
    seen.assign(stats.stories.end() - static_cast<std::ptrdiff_t>(scan), stats.stories.end());
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (int story : seen)
      if (in_time(story)) {
        shared[story] += feature.weight;
        if (stats.kind == static_cast<float>(kEntityWeight)) ++entities[story];
      }
  }
  std::vector<std::pair<double, int>> ranked;
  ranked.reserve(shared.size());
  for (const auto& [story, weight] : shared) ranked.emplace_back(-weight, story);
  const std::size_t keep = std::min(ranked.size(), kMaxScored);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end());
  std::vector<std::pair<int, int>> stories;
  for (std::size_t i = 0; i < keep; ++i) stories.emplace_back(ranked[i].second, entities[ranked[i].second]);
  std::sort(stories.begin(), stories.end());
  return stories;
}

// Cosine of the article's weights and the story's, where a story weighs each feature by how
// many of its articles have it: the profile leans to what most of them share, so one article's
// stray features count little.
double StoryIndex::score(const std::vector<Weight>& article, double article_norm, int story) {
  const std::vector<Tally>& profile = profile_[story];
  if (articles_seen_ > kNormRefreshGrowth * norm_seen_[story]) {
    double norm = 0;
    for (const Tally& entry : profile) {
      const double weight = weight_of(entry.feature) * entry.articles;
      norm += weight * weight;
    }
    norm_[story] = norm;
    norm_seen_[story] = articles_seen_;
  }
  double dot = 0;
  for (const Weight& feature : article) {
    const auto it = std::lower_bound(
        profile.begin(), profile.end(), feature.feature,
        [](const Tally& entry, int id) { return entry.feature < id; });
    if (it != profile.end() && it->feature == feature.feature)
      dot += static_cast<double>(feature.weight) * feature.weight * it->articles;
  }
  if (dot <= 0 || article_norm <= 0 || norm_[story] <= 0) return 0;
  return dot / std::sqrt(article_norm * norm_[story]);
}

// Merges the article into the story's profile. The norm is updated for the features it touches
// only, with today's weights; the rest of the profile is re-weighed when score() finds it stale.
void StoryIndex::join(int story, const std::vector<Weight>& article, int day) {
  std::vector<Weight> by_id = article;
  std::sort(by_id.begin(), by_id.end(),
            [](const Weight& a, const Weight& b) { return a.feature < b.feature; });
  const std::vector<Tally>& profile = profile_[story];
  std::vector<Tally> merged;
  merged.reserve(profile.size() + by_id.size());
  double& norm = norm_[story];
  auto old = profile.begin();
  for (const Weight& feature : by_id) {
    while (old != profile.end() && old->feature < feature.feature) merged.push_back(*old++);
    const int before = old != profile.end() && old->feature == feature.feature ? (old++)->articles : 0;
    merged.push_back({feature.feature, before + 1});
    const double weight = feature.weight;
    norm += weight * weight * ((before + 1.0) * (before + 1.0) - before * before);
    std::vector<int>& postings = feature_stats_[feature.feature].stories;
    if (postings.empty() || postings.back() != story) postings.push_back(story);
  }
  merged.insert(merged.end(), old, profile.end());
  profile_[story] = std::move(merged);
  if (day != kUnknownDay) {
    if (latest_[story] == kUnknownDay) {
      earliest_[story] = latest_[story] = day;
    } else {
      earliest_[story] = std::min(earliest_[story], day);
      latest_[story] = std::max(latest_[story], day);
    }
  }
}

StoryMatch StoryIndex::add(const StoryFeatures& features) {
  ++articles_seen_;
  const std::vector<Weight> article = weigh(features);
  const int day = day_number(features.published);
  double article_norm = 0;
  for (const Weight& feature : article)
    article_norm += static_cast<double>(feature.weight) * feature.weight;

  StoryMatch match;
  for (auto [story, entities] : candidates(article, day)) {  // ascending: ties go to the older story
    ++comparisons_;
    const double similarity = score(article, article_norm, story);
    // Outlets covering one story write it in their own words, and in two languages, but name
    // the same people, places and groups: many shared entities lower the bar.
    bool same_cast = entities >= kSharedEntities && similarity >= kCastThreshold;
    if ((similarity >= threshold_ || same_cast) && similarity > match.score) match = {story, similarity};
  }
  if (match.story < 0) {
    match = {story_count(), 0};
    articles_.emplace_back();
    profile_.emplace_back();
    norm_.push_back(0);
    norm_seen_.push_back(articles_seen_);
    earliest_.push_back(kUnknownDay);
    latest_.push_back(kUnknownDay);
  }
  join(match.story, article, day);
  articles_[match.story].push_back(static_cast<int>(story_of_.size()));
  story_of_.push_back(match.story);
  return match;
}

int StoryIndex::story_of(int article) const {
  return story_of_.at(static_cast<std::size_t>(article));
}

const std::vector<int>& StoryIndex::articles_of(int story) const {
  return articles_.at(static_cast<std::size_t>(story));
}

int StoryIndex::story_count() const { return static_cast<int>(articles_.size()); }

}  // namespace storyline
