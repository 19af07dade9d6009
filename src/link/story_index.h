// Stories: articles about the same story, clustered incrementally across English and Spanish.
//
//   StoryIndex stories;
//   int story = stories.add(features_of(analysis));  // an existing story or a new one
//
// Two articles are about the same story when they share what identifies a story: entities by
// their cross-language key ("sinaloa cartel" for "Cártel de Sinaloa"), weighted by how rare they
// are, plus claim predicates and distinctive terms, and are close enough in time. An article
// joins the most similar story above a threshold, else starts one; candidate stories come from
// an inverted index of features, so adding an article never compares it with every story.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace storyline {

struct StoryFeatures {
  std::vector<std::string> entities;    // entity keys of the article (each once)
  std::vector<std::string> predicates;  // claim predicates of the article (each once)
  std::vector<std::string> terms;       // folded content words, language-neutral enough:
                                        // names, numbers, distinctive words (each once)
  std::string published;                // ISO date ("2025-08-14"), empty when unknown
};

struct StoryMatch {
  int story = -1;
  double score = 0;  // the similarity that decided it (0 for a new story)
};

class StoryIndex {
 public:
  explicit StoryIndex(double threshold = 0.2);

  // Adds the next article (ids 0, 1, 2... in call order) and returns its story.
  StoryMatch add(const StoryFeatures& features);

  int story_of(int article) const;
  const std::vector<int>& articles_of(int story) const;
  int story_count() const;

  // Candidate stories scored in full, summed over every add(): bounded per article whatever the
  // corpus size (see story_index.cpp), exposed for tests and benchmarks.
  long long comparisons() const { return comparisons_; }
  // Postings entries read while looking for candidates, summed over every add().
  long long postings_scanned() const { return postings_scanned_; }

 private:
  struct FeatureStats {
    float kind = 1;    // the weight of its kind: entity, predicate or term
    int articles = 0;  // document frequency so far
    // Stories, appended each time one of their articles brings the feature (unless already
    // last): the tail lists the stories that used it most recently.
    std::vector<int> stories;
  };
  struct Weight {
    int feature;
    float weight;
  };
  struct Tally {
    int feature;
    int articles;  // of the story's articles, how many have the feature
  };
  double weight_of(int feature) const;
  std::vector<Weight> weigh(const StoryFeatures& features);
  // Candidate stories, ascending, each with how many entity features it shares.
  std::vector<std::pair<int, int>> candidates(const std::vector<Weight>& article, int day);
  double score(const std::vector<Weight>& article, double article_norm, int story);
  void join(int story, const std::vector<Weight>& article, int day);

  double threshold_;
  std::vector<int> story_of_;
  std::vector<std::vector<int>> articles_;
  // Per story: how many of its articles have each feature, sorted by feature id (8 bytes an
  // entry: a profile is kept for every story, so maps of strings would dominate memory).
  // Weights are applied when scoring, so a story's profile follows the current frequencies.
  std::vector<std::vector<Tally>> profile_;
  std::vector<double> norm_;    // squared norm of each weighted profile...
  std::vector<int> norm_seen_;  // ...as weighted when this many articles had been seen
  // Publication days of each story's earliest and latest dated article (days since 1970).
  std::vector<int> earliest_, latest_;
  std::unordered_map<std::string, int> feature_id_;  // "e:key", "p:predicate", "t:term"
  std::vector<FeatureStats> feature_stats_;
  int articles_seen_ = 0;
  long long comparisons_ = 0;
  long long postings_scanned_ = 0;
};

}  // namespace storyline
