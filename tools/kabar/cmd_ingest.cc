// kabar ingest [--db FILE] [--now ISO8601] [-j N] [--batch N] PATH...
// Extracts articles from PATH... into the store; prints rejects and a summary on stderr.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "kabar/search.h"
#include "kabar/store.h"
#include "kabar/store_ingest.h"
#include "understand_flags.h"

namespace kabar::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "kabar.db";
  std::string now;
  int jobs = 1;
  size_t batch = 2000;
  int64_t max_pages = 0;
  bool no_understand = false;
  std::string aliases;
};

int RunIngestCommand(const IngestArgs& args) {
  std::unique_ptr<Understander> understander;
  const Understander* u = nullptr;
  if (!args.no_understand) {  // before the store is opened: a bad alias file changes nothing
    u = LoadUnderstander(args.aliases, &understander);
    if (u == nullptr) return 2;
  }
  StoreOptions store_options;
  store_options.max_page_count = args.max_pages;
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, store_options);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  SearchIndex search_index;  // the full-text index, kept in the same transactions
  Status hooked = (*store)->AddHook(&search_index);
  if (!hooked.ok()) {
    std::cerr << "kabar: search index: " << hooked.ToString() << "\n";
    return 1;
  }
  StoreIngestOptions options;
  options.run.understand = u != nullptr;
  options.run.understander = u;
  options.run.extract.now = args.now;
  options.run.jobs = args.jobs;
  options.run.progress = true;
  options.batch_size = args.batch;
  auto on_reject = [](const Reject& r) {
    std::cerr << "kabar: rejected " << r.source.path;
    if (!r.source.record_id.empty()) std::cerr << " record " << r.source.record_id;
    if (r.source.offset != 0) std::cerr << " at byte " << r.source.offset;
    std::cerr << ": " << r.reason << "\n";
  };
  Result<StoreIngestCounts> c = IngestIntoStore(args.paths, options, store->get(), on_reject);
  if (!c.ok()) {
    std::cerr << "kabar: ingest into " << args.db << " stopped: " << c.status().ToString()
              << " (batches committed before the error are kept; rerun to continue)\n";
    return 1;
  }
  std::cerr << c->run.inputs << " inputs, " << c->run.articles << " articles, " << c->run.rejected
            << " rejected; " << c->store.added << " new, " << c->store.already_stored
            << " already stored, " << c->store.exact_duplicates << " exact duplicates, "
            << c->store.near_duplicates << " near duplicates, " << c->store.syndicated
            << " syndicated, " << c->store.new_stories << " new stories, "
            << c->store.new_storylines << " new storylines\n";
  return 0;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Extract articles into the store (dedup, stories)");
  cmd->add_option("paths", args->paths, "Files, directories or - for standard input")->required();
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  cmd->add_option("--now", args->now,
                  "Reference time (ISO 8601) for relative dates such as '8 jam lalu'");
  cmd->add_option("-j,--jobs", args->jobs, "Extraction threads")->check(CLI::Range(1, 256));
  cmd->add_option("--batch", args->batch, "Articles per transaction")
      ->check(CLI::Range(1, 1000000));
  cmd->add_flag("--no-understand", args->no_understand,
                "Skip entities and quotes (stored articles get none)");
  AddAliasesFlag(cmd, &args->aliases);
  cmd->add_option("--max-pages", args->max_pages,
                  "Cap the database at this many pages (testing the full-disk path)");
  cmd->callback([args, exit_code] { *exit_code = RunIngestCommand(*args); });
}

}  // namespace kabar::cli
