#include "store/sqlite_util.h"

namespace kabar::store {

Status SqliteStatus(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += (db != nullptr && sqlite3_errcode(db) == rc) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_FULL:
      return Status::ResourceExhausted(msg);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(msg);
    default:
      return Status::IOError(msg);
  }
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (err != nullptr) sqlite3_free(err);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, sql);
  return Status::OK();
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

void Stmt::Finalize() {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
}

Status Stmt::Prepare(sqlite3* db, const char* sql) {
  db_ = db;
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "preparing statement");
  return Status::OK();
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

void Stmt::Bind(int i, std::string_view text) {
  if (text.empty()) {
    sqlite3_bind_null(stmt_, i);
  } else {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
}
void Stmt::BindText(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.empty() ? "" : text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
}
void Stmt::BindInt(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
void Stmt::BindDouble(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
void Stmt::BindBlob(int i, const void* data, size_t size) {
  sqlite3_bind_blob(stmt_, i, data, static_cast<int>(size), SQLITE_TRANSIENT);
}
void Stmt::BindNull(int i) { sqlite3_bind_null(stmt_, i); }

bool Stmt::Step(Status* status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *status = SqliteStatus(db_, rc, "running statement");
  return false;
}

Status Stmt::Run() {
  Status s;
  while (Step(&s)) {
  }
  sqlite3_reset(stmt_);
  return s;
}

std::string Stmt::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  if (t == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(t),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string_view Stmt::Blob(int col) const {
  const void* b = sqlite3_column_blob(stmt_, col);
  if (b == nullptr) return {};
  return {static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}
bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

}  // namespace kabar::store
