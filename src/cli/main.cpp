// storyline: many news reports of one story -> a sourced, cross-checked record.
// This file only parses the command line and hands over to the commands.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/extract_command.h"

int main(int argc, char** argv) {
  CLI::App app{"storyline: turns news articles into a sourced, cross-checked record"};
  app.set_version_flag("--version", STORYLINE_VERSION);
  app.require_subcommand(1);

  storyline::ExtractCommand extract;
  CLI::App* extract_app = app.add_subcommand(
      "extract",
      "Read articles (HTML, text, JSON Lines, WARC, RSS/Atom; files, folders or - for stdin) and "
      "write their main text and metadata, one JSON object per article, in input order.");
  extract_app->add_option("inputs", extract.inputs, "files, folders (recursive) or - for stdin")
      ->required();
  extract_app->add_option("--format", extract.format, "jsonl (default), json or text")
      ->capture_default_str();
  extract_app->add_option("--lang", extract.lang, "language of every input (e.g. en, es)");
  extract_app->add_option("--url", extract.url, "URL of the single input");
  extract_app->add_option("--published", extract.published,
                          "publication date of the single input (ISO 8601)");
  extract_app->add_option("--jobs,-j", extract.jobs, "parallel workers (default: all cores)");
  extract_app->add_option("--max-mb", extract.max_megabytes,
                          "largest document accepted, in MB after decompression")
      ->capture_default_str();
  extract_app->add_option("--resources", extract.resources,
                          "resource folder (default: $STORYLINE_RESOURCES or the installed one)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }
  if (extract_app->parsed()) return storyline::run_extract(extract);
  return 2;
}
