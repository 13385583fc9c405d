// search_corpus: writes N generated articles with real Indonesian vocabulary into a store
// with its search index, for the /api/search load test (bench/search_load.sh).
//
// Sentences come from IndoSum's dev folds (../shared/data/indonesian/indosum-dev, 3,463
// articles, ~1.2 M tokens), so word, name and phrase frequencies are those of real news.
// Article i takes a topic article t (deterministic from the seed): its title (from the id's
// slug), its first sentence as the lead, three more of its sentences, and nine sentences drawn
// from the whole pool, in random order. Each topic article thus yields ~N/3,463 related
// articles that share names and topic words, without being near-duplicates of each other.
// Outlet and site are t's source; dates spread over 2019-2024 in ingest order.
// Articles go through Store::Add with the SearchIndex hook (dedup, clustering, FTS5), or,
// with --direct, straight into the store's `articles` table and the search index (no dedup,
// no stories; ~3x faster, for the 1,000,000-article load test: search reads only these).
//
// Usage: search_corpus [--direct] N DB [DIR]   (DIR defaults to
// ../shared/data/indonesian/indosum-dev)
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "indosum_text.h"
#include "kabar/article.h"
#include "kabar/article_json.h"
#include "kabar/fts_tokenizer.h"
#include "kabar/search.h"
#include "kabar/store.h"

namespace {

struct Source {
  std::string title, outlet, site;
  std::vector<std::string> sentences;
};

using kabar::bench::Detokenize;

// "1490674536-mustahil-transportasi-tradisional-dan-online-bersa" -> "Mustahil transportasi
// tradisional dan online" (the slug is cut at 50 characters: its last word is dropped).
std::string TitleFromId(const std::string& id) {
  size_t dash = id.find('-');
  std::string slug = dash == std::string::npos ? id : id.substr(dash + 1);
  size_t last = slug.rfind('-');
  if (last != std::string::npos && slug.size() >= 45) slug.resize(last);
  for (char& c : slug) c = c == '-' ? ' ' : c;
  if (!slug.empty() && slug[0] >= 'a' && slug[0] <= 'z') slug[0] = static_cast<char>(slug[0] - 32);
  return slug;
}

std::string SiteOf(const std::string& source) {
  std::string s;
  for (char c : source) {
    if (c != ' ') s.push_back(c);
  }
  return s.find('.') == std::string::npos ? s + ".com" : s;
}

std::vector<Source> Load(const std::string& dir) {
  std::vector<Source> out;
  std::set<std::string> seen;
  for (int fold = 1; fold <= 5; ++fold) {
    std::ifstream in(dir + "/dev.0" + std::to_string(fold) + ".jsonl");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !seen.insert(j.value("id", "")).second) continue;
      Source s;
      s.title = TitleFromId(j["id"]);
      s.outlet = j.value("source", "unknown");
      s.site = SiteOf(s.outlet);
      for (const auto& p : j["paragraphs"]) {
        for (const auto& sentence : p) {
          std::string text = Detokenize(sentence.get<std::vector<std::string>>());
          if (text.size() > 20) s.sentences.push_back(text);
        }
      }
      if (s.sentences.size() >= 4) out.push_back(std::move(s));
    }
  }
  return out;
}

std::string Day(int64_t days) {
  // Days since 1970-01-01 -> YYYY-MM-DD (civil from days, Howard Hinnant's algorithm).
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100),
          mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y + (m <= 2)),
                static_cast<long long>(m), static_cast<long long>(d));
  return buf;
}

// Inserts the batch (articles first..first+n-1, seq = index + 1) and indexes it, in one
// transaction. Ids are derived from the index (the generator makes no duplicates to detect).
// One transaction per 50,000 articles (fewer, larger FTS5 segments); no journal.
bool WriteDirect(sqlite3* db, sqlite3_stmt* insert, int first, bool last,
                 std::vector<kabar::Article>* batch, kabar::SearchIndex* index) {
  if (first % 50000 == 0) sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  std::vector<const kabar::Article*> added;
  for (size_t k = 0; k < batch->size(); ++k) {
    kabar::Article& a = (*batch)[k];
    int64_t seq = first + static_cast<int64_t>(k) + 1;
    char id[24];
    std::snprintf(id, sizeof id, "%016llx",
                  static_cast<unsigned long long>(seq * 0x9E3779B97F4A7C15ull));
    a.id = id;
    std::string event_date = a.published.substr(0, 10);
    std::string json = kabar::ArticleToJson(a);
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, seq);
    int col = 2;
    for (const std::string* v : {&a.id, &a.site, &a.outlet, &a.language, &a.url, &a.title,
                                 &a.published, &event_date, &json}) {
      sqlite3_bind_text(insert, col++, v->c_str(), static_cast<int>(v->size()), SQLITE_TRANSIENT);
    }
    if (sqlite3_step(insert) != SQLITE_DONE) {
      std::fprintf(stderr, "search_corpus: %s\n", sqlite3_errmsg(db));
      return false;
    }
    added.push_back(&a);
  }
  kabar::Status s = index->OnArticlesAdded(db, added);
  if (!s.ok()) {
    std::fprintf(stderr, "search_corpus: %s\n", s.ToString().c_str());
    return false;
  }
  int end = first + static_cast<int>(batch->size());
  if (end % 50000 != 0 && !last) return true;
  return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

}  // namespace

int main(int argc, char** argv) {
  bool direct = argc > 1 && std::string(argv[1]) == "--direct";
  if (direct) {
    --argc;
    ++argv;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: search_corpus [--direct] N DB [INDOSUM_DIR]\n");
    return 2;
  }
  int n = std::atoi(argv[1]);
  std::string db = argv[2];
  std::string dir =
      argc > 3 ? argv[3] : std::string(KABAR_SHARED_DIR) + "/data/indonesian/indosum-dev";
  std::vector<Source> sources = Load(dir);
  if (sources.empty()) {
    std::fprintf(stderr, "search_corpus: no IndoSum articles in %s\n", dir.c_str());
    return 1;
  }
  std::vector<const std::string*> pool;
  for (const Source& s : sources) {
    for (const std::string& sentence : s.sentences) pool.push_back(&sentence);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  auto store = kabar::Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "search_corpus: %s\n", store.status().ToString().c_str());
    return 1;
  }
  kabar::SearchIndex index;
  kabar::Status s = (*store)->AddHook(&index);
  if (!s.ok()) {
    std::fprintf(stderr, "search_corpus: %s\n", s.ToString().c_str());
    return 1;
  }
  sqlite3* raw = nullptr;
  sqlite3_stmt* insert = nullptr;
  if (direct) {
    store->reset();  // schema and index exist now; write them on a connection of our own
    if (sqlite3_open(db.c_str(), &raw) != SQLITE_OK || !kabar::RegisterFtsTokenizer(raw).ok() ||
        sqlite3_exec(raw,
                     "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000",
                     nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(raw,
                           "INSERT INTO articles(seq, id, site, outlet, language, url, title, "
                           "published, event_date, event_basis, json) "
                           "VALUES(?,?,?,?,?,?,?,?,?,'published',?)",
                           -1, &insert, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "search_corpus: %s\n", sqlite3_errmsg(raw));
      return 1;
    }
  }
  std::mt19937_64 rng(20261122);
  const int64_t first_day = 17897;  // 2019-01-01
  const int64_t days = 6 * 365;
  auto start = std::chrono::steady_clock::now();
  kabar::AddCounts total;
  for (int done = 0; done < n;) {
    std::vector<kabar::Article> batch;
    for (; done < n && batch.size() < 5000; ++done) {
      const Source& t = sources[rng() % sources.size()];
      kabar::Article a;
      a.title = t.title;
      a.outlet = t.outlet;
      a.site = t.site;
      a.language = "id";
      a.url = "https://" + t.site + "/berita/" + std::to_string(done);
      a.source.path = "search_corpus";
      a.source.offset = static_cast<uint64_t>(done);
      int64_t day = first_day + static_cast<int64_t>(done) * days / std::max(1, n);
      a.published = Day(day) + "T10:00:00+07:00";
      a.fetched_at = Day(day + 1) + "T00:00:00Z";
      a.lead = t.sentences[0];
      std::vector<std::string> body;
      for (int k = 0; k < 3; ++k) body.push_back(t.sentences[1 + rng() % (t.sentences.size() - 1)]);
      for (int k = 0; k < 9; ++k) body.push_back(*pool[rng() % pool.size()]);
      std::shuffle(body.begin(), body.end(), rng);
      for (size_t k = 0; k < body.size(); k += 3) {
        std::string para;
        for (size_t m = k; m < k + 3 && m < body.size(); ++m)
          para += (para.empty() ? "" : " ") + body[m];
        a.body.push_back(para);
      }
      batch.push_back(std::move(a));
    }
    if (direct) {
      auto t = std::chrono::steady_clock::now();
      if (!WriteDirect(raw, insert, done - static_cast<int>(batch.size()), done == n, &batch,
                       &index)) {
        return 1;
      }
      total.added += batch.size();
      total.hook_seconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
      if (done % 50000 < 5000) std::fprintf(stderr, "%d articles\n", done);
      continue;
    }
    auto c = (*store)->Add(&batch);
    if (!c.ok()) {
      std::fprintf(stderr, "search_corpus: %s\n", c.status().ToString().c_str());
      return 1;
    }
    total.added += c->added;
    total.near_duplicates += c->near_duplicates + c->exact_duplicates;
    total.hook_seconds += c->hook_seconds;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (done % 50000 < 5000) {
      std::fprintf(stderr, "%d articles, %.0f s (index %.0f s)\n", done, secs, total.hook_seconds);
    }
  }
  if (raw != nullptr) {
    sqlite3_finalize(insert);
    sqlite3_close(raw);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("articles %d, stored %llu, duplicates %llu, %.0f s (search index %.0f s)\n", n,
              static_cast<unsigned long long>(total.added),
              static_cast<unsigned long long>(total.near_duplicates), secs, total.hook_seconds);
  return 0;
}
