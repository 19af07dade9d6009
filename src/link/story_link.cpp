#include "link/story_link.h"

namespace storyline {

ArticleLinker::ArticleLinker() = default;

ArticleLink ArticleLinker::add(const Fingerprint& fingerprint, const std::function<StoryFeatures()>& features) {
  int self = size();  // copies_ numbers articles as we do
  int original = copies_.add(fingerprint);
  ArticleLink link;
  link.copy_of = original < 0 ? self : original;
  link.similarity = original < 0 ? 0 : copies_.best_similarity(self);
  if (original >= 0) {
    index_of_.push_back(index_of_[original]);
  } else {
    index_of_.push_back(stories_.size());
    stories_.add(features());
  }
  return link;
}

std::vector<int> ArticleLinker::settled_stories() const {
  const std::vector<int> settled = stories_.cluster().story_of;
  std::vector<int> out;
  out.reserve(index_of_.size());
  for (int article : index_of_) out.push_back(settled[article]);
  return out;
}

std::vector<int> ArticleLinker::placed_stories(const std::vector<int>& current) {
  std::vector<int> originals;  // the stories of the index's articles that `current` covers
  for (std::size_t i = 0; i < current.size(); ++i)
    if (index_of_[i] == static_cast<int>(originals.size())) originals.push_back(current[i]);
  const std::vector<int> placed = stories_.place(originals);
  std::vector<int> out;
  out.reserve(index_of_.size());
  for (int article : index_of_) out.push_back(placed[article]);
  return out;
}

}  // namespace storyline
