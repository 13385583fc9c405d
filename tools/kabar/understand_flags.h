// The understand stage's command-line flags, shared by extract, ingest, serve and quotes.
#ifndef KABAR_TOOLS_UNDERSTAND_FLAGS_H_
#define KABAR_TOOLS_UNDERSTAND_FLAGS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "kabar/understand.h"

namespace kabar::cli {

// Adds --aliases FILE to `cmd`.
void AddAliasesFlag(CLI::App* cmd, std::string* aliases);

// The Understander for the flags: built from --aliases FILE (else KABAR_ALIASES) when one is
// named, else the default one. On error (unreadable or malformed alias file) prints it and
// returns null.
const Understander* LoadUnderstander(const std::string& aliases,
                                     std::unique_ptr<Understander>* owned);

}  // namespace kabar::cli

#endif  // KABAR_TOOLS_UNDERSTAND_FLAGS_H_
