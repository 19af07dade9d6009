// Threads: stories that continue one another over time (a campaign against cartels: the
// designation, each transfer, each strike), linked through the key entities they share.
//
//   std::vector<std::string> keys = thread_keys(story);        // per story
//   std::vector<int> thread_of = link_threads(keys_of_all);      // per story
//
// A story's key entities are the people, organizations and armed groups most of its articles
// name (places are shared by every story from one country and link nothing on their own). Two
// stories are in one thread when they share at least kThreadSharedKeys key entities; threads
// are the connected stories. Pure; computed from every story, so adding stories one batch at a
// time gives the threads of all of them at once.
#pragma once

#include <string>
#include <vector>

#include "link/story.h"

namespace storyline {

// Sorted entity keys that identify what the story is about.
std::vector<std::string> thread_keys(const Story& story);

// Per story, its thread: the index of the thread's first story (so a thread is named by a story,
// and numbering does not depend on the others).
std::vector<int> link_threads(const std::vector<std::vector<std::string>>& keys);

}  // namespace storyline
