#include "store/schema.h"

#include <string>

#include "kabar/store.h"
#include "store/entity_tables.h"
#include "store/sqlite_util.h"

namespace kabar::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  site TEXT, outlet TEXT, language TEXT, url TEXT, canonical_url TEXT, title TEXT,
  published TEXT, event_date TEXT, event_basis TEXT,
  body_hash TEXT,
  duplicate_of TEXT, duplicate_kind TEXT, duplicate_similarity REAL,
  story_id TEXT,
  dedup_state BLOB,
  cluster_state BLOB,
  json TEXT NOT NULL);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE TABLE article_sources(
  article_id TEXT NOT NULL, path TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER,
  record_id TEXT NOT NULL DEFAULT '', url TEXT, fetched_at TEXT,
  PRIMARY KEY(article_id, path, offset, record_id)) WITHOUT ROWID;
CREATE TABLE stories(
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, storyline_id TEXT,
  first_date TEXT, last_date TEXT, article_count INTEGER NOT NULL, headline TEXT,
  state BLOB);
CREATE INDEX stories_storyline ON stories(storyline_id);
CREATE TABLE storylines(
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE,
  first_date TEXT, last_date TEXT, story_count INTEGER NOT NULL, state BLOB);
CREATE TABLE cluster_df(batch INTEGER PRIMARY KEY, docs INTEGER NOT NULL, delta BLOB);
CREATE TABLE rejects(
  path TEXT NOT NULL, offset INTEGER NOT NULL, record_id TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL, PRIMARY KEY(path, offset, record_id)) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('application', 'kabar');
)sql";

// Version 3: the first and last article (seq) of each event day, kept by a trigger, so that a
// date-filtered search can bound its newest-first walk to the seq range of the days asked
// for (search.h). Articles are only ever inserted, so min/max stay exact.
constexpr const char* kArticleDaysSql = R"sql(
CREATE TABLE IF NOT EXISTS article_days(
  day TEXT PRIMARY KEY, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS articles_days AFTER INSERT ON articles
WHEN NEW.event_date IS NOT NULL BEGIN
  INSERT INTO article_days(day, first_seq, last_seq) VALUES(NEW.event_date, NEW.seq, NEW.seq)
  ON CONFLICT(day) DO UPDATE SET first_seq = min(first_seq, excluded.first_seq),
                                 last_seq = max(last_seq, excluded.last_seq);
END;
DELETE FROM article_days;
INSERT INTO article_days(day, first_seq, last_seq)
  SELECT event_date, min(seq), max(seq) FROM articles WHERE event_date IS NOT NULL
  GROUP BY event_date;
)sql";

}  // namespace

Status CheckSchema(sqlite3* db, const std::string& path, bool* empty, int* version) {
  Stmt st;
  Status s = st.Prepare(db, "SELECT count(*) FROM sqlite_master");
  if (s.ok() && st.Step(&s)) *empty = st.Int(0) == 0;
  if (!s.ok()) {
    return Status::Corruption(path + " is not a kabar database (" + s.message() + ")");
  }
  *version = 0;
  if (*empty) return Status::OK();
  Stmt meta;
  s = meta.Prepare(db,
                   "SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')");
  if (!s.ok()) {
    return Status::Corruption(path + " is an SQLite database but not a kabar one (no meta table)");
  }
  bool kabar = false;
  while (meta.Step(&s)) {
    if (meta.Text(0) == "application" && meta.Text(1) == "kabar") kabar = true;
    if (meta.Text(0) == "schema_version") *version = std::atoi(meta.Text(1).c_str());
  }
  if (!s.ok()) return Status::Corruption(path + ": cannot read the meta table: " + s.message());
  if (!kabar || *version <= 0) {
    return Status::Corruption(path + " is an SQLite database but not a kabar one");
  }
  if (*version > kStoreSchemaVersion) {
    return Status::Unsupported(path + " has store schema version " + std::to_string(*version) +
                               ", newer than this kabar's " + std::to_string(kStoreSchemaVersion) +
                               "; use a newer kabar");
  }
  return Status::OK();
}

Status CreateOrMigrate(sqlite3* db, bool empty, int version) {
  if (!empty && version == kStoreSchemaVersion) return Status::OK();
  Status s = Exec(db, "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  if (empty) s = Exec(db, kSchemaV1);
  // Migrations, one step per version (a new database takes every step from version 1).
  // 1 -> 2: entity, mention and quote tables, filled from the stored articles' JSON.
  if (s.ok() && (empty || version < 2)) s = Exec(db, kEntityTablesSql);
  if (s.ok() && !empty && version < 2) s = BackfillEntityTables(db);
  // 2 -> 3: article_days, filled from the stored articles.
  if (s.ok() && (empty || version < 3)) s = Exec(db, kArticleDaysSql);
  if (s.ok()) {
    std::string sql = "INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '" +
                      std::to_string(kStoreSchemaVersion) + "')";
    s = Exec(db, sql.c_str());
  }
  if (s.ok()) return Exec(db, "COMMIT");
  (void)Exec(db, "ROLLBACK");
  return s;
}

}  // namespace kabar::store
