// Store: opening, schema checks, idempotent writes, locking, full disk.
#include "kabar/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <xxhash.h>

#include <cstdio>
#include <fstream>
#include <random>

#include "store/store_test_util.h"
#include "test_util.h"

namespace kabar {
namespace {

using testing::ExecSqlOnFile;
using testing::MakeArticle;
using testing::RandomWords;
using testing::TempDir;

std::vector<Article> Generated(int n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Article> out;
  for (int i = 0; i < n; ++i) {
    out.push_back(MakeArticle("site" + std::to_string(i % 7) + ".com",
                              "Title " + std::to_string(seed) + "/" + std::to_string(i),
                              RandomWords(&rng, 200), "2024-01-0" + std::to_string(1 + i % 9)));
  }
  return out;
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(StoreTest, ContentIdIgnoresProvenanceAndSpacing) {
  Article a = MakeArticle("a.com", "Hello  World", {"one", "two"}, "2024-01-01");
  Article b = a;
  b.source.path = "elsewhere";
  b.fetched_at = "2025-01-01T00:00:00Z";
  b.title = "hello world";
  EXPECT_EQ(ContentId(a), ContentId(b));
  EXPECT_EQ(ContentId(a).size(), 16u);
  b.body[0] += " three";
  EXPECT_NE(ContentId(a), ContentId(b));
  b = a;
  b.site = "b.com";
  EXPECT_NE(ContentId(a), ContentId(b));
}

// Ids are frozen (stored databases refer to them): these values were produced by the first
// implementation and must never change.
TEST(StoreTest, ContentIdIsFrozen) {
  Article a;
  a.site = "detik.com";
  a.title = "  Presiden\u00a0Jokowi  Tiba di  Bali ";
  a.body = {"", "Paragraf pertama.\tDengan  SPASI\u2003aneh.", "  kedua ", "",
            "Ketiga\u3000akhir\n"};
  EXPECT_EQ(ContentId(a), "2156ed32485a661c");
  Article b;
  b.title = "x";
  EXPECT_EQ(ContentId(b), "223ea6d07137102c");
  Article c;
  c.site = "s";
  c.body = {" ", "A"};
  EXPECT_EQ(ContentId(c), "7673a243774e0ae4");
}

// The content id's key normalised one character at a time: white space runs (ASCII and the
// Unicode spaces of store.h's contract) to one space, none at the ends; ASCII lower-cased.
std::string NormalisedByCharacters(const std::string& s) {
  static const std::vector<std::string> kSpaces = {
      " ",      "\t",     "\n",     "\v",     "\f",     "\r",     "\u00a0", "\u0085", "\u2000",
      "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009",
      "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u1680"};
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t n = 0;
    for (const std::string& sp : kSpaces) {
      if (s.compare(i, sp.size(), sp) == 0) n = sp.size();
    }
    if (n > 0) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    char c = s[i++];
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

std::string ContentIdByCharacters(const Article& a) {
  std::string body;
  for (size_t i = 0; i < a.body.size(); ++i) body += (i > 0 ? "\n" : "") + a.body[i];
  std::string key = std::string("kabar-article-v1") + '\0' + a.site + '\0' +
                    NormalisedByCharacters(a.title) + '\0' + NormalisedByCharacters(body);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  return hex;
}

// Titles and paragraphs of random pieces (letters of both cases, punctuation, DEL, ASCII
// and Unicode white space, other UTF-8), long plain runs among them: ContentId's word-at-a-
// time normalisation gives the character-wise key.
TEST(StoreTest, ContentIdMatchesACharacterWiseNormalisation) {
  const std::vector<std::string> kPieces = {"a",
                                            "Z",
                                            "q",
                                            "0",
                                            ".",
                                            "'",
                                            "\x7f",
                                            " ",
                                            " ",
                                            "  ",
                                            "\t",
                                            "\n",
                                            "\u00a0",
                                            "\u2003",
                                            "\u3000",
                                            "\u00e9",
                                            "\u00c9",
                                            "\xe2\x80",
                                            "The Quick Brown Fox, Jumps Over",
                                            "lazydogsXYZ"};
  std::mt19937_64 rng(11);
  auto text = [&](size_t pieces) {
    std::string t;
    for (size_t k = 0; k < pieces; ++k) t += kPieces[rng() % kPieces.size()];
    return t;
  };
  for (int round = 0; round < 2000; ++round) {
    Article a;
    a.site = "s.com";
    a.title = text(rng() % 12);
    a.body.resize(rng() % 4);
    for (std::string& p : a.body) p = text(rng() % 60);
    ASSERT_EQ(ContentId(a), ContentIdByCharacters(a)) << "round " << round;
  }
}

TEST(StoreTest, AddIsIdempotentAndKeepsProvenance) {
  TempDir dir;
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::vector<Article> batch = Generated(20, 1);
  auto c1 = (*store)->Add(&batch);
  ASSERT_TRUE(c1.ok()) << c1.status().ToString();
  EXPECT_EQ(c1->added, 20u);
  std::vector<Article> again = Generated(20, 1);
  for (Article& a : again) a.source.path += ".copy";
  auto c2 = (*store)->Add(&again);
  ASSERT_TRUE(c2.ok());
  EXPECT_EQ(c2->added, 0u);
  EXPECT_EQ(c2->already_stored, 20u);
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 20u);
  EXPECT_EQ(stats->sources, 40u);
  auto got = (*store)->GetArticle(batch[3].id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->title, batch[3].title);
  EXPECT_EQ(got->body, batch[3].body);
  EXPECT_EQ((*store)->GetArticle("0000000000000000").status().code(), Status::Code::kNotFound);
}

TEST(StoreTest, ReopenedStoreContinuesWhereItStopped) {
  TempDir dir;
  std::vector<Article> all = Generated(30, 2);
  {
    auto store = Store::Open(dir.File("k.db"));
    ASSERT_TRUE(store.ok());
    std::vector<Article> first(all.begin(), all.begin() + 10);
    ASSERT_TRUE((*store)->Add(&first).ok());
  }
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::vector<Article> rest = all;
  auto c = (*store)->Add(&rest);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->added, 20u);
  EXPECT_EQ(c->already_stored, 10u);
}

TEST(StoreTest, ForeignSqliteDatabaseIsRefusedUntouched) {
  TempDir dir;
  std::string path = dir.File("other.db");
  ASSERT_TRUE(ExecSqlOnFile(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1);"));
  std::string before = FileBytes(path);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorruption);
  EXPECT_NE(store.status().message().find("not a kabar"), std::string::npos);
  EXPECT_EQ(FileBytes(path), before);
}

TEST(StoreTest, GarbageFileIsRefusedUntouched) {
  TempDir dir;
  std::string path = dir.File("garbage.db");
  std::string junk(8192, 'x');
  for (size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>(i * 7919 % 251);
  std::ofstream(path, std::ios::binary) << junk;
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(FileBytes(path), junk);
  EXPECT_EQ(Store::OpenReadOnly(path).status().code(), Status::Code::kCorruption);
}

// article_days (schema 3): each event day's first and last seq, kept on insert and rebuilt
// when a version-2 store is migrated.
TEST(StoreTest, ArticleDaysSpanEachEventDay) {
  TempDir dir;
  std::string path = dir.File("k.db");
  auto spans = [&] {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    std::string out;
    const char* sql =
        "SELECT d.day, d.first_seq = min(a.seq), d.last_seq = max(a.seq) FROM article_days d "
        "JOIN articles a ON a.event_date = d.day GROUP BY d.day ORDER BY d.day";
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out += sqlite3_column_int(st, 1) && sqlite3_column_int(st, 2) ? " ok\n" : " wrong\n";
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  };
  const std::string nine_days =
      "2024-01-01 ok\n2024-01-02 ok\n2024-01-03 ok\n2024-01-04 ok\n2024-01-05 ok\n"
      "2024-01-06 ok\n2024-01-07 ok\n2024-01-08 ok\n2024-01-09 ok\n";
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    std::vector<Article> batch = Generated(30, 1);  // days cycle: seqs interleave
    ASSERT_TRUE((*store)->Add(&batch).ok());
    batch = Generated(12, 2);
    ASSERT_TRUE((*store)->Add(&batch).ok());
  }
  EXPECT_EQ(spans(), nine_days);
  // A version-2 store: no table, no trigger.
  ASSERT_TRUE(ExecSqlOnFile(path,
                            "DROP TRIGGER articles_days; DROP TABLE article_days; "
                            "UPDATE meta SET value='2' WHERE key='schema_version'"));
  {
    auto store = Store::Open(path);  // migrates
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<Article> batch = Generated(9, 3);
    ASSERT_TRUE((*store)->Add(&batch).ok());
  }
  EXPECT_EQ(spans(), nine_days);
}

TEST(StoreTest, NewerSchemaIsRefusedUntouched) {
  TempDir dir;
  std::string path = dir.File("k.db");
  { ASSERT_TRUE(Store::Open(path).ok()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  std::string before = FileBytes(path);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(store.status().message().find("99"), std::string::npos);
  EXPECT_EQ(FileBytes(path), before);
}

TEST(StoreTest, SecondWriterGetsAClearError) {
  TempDir dir;
  auto first = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(first.ok());
  auto second = Store::Open(dir.File("k.db"));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kIOError);
  EXPECT_NE(second.status().message().find("locked"), std::string::npos);
  // Readers are welcome meanwhile.
  std::vector<Article> batch = Generated(5, 3);
  ASSERT_TRUE((*first)->Add(&batch).ok());
  auto reader = Store::OpenReadOnly(dir.File("k.db"));
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ((*reader)->Stats()->articles, 5u);
  std::vector<Article> more = Generated(1, 4);
  EXPECT_EQ((*reader)->Add(&more).status().code(), Status::Code::kInvalidArgument);
}

TEST(StoreTest, MissingFileForReadingIsNotFound) {
  TempDir dir;
  EXPECT_EQ(Store::OpenReadOnly(dir.File("none.db")).status().code(), Status::Code::kNotFound);
}

TEST(StoreTest, FullDiskFailsCleanlyAndKeepsCommittedBatches) {
  TempDir dir;
  std::string path = dir.File("k.db");
  uint64_t committed = 0;
  {
    StoreOptions small;
    small.max_page_count = 60;  // 4 KiB pages: a few batches fit, then the "disk" is full
    auto store = Store::Open(path, small);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Status failure;
    for (int b = 0; b < 50 && failure.ok(); ++b) {
      std::vector<Article> batch = Generated(10, 100 + b);
      auto c = (*store)->Add(&batch);
      if (c.ok()) {
        committed += c->added;
      } else {
        failure = c.status();
      }
    }
    ASSERT_FALSE(failure.ok()) << "the page limit was never reached";
    EXPECT_EQ(failure.code(), Status::Code::kResourceExhausted) << failure.ToString();
    std::vector<Article> more = Generated(1, 999);
    EXPECT_FALSE((*store)->Add(&more).ok());  // refuses further writes
  }
  ASSERT_GT(committed, 0u);
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->articles, committed);
  sqlite3* db = (*store)->handle();
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
}

}  // namespace
}  // namespace kabar
