// Full-text search over the store: the index (a StoreHook) and the searcher.
//
// The index is an FTS5 table, `article_fts(title, lead, body)`, in the store's database,
// tokenized by the "kabar" tokenizer (fts_tokenizer.h); its rowid is `articles.seq`. It is
// written inside the store's transactions, so it is always exactly as complete as the store.
// Ranking is BM25 with the title weighted 4, the lead 2 and the body 1. `meta` key
// `search_index_version` records the analysis the index was built with; on a mismatch (or
// a store ingested without the index) SearchIndex::Migrate rebuilds it from the articles.
//
// Thread safety: a SearchIndex is driven by its Store (not thread-safe, like the Store). A
// Searcher wraps one connection and is not thread-safe: use one per thread, each on its own
// read-only connection (Store::OpenReadOnly).
#ifndef KABAR_SEARCH_H_
#define KABAR_SEARCH_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "kabar/query.h"
#include "kabar/status.h"
#include "kabar/store.h"

struct sqlite3;

namespace kabar {

inline constexpr int kSearchIndexVersion = 1;

// Keeps article_fts up to date. Register with Store::AddHook before Store::Add.
class SearchIndex : public StoreHook {
 public:
  // Registers the tokenizer, creates article_fts, rebuilds it when stale (see above).
  Status Migrate(sqlite3* db) override;
  // Indexes the new articles (duplicates too: the searcher folds them).
  Status OnArticlesAdded(sqlite3* db, const std::vector<const Article*>& added) override;
};

struct SearchLimits {
  QueryLimits query;           // query length, words, nesting
  size_t max_page_size = 100;  // larger `limit`s are refused
  size_t max_offset = 10000;   // deeper paging is refused
  // Full-text queries rank (BM25) the newest `max_candidates` matches that pass the filters
  // (or offset + limit + 1 when larger), so a query's cost does not grow with its number of
  // matches. Older matches of a query with more matches than this are not returned.
  size_t max_candidates = 1000;
};

struct SearchRequest {
  std::string query;      // the query language of query.h (may carry filters itself)
  SearchFilters filters;  // more filters, ANDed with those in the query text
  size_t offset = 0;
  size_t limit = 10;
  bool include_duplicates = false;  // default: duplicates are folded into their original
};

// A piece of a snippet or title; `match` marks the words the query matched.
struct TextPart {
  std::string text;
  bool match = false;
};

struct SearchHit {
  std::string id;
  std::string title;
  std::vector<TextPart> title_parts;  // the title with matched words marked
  std::string outlet, site, language, url;
  std::string published;   // ISO 8601, may be empty
  std::string event_date;  // YYYY-MM-DD the article is about, may be empty
  std::string story_id;
  std::string duplicate_of;       // set only when include_duplicates
  int duplicates = 0;             // stored duplicates of this article (folded)
  std::vector<TextPart> snippet;  // from the lead and body, matched words marked
  double score = 0;               // BM25, higher is better (0 for filter-only queries)
};

struct SearchResponse {
  std::vector<SearchHit> hits;
  bool has_more = false;           // another page exists
  size_t candidates = 0;           // matches ranked (full-text queries; see max_candidates)
  bool candidates_capped = false;  // more matches exist than were ranked
  std::string fts_match;           // the FTS5 expression that ran (diagnostics)
};

class Searcher {
 public:
  // Wraps `db` (not owned; must outlive the Searcher), registering the tokenizer on it.
  // Internal when the database has no search index (not ingested with one).
  static Result<std::unique_ptr<Searcher>> Open(sqlite3* db, const SearchLimits& limits = {});

  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs a search, best first (filter-only queries: newest first). InvalidArgument with a
  // readable message for a malformed query, bad filter or over-limit paging; kIOError for
  // database errors. Never passes an SQLite syntax error through.
  Result<SearchResponse> Search(const SearchRequest& request);

  // The stories of the articles matching `query`, best match first, at most `limit`
  // (timelines by query). Same errors as Search.
  Result<std::vector<std::string>> StoryIdsFor(const std::string& query, size_t limit);

 private:
  struct Rep;
  explicit Searcher(std::unique_ptr<Rep> rep);
  Result<SearchResponse> FilterOnly(const SearchRequest& request, const SearchFilters& filters);
  std::unique_ptr<Rep> rep_;
};

// Splits text carrying \x02 (start) and \x03 (end) match markers into parts. Exposed for
// tests.
std::vector<TextPart> SplitMarked(std::string_view marked);

}  // namespace kabar

#endif  // KABAR_SEARCH_H_
