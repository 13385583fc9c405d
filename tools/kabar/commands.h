// Subcommands of the kabar CLI. Each Add* registers one subcommand on `app`; when it runs,
// it stores the process exit code in *exit_code. The commands only parse arguments, call the
// library and format output.
#ifndef KABAR_TOOLS_COMMANDS_H_
#define KABAR_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace kabar::cli {

void AddExtractCommand(CLI::App& app, int* exit_code);
void AddIngestCommand(CLI::App& app, int* exit_code);
void AddStoriesCommand(CLI::App& app, int* exit_code);
void AddTimelineCommand(CLI::App& app, int* exit_code);
void AddSearchCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddEntitiesCommand(CLI::App& app, int* exit_code);
void AddQuotesCommand(CLI::App& app, int* exit_code);

}  // namespace kabar::cli

#endif  // KABAR_TOOLS_COMMANDS_H_
