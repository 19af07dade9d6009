#include "link/story.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "claims/claims.h"
#include "link/copies.h"
#include "link/running_figures.h"
#include "link/story_index.h"
#include "link/story_link.h"
#include "link/threads.h"
#include "recognize/quantities/quantity_tokens.h"  // fold_word
#include "util/text.h"

namespace storyline {
namespace {

// The lead (the title and the first sentences) says what the story is: its words count twice.
constexpr std::size_t kLeadSentences = 3;
constexpr int kLeadUses = 2;
constexpr std::size_t kMinWordBytes = 3;  // "el", "un", "of": too short to tell stories apart
constexpr std::size_t kShortTitleBytes = 100;  // a lead sentence as a title is cut about here

bool starts_upper(std::string_view word) {
  UChar32 c = 0;
  std::int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
  return c > 0 && u_isupper(c);
}

// Words of a text with their case kept, as runs of letters and digits.
std::vector<std::string_view> raw_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::int32_t i = 0, start = -1;
  const auto size = static_cast<std::int32_t>(text.size());
  while (i < size) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, size, c);
    const bool letter = c > 0 && u_isalnum(c);
    if (letter && start < 0) start = at;
    if (!letter && start >= 0) words.push_back(text.substr(start, at - start)), start = -1;
  }
  if (start >= 0) words.push_back(text.substr(start));
  return words;
}

}  // namespace

StoryFeatures story_features(const Analysis& a, const ClaimResources& resources) {
  StoryFeatures f;
  static const std::unordered_set<std::string> kNone;
  const auto language = resources.languages.find(a.article.lang);
  const auto& function_words = language == resources.languages.end() ? kNone : language->second.function_words;
  for (const Entity& e : a.entities)
    if (!e.outlet)
      for (std::size_t m = 0; m < std::max<std::size_t>(1, e.mentions.size()); ++m) f.entities.push_back(e.key);
  std::set<std::string> predicates;
  for (const Claim& c : a.claims) predicates.insert(c.predicate);
  f.predicates.assign(predicates.begin(), predicates.end());

  // Words by use, and names: a capitalized word that does not open its sentence is a name in any
  // language, typed as an entity or not, and names are what two languages' reports of one story
  // share ("Tidewater", "Saltmere").
  auto take = [&](std::string_view text, int uses) {
    const std::vector<std::string_view> words = raw_words(text);
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (words[w].size() < kMinWordBytes) continue;
      const std::string folded = fold_word(words[w]);
      if (function_words.count(folded)) continue;
      for (int u = 0; u < uses; ++u) {
        f.terms.push_back(folded);
        if (w > 0 && starts_upper(words[w])) f.terms.push_back("name:" + folded);
      }
    }
  };
  take(a.article.title, kLeadUses);
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    const Span span = a.sentences[s];
    take(std::string_view(a.article.text).substr(span.begin, span.end - span.begin),
         s < kLeadSentences ? kLeadUses : 1);
  }
  f.lang = a.article.lang;
  // An estimated date is a guess from the text's own dates: too weak to keep articles apart.
  if (a.article.published.from != DateSource::Estimated)
    f.published = a.article.published.value.substr(0, std::min<std::size_t>(10, a.article.published.value.size()));
  return f;
}

std::string outlet_of(const Article& a) { return a.outlet.empty() ? "unknown outlet" : a.outlet; }

std::string article_title(const Analysis& a) {
  if (!a.article.title.empty()) return a.article.title;
  if (a.sentences.empty()) return "";
  const Span lead = a.sentences.front();
  std::string text = collapse_spaces(std::string_view(a.article.text).substr(lead.begin, lead.end - lead.begin));
  if (text.size() <= kShortTitleBytes) return text;
  std::size_t cut = text.rfind(' ', kShortTitleBytes);  // at a word boundary, which is a UTF-8 one too
  return text.substr(0, cut == std::string::npos ? kShortTitleBytes : cut) + "…";
}

namespace {

std::vector<StoryEntity> merge_entities(const std::vector<const Analysis*>& articles) {
  std::map<std::string, StoryEntity> by_key;
  std::map<std::string, std::set<int>> seen_in;
  for (std::size_t a = 0; a < articles.size(); ++a)
    for (const Entity& e : articles[a]->entities) {
      StoryEntity& merged = by_key[e.key];
      if (merged.key.empty()) merged.key = e.key, merged.name = e.name, merged.type = e.type;
      if (e.name.size() > merged.name.size() && e.type == merged.type) merged.name = e.name;
      merged.outlet = merged.outlet || e.outlet;
      for (const std::string& alias : e.aliases)
        if (std::find(merged.aliases.begin(), merged.aliases.end(), alias) == merged.aliases.end())
          merged.aliases.push_back(alias);
      for (const std::string& role : e.roles)
        if (std::find(merged.roles.begin(), merged.roles.end(), role) == merged.roles.end())
          merged.roles.push_back(role);
      seen_in[e.key].insert(static_cast<int>(a));
    }
  std::vector<StoryEntity> out;
  for (auto& [key, e] : by_key) {
    e.articles = static_cast<int>(seen_in[key].size());
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const StoryEntity& x, const StoryEntity& y) { return x.articles > y.articles; });
  return out;
}

std::set<std::string> quote_words(const std::string& text) {
  std::set<std::string> out;
  for (const std::string& w : word_tokens(text)) out.insert(fold_word(w));
  return out;
}

double overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

// Quotes of one speaker on one occasion (the same place words, or the same date) in different
// outlets: the same words corroborate each other; different words are a variant to show.
std::vector<QuoteGroup> group_quotes(const std::vector<const Analysis*>& articles, const std::vector<int>& copy_of) {
  struct Item {
    QuoteRef ref;
    std::string speaker, occasion, name;
  };
  std::map<std::string, std::vector<Item>> by_speaker;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const Analysis& an = *articles[a];
    for (std::size_t q = 0; q < an.speech.quotes.size(); ++q) {
      const Quote& quote = an.speech.quotes[q];
      if (quote.speaker.text.empty() || quote.speaker.anonymous || quote.continues >= 0) continue;
      std::string key = quote.speaker.entity >= 0 ? an.entities[quote.speaker.entity].key : fold_word(quote.speaker.text);
      std::string name = quote.speaker.entity >= 0 ? an.entities[quote.speaker.entity].name : quote.speaker.text;
      // A person named by surname alone in one article and in full in another is one speaker.
      std::vector<std::string> words = word_tokens(key);
      if (quote.speaker.entity >= 0 && an.entities[quote.speaker.entity].type == EntityType::Person && !words.empty())
        key = "person:" + words.back();
      std::string occasion;
      if (quote.where.end > quote.where.begin) occasion = collapse_spaces(fold_word(quote.where_text));
      by_speaker[key].push_back({{static_cast<int>(a), static_cast<int>(q)}, key, occasion, name});
    }
  }
  std::vector<QuoteGroup> groups;
  for (auto& [key, items] : by_speaker) {
    std::map<std::string, std::vector<Item>> by_occasion;
    for (const Item& item : items) by_occasion[item.occasion].push_back(item);
    for (auto& [occasion, list] : by_occasion) {
      QuoteGroup g;
      g.speaker = list.front().name;
      for (const Item& item : list) {
        g.quotes.push_back(item.ref);
        if (item.name.size() > g.speaker.size()) g.speaker = item.name;
      }
      g.occasion = occasion;
      if (!occasion.empty()) {
        for (std::size_t i = 0; i < list.size() && !g.variant; ++i)
          for (std::size_t j = i + 1; j < list.size(); ++j) {
            if (copy_of[list[i].ref.article] == copy_of[list[j].ref.article]) continue;
            const Quote& x = articles[list[i].ref.article]->speech.quotes[list[i].ref.quote];
            const Quote& y = articles[list[j].ref.article]->speech.quotes[list[j].ref.quote];
            if (overlap(quote_words(x.text), quote_words(y.text)) < 0.8) g.variant = true;
          }
      }
      groups.push_back(std::move(g));
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const QuoteGroup& x, const QuoteGroup& y) {
    if (x.variant != y.variant) return x.variant;
    return x.quotes.size() > y.quotes.size();
  });
  return groups;
}

std::vector<TimelineEntry> timeline_of(const std::vector<Event>& events) {
  std::vector<TimelineEntry> entries;
  for (std::size_t e = 0; e < events.size(); ++e)
    if (!events[e].begin.empty())
      entries.push_back({events[e].begin, events[e].end, events[e].precision, static_cast<int>(e),
                         events[e].group, events[e].claims});
  std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
    return x.begin < y.begin;
  });
  return entries;
}

std::vector<OutletProfile> outlets_of(const std::vector<const Analysis*>& articles, const std::vector<ClaimGroup>& groups) {
  std::map<std::string, OutletProfile> by_outlet;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    OutletProfile& p = by_outlet[outlet_of(articles[a]->article)];
    p.outlet = outlet_of(articles[a]->article);
    p.articles.push_back(static_cast<int>(a));
    const Sourcing& s = articles[a]->speech.sourcing;
    p.named += s.named, p.anonymous += s.anonymous, p.outlets += s.outlets, p.unsourced += s.unsourced;
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::set<std::string> reporters;
    for (const ClaimRef& ref : groups[g].claims) reporters.insert(outlet_of(articles[ref.article]->article));
    if (reporters.size() == 1 && by_outlet.size() > 1) by_outlet[*reporters.begin()].exclusive.push_back(static_cast<int>(g));
  }
  std::vector<OutletProfile> out;
  for (auto& [name, p] : by_outlet) out.push_back(std::move(p));
  return out;
}

}  // namespace

Story link_story(const StoryInput& input, const ClaimResources& resources) {
  Story story;
  story.copy_of = input.copy_of;
  story.entities = merge_entities(input.articles);
  story.events = link_events(input, resources);
  story.groups = group_claims(input, story.events, resources);
  set_event_groups(story.events, story.groups);
  if (resources.text_values) story.text_disputes = compare_text_values(input, *resources.text_values);
  story.quotes = group_quotes(input.articles, input.copy_of);
  story.timeline = timeline_of(story.events);
  story.outlets = outlets_of(input.articles, story.groups);
  for (const Analysis* a : input.articles)  // a title an outlet wrote, else a lead sentence
    if (story.title.empty()) story.title = a->article.title;
  for (const Analysis* a : input.articles)
    if (story.title.empty()) story.title = article_title(*a);
  return story;
}

Record link_articles(const std::vector<Analysis>& analyses, const ClaimResources& resources, bool one_story) {
  Record record;
  ArticleLinker linker;
  for (const Analysis& a : analyses) {
    ArticleLink link = linker.add(fingerprint(a.article.text), [&] { return story_features(a, resources); });
    record.copy_of.push_back(link.copy_of);
    record.copy_similarity.push_back(link.similarity);
  }
  record.story_of = one_story ? std::vector<int>(analyses.size(), 0) : linker.settled_stories();
  std::map<int, std::vector<int>> members;
  for (std::size_t i = 0; i < analyses.size(); ++i) members[record.story_of[i]].push_back(static_cast<int>(i));
  std::vector<std::pair<int, std::vector<int>>> ordered(members.begin(), members.end());
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) { return x.second.front() < y.second.front(); });
  for (auto& [id, list] : ordered) {
    Story story;
    story.articles = list;
    StoryInput input;
    std::map<int, int> local;
    for (std::size_t k = 0; k < list.size(); ++k) local[list[k]] = static_cast<int>(k);
    for (int i : list) {
      input.articles.push_back(&analyses[i]);
      auto found = local.find(record.copy_of[i]);
      input.copy_of.push_back(found == local.end() ? local[i] : found->second);
    }
    Story linked = link_story(input, resources);
    linked.articles = std::move(story.articles);
    story = std::move(linked);
    for (int i : list) record.story_of[i] = static_cast<int>(record.stories.size());
    record.stories.push_back(std::move(story));
  }
  set_threads(record);
  for (Thread& thread : record.threads) thread.figures = running_figures(thread, record, analyses, resources);
  return record;
}

void set_threads(Record& record) {
  std::vector<std::vector<std::string>> keys;
  for (const Story& story : record.stories) keys.push_back(thread_keys(story));
  const std::vector<int> first = link_threads(keys);
  std::map<int, int> index;  // first story -> thread
  record.threads.clear();
  record.thread_of.assign(record.stories.size(), -1);
  for (std::size_t s = 0; s < record.stories.size(); ++s) {
    const auto [it, fresh] = index.try_emplace(first[s], static_cast<int>(record.threads.size()));
    if (fresh) record.threads.emplace_back();
    record.threads[it->second].stories.push_back(static_cast<int>(s));
    record.thread_of[s] = it->second;
  }
  // The key entities a thread's stories share, by name.
  for (Thread& thread : record.threads) {
    if (thread.stories.size() < 2) continue;
    std::map<std::string, int> count;
    for (int s : thread.stories)
      for (const std::string& key : keys[s]) ++count[key];
    for (const StoryEntity& e : record.stories[thread.stories.front()].entities)
      if (count.count(e.key) && count[e.key] > 1) thread.entities.push_back(e.name);
    for (int s : thread.stories)
      for (const StoryEntity& e : record.stories[s].entities)
        if (count.count(e.key) && count[e.key] > 1 &&
            std::find(thread.entities.begin(), thread.entities.end(), e.name) == thread.entities.end() &&
            std::none_of(record.stories[thread.stories.front()].entities.begin(),
                         record.stories[thread.stories.front()].entities.end(),
                         [&](const StoryEntity& f) { return f.key == e.key; }))
          thread.entities.push_back(e.name);
  }
}

}  // namespace storyline
