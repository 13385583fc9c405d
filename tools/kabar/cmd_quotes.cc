// kabar quotes [--db FILE] [--speaker NAME] [--query TEXT] [--limit N] [--offset N] [--json]
// Stored quotes, oldest first; the speaker is matched through the alias table.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "kabar/entity_query.h"
#include "kabar/store.h"
#include "understand_flags.h"

namespace kabar::cli {
namespace {

struct QuotesArgs {
  std::string db = "kabar.db";
  std::string aliases;
  QuoteFilter filter;
  bool json = false;
};

nlohmann::json NullIfEmpty(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

int RunQuotes(const QuotesArgs& a) {
  std::unique_ptr<Understander> owned;
  const Understander* u = LoadUnderstander(a.aliases, &owned);
  if (u == nullptr) return 2;
  Result<std::unique_ptr<Store>> store = OpenForEntityQueries(a.db);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  Result<std::vector<QuoteHit>> r = FindQuotes((*store)->handle(), a.filter, u);
  if (!r.ok()) {
    std::cerr << "kabar: " << r.status().ToString() << "\n";
    return r.status().code() == Status::Code::kInvalidArgument ? 2 : 1;
  }
  for (const QuoteHit& q : *r) {
    if (a.json) {
      nlohmann::json j = {{"article_id", q.article_id},
                          {"date", NullIfEmpty(q.date)},
                          {"outlet", NullIfEmpty(q.outlet)},
                          {"title", NullIfEmpty(q.title)},
                          {"speaker", NullIfEmpty(q.speaker)},
                          {"text", q.text},
                          {"verb", NullIfEmpty(q.verb)},
                          {"paragraph", q.paragraph},
                          {"direct", q.direct}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::cout << (q.date.empty() ? "(undated)" : q.date) << "  "
                << (q.outlet.empty() ? "-" : q.outlet) << "  " << q.article_id << "  "
                << (q.speaker.empty() ? "(unknown)" : q.speaker);
      if (!q.verb.empty()) std::cout << " (" << q.verb << ")";
      std::cout << ": " << (q.direct ? "\"" : "") << q.text << (q.direct ? "\"" : "") << "\n";
    }
  }
  return 0;
}

}  // namespace

void AddQuotesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand("quotes", "Quotes attributed to their speakers");
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  cmd->add_option("--speaker", args->filter.speaker,
                  "Speaker, any spelling the alias table knows (\"Kim Jong-un\")");
  cmd->add_option("--query", args->filter.query, "Words the quote must contain");
  cmd->add_option("-n,--limit", args->filter.limit, "How many (default 50)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--offset", args->filter.offset, "Skip this many first");
  AddAliasesFlag(cmd, &args->aliases);
  cmd->add_flag("--json", args->json, "One JSON object per quote");
  cmd->callback([args, exit_code] { *exit_code = RunQuotes(*args); });
}

}  // namespace kabar::cli
