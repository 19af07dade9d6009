#include "store/story_record.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "present/report_json.h"

namespace storyline {
namespace {

// The story object exactly as `report --format json` writes it: the report of this story alone.
nlohmann::json story_json(const std::vector<Analysis>& analyses, const Story& story) {
  Record record;
  for (std::size_t i = 0; i < analyses.size(); ++i) {
    record.copy_of.push_back(story.copy_of[i]);
    record.copy_similarity.push_back(0);
    record.story_of.push_back(0);
  }
  record.stories.push_back(story);
  std::ostringstream out;
  write_report_json(out, analyses, record);
  return nlohmann::json::parse(out.str()).at("stories").at(0);
}

}  // namespace

StoryToStore story_to_store(std::int64_t id, const std::vector<Analysis>& analyses, const Story& story) {
  StoryToStore out;
  out.record = story_json(analyses, story);
  StoryRow& row = out.row;
  row.id = id;
  row.articles = static_cast<int>(analyses.size());
  row.outlets = static_cast<int>(story.outlets.size());
  row.claim_groups = static_cast<int>(story.groups.size());
  row.title = story.title;
  for (const Analysis& a : analyses) {
    const std::string& published = a.article.published.value;
    if (published.empty() || a.article.published.from == DateSource::Estimated) continue;  // older stores
    if (row.first_published.empty() || published < row.first_published) row.first_published = published;
    if (published > row.last_published) row.last_published = published;
  }
  const nlohmann::json& groups = out.record.at("claim_groups");
  for (std::size_t g = 0; g < story.groups.size(); ++g) {
    const ClaimGroup& group = story.groups[g];
    bool disputed = !group.disputes.empty() || group.verdict == Verdict::Contradicted;
    row.disputed += disputed ? 1 : 0;
    out.groups.push_back({id, static_cast<int>(g), group.predicate, group.label, group.subject,
                          to_string(group.verdict), group.sources, static_cast<int>(group.disputes.size()),
                          groups.at(g)});
  }
  return out;
}

}  // namespace storyline
