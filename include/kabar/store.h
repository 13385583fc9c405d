// Store: kabar's embedded article database (one SQLite file in WAL mode).
//
// The store keeps every extracted article with its provenance, and the results of the dedup
// and cluster stages: which article duplicates which, which story each article belongs to and
// which storyline each story belongs to. doc/store_schema.md documents the tables.
//
// Writing. Add() takes articles in ingest order and, in ONE SQLite transaction per call:
//   1. gives each article its content id (ContentId below); an article whose id is already
//      stored only gains a provenance row (so ingesting the same input twice adds nothing);
//   2. runs dedup (exact body hash, MinHash/LSH near duplicates, syndication notes);
//   3. runs story clustering and storyline linking;
//   4. calls every registered StoreHook (e.g. the search index) inside the same transaction.
// Either the whole batch is committed or none of it is, so a process killed at any moment
// leaves a consistent database, and rerunning the same ingest completes it.
//
// Only one writer at a time: a writable Store holds an exclusive lock (flock) on the database
// file for its lifetime; a second writable Open fails with kIOError naming the lock. Readers
// (OpenReadOnly) may run at any time, also during an ingest (WAL).
//
// Thread safety: a Store is not thread-safe; use one per thread, or lock around it.
#ifndef KABAR_STORE_H_
#define KABAR_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/article.h"
#include "kabar/cluster.h"
#include "kabar/dedup.h"
#include "kabar/status.h"

struct sqlite3;

namespace kabar {

// The schema version this build writes. A database with a higher version is refused.
inline constexpr int kStoreSchemaVersion = 3;

// Stable content id of an article: 16 lower-case hex digits of XXH3-64 over
// "kabar-article-v1\0" + site + "\0" + norm(title) + "\0" + norm(body paragraphs joined by
// "\n"), where norm() lower-cases ASCII letters and collapses every run of Unicode white
// space to one space (trimmed). Frozen: doc/store_schema.md. Depends on nothing else (not
// on the path, fetch time or the run), so re-ingesting the same page gives the same id.
std::string ContentId(const Article& article);

// A hook run inside the store's write transactions, for stages that keep their own tables
// in the same database (the search index). Hooks are called in registration order.
class StoreHook {
 public:
  virtual ~StoreHook() = default;
  // Called once when registered, inside a transaction: create or migrate the hook's tables.
  virtual Status Migrate(sqlite3* db) = 0;
  // Called inside the transaction of Store::Add, after the articles are written, with the
  // newly stored articles (id, duplicate_of, story_id, storyline_id filled) in ingest order.
  // A non-OK status rolls the whole batch back and Add returns it.
  virtual Status OnArticlesAdded(sqlite3* db, const std::vector<const Article*>& added) = 0;
};

struct StoreOptions {
  // How long a statement waits for a lock held by another connection (e.g. a reader's
  // checkpoint) before failing with kIOError.
  int busy_timeout_ms = 10000;
  // Limit the database to this many pages (SQLite max_page_count), 0 = no limit. Writes
  // beyond it fail as a full disk would (kResourceExhausted); used to test that path.
  int64_t max_page_count = 0;
  // The dedup and clustering parameters, including their memory windows (doc/stories.md).
  // Open a store with the same values every time: they decide duplicates and stories.
  DedupOptions dedup;
  ClusterOptions cluster;
};

// What one Add() call did.
struct AddCounts {
  uint64_t added = 0;             // new articles stored
  uint64_t already_stored = 0;    // articles whose id was stored already (provenance only)
  uint64_t exact_duplicates = 0;  // new articles whose normalised body was stored already
  uint64_t near_duplicates = 0;   // new articles confirmed as near duplicates (incl. contained)
  uint64_t syndicated = 0;        // new articles linked to their original by a syndication note
  uint64_t new_stories = 0;
  uint64_t new_storylines = 0;
  // CPU time of the calling thread spent per stage, in seconds (for benchmarks; CPU rather
  // than wall time so that figures measured on a loaded machine stay meaningful).
  double dedup_seconds = 0;    // content ids, dedup features, duplicate search
  double cluster_seconds = 0;  // cluster features, story and storyline assignment, eviction
  double write_seconds = 0;    // provenance, story records, JSON rendering, inserts, commit
  double hook_seconds = 0;     // StoreHooks (e.g. the search index)
  // What the in-memory state holds after the call (memory windows: doc/stories.md).
  uint64_t stories_in_memory = 0;
  uint64_t storylines_in_memory = 0;
  uint64_t dedup_keys_in_memory = 0;  // LSH band keys and samples
};

// One story as listed by `kabar stories`.
struct StorySummary {
  std::string id;
  std::string first_date;  // YYYY-MM-DD of the earliest article time; empty when none known
  std::string last_date;   // YYYY-MM-DD of the latest article time
  std::string headline;    // title of the story's representative (first non-duplicate) article
  std::vector<std::string> outlets;      // distinct outlets (or sites), sorted
  std::vector<std::string> article_ids;  // in ingest order
  std::string storyline_id;
};

struct StoryFilter {
  std::string since;  // YYYY-MM-DD: stories whose last_date >= since; empty = no bound
  std::string until;  // YYYY-MM-DD: stories whose first_date <= until; empty = no bound
};

// Figures about the stored data.
struct StoreStats {
  uint64_t articles = 0;
  uint64_t sources = 0;  // provenance rows (>= articles)
  uint64_t duplicates = 0;
  uint64_t stories = 0;
  uint64_t storylines = 0;
  uint64_t rejects = 0;
};

class Store {
 public:
  // Opens (creating when missing) the database at `path` for writing, migrating an older
  // kabar schema. Fails, leaving the file untouched, with:
  //   kCorruption  when the file is not an SQLite database, or is one that is not kabar's;
  //   kUnsupported when its schema_version is newer than kStoreSchemaVersion;
  //   kIOError     when another writer holds the lock, or the file cannot be opened.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  // Opens an existing kabar database for reading only (any number of readers, also while an
  // ingest runs). Add() on it fails with kInvalidArgument. Same errors as Open, plus
  // kNotFound when the file does not exist.
  static Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path,
                                                     const StoreOptions& options = {});

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version of the file: kStoreSchemaVersion for writable stores (they migrate at
  // Open); possibly older for a read-only one.
  int schema_version() const;

  // Registers a hook (not owned; must outlive the Store) and runs its Migrate.
  Status AddHook(StoreHook* hook);

  // Stores `articles` (in ingest order) in one transaction, filling each one's id,
  // duplicate_of, duplicate_similarity, story_id and storyline_id. On error nothing of this
  // batch is stored and the Store refuses further writes (reopen to continue): kIOError or
  // kResourceExhausted (disk full / page limit) from SQLite, or a hook's status.
  Result<AddCounts> Add(std::vector<Article>* articles);

  // Records an input record that produced no article (idempotent per source).
  Status AddReject(const SourceRef& source, const std::string& reason);

  // Reading. All return kIOError/kCorruption on database errors.
  Result<Article> GetArticle(std::string_view id);  // kNotFound when absent
  Result<std::vector<StorySummary>> ListStories(const StoryFilter& filter);
  // The stories of one storyline, oldest first (stories without a date last).
  Result<std::vector<StorySummary>> StorylineStories(std::string_view storyline_id);
  // The stories with these ids (unknown ids skipped; at most kMaxStoryIds), oldest first,
  // undated last. A timeline by query gives it the ids Searcher::StoryIdsFor found.
  static constexpr size_t kMaxStoryIds = 10000;
  Result<std::vector<StorySummary>> StoriesWithIds(const std::vector<std::string>& ids);
  // Stories having an article that names an entity stored under one of `keys` (EntityKeys()
  // in kabar/entity_query.h), oldest first.
  Result<std::vector<StorySummary>> EntityStories(const std::vector<std::string>& keys);
  Result<StoreStats> Stats();

  // The underlying connection, for StoreHook implementers and read-only tools (e.g. a
  // search server running its own SELECTs). Owned by the Store.
  sqlite3* handle();

 private:
  struct Rep;
  explicit Store(std::unique_ptr<Rep> rep);
  // The stories whose id the SQL `story_ids_sql` (with `binds`) selects, oldest first.
  Result<std::vector<StorySummary>> StoriesIn(const std::string& story_ids_sql,
                                              const std::vector<std::string>& binds);
  std::unique_ptr<Rep> rep_;
};

}  // namespace kabar

#endif  // KABAR_STORE_H_
