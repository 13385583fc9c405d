// The search query language, parsed and checked before anything reaches SQLite.
//
//   kim jong un                 all the words (AND is implicit)
//   "kim jong un"               the phrase
//   pemerin*                    a word prefix (at least 2 letters)
//   putin OR kim                either
//   putin -kim, putin NOT kim   putin without kim
//   (putin OR xi) AND kim       grouping; AND, OR, NOT are operators only in capitals
//   outlet:Tempo site:tempo.co lang:id from:2023-01-01 to:2023-12-31 story:ID
//                               filters (top level only; values may be "quoted")
//
// Every word or phrase is handed to SQLite as a quoted FTS5 string, so no user text is
// ever FTS5 syntax. A malformed query gives InvalidArgument with a message meant for the
// person who typed it ("unclosed quote", "OR needs a word on both sides", ...).
//
// Thread safety: pure function.
#ifndef KABAR_QUERY_H_
#define KABAR_QUERY_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/status.h"

namespace kabar {

struct QueryLimits {
  size_t max_bytes = 1000;  // longer queries are refused
  size_t max_terms = 64;    // words, phrases and prefixes
  int max_depth = 8;        // parenthesis nesting
};

// Filters; empty = no filter. Several values of one kind mean any of them.
struct SearchFilters {
  std::vector<std::string> outlets;    // outlet name, compared case-insensitively
  std::vector<std::string> sites;      // registrable host: "tempo.co"
  std::vector<std::string> languages;  // ISO 639-1
  std::string from;                    // YYYY-MM-DD, inclusive (publication date)
  std::string to;                      // YYYY-MM-DD, inclusive
  std::string story;                   // story id
};

struct ParsedQuery {
  std::string fts_match;  // the FTS5 MATCH expression; empty when the query has only filters
  SearchFilters filters;  // filters written in the query text
  size_t terms = 0;       // words, phrases and prefixes in fts_match
};

// Lists the index terms a word prefix stands for, given the folded prefix ("pemerin"):
// e.g. {"pemerintah", "=pemerintah", "=pemerintahan"}. An empty list means "do not expand"
// (too many terms, or none). The searcher supplies one that reads the index's vocabulary,
// because FTS5 evaluates a prefix by merging every matching term's whole doclist first,
// while an OR of terms is walked newest first and stops at the rank window.
using PrefixExpander = std::function<std::vector<std::string>(std::string_view folded_prefix)>;

// Parses `text`. InvalidArgument (with a readable message) for malformed or over-limit
// queries and for queries with neither words nor filters. With an `expander`, a one-word
// prefix becomes the OR of the index terms it lists (as kIndexTermMark strings,
// fts_tokenizer.h); without one, or when it lists none, it stays an FTS5 prefix query.
Result<ParsedQuery> ParseQuery(std::string_view text, const QueryLimits& limits = {},
                               const PrefixExpander* expander = nullptr);

// Checks a filter value of the given kind ("from", "to": YYYY-MM-DD; "lang": 2-3 letters);
// used for filters that arrive outside the query text (HTTP parameters, CLI flags).
Status ValidateFilterValue(std::string_view kind, std::string_view value);

}  // namespace kabar

#endif  // KABAR_QUERY_H_
