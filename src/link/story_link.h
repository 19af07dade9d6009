// The pieces of link_articles a store needs to link incrementally: the per-article step that
// finds an article's copy group and story, and the per-story step that builds a Story from its
// articles.
//
//   ArticleLinker linker;                      // replay stored articles in ingest order, then
//   ArticleLink link = linker.add(fingerprint(a.article.text), [&] { return story_features(a); });
//   Story story = link_story(input, claim_resources);   // for each story an addition touched
//
// link_articles is exactly these two steps over all articles, so linking article by article
// and relinking only the touched stories gives the same Record as linking everything at once.
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
  int story = -1;          // StoryIndex id: stories are numbered in order of their first article
};

class ArticleLinker {
 public:
  ArticleLinker();
  // Adds the next article (ids 0, 1, 2... in call order). `features` is called only for an
  // original: a copy joins its original's story whatever its own features say.
  ArticleLink add(const Fingerprint& fingerprint, const std::function<StoryFeatures()>& features);
  int size() const { return static_cast<int>(story_of_.size()); }

 private:
  CopyIndex copies_;
  StoryIndex stories_;
  std::vector<int> story_of_;
};

// What identifies an article's story (entity keys, predicates, distinctive terms, date).
StoryFeatures story_features(const Analysis& analysis);

// One story from its articles (in ingest order) and their copy groups: entities, claim groups,
// quote groups, timeline and outlets. `Story::articles` is left for the caller to fill.
Story link_story(const StoryInput& input, const ClaimResources& resources);

}  // namespace storyline
