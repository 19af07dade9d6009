// storyline: many news reports of one story -> a sourced, cross-checked record.
// This file only parses the command line and hands over to the commands.
#include <CLI/CLI.hpp>

#include <csignal>

#include "cli/article_commands.h"
#include "cli/report_command.h"
#include "cli/serve_command.h"
#include "cli/store_commands.h"

namespace {

// The options `extract` and `analyze` share.
CLI::App* add_article_command(CLI::App& app, const char* name, const char* description,
                              storyline::ArticleCommand& command,
                              const char* formats = "jsonl (default), json or text") {
  CLI::App* sub = app.add_subcommand(name, description);
  sub->add_option("inputs", command.inputs, "files, folders (recursive) or - for stdin")->required();
  sub->add_option("--format", command.format, formats)->capture_default_str();
  sub->add_option("--lang", command.lang, "language of every input (e.g. en, es)");
  sub->add_option("--url", command.url, "URL of the single input");
  sub->add_option("--published", command.published,
                  "publication date of the single input (ISO 8601)");
  sub->add_option("--jobs,-j", command.jobs, "parallel workers (default: all cores)");
  sub->add_option("--max-mb", command.max_megabytes,
                  "largest document accepted, in MB after decompression")
      ->capture_default_str();
  sub->add_option("--resources", command.resources,
                  "resource folder (default: $STORYLINE_RESOURCES or the installed one)");
  return sub;
}

}  // namespace

int main(int argc, char** argv) {
  // A write past the file-size limit (ulimit -f, a quota) would otherwise kill the process with
  // SIGXFSZ in the middle of a store transaction; ignored, the write fails with EFBIG, the store
  // reports it, rolls the transaction back and the command exits with an error message.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"storyline: turns news articles into a sourced, cross-checked record"};
  app.set_version_flag("--version", STORYLINE_VERSION);
  app.require_subcommand(1);

  storyline::ArticleCommand extract, analyze;
  CLI::App* extract_app = add_article_command(
      app, "extract",
      "Read articles (HTML, text, JSON Lines, WARC, RSS/Atom; files, folders or - for stdin) and "
      "write their main text and metadata, one JSON object per article, in input order.",
      extract);
  CLI::App* analyze_app = add_article_command(
      app, "analyze",
      "Extract articles as `extract` does and add their layers: sentences, dates (TIMEX3 values "
      "resolved against the publication date), quantities, entities and their mentions, quotes "
      "with speakers, attributions, hedges and a sourcing summary.",
      analyze);
  analyze_app->add_option("--pack", analyze.packs,
                          "extra gazetteer pack: a folder with gazetteer.txt, or the file "
                          "(repeatable; format in resources/packs/README.md)");

  storyline::ArticleCommand report;
  report.format = "md";
  CLI::App* report_app = add_article_command(
      app, "report",
      "Analyse every input in memory, link them (copies, stories, entities across articles and "
      "languages, claim groups with verdicts, quotes by speaker, timeline, sourcing per outlet) "
      "and write the story record: --format md (default), json or html.",
      report, "md (default), json or html");
  report_app->add_option("--pack", report.packs,
                         "extra gazetteer pack: a folder with gazetteer.txt, or the file (repeatable)");
  report_app->add_flag("--one-story", report.one_story,
                       "the inputs report one story: compare them all instead of clustering them into stories");
  report_app->add_flag("--timings", report.timings,
                       "print the seconds spent reading and analysing, linking, and writing on stderr");

  storyline::StoreCommands store;
  storyline::add_store_commands(app, report_app, report, store);
  storyline::ServeCommand serve;
  CLI::App* serve_app = storyline::add_serve_command(app, serve);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }
  if (extract_app->parsed()) return storyline::run_extract(extract);
  if (analyze_app->parsed()) return storyline::run_analyze(analyze);
  if (serve_app->parsed()) return storyline::run_serve(serve);
  if (int status = storyline::run_store_commands(store); status >= 0) return status;
  if (report_app->parsed()) return storyline::run_report(report);
  return 2;
}
