#include "understand_flags.h"

#include <iostream>

namespace kabar::cli {

void AddAliasesFlag(CLI::App* cmd, std::string* aliases) {
  cmd->add_option("--aliases", *aliases,
                  "Extra alias table (Canonical<TAB>PER|ORG|LOC<TAB>alias...; default: "
                  "$KABAR_ALIASES)");
}

const Understander* LoadUnderstander(const std::string& aliases,
                                     std::unique_ptr<Understander>* owned) {
  UnderstandOptions options;
  options.aliases_file = aliases;
  Result<std::unique_ptr<Understander>> u = Understander::Create(options);
  if (!u.ok()) {
    std::cerr << "kabar: alias table: " << u.status().ToString() << "\n";
    return nullptr;
  }
  *owned = std::move(*u);
  return owned->get();
}

}  // namespace kabar::cli
