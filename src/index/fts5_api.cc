#include "index/fts5_api.h"

#include <string>

namespace kabar {

Result<fts5_api*> FindFts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("SQLite has no FTS5: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr) return Status::Internal("SQLite has no FTS5 API");
  return api;
}

}  // namespace kabar
