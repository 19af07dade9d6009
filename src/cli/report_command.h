// storyline report: every input analysed in memory, linked, and written as the story record.
#pragma once

#include "cli/article_commands.h"

namespace storyline {

// `command.format`: md (default), json or html. Exit status as for analyze.
int run_report(const ArticleCommand& command);

}  // namespace storyline
