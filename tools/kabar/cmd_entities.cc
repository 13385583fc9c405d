// kabar entities [--db FILE] [--type PER|ORG|LOC] [--since DATE] [--limit N] [--offset N] [--json]
// The most mentioned entities of the store, with their article and mention counts.
#include <sqlite3.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "kabar/entity_query.h"
#include "kabar/store.h"

namespace kabar::cli {
namespace {

struct EntitiesArgs {
  std::string db = "kabar.db";
  EntityFilter filter;
  bool json = false;
};

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

int RunEntities(const EntitiesArgs& a) {
  Result<std::unique_ptr<Store>> store = OpenForEntityQueries(a.db);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  Result<std::vector<EntitySummary>> r = ListEntities((*store)->handle(), a.filter);
  if (!r.ok()) {
    std::cerr << "kabar: " << r.status().ToString() << "\n";
    return r.status().code() == Status::Code::kInvalidArgument ? 2 : 1;
  }
  for (const EntitySummary& e : *r) {
    if (a.json) {
      nlohmann::json j = {{"name", e.name},
                          {"type", e.type},
                          {"articles", e.articles},
                          {"mentions", e.mentions},
                          {"aliases", e.aliases}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::cout << e.name << "\t" << e.type << "\t" << e.articles << " articles\t" << e.mentions
                << " mentions\t" << Join(e.aliases) << "\n";
    }
  }
  return 0;
}

}  // namespace

void AddEntitiesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EntitiesArgs>();
  CLI::App* cmd =
      app.add_subcommand("entities", "The most mentioned people, organisations, places");
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  cmd->add_option("--type", args->filter.type, "Only this type")
      ->check(CLI::IsMember({"PER", "ORG", "LOC"}));
  cmd->add_option("--since", args->filter.since,
                  "Only articles about this date or later (YYYY-MM-DD)");
  cmd->add_option("-n,--limit", args->filter.limit, "How many (default 50)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--offset", args->filter.offset, "Skip this many first");
  cmd->add_flag("--json", args->json, "One JSON object per entity");
  cmd->callback([args, exit_code] { *exit_code = RunEntities(*args); });
}

}  // namespace kabar::cli
