// kabar: the command-line front end. Subcommand dispatch only.
#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"kabar: clean, deduplicated, searchable news stories from raw pages"};
  app.require_subcommand(1);
  int exit_code = 0;
  kabar::cli::AddExtractCommand(app, &exit_code);
  kabar::cli::AddIngestCommand(app, &exit_code);
  kabar::cli::AddStoriesCommand(app, &exit_code);
  kabar::cli::AddTimelineCommand(app, &exit_code);
  kabar::cli::AddSearchCommand(app, &exit_code);
  kabar::cli::AddServeCommand(app, &exit_code);
  kabar::cli::AddEntitiesCommand(app, &exit_code);
  kabar::cli::AddQuotesCommand(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
