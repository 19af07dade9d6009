// Running figures across the stories of a thread: a toll reported story after story (a series
// of attacks, a flood followed for weeks) is one figure that changes, which each story's claim
// groups compare only within the story.
//
//   for (const ThreadFigure& f : running_figures(thread, record, analyses, resources)) ...
//
// For each running measure (a role of kind `cumulative`: killed, injured, evacuated, ...) that
// at least two stories of the thread report, each story's latest report of it, in publication
// order: "changed over time" when they differ, "corroborated" when all agree. Reports of
// different places are different figures. Pure.
#pragma once

#include <string>
#include <vector>

#include "link/story.h"

namespace storyline {

std::vector<ThreadFigure> running_figures(const Thread& thread, const Record& record,
                                          const std::vector<Analysis>& analyses, const ClaimResources& resources);

}  // namespace storyline
