#include "link/story_index.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <string_view>
#include <utility>

namespace storyline {
namespace {

// The dated articles of one story lie at most this many days apart: a flood in the same river
// valley next spring is a new story, and so is a drug seizure in another port six weeks after
// the last one, however alike the reports (a story whose span could grow with each article
// chained look-alikes over months). Coverage that goes on longer is a thread of stories.
// Unknown dates never block.
constexpr int kMaxSpanDays = 30;

// Bounds on the work per article, so n articles cost O(n) whatever the corpus:
// - a feature found in more than kCommonShare of the articles (once kCommonAfter have been seen,
//   before which shares mean little) proposes no candidates; it still counts in the cosine of
//   stories that rarer features proposed;
// - of any other feature, only kMaxPostingsScan stories: in the single pass those that used it
//   most recently, when reassigning those numbered nearest the article's own story;
// - of the stories so proposed, only the kMaxScored sharing the most weight are scored in full;
// - an article keeps its kMaxFeatures weightiest features.
constexpr int kCommonAfter = 1000;
constexpr double kCommonShare = 0.01;
constexpr std::size_t kMaxPostingsScan = 50;
constexpr std::size_t kMaxScored = 16;
constexpr std::size_t kMaxFeatures = 400;

// Reassignment rounds: the first undoes what single pass decided too early, the second follows
// the stories the first one changed; later rounds move little (0.2% of ECB+ articles).
constexpr int kSettleRounds = 2;

constexpr int kUnknownDay = std::numeric_limits<int>::min();

// Within one language, the share of the cosine over every feature against that over names,
// entities and figures alone: look-alike stories share their vocabulary ("arrested after record
// drug haul") and differ in who and where, so names weigh half.
constexpr double kAllShare = 0.5;

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

template <typename Vector>
double dot(const Vector& a, const Vector& b) {
  double sum = 0;
  auto from = b.begin();
  for (const auto& entry : a) {
    from = std::lower_bound(from, b.end(), entry.feature,
                            [](const auto& x, int id) { return x.feature < id; });
    if (from == b.end()) break;
    if (from->feature == entry.feature) sum += static_cast<double>(entry.weight) * from->weight;
  }
  return sum;
}

template <typename Vector>
void add_into(Vector& sum, const Vector& v) {
  Vector merged;
  merged.reserve(sum.size() + v.size());
  auto a = sum.begin();
  for (const auto& entry : v) {
    while (a != sum.end() && a->feature < entry.feature) merged.push_back(*a++);
    if (a != sum.end() && a->feature == entry.feature) {
      merged.push_back({entry.feature, a->weight + entry.weight});
      ++a;
    } else {
      merged.push_back(entry);
    }
  }
  merged.insert(merged.end(), a, sum.end());
  sum = std::move(merged);
}

// The kMaxScored stories that share the most weight with an article, ascending.
std::vector<int> most_shared(const std::unordered_map<int, double>& shared) {
  std::vector<std::pair<double, int>> ranked;
  ranked.reserve(shared.size());
  for (const auto& [k, weight] : shared) ranked.emplace_back(-weight, k);
  const std::size_t keep = std::min(ranked.size(), kMaxScored);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
  std::vector<int> stories;
  for (std::size_t r = 0; r < keep; ++r) stories.push_back(ranked[r].second);
  std::sort(stories.begin(), stories.end());
  return stories;
}

bool in_time(int day, int earliest, int latest) {
  if (day == kUnknownDay || latest == kUnknownDay) return true;
  return std::max(latest, day) - std::min(earliest, day) <= kMaxSpanDays;
}

}  // namespace

StoryIndex::StoryIndex(double threshold) : threshold_(threshold) {}

namespace {

// Entity keys, names and figures read the same in every language; other words do not.
bool language_neutral(std::string_view key) {
  if (key.starts_with("e:") || key.starts_with("t:name:")) return true;
  key.remove_prefix(2);
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void StoryIndex::add(const StoryFeatures& features) {
  std::map<std::string, float> uses;  // sorted: ids are given in the same order every run
  for (const std::string& key : features.entities)
    if (!key.empty()) uses["e:" + key] += 1;
  for (const std::string& word : features.terms)
    if (!word.empty()) uses["t:" + word] += 1;
  Vector counts;
  counts.reserve(uses.size());
  for (const auto& [key, n] : uses) {
    const auto [it, fresh] = feature_id_.try_emplace(key, static_cast<int>(document_frequency_.size()));
    if (fresh) {
      document_frequency_.push_back(0);
      neutral_.push_back(language_neutral(key));
    }
    ++document_frequency_[it->second];
    counts.push_back({it->second, n});
  }
  std::sort(counts.begin(), counts.end(), [](const Weight& a, const Weight& b) { return a.feature < b.feature; });
  counts_.push_back(std::move(counts));
  days_.push_back(day_number(features.published));
  langs_.push_back(language_id_.try_emplace(features.lang, static_cast<int>(language_id_.size())).first->second);
}

// Sub-linear term frequency (the tenth use of a word says less than the first) times a
// smoothed inverse document frequency, 1 + ln((1 + n) / (1 + df)); the kMaxFeatures weightiest
// features, at unit length.
StoryIndex::Vector StoryIndex::weigh(const Vector& counts, bool neutral_only) const {
  const double n = static_cast<double>(counts_.size());
  Vector v;
  v.reserve(counts.size());
  for (const Weight& c : counts) {
    if (neutral_only && !neutral_[c.feature]) continue;
    const double idf = 1 + std::log((1 + n) / (1.0 + document_frequency_[c.feature]));
    v.push_back({c.feature, static_cast<float>((1 + std::log(c.weight)) * idf)});
  }
  if (v.size() > kMaxFeatures) {
    std::nth_element(v.begin(), v.begin() + kMaxFeatures, v.end(), [](const Weight& a, const Weight& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.feature < b.feature;
    });
    v.resize(kMaxFeatures);
    std::sort(v.begin(), v.end(), [](const Weight& a, const Weight& b) { return a.feature < b.feature; });
  }
  const double norm = std::sqrt(dot(v, v));
  if (norm > 0)
    for (Weight& w : v) w.weight = static_cast<float>(w.weight / norm);
  return v;
}

void StoryIndex::Centroid::join(const Article& a) {
  all2 += 2 * dot(a.all, all) + dot(a.all, a.all);
  neutral2 += 2 * dot(a.neutral, neutral) + dot(a.neutral, a.neutral);
  add_into(all, a.all);
  add_into(neutral, a.neutral);
  ++size;
  if (static_cast<int>(languages.size()) <= a.lang) languages.resize(a.lang + 1, 0);
  ++languages[a.lang];
  if (a.day != kUnknownDay) {
    earliest = latest == kUnknownDay ? a.day : std::min(earliest, a.day);
    latest = latest == kUnknownDay ? a.day : std::max(latest, a.day);
  }
}

bool StoryIndex::in_time(const Article& a, const Centroid& c) const {
  return ::storyline::in_time(a.day, c.earliest, c.latest);
}

namespace {

// Cosine of `v` and `sum`, or of `v` and `sum` less `v` (which is one of its terms).
template <typename Vector>
double cosine(const Vector& v, const Vector& sum, double sum2, bool without) {
  double shared = dot(v, sum), norm2 = sum2;
  if (without) {
    const double self = dot(v, v);
    norm2 += self - 2 * shared;
    shared -= self;
  }
  return norm2 > 1e-9 ? shared / std::sqrt(norm2) : 0;
}

}  // namespace

// Cosine of the article and the story (with the article left out of it, when `without`). Against
// a story with no article in the article's language, only their language-neutral parts are
// compared; against one of its language alone, the two cosines weighed by kAllShare; against a
// story of both, the higher of the two.
double StoryIndex::similarity(const Article& a, const Centroid& c, bool without) const {
  const int same = (a.lang < static_cast<int>(c.languages.size()) ? c.languages[a.lang] : 0) - (without ? 1 : 0);
  const int size = c.size - (without ? 1 : 0);
  const double neutral = same < size ? cosine(a.neutral, c.neutral, c.neutral2, without) : 0;
  if (same == 0) return neutral;  // words shared with another language are coincidences
  const double all = cosine(a.all, c.all, c.all2, without);
  if (same == size) return kAllShare * all + (1 - kAllShare) * cosine(a.neutral, c.neutral, c.neutral2, without);
  return std::max(neutral, all);
}

void StoryIndex::single_pass(const std::vector<Article>& articles, std::vector<int>& story,
                             Clustering& stats) const {
  const int n = static_cast<int>(articles.size());
  std::vector<Centroid> centroids;
  std::vector<std::vector<int>> postings(document_frequency_.size());  // stories, by recency
  std::unordered_map<int, double> shared;
  std::vector<int> seen;
  for (int i = 0; i < n; ++i) {
    const Article& a = articles[i];
    shared.clear();
    for (const Weight& feature : a.all) {
      if (n >= kCommonAfter && document_frequency_[feature.feature] > kCommonShare * n) continue;
      const std::vector<int>& stories = postings[feature.feature];
      const std::size_t scan = std::min(stories.size(), kMaxPostingsScan);
      stats.postings_scanned += static_cast<long long>(scan);
      seen.assign(stories.end() - static_cast<std::ptrdiff_t>(scan), stories.end());
      std::sort(seen.begin(), seen.end());
      seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
      for (int k : seen)
        if (in_time(a, centroids[k])) shared[k] += feature.weight;
    }
    const std::vector<int> candidates = most_shared(shared);
    int best_story = -1;
    double best = 0;
    for (int k : candidates) {  // ascending: ties go to the older story
      ++stats.comparisons;
      const double s = similarity(a, centroids[k], false);
      if (s >= threshold_ && s > best) best = s, best_story = k;
    }
    if (best_story < 0) {
      best_story = static_cast<int>(centroids.size());
      centroids.push_back({{}, {}, 0, 0, kUnknownDay, kUnknownDay, 0, {}});
    }
    centroids[best_story].join(a);
    for (const Weight& feature : a.all) {
      std::vector<int>& stories = postings[feature.feature];
      if (stories.empty() || stories.back() != best_story) stories.push_back(best_story);
    }
    story[i] = best_story;
  }
}

void StoryIndex::reassign(const std::vector<Article>& articles, std::vector<int>& story,
                          Clustering& stats) const {
  const int n = static_cast<int>(articles.size());
  // The stories as they stand, numbered by first article.
  std::unordered_map<int, int> number;
  for (int i = 0; i < n; ++i) story[i] = number.try_emplace(story[i], static_cast<int>(number.size())).first->second;
  const int stories = static_cast<int>(number.size());
  std::vector<Centroid> centroids(stories, Centroid{{}, {}, 0, 0, kUnknownDay, kUnknownDay, 0, {}});
  for (int i = 0; i < n; ++i) centroids[story[i]].join(articles[i]);
  std::vector<std::vector<int>> postings(document_frequency_.size());  // stories, ascending
  for (int k = 0; k < stories; ++k)
    for (const Weight& w : centroids[k].all) postings[w.feature].push_back(k);

  std::vector<int> next(n);
  std::unordered_map<int, double> shared;
  for (int i = 0; i < n; ++i) {
    const Article& a = articles[i];
    const int own = story[i];
    double best = -1;
    int best_story = own;
    if (centroids[own].size > 1) best = similarity(a, centroids[own], /*without=*/true);
    shared.clear();
    for (const Weight& feature : a.all) {
      if (n >= kCommonAfter && document_frequency_[feature.feature] > kCommonShare * n) continue;
      const std::vector<int>& list = postings[feature.feature];
      const auto at = std::lower_bound(list.begin(), list.end(), own) - list.begin();
      const auto half = static_cast<std::ptrdiff_t>(kMaxPostingsScan / 2);
      const auto from = std::max<std::ptrdiff_t>(0, at - half);
      const auto to = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(list.size()), at + half);
      stats.postings_scanned += to - from;
      for (auto p = from; p < to; ++p)
        if (list[p] != own && in_time(a, centroids[list[p]])) shared[list[p]] += feature.weight;
    }
    const std::vector<int> candidates = most_shared(shared);
    for (int k : candidates) {  // ascending: ties go to the older story
      ++stats.comparisons;
      const double s = similarity(a, centroids[k], false);
      if (s > best) best = s, best_story = k;
    }
    if (best >= threshold_) next[i] = best_story;
    else next[i] = centroids[own].size > 1 ? stories + i : own;  // alone: a story of its own
  }
  story = std::move(next);
}

StoryIndex::Article StoryIndex::article(int i) const {
  return {weigh(counts_[i], false), weigh(counts_[i], true), days_[i], langs_[i]};
}

std::vector<int> StoryIndex::place(const std::vector<int>& stories) {
  Placement& p = placement_;
  const int known = static_cast<int>(stories.size());
  const bool reusable = static_cast<int>(p.story_of.size()) == known && p.story_of == stories;
  if (!reusable) {  // build the stories as given
    p = Placement{stories, {}, std::vector<std::vector<int>>(document_frequency_.size())};
    for (int i = 0; i < known; ++i) {
      if (stories[i] >= static_cast<int>(p.centroids.size()))
        p.centroids.resize(stories[i] + 1, Centroid{{}, {}, 0, 0, kUnknownDay, kUnknownDay, 0, {}});
      p.centroids[stories[i]].join(article(i));
    }
    for (int k = 0; k < static_cast<int>(p.centroids.size()); ++k)
      for (const Weight& w : p.centroids[k].all) p.postings[w.feature].push_back(k);
  }
  p.postings.resize(document_frequency_.size());
  std::unordered_map<int, double> shared;
  for (int i = known; i < size(); ++i) {
    const Article a = article(i);
    shared.clear();
    for (const Weight& feature : a.all) {
      const std::vector<int>& list = p.postings[feature.feature];
      const std::size_t scan = std::min(list.size(), kMaxPostingsScan);  // the newest stories
      for (auto k = list.end() - static_cast<std::ptrdiff_t>(scan); k != list.end(); ++k)
        if (in_time(a, p.centroids[*k])) shared[*k] += feature.weight;
    }
    const std::vector<int> candidates = most_shared(shared);
    int best_story = -1;
    double best = 0;
    for (int k : candidates) {
      const double s = similarity(a, p.centroids[k], false);
      if (s >= threshold_ && s > best) best = s, best_story = k;
    }
    if (best_story < 0) {
      best_story = static_cast<int>(p.centroids.size());
      p.centroids.push_back({{}, {}, 0, 0, kUnknownDay, kUnknownDay, 0, {}});
    }
    p.centroids[best_story].join(a);
    for (const Weight& w : a.all) {
      std::vector<int>& list = p.postings[w.feature];
      if (!std::binary_search(list.begin(), list.end(), best_story))
        list.insert(std::upper_bound(list.begin(), list.end(), best_story), best_story);
    }
    p.story_of.push_back(best_story);
  }
  return p.story_of;
}

Clustering StoryIndex::cluster() const {
  Clustering out;
  const int n = size();
  std::vector<Article> articles(n);
  for (int i = 0; i < n; ++i) articles[i] = article(i);
  std::vector<int> story(n);
  single_pass(articles, story, out);
  for (int round = 0; round < kSettleRounds; ++round) reassign(articles, story, out);
  std::unordered_map<int, int> number;
  out.story_of.resize(n);
  for (int i = 0; i < n; ++i)
    out.story_of[i] = number.try_emplace(story[i], static_cast<int>(number.size())).first->second;
  return out;
}

int Clustering::story_count() const {
  return story_of.empty() ? 0 : *std::max_element(story_of.begin(), story_of.end()) + 1;
}

std::vector<int> Clustering::articles_of(int story) const {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(story_of.size()); ++i)
    if (story_of[i] == story) out.push_back(i);
  return out;
}

}  // namespace storyline
