// kabar search [--db FILE] [--limit N] [--offset N] [--json] [--duplicates] QUERY...
// Ranked full-text search over the store; see include/kabar/query.h for the query language.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "kabar/search.h"
#include "kabar/search_json.h"
#include "kabar/store.h"

namespace kabar::cli {
namespace {

struct SearchArgs {
  std::string db = "kabar.db";
  std::vector<std::string> words;
  size_t limit = 10;
  size_t offset = 0;
  bool json = false;
  bool duplicates = false;
};

// Terminal output: control characters dropped, so a stored string cannot drive the terminal.
std::string Clean(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t') {
      out.push_back(' ');
    } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
      out.push_back(c);
    }
  }
  return out;
}

std::string Marked(const std::vector<TextPart>& parts, bool tty) {
  std::string out;
  for (const TextPart& p : parts) {
    if (!p.match) {
      out += Clean(p.text);
    } else {
      out += tty ? "\x1b[1m" + Clean(p.text) + "\x1b[0m" : "[" + Clean(p.text) + "]";
    }
  }
  return out;
}

void PrintHit(size_t rank, const SearchHit& h, bool tty) {
  std::string when = !h.published.empty() ? h.published.substr(0, 10) : h.event_date;
  std::string outlet = !h.outlet.empty() ? h.outlet : h.site;
  std::cout << rank << ". " << Marked(h.title_parts, tty) << "\n   "
            << Clean(outlet.empty() ? "(unknown outlet)" : outlet) << " · "
            << (when.empty() ? "(undated)" : when) << " · " << h.id;
  if (h.duplicates > 0) std::cout << " · +" << h.duplicates << " duplicate(s)";
  std::cout << "\n   " << Marked(h.snippet, tty) << "\n";
}

int RunSearchCommand(const SearchArgs& args) {
  std::string query;
  for (const std::string& w : args.words) query += (query.empty() ? "" : " ") + w;
  Result<std::unique_ptr<Store>> store = Store::OpenReadOnly(args.db);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  Result<std::unique_ptr<Searcher>> searcher = Searcher::Open((*store)->handle());
  if (!searcher.ok()) {
    std::cerr << "kabar: " << searcher.status().ToString() << "\n";
    return 1;
  }
  SearchRequest request;
  request.query = query;
  request.limit = args.limit;
  request.offset = args.offset;
  request.include_duplicates = args.duplicates;
  Result<SearchResponse> r = (*searcher)->Search(request);
  if (!r.ok()) {
    bool user_error = r.status().code() == Status::Code::kInvalidArgument;
    std::cerr << "kabar: "
              << (user_error ? "bad query: " + r.status().message() : r.status().ToString())
              << "\n";
    return user_error ? 2 : 1;
  }
  if (args.json) {
    for (const SearchHit& h : r->hits) std::cout << SearchHitToJson(h) << "\n";
    return 0;
  }
  bool tty = isatty(STDOUT_FILENO) != 0;
  for (size_t i = 0; i < r->hits.size(); ++i) PrintHit(args.offset + i + 1, r->hits[i], tty);
  if (r->hits.empty()) std::cerr << "no results\n";
  if (r->has_more) std::cerr << "more results: --offset " << args.offset + args.limit << "\n";
  return 0;
}

}  // namespace

void AddSearchCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over the store (ranked)");
  cmd->add_option("query", args->words,
                  "Query: words, \"phrases\", prefix*, OR, NOT/-word, (groups), outlet: site: "
                  "lang: from: to: story: filters")
      ->required();
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  cmd->add_option("-n,--limit", args->limit, "Results per page (1-100, default 10)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--offset", args->offset, "Skip this many results (paging)")
      ->check(CLI::Range(0, 10000));
  cmd->add_flag("--json", args->json, "One JSON object per hit (JSON Lines)");
  cmd->add_flag("--duplicates", args->duplicates, "Also list duplicates (folded by default)");
  cmd->callback([args, exit_code] { *exit_code = RunSearchCommand(*args); });
}

}  // namespace kabar::cli
