// JSON form of search results, shared by `kabar search --json` and the HTTP API.
//
// A hit is {"id", "title", "title_parts", "outlet", "site", "language", "url", "published",
// "event_date", "story_id", "duplicate_of", "duplicates", "snippet", "score"}, where
// title_parts and snippet are arrays of {"text": string, "match": bool}: marked words are
// data, never markup, so a client can build its display without parsing HTML. Unknown
// strings are null. Invalid UTF-8 is replaced (U+FFFD), never an error.
//
// Thread safety: pure functions.
#ifndef KABAR_SEARCH_JSON_H_
#define KABAR_SEARCH_JSON_H_

#include <string>

#include "kabar/search.h"

namespace kabar {

// {"query", "offset", "limit", "has_more", "hits": [...]} on one line.
std::string SearchResponseToJson(const SearchRequest& request, const SearchResponse& response);

// One hit on one line (JSON Lines output of the CLI).
std::string SearchHitToJson(const SearchHit& hit);

}  // namespace kabar

#endif  // KABAR_SEARCH_JSON_H_
