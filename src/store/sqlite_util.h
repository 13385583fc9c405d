// Small RAII helpers over the SQLite C API, and SQLite result codes -> kabar Status.
#ifndef KABAR_STORE_SQLITE_UTIL_H_
#define KABAR_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "kabar/status.h"

namespace kabar::store {

// Maps an SQLite result code (and the connection's message) to a Status; `what` says what
// kabar was doing. SQLITE_FULL -> kResourceExhausted; NOTADB/CORRUPT -> kCorruption;
// everything else -> kIOError.
Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

// Runs one or more statements without results.
Status Exec(sqlite3* db, const char* sql);

// A prepared statement, finalized on destruction. Bind indices are 1-based.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status Prepare(sqlite3* db, const char* sql);
  void Reset();                                 // reset and clear bindings
  void Finalize();                              // before closing the connection
  void Bind(int i, std::string_view text);      // empty text binds NULL
  void BindText(int i, std::string_view text);  // empty text binds ''
  void BindInt(int i, int64_t v);
  void BindDouble(int i, double v);
  void BindBlob(int i, const void* data, size_t size);
  void BindNull(int i);
  // Steps once: true when a row is available, false when done; *status set on error.
  bool Step(Status* status);
  // Steps until done; for statements without rows.
  Status Run();

  std::string Text(int col) const;  // NULL -> ""
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string_view Blob(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace kabar::store

#endif  // KABAR_STORE_SQLITE_UTIL_H_
