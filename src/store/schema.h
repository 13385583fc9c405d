// The store's SQL schema, its creation, version checks and migrations.
// doc/store_schema.md describes every table; keep the two in step.
#ifndef KABAR_STORE_SCHEMA_H_
#define KABAR_STORE_SCHEMA_H_

#include <sqlite3.h>

#include <string>

#include "kabar/status.h"

namespace kabar::store {

// Checks that `db` is empty or a kabar database this build can use, without writing.
// Sets *empty when the file holds no tables yet. kCorruption for a foreign or unreadable
// file, kUnsupported for a newer schema.
Status CheckSchema(sqlite3* db, const std::string& path, bool* empty, int* version);

// Creates the schema (empty database) or migrates from `version` to kStoreSchemaVersion,
// in one transaction.
Status CreateOrMigrate(sqlite3* db, bool empty, int version);

}  // namespace kabar::store

#endif  // KABAR_STORE_SCHEMA_H_
