// kabar stories [--db FILE] [--since DATE] [--until DATE] [--json]
// kabar timeline [--db FILE] (--storyline ID | --query TEXT | --entity NAME) [--json]
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "kabar/entity_query.h"
#include "kabar/search.h"
#include "kabar/store.h"
#include "understand_flags.h"

namespace kabar::cli {
namespace {

struct StoriesArgs {
  std::string db = "kabar.db";
  std::string since, until, storyline, query, entity, aliases;
  bool json = false;
};

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string DateRange(const StorySummary& s) {
  if (s.first_date.empty()) return "(undated)";
  if (s.first_date == s.last_date) return s.first_date;
  if (s.first_date.substr(0, 8) == s.last_date.substr(0, 8)) {
    return s.first_date + "/" + s.last_date.substr(8);
  }
  return s.first_date + "/" + s.last_date;
}

nlohmann::json ToJson(const StorySummary& s) {
  return {{"id", s.id},
          {"first_date", s.first_date.empty() ? nlohmann::json() : nlohmann::json(s.first_date)},
          {"last_date", s.last_date.empty() ? nlohmann::json() : nlohmann::json(s.last_date)},
          {"headline", s.headline},
          {"outlets", s.outlets},
          {"article_ids", s.article_ids},
          {"storyline_id", s.storyline_id}};
}

void Print(const std::vector<StorySummary>& stories, bool json, bool timeline) {
  for (const StorySummary& s : stories) {
    if (json) {
      std::cout << ToJson(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (timeline) {
      std::cout << DateRange(s) << "  " << s.headline << "  [" << Join(s.outlets, ", ") << "]\n";
    } else {
      std::cout << DateRange(s) << "\t" << s.id << "\t" << s.headline << "\n"
                << "\toutlets: " << Join(s.outlets, ", ") << "\n"
                << "\tarticles: " << Join(s.article_ids, " ") << "\n"
                << "\tstoryline: " << s.storyline_id << "\n";
    }
  }
}

Result<std::unique_ptr<Store>> OpenForReading(const std::string& db) {
  return Store::OpenReadOnly(db);
}

int RunStories(const StoriesArgs& a) {
  Result<std::unique_ptr<Store>> store = OpenForReading(a.db);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  StoryFilter f;
  f.since = a.since;
  f.until = a.until;
  Result<std::vector<StorySummary>> r = (*store)->ListStories(f);
  if (!r.ok()) {
    std::cerr << "kabar: " << r.status().ToString() << "\n";
    return 1;
  }
  Print(*r, a.json, false);
  return 0;
}

// The stories of the articles the full-text index finds for `query` (the query language of
// `kabar search`), as the HTTP API's timeline finds them.
Result<std::vector<StorySummary>> QueryStories(Store* store, const std::string& query) {
  Result<std::unique_ptr<Searcher>> searcher = Searcher::Open(store->handle());
  if (!searcher.ok()) return searcher.status();
  Result<std::vector<std::string>> ids = (*searcher)->StoryIdsFor(query, Store::kMaxStoryIds);
  if (!ids.ok()) return ids.status();
  return store->StoriesWithIds(*ids);
}

int RunTimeline(const StoriesArgs& a) {
  Result<std::unique_ptr<Store>> store =
      a.entity.empty() ? OpenForReading(a.db) : OpenForEntityQueries(a.db);
  if (!store.ok()) {
    std::cerr << "kabar: " << store.status().ToString() << "\n";
    return 1;
  }
  Result<std::vector<StorySummary>> r = std::vector<StorySummary>();
  if (!a.entity.empty()) {
    std::unique_ptr<Understander> owned;
    const Understander* u = LoadUnderstander(a.aliases, &owned);
    if (u == nullptr) return 2;
    r = (*store)->EntityStories(EntityKeys(a.entity, u));
  } else if (!a.storyline.empty()) {
    r = (*store)->StorylineStories(a.storyline);
  } else {
    r = QueryStories(store->get(), a.query);
  }
  if (!r.ok()) {
    std::cerr << "kabar: " << r.status().ToString() << "\n";
    return 1;
  }
  Print(*r, a.json, true);
  return 0;
}

}  // namespace

void AddStoriesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd = app.add_subcommand("stories", "List the stories in the store");
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  cmd->add_option("--since", args->since, "Only stories reaching this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Only stories starting by this date (YYYY-MM-DD)");
  cmd->add_flag("--json", args->json, "One JSON object per story");
  cmd->callback([args, exit_code] { *exit_code = RunStories(*args); });
}

void AddTimelineCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd = app.add_subcommand("timeline", "Dated events of a storyline, oldest first");
  cmd->add_option("--db", args->db, "Store database file (default kabar.db)");
  auto* line = cmd->add_option("--storyline", args->storyline, "Storyline id");
  auto* query = cmd->add_option("--query", args->query,
                                "Stories of the articles matching this search (as `kabar search`)");
  auto* entity =
      cmd->add_option("--entity", args->entity, "An entity (any spelling the alias table knows)");
  line->excludes(query);
  line->excludes(entity);
  query->excludes(entity);
  AddAliasesFlag(cmd, &args->aliases);
  cmd->add_flag("--json", args->json, "One JSON object per event");
  cmd->callback([args, exit_code, line, query, entity] {
    if (line->count() == 0 && query->count() == 0 && entity->count() == 0) {
      std::cerr << "kabar timeline: give --storyline ID, --query TEXT or --entity NAME\n";
      *exit_code = 2;
      return;
    }
    *exit_code = RunTimeline(*args);
  });
}

}  // namespace kabar::cli
