// Searcher: query text -> ParseQuery -> one SQL statement over article_fts joined with
// articles (filters in SQL, duplicates folded), snippets split into marked parts.
//
// Only the parser's FTS5 expression (every user word inside an FTS5 string) and bound
// parameters reach SQLite; an error SQLite still reports is turned into a generic message,
// never passed through.
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

#include "kabar/fts_tokenizer.h"
#include "kabar/search.h"
#include "search/rank.h"
#include "store/sqlite_util.h"

namespace kabar {

using store::Stmt;

std::vector<TextPart> SplitMarked(std::string_view marked) {
  std::vector<TextPart> parts;
  bool in_match = false;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) parts.push_back({current, in_match});
    current.clear();
  };
  for (char c : marked) {
    if (c == '\x02' || c == '\x03') {
      flush();
      in_match = c == '\x02';
    } else {
      current.push_back(c);
    }
  }
  flush();
  return parts;
}

// A prefix standing for more index terms than this stays an FTS5 prefix query.
constexpr size_t kMaxPrefixTerms = 64;

struct Searcher::Rep {
  sqlite3* db;
  SearchLimits limits;
  // SELECT term FROM the index's vocabulary in a range; null when it cannot be created.
  std::unique_ptr<Stmt> vocabulary;
  // The seq span of a range of event days (store schema 3); null on older stores.
  std::unique_ptr<Stmt> day_span;

  // The seq range [*first, *last] that holds every article whose event date is within
  // [from, to] (either may be empty: open). False when unknown (no article_days table).
  bool SeqSpan(const std::string& from, const std::string& to, int64_t* first, int64_t* last) {
    if (day_span == nullptr) return false;
    day_span->Reset();
    day_span->BindText(1, from);
    day_span->BindText(2, to.empty() ? "9999" : to);
    Status s;
    bool row = day_span->Step(&s);
    bool known = row && s.ok();
    if (known) {
      // No day in range: an empty span.
      *first = day_span->IsNull(0) ? 1 : day_span->Int(0);
      *last = day_span->IsNull(1) ? 0 : day_span->Int(1);
    }
    day_span->Reset();
    return known;
  }
  PrefixExpander expander = [this](std::string_view prefix) { return ExpandPrefix(prefix); };

  // The index terms starting with `prefix`, in both term spaces (fts_tokenizer.h: the term
  // itself and "=" + folded form); empty when there are more than kMaxPrefixTerms.
  std::vector<std::string> ExpandPrefix(std::string_view prefix) {
    std::vector<std::string> terms;
    if (vocabulary == nullptr) return terms;
    for (const char* space : {"", "="}) {
      std::string low = space + std::string(prefix);
      std::string high = low + "\xf5";  // above every UTF-8 continuation of `low`
      vocabulary->Reset();
      vocabulary->BindText(1, low);
      vocabulary->BindText(2, high);
      vocabulary->BindInt(3, static_cast<int64_t>(kMaxPrefixTerms + 1 - terms.size()));
      Status s;
      while (vocabulary->Step(&s)) terms.push_back(vocabulary->Text(0));
      vocabulary->Reset();
      if (!s.ok() || terms.size() > kMaxPrefixTerms) return {};
    }
    return terms;
  }

  // Prepared statements by SQL text (the filters shape the SQL; a few dozen shapes at most).
  std::map<std::string, std::unique_ptr<Stmt>> statements;

  // The statement for `sql`, prepared once per connection; reset, bindings cleared.
  Result<Stmt*> Statement(const std::string& sql) {
    auto it = statements.find(sql);
    if (it != statements.end()) {
      it->second->Reset();
      return it->second.get();
    }
    if (statements.size() >= 64) statements.clear();
    auto st = std::make_unique<Stmt>();
    Status s = st->Prepare(db, sql.c_str());
    if (!s.ok()) return s;
    Stmt* raw = st.get();
    statements.emplace(sql, std::move(st));
    return raw;
  }
};

Searcher::Searcher(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(sqlite3* db, const SearchLimits& limits) {
  Status s = RegisterFtsTokenizer(db);
  if (s.ok()) s = search::RegisterRankFunction(db);
  if (!s.ok()) return s;
  Stmt probe;
  s = probe.Prepare(db, "SELECT 1 FROM sqlite_master WHERE name = 'article_fts'");
  if (!s.ok()) return s;
  if (!probe.Step(&s)) {
    return s.ok() ? Status::Internal(
                        "the database has no search index (ingest it with kabar "
                        "ingest to build one)")
                  : s;
  }
  auto rep = std::make_unique<Rep>();
  rep->db = db;
  rep->limits = limits;
  // The vocabulary lives in the connection's temp schema (works on read-only connections);
  // without it prefix queries run as FTS5 prefix queries.
  auto vocabulary = std::make_unique<Stmt>();
  if (sqlite3_exec(db,
                   "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kabar_vocabulary USING "
                   "fts5vocab(main, 'article_fts', 'row')",
                   nullptr, nullptr, nullptr) == SQLITE_OK &&
      vocabulary
          ->Prepare(db,
                    "SELECT term FROM temp.kabar_vocabulary WHERE term >= ?1 AND term < ?2 "
                    "LIMIT ?3")
          .ok()) {
    rep->vocabulary = std::move(vocabulary);
  }
  auto day_span = std::make_unique<Stmt>();
  if (day_span
          ->Prepare(db,
                    "SELECT min(first_seq), max(last_seq) FROM article_days "
                    "WHERE day >= ?1 AND day <= ?2")
          .ok()) {
    rep->day_span = std::move(day_span);
  }
  return std::unique_ptr<Searcher>(new Searcher(std::move(rep)));
}

namespace {

void Append(std::vector<std::string>* to, const std::vector<std::string>& from) {
  to->insert(to->end(), from.begin(), from.end());
}

Status MergeFilters(const SearchFilters& extra, SearchFilters* into) {
  Append(&into->outlets, extra.outlets);
  Append(&into->sites, extra.sites);
  Append(&into->languages, extra.languages);
  for (const std::string& lang : into->languages) {
    Status s = ValidateFilterValue("lang", lang);
    if (!s.ok()) return s;
  }
  if (!extra.from.empty()) into->from = extra.from;
  if (!extra.to.empty()) into->to = extra.to;
  if (!extra.story.empty()) into->story = extra.story;
  for (const auto& [kind, value] : {std::pair{"from", into->from}, std::pair{"to", into->to}}) {
    if (value.empty()) continue;
    Status s = ValidateFilterValue(kind, value);
    if (!s.ok()) return s;
  }
  if (into->outlets.size() + into->sites.size() + into->languages.size() > 50) {
    return Status::InvalidArgument("too many filters (at most 50)");
  }
  return Status::OK();
}

// "a.col IN (?,?,...)" with the values appended to *binds.
void InClause(const char* column, const std::vector<std::string>& values, std::string* sql,
              std::vector<std::string>* binds) {
  if (values.empty()) return;
  *sql += std::string(" AND ") + column + " IN (";
  for (size_t i = 0; i < values.size(); ++i) {
    *sql += i == 0 ? "?" : ",?";
    binds->push_back(values[i]);
  }
  *sql += ")";
}

std::string FilterSql(const SearchFilters& f, bool include_duplicates,
                      std::vector<std::string>* binds) {
  std::string sql;
  if (!include_duplicates) sql += " AND a.duplicate_of IS NULL";
  std::vector<std::string> outlets;
  for (const std::string& o : f.outlets) outlets.push_back(o);
  if (!outlets.empty()) {
    sql += " AND (a.outlet COLLATE NOCASE IN (";
    for (size_t i = 0; i < outlets.size(); ++i) {
      sql += i == 0 ? "?" : ",?";
      binds->push_back(outlets[i]);
    }
    sql += "))";
  }
  InClause("a.site", f.sites, &sql, binds);
  InClause("a.language", f.languages, &sql, binds);
  if (!f.from.empty()) {
    sql += " AND a.event_date >= ?";
    binds->push_back(f.from);
  }
  if (!f.to.empty()) {
    sql += " AND a.event_date <= ?";
    binds->push_back(f.to);
  }
  if (!f.story.empty()) {
    sql += " AND a.story_id = ?";
    binds->push_back(f.story);
  }
  return sql;
}

constexpr const char* kHitColumns =
    "SELECT a.id, a.title, a.outlet, a.site, a.language, a.url, a.published, a.event_date, "
    "a.story_id, a.duplicate_of, "
    "(SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id), ";

SearchHit ReadHit(const Stmt& st, bool with_text) {
  SearchHit h;
  h.id = st.Text(0);
  h.title = st.Text(1);
  h.outlet = st.Text(2);
  h.site = st.Text(3);
  h.language = st.Text(4);
  h.url = st.Text(5);
  h.published = st.Text(6);
  h.event_date = st.Text(7);
  h.story_id = st.Text(8);
  h.duplicate_of = st.Text(9);
  h.duplicates = static_cast<int>(st.Int(10));
  if (with_text) {
    h.title_parts = SplitMarked(st.Text(11));
    h.snippet = SplitMarked(st.Text(12));
  } else {
    h.title_parts = {{h.title, false}};
    h.snippet = SplitMarked(st.Text(11));
  }
  return h;
}

struct Candidate {
  int64_t seq;
  double score;  // BM25 as FTS5 reports it: lower is better
};

}  // namespace

// Full-text search in two steps, so that the cost does not grow with the number of matches:
//  1. candidates: the newest `max_candidates` matching articles that pass the filters (FTS5
//     walks its doclists in descending rowid order and stops at the LIMIT), each with its
//     BM25 score (kabar_bm25, search/rank.h: document frequencies sampled, so that the idf
//     of a common word does not cost a walk over all its matches); sorted here, best first;
//  2. the page: article columns, highlighted title and snippet for the page's hits only.
Result<SearchResponse> Searcher::Search(const SearchRequest& request) {
  const SearchLimits& limits = rep_->limits;
  if (request.limit == 0 || request.limit > limits.max_page_size) {
    return Status::InvalidArgument("limit must be between 1 and " +
                                   std::to_string(limits.max_page_size));
  }
  if (request.offset > limits.max_offset) {
    return Status::InvalidArgument("offset must be at most " + std::to_string(limits.max_offset));
  }
  ParsedQuery parsed;
  bool has_filters = !request.filters.outlets.empty() || !request.filters.sites.empty() ||
                     !request.filters.languages.empty() || !request.filters.from.empty() ||
                     !request.filters.to.empty() || !request.filters.story.empty();
  if (!request.query.empty() || !has_filters) {
    Result<ParsedQuery> p = ParseQuery(request.query, limits.query, &rep_->expander);
    if (!p.ok()) return p.status();
    parsed = std::move(p).value();
  }
  Status s = MergeFilters(request.filters, &parsed.filters);
  if (!s.ok()) return s;
  SearchResponse out;
  out.fts_match = parsed.fts_match;
  if (parsed.fts_match.empty()) return FilterOnly(request, parsed.filters);

  // Step 1.
  size_t window = std::max(limits.max_candidates, request.offset + request.limit + 1);
  // Bound in order of appearance: kabar_bm25's phrase roles, the MATCH expression, filters.
  std::vector<std::string> binds{search::PhraseRoles(parsed.fts_match), parsed.fts_match};
  std::string filters = FilterSql(parsed.filters, request.include_duplicates, &binds);
  // A date filter also bounds the walk to the seq span of its days (the walk would otherwise
  // pass over every newer match first).
  int64_t first_seq = 0, last_seq = 0;
  bool span = (!parsed.filters.from.empty() || !parsed.filters.to.empty()) &&
              rep_->SeqSpan(parsed.filters.from, parsed.filters.to, &first_seq, &last_seq);
  std::string sql =
      "SELECT f.rowid, kabar_bm25(article_fts, 4.0, 2.0, 1.0, ?) FROM article_fts f " +
      std::string(filters.empty() ? "" : "JOIN articles a ON a.seq = f.rowid ") +
      "WHERE article_fts MATCH ?" + filters + (span ? " AND f.rowid >= ? AND f.rowid <= ?" : "") +
      " ORDER BY f.rowid DESC LIMIT " +
      std::to_string(window + 1);  // one more: tells whether the window was full
  Result<Stmt*> st = rep_->Statement(sql);
  if (!st.ok()) return Status::IOError("search failed: " + st.status().message());
  for (size_t i = 0; i < binds.size(); ++i) (*st)->BindText(static_cast<int>(i + 1), binds[i]);
  if (span) {
    (*st)->BindInt(static_cast<int>(binds.size() + 1), first_seq);
    (*st)->BindInt(static_cast<int>(binds.size() + 2), last_seq);
  }
  std::vector<Candidate> candidates;
  while ((*st)->Step(&s)) candidates.push_back({(*st)->Int(0), (*st)->Double(1)});
  (*st)->Reset();
  // The parser quotes every word, so an error here is not the user's syntax; report it plainly.
  if (!s.ok()) return Status::IOError("search failed in the database: " + s.message());
  out.candidates_capped = candidates.size() > window;
  if (out.candidates_capped) candidates.pop_back();  // the oldest
  out.candidates = candidates.size();
  size_t end = std::min(candidates.size(), request.offset + request.limit);
  if (request.offset >= end) return out;
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<ptrdiff_t>(end),
                    candidates.end(), [](const Candidate& x, const Candidate& y) {
                      return x.score != y.score ? x.score < y.score : x.seq < y.seq;
                    });
  out.has_more = candidates.size() > end;

  // Step 2.
  st = rep_->Statement(std::string(kHitColumns) +
                       "highlight(article_fts, 0, char(2), char(3)), "
                       "snippet(article_fts, -1, char(2), char(3), '…', 28) "
                       "FROM article_fts f JOIN articles a ON a.seq = f.rowid "
                       "WHERE article_fts MATCH ?1 AND f.rowid = ?2");
  if (!st.ok()) return Status::IOError("search failed: " + st.status().message());
  for (size_t i = request.offset; i < end; ++i) {
    (*st)->Reset();
    (*st)->BindText(1, parsed.fts_match);
    (*st)->BindInt(2, candidates[i].seq);
    if ((*st)->Step(&s)) {
      out.hits.push_back(ReadHit(**st, true));
      out.hits.back().score = -candidates[i].score;
    }
    if (!s.ok()) return Status::IOError("search failed in the database: " + s.message());
  }
  (*st)->Reset();
  return out;
}

// Filter-only search: newest first.
Result<SearchResponse> Searcher::FilterOnly(const SearchRequest& request,
                                            const SearchFilters& filters) {
  std::vector<std::string> binds;
  std::string sql =
      std::string(kHitColumns) +
      "substr(coalesce(json_extract(a.json, '$.lead'), "
      "json_extract(a.json, '$.body[0]'), ''), 1, 240) FROM articles a WHERE 1" +
      FilterSql(filters, request.include_duplicates, &binds) +
      " ORDER BY a.event_date IS NULL, a.event_date DESC, a.seq DESC LIMIT ? OFFSET ?";
  Result<Stmt*> st = rep_->Statement(sql);
  if (!st.ok()) return Status::IOError("search failed: " + st.status().message());
  int n = 0;
  for (const std::string& b : binds) (*st)->BindText(++n, b);
  (*st)->BindInt(++n, static_cast<int64_t>(request.limit + 1));
  (*st)->BindInt(++n, static_cast<int64_t>(request.offset));
  SearchResponse out;
  Status s;
  while ((*st)->Step(&s)) {
    if (out.hits.size() == request.limit) {
      out.has_more = true;
      break;
    }
    out.hits.push_back(ReadHit(**st, false));
  }
  (*st)->Reset();
  if (!s.ok()) return Status::IOError("search failed in the database: " + s.message());
  return out;
}

Result<std::vector<std::string>> Searcher::StoryIdsFor(const std::string& query, size_t limit) {
  SearchRequest request;
  request.query = query;
  request.limit = rep_->limits.max_page_size;
  std::vector<std::string> ids;
  std::unordered_set<std::string> seen;
  for (size_t page = 0; ids.size() < limit; ++page) {
    request.offset = page * request.limit;
    if (request.offset > rep_->limits.max_offset) break;
    Result<SearchResponse> r = Search(request);
    if (!r.ok()) return r.status();
    for (const SearchHit& h : r->hits) {
      if (h.story_id.empty() || ids.size() >= limit) continue;
      if (seen.insert(h.story_id).second) ids.push_back(h.story_id);
    }
    if (!r->has_more) break;
  }
  return ids;
}

}  // namespace kabar
