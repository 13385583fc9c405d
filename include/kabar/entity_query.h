// Entity queries: reading the store's entity, mention and quote tables (filled by Store::Add
// from each article's `entities` and `quotes`; doc/store_schema.md). Used by `kabar entities`,
// `kabar quotes`, `kabar timeline --entity` and the server's /api/entities and /api/quotes.
//
// Names are matched by entity key (EntityKey: case, hyphens, dots and spacing do not matter)
// and through the alias table, so "Kim Jong-un", "KIM JONG UN" and, with the built-in table,
// "DPRK" (-> "Korea Utara") find what is stored under the canonical name.
//
// Thread safety: the functions only read through the given connection; use one connection
// per thread.
#ifndef KABAR_ENTITY_QUERY_H_
#define KABAR_ENTITY_QUERY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/status.h"
#include "kabar/understand.h"

struct sqlite3;

namespace kabar {

class Store;

// One entity with its figures over the stored articles.
struct EntitySummary {
  std::string name;                  // canonical name
  std::string type;                  // "PER", "ORG", "LOC"
  uint64_t articles = 0;             // stored articles naming it
  uint64_t mentions = 0;             // mentions summed over those articles
  std::vector<std::string> aliases;  // distinct spellings seen (at most 20), sorted
};

struct EntityFilter {
  std::string type;   // "PER", "ORG" or "LOC"; empty = any
  std::string since;  // YYYY-MM-DD: only articles whose event date is on or after it
  size_t limit = 50;  // 1..1000
  size_t offset = 0;
};

// One stored quote with the article it comes from.
struct QuoteHit {
  std::string article_id;
  std::string date;    // the article's event date (YYYY-MM-DD), empty when unknown
  std::string outlet;  // outlet, else site
  std::string title;
  std::string speaker;  // canonical entity name when known, else as written
  std::string text;
  std::string verb;
  int paragraph = 0;  // 0-based index into the article's body
  bool direct = true;
};

struct QuoteFilter {
  std::string speaker;  // a spelling of the speaker; empty = any
  std::string query;    // every word must occur in the quote (case-insensitive); empty = any
  size_t limit = 50;    // 1..1000
  size_t offset = 0;
};

// Opens the store at `path` for entity queries: read-only, except that a file of an older
// schema (version 1, before the entity tables) is first migrated by opening it for writing
// once (which fails with "locked" only if an ingest is running; that ingest migrated it).
Result<std::unique_ptr<Store>> OpenForEntityQueries(const std::string& path);

// The keys under which `name` may be stored: EntityKey(name) and, when `aliases` (may be
// null) knows the spelling, the key of its canonical name. Empty when name has no letters.
std::vector<std::string> EntityKeys(std::string_view name, const Understander* aliases);

// The most mentioned entities first (ties: more articles, then name).
// kInvalidArgument for a bad type, date or limit; database errors as kIOError.
Result<std::vector<EntitySummary>> ListEntities(sqlite3* db, const EntityFilter& filter);

// Quotes, oldest article first (undated last), in the order they appear in each article.
Result<std::vector<QuoteHit>> FindQuotes(sqlite3* db, const QuoteFilter& filter,
                                         const Understander* aliases);

}  // namespace kabar

#endif  // KABAR_ENTITY_QUERY_H_
