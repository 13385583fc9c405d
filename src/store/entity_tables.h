// The store's entity and quote tables (schema version 2): writing one article's entities,
// mentions and quotes, inside the caller's transaction. doc/store_schema.md describes them.
#ifndef KABAR_STORE_ENTITY_TABLES_H_
#define KABAR_STORE_ENTITY_TABLES_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "kabar/article.h"
#include "kabar/status.h"
#include "store/sqlite_util.h"

namespace kabar::store {

// SQL creating the tables (part of the version 1 -> 2 step and of a new database).
extern const char* const kEntityTablesSql;

// Writes article.entities and article.quotes of a stored article (article.id set) into
// entities / article_entities / quotes. Entity ids are cached per writer; the cache is only
// valid for one connection and must be dropped when a transaction rolls back.
class EntityWriter {
 public:
  Status Prepare(sqlite3* db);
  Status Write(const Article& article);
  void ClearCache() { ids_.clear(); }
  void Finalize();  // before closing the connection

 private:
  Result<int64_t> EntityId(const std::string& key, const std::string& type,
                           const std::string& name);

  sqlite3* db_ = nullptr;
  Stmt find_entity_, insert_entity_, rename_entity_, insert_mention_, insert_quote_;
  struct Cached {
    int64_t id;
    bool caps;  // the stored name has no lower-case letter ("PYONGYANG" from a dateline)
  };
  std::unordered_map<std::string, Cached> ids_;  // key "\t" type -> entity
};

// Fills the tables from the `json` of every stored article (migration from version 1).
Status BackfillEntityTables(sqlite3* db);

}  // namespace kabar::store

#endif  // KABAR_STORE_ENTITY_TABLES_H_
