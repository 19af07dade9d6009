// Stories: articles about the same real-world happening, clustered incrementally across English
// and Spanish.
//
//   StoryIndex index;
//   index.add(features_of(analysis));              // each article, in order
//   std::vector<int> story_of = index.cluster().story_of;
//
// An article is a TF-IDF vector over what it says: its words (sub-linear counts, the lead
// counted twice), the names it writes, and its entities by their cross-language key ("sinaloa
// cartel" for "Cártel de Sinaloa"). A story is the sum of its articles' vectors. Words are of
// one language, so across languages only the language-neutral part of the vectors is compared
// (entities, names, figures): an English report and its Spanish rewrite meet on those, and
// shared words never decide a cross-language link.
//
// cluster() first runs single-pass clustering in input order: an article joins the most
// similar story (cosine to the sum) at or above the threshold, else starts one. Single pass
// decides early, when a story is one article and a look-alike event can pass for it; so every
// article is then reassigned to the story it is most similar to with itself left out, twice,
// which is what separates look-alike events on ECB+ (docs/accuracy.md). Weights use the
// document frequencies of everything added, and the result is a function of the articles in
// order: linking in batches gives what linking all at once gives. Candidate stories come from
// an inverted index of features, so no step compares an article with every story.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace storyline {

struct StoryFeatures {
  std::vector<std::string> entities;    // entity keys, once per mention
  std::vector<std::string> predicates;  // claim predicates of the article (each once); not scored
  std::vector<std::string> terms;       // folded words, "name:" + folded names, once per use
  std::string published;                // ISO date ("2025-08-14"), empty when unknown
  std::string lang;                     // the article's language ("en"), empty when unknown
};

struct Clustering {
  std::vector<int> story_of;  // per article, stories numbered in order of their first article
  // Candidate stories scored in full, and postings entries read to find them: bounded per
  // article whatever the corpus size (story_index.cpp), for tests and benchmarks.
  long long comparisons = 0;
  long long postings_scanned = 0;

  int story_count() const;
  std::vector<int> articles_of(int story) const;
};

class StoryIndex {
 public:
  explicit StoryIndex(double threshold = 0.25);

  void add(const StoryFeatures& features);  // the next article: ids 0, 1, 2... in call order
  int size() const { return static_cast<int>(counts_.size()); }
  Clustering cluster() const;

  // Stories for the articles added since `stories` was made (it gives the first stories.size()
  // articles theirs, numbered by first article): each new article joins the most similar of the
  // stories as they stand, else starts one, and no earlier article moves. What it builds is kept
  // for the next call, so placing batch after batch costs what the batches cost; a store uses it
  // between two full clusterings (store/ingest.h).
  std::vector<int> place(const std::vector<int>& stories);

 private:
  struct Weight {
    int feature;
    float weight;
  };
  using Vector = std::vector<Weight>;  // sorted by feature
  struct Article {
    Vector all, neutral;  // TF-IDF at unit length: every feature, language-neutral ones
    int day = 0;          // publication day, or unknown
    int lang = 0;
  };
  struct Centroid {
    Vector all, neutral;           // sums of the members' vectors
    double all2 = 0, neutral2 = 0; // their squared lengths
    int earliest, latest;          // publication days of its dated members
    int size = 0;
    std::vector<int> languages;    // members per language id
    void join(const Article& a);
  };

  Vector weigh(const Vector& counts, bool neutral_only) const;
  double similarity(const Article& a, const Centroid& c, bool without) const;
  bool in_time(const Article& a, const Centroid& c) const;
  void single_pass(const std::vector<Article>& articles, std::vector<int>& story, Clustering& stats) const;
  void reassign(const std::vector<Article>& articles, std::vector<int>& story, Clustering& stats) const;

  struct Placement {
    std::vector<int> story_of;
    std::vector<Centroid> centroids;
    std::vector<std::vector<int>> postings;  // per feature: stories, ascending
  };
  Article article(int i) const;

  double threshold_;
  Placement placement_;         // what the last place() built
  std::vector<Vector> counts_;  // per article: uses of each feature
  std::vector<int> days_;       // per article: publication day, or unknown
  std::vector<int> langs_;      // per article: language id
  std::unordered_map<std::string, int> language_id_;
  std::unordered_map<std::string, int> feature_id_;  // "e:key", "t:word", "t:name:word"
  std::vector<int> document_frequency_;              // per feature
  std::vector<bool> neutral_;                        // per feature: the same in every language
};

}  // namespace storyline
