#include "link/story_link.h"

namespace storyline {

namespace {
constexpr double kStoryThreshold = 0.4;  // tuned on the seeds and the synthetic corpus
}  // namespace

ArticleLinker::ArticleLinker() : stories_(kStoryThreshold) {}

ArticleLink ArticleLinker::add(const Fingerprint& fingerprint, const std::function<StoryFeatures()>& features) {
  int self = size();
  int original = copies_.add(fingerprint);
  ArticleLink link;
  link.copy_of = original < 0 ? self : original;
  link.similarity = original < 0 ? 0 : copies_.best_similarity(self);
  link.story = original >= 0 ? story_of_[original] : stories_.add(features()).story;
  story_of_.push_back(link.story);
  return link;
}

}  // namespace storyline
