// kabar_bm25: an FTS5 ranking function with bounded cost per query (internal to src/search).
//
// kabar_bm25(article_fts, w0, w1, ...) is FTS5's bm25() (k1 = 1.2, b = 0.75, column weights,
// lower = better) except for one thing: a phrase's document frequency is counted exactly only
// up to kDfSample matches. Beyond that it is extrapolated from how far into the rowid range
// (= ingest order, `articles.seq`, dense from 1) the first kDfSample matches reach. Built-in
// bm25() counts every match of every phrase once per query, which costs tens of milliseconds
// for common words in a million articles; an estimate within a few percent changes BM25's idf
// by far less than it changes the ranking.
//
// A last argument that is text gives each phrase's role (PhraseRoles): the any-form phrase of
// a query word's pair ("pertemuan" OR "\x01pertemuan", fts_tokenizer.h) counts
// kAnyFormWeight of its weight, so that an article with the word as typed ranks above one
// with only another form of its root (which still matches, and still ranks by BM25).
#ifndef KABAR_SEARCH_RANK_H_
#define KABAR_SEARCH_RANK_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "kabar/status.h"

struct sqlite3;

namespace kabar::search {

inline constexpr int64_t kDfSample = 2000;

// Chosen on IndoSum's even-numbered queries and checked on the odd ones (bench/README.md,
// "Search": 1.0, the plain pair, ranked short queries below no stemming on full articles).
inline constexpr double kAnyFormWeight = 0.1;

// One character per phrase of `fts_match` (an FTS5 expression whose strings are all quoted,
// as the query parser writes them), in FTS5's phrase order: 'a' for a string followed by the
// same string with kExactFormMark, '.' for any other.
std::string PhraseRoles(std::string_view fts_match);

// Registers kabar_bm25 on `db` (FTS5 must be available).
Status RegisterRankFunction(sqlite3* db);

}  // namespace kabar::search

#endif  // KABAR_SEARCH_RANK_H_
