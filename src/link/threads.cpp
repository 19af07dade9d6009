#include "link/threads.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace storyline {
namespace {

// Two key entities in common: one (a president, a country's army) is shared by many unrelated
// stories; two that recur together are a running subject.
constexpr int kThreadSharedKeys = 2;
// A key entity is named by at least this share of the story's articles, and a story keeps at
// most kMaxKeys of them, most named first.
constexpr double kKeyShare = 0.5;
constexpr std::size_t kMaxKeys = 8;
// A key named by more than this share of all stories (once there are enough to tell) links
// nothing: it is the background of the whole corpus, not a subject.
constexpr std::size_t kCommonAfter = 20;
constexpr double kCommonShare = 0.2;
// A story is compared with the next kWindow stories that name each of its keys, so the work is
// linear in the stories; a thread still forms, each story linking to the next ones.
constexpr std::size_t kWindow = 50;

int root(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<std::string> thread_keys(const Story& story) {
  std::vector<std::string> keys;
  const double articles = static_cast<double>(story.articles.size());
  for (const StoryEntity& e : story.entities) {  // most mentioned first
    if (keys.size() >= kMaxKeys) break;
    if (e.outlet || e.type == EntityType::Gpe || e.type == EntityType::Loc) continue;
    if (e.key.starts_with("name:") || e.articles < kKeyShare * articles) continue;
    keys.push_back(e.key);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<int> link_threads(const std::vector<std::vector<std::string>>& keys) {
  const int n = static_cast<int>(keys.size());
  std::map<std::string, std::vector<int>> stories_of;
  for (int s = 0; s < n; ++s)
    for (const std::string& key : keys[s]) stories_of[key].push_back(s);
  std::map<std::pair<int, int>, int> shared;  // story pair -> keys in common
  for (const auto& [key, stories] : stories_of) {
    if (static_cast<std::size_t>(n) >= kCommonAfter && stories.size() > kCommonShare * n) continue;
    for (std::size_t i = 0; i < stories.size(); ++i)
      for (std::size_t j = i + 1; j < stories.size() && j <= i + kWindow; ++j) ++shared[{stories[i], stories[j]}];
  }
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& [pair, count] : shared)
    if (count >= kThreadSharedKeys) {
      const int a = root(parent, pair.first), b = root(parent, pair.second);
      parent[std::max(a, b)] = std::min(a, b);  // the root is the thread's first story
    }
  std::vector<int> thread(n);
  for (int s = 0; s < n; ++s) thread[s] = root(parent, s);
  return thread;
}

}  // namespace storyline
