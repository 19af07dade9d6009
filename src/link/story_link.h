// The pieces of link_articles a store needs to link incrementally: the per-article step that
// finds an article's copy group and story, and the per-story step that builds a Story from its
// articles.
//
//   ArticleLinker linker;                      // replay stored articles in ingest order, then
//   linker.add(fingerprint(a.article.text), [&] { return story_features(a, claim_resources); });
//   std::vector<int> story_of = linker.settled_stories();   // after each batch
//   Story story = link_story(input, claim_resources);   // for each story whose members changed
//
// link_articles is exactly these steps over all articles. The settled stories are a function of
// the articles added, in order, so linking batch by batch and relinking the stories whose
// members changed gives the same Record as linking everything at once.
#pragma once

#include <functional>
#include <vector>

#include "link/copies.h"
#include "link/story.h"
#include "link/story_index.h"

namespace storyline {

struct ArticleLink {
  int copy_of = -1;        // the first article of its copy group (itself for an original)
  double similarity = 0;   // to the article it copies; 0 for an original
};

class ArticleLinker {
 public:
  ArticleLinker();
  // Adds the next article (ids 0, 1, 2... in call order). `features` is called only for an
  // original: a copy is in its original's story whatever its own features say.
  ArticleLink add(const Fingerprint& fingerprint, const std::function<StoryFeatures()>& features);
  int size() const { return static_cast<int>(index_of_.size()); }
  // Per article, its story (StoryIndex::cluster), numbered in order of first article; a copy is
  // in its original's story.
  std::vector<int> settled_stories() const;
  // Per article, its story when the first current.size() articles keep the stories `current`
  // gives them (numbered by first article) and the others are placed (StoryIndex::place).
  std::vector<int> placed_stories(const std::vector<int>& current);

 private:
  CopyIndex copies_;
  StoryIndex stories_;
  std::vector<int> index_of_;  // per article: its original's id in stories_
};

// What identifies an article's story: entity keys, words and names (the lead's counted twice),
// predicates, date. `resources` gives each language's function words.
StoryFeatures story_features(const Analysis& analysis, const ClaimResources& resources);

// One story from its articles (in ingest order) and their copy groups: entities, claim groups,
// quote groups, timeline and outlets. `Story::articles` is left for the caller to fill.
Story link_story(const StoryInput& input, const ClaimResources& resources);

}  // namespace storyline
