// kabar_bm25 (see rank.h): FTS5's bm25 with a sampled document frequency.
#include "search/rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "index/fts5_api.h"
#include "kabar/fts_tokenizer.h"

namespace kabar::search {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per query (FTS5 auxdata): average document length and each phrase's idf, times its role's
// weight.
struct QueryData {
  double avgdl = 1;
  std::vector<double> idf;
  std::vector<double> freq;  // scratch, one per phrase
};

struct Count {
  const Fts5ExtensionApi* api;
  int64_t hits = 0;
  int64_t last_rowid = 0;
};

int CountMatch(const Fts5ExtensionApi* api, Fts5Context* fts, void* user) {
  auto* c = static_cast<Count*>(user);
  if (++c->hits < kDfSample) return SQLITE_OK;
  c->last_rowid = api->xRowid(fts);
  return SQLITE_DONE;  // FTS5 stops the iteration and reports SQLITE_OK
}

// The strings of an FTS5 expression in order ("" inside a string is one quote).
std::vector<std::string> QuotedStrings(std::string_view expr) {
  std::vector<std::string> out;
  for (size_t i = 0; i < expr.size(); ++i) {
    if (expr[i] != '"') continue;
    std::string text;
    for (++i; i < expr.size(); ++i) {
      if (expr[i] == '"' && (i + 1 >= expr.size() || expr[i + 1] != '"')) break;
      if (expr[i] == '"') ++i;
      text += expr[i];
    }
    out.push_back(std::move(text));
  }
  return out;
}

int LoadQueryData(const Fts5ExtensionApi* api, Fts5Context* fts, std::string_view roles,
                  QueryData* d) {
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc != SQLITE_OK) return rc;
  rows = std::max<sqlite3_int64>(rows, 1);
  d->avgdl = std::max(1.0, static_cast<double>(tokens) / static_cast<double>(rows));
  int phrases = api->xPhraseCount(fts);
  d->idf.assign(static_cast<size_t>(phrases), 0);
  d->freq.assign(static_cast<size_t>(phrases), 0);
  for (int i = 0; i < phrases; ++i) {
    Count c{api};
    rc = api->xQueryPhrase(fts, i, &c, CountMatch);
    if (rc != SQLITE_OK) return rc;
    double hits = static_cast<double>(c.hits);
    if (c.last_rowid > 0) {  // stopped early: scale by the share of rows covered
      double covered =
          std::min<double>(static_cast<double>(c.last_rowid), static_cast<double>(rows));
      hits =
          std::min<double>(static_cast<double>(rows), hits * static_cast<double>(rows) / covered);
    }
    double n = static_cast<double>(rows);
    double idf = std::log((n - hits + 0.5) / (hits + 0.5));
    bool any_form = static_cast<size_t>(i) < roles.size() && roles[static_cast<size_t>(i)] == 'a';
    d->idf[static_cast<size_t>(i)] = (idf <= 0 ? 1e-6 : idf) * (any_form ? kAnyFormWeight : 1.0);
  }
  return SQLITE_OK;
}

void DeleteQueryData(void* p) { delete static_cast<QueryData*>(p); }

void Bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int n_args,
          sqlite3_value** args) {
  std::string_view roles;
  if (n_args > 0 && sqlite3_value_type(args[n_args - 1]) == SQLITE_TEXT) {
    roles = {reinterpret_cast<const char*>(sqlite3_value_text(args[n_args - 1])),
             static_cast<size_t>(sqlite3_value_bytes(args[n_args - 1]))};
    --n_args;  // the rest are column weights
  }
  auto* d = static_cast<QueryData*>(api->xGetAuxdata(fts, 0));
  int rc = SQLITE_OK;
  if (d == nullptr) {
    d = new QueryData;
    rc = LoadQueryData(api, fts, roles, d);
    if (rc != SQLITE_OK) {
      delete d;
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    rc = api->xSetAuxdata(fts, d, DeleteQueryData);  // frees d itself on failure
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  std::fill(d->freq.begin(), d->freq.end(), 0.0);
  int instances = 0;
  rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc != SQLITE_OK || phrase < 0 || static_cast<size_t>(phrase) >= d->freq.size()) continue;
    double w = column < n_args ? sqlite3_value_double(args[column]) : 1.0;
    d->freq[static_cast<size_t>(phrase)] += w;
  }
  int length = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double norm = kK1 * (1 - kB + kB * static_cast<double>(length) / d->avgdl);
  double score = 0;
  for (size_t i = 0; i < d->freq.size(); ++i) {
    score += d->idf[i] * (d->freq[i] * (kK1 + 1)) / (d->freq[i] + norm);
  }
  sqlite3_result_double(ctx, -score);
}

}  // namespace

std::string PhraseRoles(std::string_view fts_match) {
  std::vector<std::string> strings = QuotedStrings(fts_match);
  std::string roles(strings.size(), '.');
  for (size_t i = 0; i + 1 < strings.size(); ++i) {
    if (strings[i + 1].size() == strings[i].size() + 1 && strings[i + 1][0] == kExactFormMark &&
        strings[i + 1].compare(1, std::string::npos, strings[i]) == 0) {
      roles[i] = 'a';
    }
  }
  return roles;
}

Status RegisterRankFunction(sqlite3* db) {
  Result<fts5_api*> found = FindFts5Api(db);
  if (!found.ok()) return found.status();
  fts5_api* api = *found;
  if (api->xCreateFunction(api, "kabar_bm25", nullptr, Bm25, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("cannot register kabar_bm25: ") + sqlite3_errmsg(db));
  }
  return Status::OK();
}

}  // namespace kabar::search
