// Read-side queries the web reader needs beyond Store's API: one story with its articles
// (duplicates folded), an article's provenance and duplicates. They read the
// tables documented in doc/store_schema.md, on a read-only connection.
#ifndef KABAR_SERVE_STORY_READER_H_
#define KABAR_SERVE_STORY_READER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kabar/status.h"
#include "kabar/store.h"

struct sqlite3;

namespace kabar::serve {

// {"story": summary, "articles": [article + "duplicates": [...]]}; NotFound for an unknown id.
// At most `max_articles` originals are listed ("truncated": true then).
Result<nlohmann::json> StoryDetail(Store* store, const std::string& id, size_t max_articles);

// {"sources": [...provenance rows...], "duplicates": [{id, outlet, site, url, kind,
// similarity}], "duplicate_kind": ...} for the article `id`.
Result<nlohmann::json> ArticleRelations(sqlite3* db, const std::string& id);

// The JSON form of a story summary (as `kabar stories --json`).
nlohmann::json StoryJson(const StorySummary& s);

}  // namespace kabar::serve

#endif  // KABAR_SERVE_STORY_READER_H_
