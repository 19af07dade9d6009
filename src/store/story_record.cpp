#include "store/story_record.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "link/threads.h"
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
  row.thread = id;  // until threads are computed over every story (Ingester)
  out.thread_keys = thread_keys(story);
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

std::string thread_keys_to_text(const std::vector<std::string>& keys) {
  return nlohmann::json(keys).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> thread_keys_from_text(std::string_view text) {
  if (text.empty()) return {};
  return nlohmann::json::parse(text).get<std::vector<std::string>>();
}

std::vector<std::string> record_thread_keys(const nlohmann::json& record) {
  Story story;
  const std::size_t articles = record.value("articles", nlohmann::json::array()).size();
  for (std::size_t k = 0; k < articles; ++k) story.articles.push_back(static_cast<int>(k));
  for (const nlohmann::json& e : record.value("entities", nlohmann::json::array())) {
    StoryEntity entity;
    entity.key = e.value("key", "");
    entity.name = e.value("name", "");
    if (!parse_entity_type(e.value("type", ""), &entity.type)) continue;
    entity.articles = e.value("articles", 0);
    entity.outlet = e.value("outlet", false);
    story.entities.push_back(std::move(entity));
  }
  return thread_keys(story);
}

std::vector<std::int64_t> thread_ids(const std::vector<StoryThread>& stories) {
  std::vector<std::vector<std::string>> keys;
  keys.reserve(stories.size());
  for (const StoryThread& s : stories) keys.push_back(s.keys);
  const std::vector<int> first = link_threads(keys);
  std::vector<std::int64_t> out;
  out.reserve(stories.size());
  for (int f : first) out.push_back(stories[f].id);
  return out;
}

// As set_threads (link/story.cpp) names a thread's entities: the keys two or more of its stories
// share, by the name its first story gives them, then by the names later stories give the others.
std::vector<ThreadRow> threads_of(
    const std::vector<StoryRow>& rows, const std::vector<StoryThread>& stories,
    const std::map<std::int64_t, std::vector<std::pair<std::string, std::string>>>& entities) {
  std::vector<ThreadRow> out;
  std::map<std::int64_t, std::size_t> index;  // thread id -> position in out
  std::map<std::int64_t, const StoryThread*> keys_of;
  for (const StoryThread& s : stories) keys_of[s.id] = &s;
  for (const StoryRow& row : rows) {
    const auto [it, fresh] = index.try_emplace(row.thread, out.size());
    if (fresh) {
      out.emplace_back();
      out.back().id = row.thread;
    }
    ThreadRow& thread = out[it->second];
    if (thread.stories.empty()) thread.title = row.title;
    thread.stories.push_back(row.id);
  }
  static const std::vector<std::pair<std::string, std::string>> none;
  for (ThreadRow& thread : out) {
    if (thread.stories.size() < 2) continue;
    std::map<std::string, int> count;
    for (std::int64_t s : thread.stories)
      if (auto k = keys_of.find(s); k != keys_of.end())
        for (const std::string& key : k->second->keys) ++count[key];
    auto named = [&](std::int64_t s) -> const std::vector<std::pair<std::string, std::string>>& {
      auto e = entities.find(s);
      return e == entities.end() ? none : e->second;
    };
    const auto& first = named(thread.stories.front());
    for (const auto& [key, name] : first)
      if (count.count(key) && count[key] > 1) thread.entities.push_back(name);
    for (std::int64_t s : thread.stories)
      for (const auto& [key, name] : named(s))
        if (count.count(key) && count[key] > 1 &&
            std::find(thread.entities.begin(), thread.entities.end(), name) == thread.entities.end() &&
            std::none_of(first.begin(), first.end(), [&k = key](const auto& f) { return f.first == k; }))
          thread.entities.push_back(name);
  }
  return out;
}

}  // namespace storyline
