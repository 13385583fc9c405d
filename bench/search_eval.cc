// search_eval: retrieval quality of kabar's analysis on IndoSum (bench/README.md).
//
// Each IndoSum article is one document; its gold summary is the query and the article the
// one relevant document. Every analysis (no stemming, plain Snowball, kabar) indexes the
// same articles into an in-memory FTS5 table and answers the same queries (the summary's
// distinct words minus Sastrawi's stopwords, OR-ed, ranked by BM25). Reports MRR@10 and
// Recall@10 per analysis, on two document sets: "full" (the article as published) and
// "held-out" (the article without the sentences IndoSum's gold labels mark as the source of
// the summary, so that the query's words must be found in other forms elsewhere in the text,
// which is where stemming matters).
// Two more query sets make the task harder and closer to what people type: "short-2" and
// "short-3" take 2 or 3 of the summary's distinct content words (lower-cased, letters only,
// no stopwords; chosen by an FNV-1a hash seeded with the article's number, so the sets are
// fixed) and AND them, through kabar's query parser as `kabar search` would. SEARCH_EVAL_DIFF=FILE
// writes the queries whose rank differs between the analyses, and those no analysis ranks
// first (TSV: document set, query set, article, rank none/snowball/kabar (0: not in the top
// 10), query).
//
// Ranking: kabar_bm25 (src/search/rank.h), the function `kabar search` and the server rank
// with, over every match (the searcher's newest-first window is a recency cut, not part of
// the analysis, and is left out).
//
// Usage: search_eval [DIR [QUERIES [all|summary]]]   (DIR defaults to
// ../shared/data/indonesian/indosum-dev; QUERIES > 0 asks only the first QUERIES articles'
// queries, every article is still indexed; "all" adds the slow full-summary query set,
// "summary" runs only that set). SEARCH_EVAL_DOCS=full or held-out runs one document set.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "indosum_text.h"
#include "kabar/fts_tokenizer.h"
#include "kabar/query.h"
#include "search/rank.h"

namespace {

struct Doc {
  std::string text;      // detokenised article
  std::string held_out;  // the article without the sentences the summary was made from
  std::string query;     // detokenised gold summary
};

using kabar::bench::Detokenize;

std::string Sentences(const nlohmann::json& sentences) {
  std::string out;
  for (const auto& sentence : sentences) {
    std::string s = Detokenize(sentence.get<std::vector<std::string>>());
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

std::map<std::string, Doc> Load(const std::filesystem::path& dir) {
  std::map<std::string, Doc> docs;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id")) continue;
      std::string id = j["id"].get<std::string>();
      if (docs.count(id) > 0) continue;  // the folds overlap
      Doc doc;
      const nlohmann::json& paragraphs = j["paragraphs"];
      const nlohmann::json& labels = j["gold_labels"];
      for (size_t p = 0; p < paragraphs.size(); ++p) {
        doc.text += Sentences(paragraphs[p]) + "\n";
        for (size_t s = 0; s < paragraphs[p].size(); ++s) {
          bool oracle = p < labels.size() && s < labels[p].size() && labels[p][s].is_boolean() &&
                        labels[p][s].get<bool>();
          if (oracle) continue;
          doc.held_out += Detokenize(paragraphs[p][s].get<std::vector<std::string>>()) + "\n";
        }
      }
      doc.query = Sentences(j["summary"]);
      docs.emplace(id, std::move(doc));
    }
  }
  return docs;
}

// The summary's distinct words, minus stopwords, as an OR query of quoted FTS5 strings, each
// word paired with its exact form as kabar's parser pairs them.
std::string OrQuery(const std::string& text, const std::set<std::string>& stopwords) {
  std::set<std::string> seen = stopwords;
  std::string out, word;
  auto flush = [&] {
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!word.empty() && seen.insert(lower).second) {
      if (!out.empty()) out += " OR ";
      // As kabar's query parser writes a word: any form, or the form as typed (ranked
      // higher); with the 'none' and 'snowball' analyses the mark is ignored (fts_tokenizer.h).
      out += "(\"" + word + "\" OR \"" + kabar::kExactFormMark + word + "\")";
    }
    word.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// FNV-1a, for a deterministic choice of query words that does not depend on the library.
uint64_t Fnv(const std::string& s, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// A short keyword query: `n` distinct content words of the summary (letters only, at least 3
// bytes, not stopwords, lower-cased), chosen by hash (seeded with the article's number),
// AND-ed as a user would type them.
std::string ShortQuery(const std::string& text, const std::set<std::string>& stopwords, size_t n,
                       uint64_t seed) {
  std::set<std::string> words;
  std::string word;
  bool letters_only = true;
  auto flush = [&] {
    if (word.size() >= 3 && letters_only && stopwords.count(word) == 0) words.insert(word);
    word.clear();
    letters_only = true;
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '-') {
      if (c == '-') {
        flush();
        continue;
      }
      letters_only = letters_only && !std::isdigit(u);
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush();
    }
  }
  flush();
  std::vector<std::pair<uint64_t, std::string>> ranked;
  for (const std::string& w : words) ranked.push_back({Fnv(w, seed), w});
  std::sort(ranked.begin(), ranked.end());
  std::string typed;
  for (size_t i = 0; i < ranked.size() && i < n; ++i) {
    typed += (typed.empty() ? "" : " ") + ranked[i].second;
  }
  // As the searcher runs it: kabar's query parser (each word: any form, or the typed form
  // ranked higher; with the none and snowball analyses both are the same word).
  kabar::Result<kabar::ParsedQuery> parsed = kabar::ParseQuery(typed);
  return parsed.ok() ? parsed->fts_match : "";
}

struct Scores {
  double mrr = 0, recall = 0, index_s = 0, query_s = 0;
};

bool Check(int rc, sqlite3* db, const char* what) {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return true;
  std::fprintf(stderr, "search_eval: %s: %s\n", what, sqlite3_errmsg(db));
  return false;
}

// Indexes `docs` with `stemming` and answers every query set (query_sets[k][i] is the query
// whose one relevant document is docs[asked[i]]); one Scores per set. With `per_query`, the rank
// of the relevant document per query (0 = not in the top 10) is kept too.
bool Evaluate(const std::string& stemming, bool held_out, const std::vector<const Doc*>& docs,
              const std::vector<size_t>& asked,
              const std::vector<std::vector<std::string>>& query_sets, std::vector<Scores>* out,
              std::vector<std::vector<int>>* per_query) {
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  if (!kabar::RegisterFtsTokenizer(db).ok() || !kabar::search::RegisterRankFunction(db).ok()) {
    return false;
  }
  std::string ddl = "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='kabar " + stemming + "')";
  if (!Check(sqlite3_exec(db, ddl.c_str(), nullptr, nullptr, nullptr), db, "create")) return false;
  auto t0 = std::chrono::steady_clock::now();
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO t(rowid, body) VALUES(?1, ?2)", -1, &insert, nullptr);
  for (size_t i = 0; i < docs.size(); ++i) {
    sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(i + 1));
    const std::string& text = held_out ? docs[i]->held_out : docs[i]->text;
    sqlite3_bind_text(insert, 2, text.c_str(), -1, SQLITE_STATIC);
    if (!Check(sqlite3_step(insert), db, "insert")) return false;
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  auto t1 = std::chrono::steady_clock::now();
  sqlite3_stmt* search = nullptr;
  sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY kabar_bm25(t, ?2) LIMIT 10",
                     -1, &search, nullptr);
  out->clear();
  per_query->clear();
  for (const std::vector<std::string>& queries : query_sets) {
    auto tq = std::chrono::steady_clock::now();
    double rr_sum = 0;
    size_t hits = 0;
    std::vector<int> ranks;
    for (size_t i = 0; i < queries.size(); ++i) {
      sqlite3_bind_text(search, 1, queries[i].c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(search, 2, kabar::search::PhraseRoles(queries[i]).c_str(), -1,
                        SQLITE_TRANSIENT);
      int rank = 0, found = 0;
      while (sqlite3_step(search) == SQLITE_ROW) {
        ++rank;
        if (sqlite3_column_int64(search, 0) == static_cast<sqlite3_int64>(asked[i] + 1)) {
          found = rank;
        }
      }
      sqlite3_reset(search);
      ranks.push_back(found);
      if (found > 0) {
        rr_sum += 1.0 / found;
        ++hits;
      }
    }
    Scores sc;
    double n = static_cast<double>(std::max<size_t>(1, queries.size()));
    sc.mrr = rr_sum / n;
    sc.recall = static_cast<double>(hits) / n;
    sc.index_s = std::chrono::duration<double>(t1 - t0).count();
    sc.query_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - tq).count();
    out->push_back(sc);
    per_query->push_back(std::move(ranks));
  }
  sqlite3_finalize(search);
  sqlite3_close(db);
  return true;
}

std::set<std::string> LoadWords(const std::filesystem::path& path) {
  std::set<std::string> words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) words.insert(line);
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path data = KABAR_SHARED_DIR "/data/indonesian";
  std::filesystem::path dir = argc > 1 ? argv[1] : data / "indosum-dev";
  std::set<std::string> stopwords = LoadWords(data / "stopwords/sastrawi-stopwords.txt");
  std::map<std::string, Doc> loaded = Load(dir);
  if (loaded.empty()) {
    std::fprintf(stderr, "search_eval: no IndoSum articles under %s\n", dir.c_str());
    return 1;
  }
  std::vector<const Doc*> docs;
  for (const auto& [id, doc] : loaded) docs.push_back(&doc);
  size_t queries = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 0;
  if (queries == 0 || queries > docs.size()) queries = docs.size();
  // Query sets: the gold summary (distinct words minus stopwords, OR-ed) and short keyword
  // queries of 2 and 3 summary words (AND-ed), see ShortQuery.
  // The summary set is slow (long OR queries): only with a third argument "all".
  std::string sets_arg = argc > 3 ? argv[3] : "";
  bool with_summary = sets_arg == "all" || sets_arg == "summary";
  bool with_short = sets_arg != "summary";
  std::vector<const char*> set_names;
  if (with_summary) set_names.push_back("summary");
  if (with_short) set_names.insert(set_names.end(), {"short-2", "short-3"});
  std::vector<std::vector<std::string>> query_sets(set_names.size());
  // SEARCH_EVAL_SPLIT=even or odd: only the queries of even- or odd-numbered articles (a
  // parameter is tuned on one half and checked on the other).
  const char* split_env = std::getenv("SEARCH_EVAL_SPLIT");
  std::string split = split_env != nullptr ? split_env : "";
  std::vector<size_t> asked;  // article index of each query
  for (size_t i = 0; i < queries; ++i) {
    if ((split == "even" && (i + 1) % 2 != 0) || (split == "odd" && (i + 1) % 2 == 0)) continue;
    asked.push_back(i);
  }
  for (size_t i : asked) {
    size_t k = 0;
    if (with_summary) query_sets[k++].push_back(OrQuery(docs[i]->query, stopwords));
    if (!with_short) continue;
    query_sets[k++].push_back(ShortQuery(docs[i]->query, stopwords, 2, i + 1));
    query_sets[k++].push_back(ShortQuery(docs[i]->query, stopwords, 3, i + 1));
  }
  const char* docs_env = std::getenv("SEARCH_EVAL_DOCS");
  std::string only_docs = docs_env != nullptr ? docs_env : "";
  const char* diff_path = std::getenv("SEARCH_EVAL_DIFF");  // per-query ranks, TSV
  FILE* diff = diff_path != nullptr ? std::fopen(diff_path, "w") : nullptr;
  std::printf(
      "IndoSum dev: %zu unique articles, %zu queries per set; BM25; summary = gold summary's "
      "distinct words minus %zu stopwords, OR-ed; short-N = N of those words, AND-ed\n",
      docs.size(), asked.size(), stopwords.size());
  std::printf("%-9s %-9s %-10s %8s %10s %9s %9s\n", "queries", "document", "analysis", "MRR@10",
              "Recall@10", "index s", "query s");
  for (bool held_out : {false, true}) {
    if (!only_docs.empty() && only_docs != (held_out ? "held-out" : "full")) continue;
    std::vector<std::vector<std::vector<int>>> ranks_by_analysis;
    for (const char* stemming : {"none", "snowball", "kabar"}) {
      std::vector<Scores> scores;
      std::vector<std::vector<int>> ranks;
      if (!Evaluate(stemming, held_out, docs, asked, query_sets, &scores, &ranks)) return 1;
      for (size_t k = 0; k < scores.size(); ++k) {
        std::printf("%-9s %-9s %-10s %8.4f %10.4f %9.2f %9.2f\n", set_names[k],
                    held_out ? "held-out" : "full", stemming, scores[k].mrr, scores[k].recall,
                    scores[k].index_s, scores[k].query_s);
      }
      std::fflush(stdout);
      ranks_by_analysis.push_back(std::move(ranks));
    }
    if (diff == nullptr) continue;
    for (size_t k = 0; k < query_sets.size(); ++k) {
      for (size_t i = 0; i < asked.size(); ++i) {
        int none = ranks_by_analysis[0][k][i], snow = ranks_by_analysis[1][k][i],
            kab = ranks_by_analysis[2][k][i];
        if (none == snow && snow == kab && none == 1) continue;  // same, and found first
        std::fprintf(diff, "%s\t%s\t%zu\t%d\t%d\t%d\t%s\n", held_out ? "held-out" : "full",
                     set_names[k], asked[i] + 1, none, snow, kab, query_sets[k][i].c_str());
      }
    }
  }
  if (diff != nullptr) std::fclose(diff);
  std::printf("CPU %.1f s\n", static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
  return 0;
}
