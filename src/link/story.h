// The link stage: many analysed articles -> copies, threads of stories, and for each story its
// merged entities, events, claim groups with verdicts, quote groups, timeline and outlet
// profiles.
//
//   Record record = link_articles(analyses, claim_resources);
//   for (const Story& story : record.stories) ...
//
// The only stage that looks across articles. Copies and stories are found incrementally
// (link/copies.h, link/story_index.h); everything inside a story is computed from its articles.
#pragma once

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "link/claim_groups.h"
#include "link/events.h"
#include "link/text_values.h"

namespace storyline {

struct StoryEntity {
  std::string key, name;
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;  // every surface form in every article
  std::vector<std::string> roles;
  int articles = 0;                  // how many of the story's articles mention it
  bool outlet = false;
};

struct QuoteRef {
  int article = -1;  // index into the story's articles
  int quote = -1;    // index into that article's quotes
};

struct QuoteGroup {
  std::string speaker;               // entity name or description
  std::vector<QuoteRef> quotes;
  bool variant = false;              // same speaker and occasion, different words in different outlets
  std::string occasion;              // the shared place or date that makes it one occasion
};

// One event of the story at its dates: the timeline's unit.
struct TimelineEntry {
  std::string begin, end, precision;  // ISO dates of the interval
  int event = -1;                     // index into the story's events
  int group = -1;                     // the event's claim group, -1 when none
  std::vector<ClaimRef> claims;
};

struct OutletProfile {
  std::string outlet;
  std::vector<int> articles;         // indexes into the story's articles
  int named = 0, anonymous = 0, outlets = 0, unsourced = 0;  // sentences, as in Sourcing
  std::vector<int> exclusive;        // claim groups only this outlet reported
};

struct Story {
  std::string title;                 // its first article title, else a short lead sentence
  std::vector<int> articles;         // indexes into the linked analyses
  std::vector<int> copy_of;          // per story article: index (in `articles`) of its original
  std::vector<StoryEntity> entities; // most mentioned first
  std::vector<Event> events;         // most reported first: the first is the story's main event
  std::vector<ClaimGroup> groups;
  std::vector<TextDispute> text_disputes;  // names and titles outlets write differently
  std::vector<QuoteGroup> quotes;
  std::vector<TimelineEntry> timeline;
  std::vector<OutletProfile> outlets;
};

// A running figure across the stories of a thread (link/running_figures.h).
struct ThreadFigureReport {
  int story = -1;         // index into Record::stories
  int group = -1;         // index into that story's groups
  ClaimRef claim;         // in that story
  std::string published;  // the article's date, "" when unknown
  std::string text;       // the figure as written: "at least 12"
  double value = 0;
};

struct ThreadFigure {
  std::string role, label, place;
  std::vector<ThreadFigureReport> reports;  // one per story, earliest first; unknown dates last
  Verdict verdict = Verdict::Corroborated;  // ChangedOverTime when the reports differ
  std::string reason;                       // "3 (2026-03-10), then 5 (2026-03-13)"
};

// Stories that continue one another over time (link/threads.h).
struct Thread {
  std::vector<int> stories;          // indexes into Record::stories, in order
  std::vector<std::string> entities; // names of the key entities its stories share
  std::vector<ThreadFigure> figures; // running figures its stories report (report only)
};

struct Record {
  std::vector<int> copy_of;          // per analysis: the first article of its copy group
  std::vector<double> copy_similarity;
  std::vector<int> story_of;         // per analysis
  std::vector<Story> stories;        // in order of their first article
  std::vector<int> thread_of;        // per story: index into threads
  std::vector<Thread> threads;       // in order of their first story
};

// `one_story`: the caller knows the analyses report one story; they are not clustered.
Record link_articles(const std::vector<Analysis>& analyses, const ClaimResources& resources, bool one_story = false);

// Sets record.threads and record.thread_of from record.stories (link/threads.h).
void set_threads(Record& record);

// The article's outlet, else "unknown outlet" (never a file path).
std::string outlet_of(const Article& article);
// The article's title, else its lead sentence cut short at a word, else "".
std::string article_title(const Analysis& analysis);

}  // namespace storyline
