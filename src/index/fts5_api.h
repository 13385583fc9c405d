// FindFts5Api: the FTS5 extension API of a connection (SQLite hands it out through the
// "SELECT fts5(?1)" pointer protocol), for registering tokenizers and auxiliary functions.
#ifndef KABAR_INDEX_FTS5_API_H_
#define KABAR_INDEX_FTS5_API_H_

#include <sqlite3.h>

#include "kabar/status.h"

namespace kabar {

// The connection's fts5_api, or kInternal when SQLite was built without FTS5.
Result<fts5_api*> FindFts5Api(sqlite3* db);

}  // namespace kabar

#endif  // KABAR_INDEX_FTS5_API_H_
