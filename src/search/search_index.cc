// SearchIndex: keeps article_fts in step with the store's articles (see search.h).
#include <sqlite3.h>

#include <string>

#include "kabar/article_json.h"
#include "kabar/fts_tokenizer.h"
#include "kabar/search.h"
#include "store/sqlite_util.h"

namespace kabar {
namespace {

using store::Stmt;

constexpr const char* kCreate =
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, lead, body, "
    "tokenize = 'kabar');"
    "INSERT INTO article_fts(article_fts, rank) VALUES('rank', 'bm25(4.0, 2.0, 1.0)');";

std::string JoinBody(const Article& a) {
  std::string body;
  for (const std::string& p : a.body) {
    if (!body.empty()) body.push_back('\n');
    body += p;
  }
  return body;
}

std::string VersionValue() {
  return std::to_string(kSearchIndexVersion) + "." + std::to_string(kFtsTokenizerVersion);
}

Status IndexOne(Stmt* insert, int64_t seq, const Article& a) {
  insert->Reset();
  insert->BindInt(1, seq);
  insert->BindText(2, a.title);
  insert->BindText(3, a.lead);
  insert->BindText(4, JoinBody(a));
  return insert->Run();
}

// Indexes every stored article again (the index is new or was built by another analysis).
Status Rebuild(sqlite3* db) {
  Status s = store::Exec(db, "DELETE FROM article_fts");
  if (!s.ok()) return s;
  Stmt rows, insert;
  s = rows.Prepare(db, "SELECT seq, json FROM articles ORDER BY seq");
  if (s.ok()) {
    s = insert.Prepare(db, "INSERT INTO article_fts(rowid, title, lead, body) VALUES(?,?,?,?)");
  }
  if (!s.ok()) return s;
  while (rows.Step(&s)) {
    Result<Article> a = ArticleFromJson(rows.Text(1));
    if (!a.ok()) {
      return Status::Corruption("article seq " + std::to_string(rows.Int(0)) +
                                " has unreadable JSON: " + a.status().message());
    }
    Status is = IndexOne(&insert, rows.Int(0), *a);
    if (!is.ok()) return is;
  }
  return s;
}

}  // namespace

Status SearchIndex::Migrate(sqlite3* db) {
  Status s = RegisterFtsTokenizer(db);
  if (s.ok()) s = store::Exec(db, kCreate);
  if (!s.ok()) return s;
  Stmt version;
  s = version.Prepare(db, "SELECT value FROM meta WHERE key = 'search_index_version'");
  if (!s.ok()) return s;
  std::string stored = version.Step(&s) ? version.Text(0) : "";
  if (!s.ok()) return s;
  version.Finalize();
  // Rebuild when the analysis changed, or when articles were stored without the index.
  bool stale = stored != VersionValue();
  if (!stale) {
    Stmt counts;
    s = counts.Prepare(db,
                       "SELECT (SELECT count(*) FROM articles), "
                       "(SELECT count(*) FROM article_fts_docsize)");
    if (s.ok() && counts.Step(&s)) stale = counts.Int(0) != counts.Int(1);
    if (!s.ok()) return s;
  }
  if (!stale) return Status::OK();
  s = Rebuild(db);
  if (!s.ok()) return s;
  Stmt put;
  s = put.Prepare(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('search_index_version', ?)");
  if (!s.ok()) return s;
  put.BindText(1, VersionValue());
  return put.Run();
}

Status SearchIndex::OnArticlesAdded(sqlite3* db, const std::vector<const Article*>& added) {
  Stmt seq, insert;
  Status s = seq.Prepare(db, "SELECT seq FROM articles WHERE id = ?");
  if (s.ok()) {
    s = insert.Prepare(db, "INSERT INTO article_fts(rowid, title, lead, body) VALUES(?,?,?,?)");
  }
  if (!s.ok()) return s;
  for (const Article* a : added) {
    seq.Reset();
    seq.Bind(1, a->id);
    if (!seq.Step(&s)) {
      return s.ok() ? Status::Internal("article " + a->id + " is not stored") : s;
    }
    s = IndexOne(&insert, seq.Int(0), *a);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace kabar
