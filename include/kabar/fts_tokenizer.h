// The "kabar" FTS5 tokenizer: kabar::Analyzer inside SQLite's full-text index.
//
// After RegisterFtsTokenizer(db), a table declared
//   CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'kabar')
// indexes every word under its analysed term (see analyzer.h), and MATCH queries against it
// are analysed the same way. The optional argument names the stemming: 'kabar kabar'
// (default), 'kabar snowball', 'kabar none' (the evaluation's baselines).
//
// Terms written to the index (tokenize = 'kabar', the default stemming):
//  - a word the analysis keeps as it is (a root, a name, a number): its term, unmarked;
//  - a word it stems: "~" + its stem and "=" + its folded form, at the same position.
//  So every word's exact form is in the index once (unmarked or "="), and every stem too
//  (unmarked when written as the root itself, "~" when reached through an affix).
// Terms a query looks for, as FTS5 synonyms (any of them matches):
//  - a word: any form of it, i.e. its folded form in both spaces (kept or stemmed) and its
//    stem in both spaces. A capitalised query word is a name (its stem is itself), so
//    "Pemerintah" finds the name and the lower-case word written so, not "perintah"; a
//    lower-case query for a name the index kept ("bekasi", which would stem to "bekas")
//    finds it through the folded form;
//  - a prefix ("pemerin*"): the folded prefix, in both spaces of forms;
//  - a query string that starts with kExactFormMark ("\x01pertemuan"): the exact form only
//    (folded form in both spaces): "\x01tulis" does not match "tulisan", though "tulis"
//    does. The query parser adds such a string next to each word ("pertemuan" OR
//    "\x01pertemuan"), so that BM25 ranks articles with the form the user typed above those
//    with only another form of the same root (with the 'none' and 'snowball' stemmings the
//    mark is ignored and the pair is the same word twice, which scales every score alike).
//  - a query string that starts with kIndexTermMark ("\x02=pemerintah"): the rest as one
//    index term, not analysed (the expansion of a prefix query, query.h).
// Snippets and highlights use the original text: the tokenizer reports byte offsets.
//
// The index content depends on this analysis: changing it requires rebuilding the index.
// kFtsTokenizerVersion names the current analysis; stores record it.
//
// Thread safety: registration is per connection. Analyzers are shared process-wide
// (immutable); each FTS5 table instance has its own AnalyzerSession, used only by the
// connection's thread, as SQLite requires anyway.
#ifndef KABAR_FTS_TOKENIZER_H_
#define KABAR_FTS_TOKENIZER_H_

#include "kabar/status.h"

struct sqlite3;

namespace kabar {

inline constexpr int kFtsTokenizerVersion = 3;  // 3: stems as "~" terms (exact roots)

// First byte of a query string that asks for the exact form (see above).
inline constexpr char kExactFormMark = '\x01';
// First byte of a query string that is one index term as it is (see above).
inline constexpr char kIndexTermMark = '\x02';

// Registers the "kabar" tokenizer on `db`. Internal when the connection's SQLite lacks FTS5.
// The lexicon is read once per process, on first use by a table (an error then makes the
// statement that needed it fail with SQLITE_ERROR).
Status RegisterFtsTokenizer(sqlite3* db);

}  // namespace kabar

#endif  // KABAR_FTS_TOKENIZER_H_
