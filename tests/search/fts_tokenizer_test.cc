#include "kabar/fts_tokenizer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kabar {
namespace {

class FtsTokenizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/usr/share/hunspell/id_ID.dic")) {
      GTEST_SKIP() << "hunspell-id lexicon is not installed";
    }
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(RegisterFtsTokenizer(db_).ok());
    Exec(
        "CREATE VIRTUAL TABLE k USING fts5(body, tokenize='kabar');"
        "CREATE VIRTUAL TABLE n USING fts5(body, tokenize='kabar none');");
    const char* docs[] = {
        "Tulisan itu dimuat di koran kemarin.",                   // 1
        "Kemarin Megawati berkunjung ke Bekasi.",                 // 2
        "Barang bekas dijual murah.",                             // 3
        "Pemerintahan baru dilantik hari ini.",                   // 4
        "Pemimpin Korea Utara Kim Jong-un tiba di Vladivostok.",  // 5
        "The ministers were meeting in Jakarta.",                 // 6
    };
    for (const char* doc : docs) {
      for (const char* table : {"k", "n"}) {
        Exec(std::string("INSERT INTO ") + table + "(body) VALUES('" + doc + "')");
      }
    }
  }
  void TearDown() override { sqlite3_close(db_); }

  void Exec(const std::string& sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
  }

  // Row ids matching `match` in `table`, in row id order.
  std::vector<int> Match(const std::string& table, const std::string& match) {
    std::vector<int> ids;
    sqlite3_stmt* stmt = nullptr;
    std::string sql = "SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?1 ORDER BY rowid";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) ids.push_back(sqlite3_column_int(stmt, 0));
    sqlite3_finalize(stmt);
    return ids;
  }

  sqlite3* db_ = nullptr;
};

using Ids = std::vector<int>;

// A query string asking for the exact form (kExactFormMark), quoted for FTS5.
std::string Exact(const std::string& words) { return "\"" + (kExactFormMark + words) + "\""; }

TEST_F(FtsTokenizerTest, MatchesDerivedForms) {
  EXPECT_EQ(Match("k", "\"menulis\""), Ids{1});
  EXPECT_EQ(Match("n", "\"menulis\""), Ids{});
  EXPECT_EQ(Match("k", "\"kunjungan\""), Ids{2});
  EXPECT_EQ(Match("k", "\"meet\""), Ids{6});
  EXPECT_EQ(Match("k", "\"minister\""), Ids{6});
}

TEST_F(FtsTokenizerTest, KeepsNamesApartFromWords) {
  EXPECT_EQ(Match("k", "\"Megawati\""), Ids{2});
  EXPECT_EQ(Match("k", "\"megawati\""), Ids{2});
  EXPECT_EQ(Match("k", "\"gawat\""), Ids{});
  // A capitalised query for the name finds only the name; a lower-case one finds both.
  EXPECT_EQ(Match("k", "\"Bekasi\""), Ids{2});
  EXPECT_EQ(Match("k", "\"bekasi\""), (Ids{2, 3}));
  EXPECT_EQ(Match("k", "\"bekas\""), Ids{3});
}

TEST_F(FtsTokenizerTest, CapitalisedQueryWordAlsoFindsTheLowerCaseWord) {
  // "Pemerintahan" starts doc 4's sentence, so the index stemmed it; a capitalised query
  // word is a name, which must still find the word written so ("Presiden" and "Pemerintah"
  // start summary sentences and titles).
  EXPECT_EQ(Match("k", "\"Pemerintahan\""), Ids{4});
  EXPECT_EQ(Match("k", Exact("Pemerintahan")), Ids{4});
  EXPECT_EQ(Match("k", "\"Tulisan\""), Ids{1});
  // Not its other forms: a name is not a stem.
  EXPECT_EQ(Match("k", "\"Pemerintah\""), Ids{});
}

TEST_F(FtsTokenizerTest, ExactFormQueries) {
  // kExactFormMark asks for the form as typed. Doc 1 has "Tulisan" (stem "tulis"), doc 4
  // "dilantik" (stem "lantik"), doc 3 "bekas" (a root, kept).
  EXPECT_EQ(Match("k", "\"tulis\""), Ids{1});
  EXPECT_EQ(Match("k", Exact("tulis")), Ids{});
  EXPECT_EQ(Match("k", Exact("tulisan")), Ids{1});
  EXPECT_EQ(Match("k", Exact("menulis")), Ids{});
  EXPECT_EQ(Match("k", "\"menulis\""), Ids{1});
  EXPECT_EQ(Match("k", Exact("lantik")), Ids{});
  EXPECT_EQ(Match("k", Exact("dilantik")), Ids{4});
  EXPECT_EQ(Match("k", Exact("bekas")), Ids{3});
  EXPECT_EQ(Match("k", Exact("bekasi")), Ids{2});
  EXPECT_EQ(Match("k", Exact("kim jong un")), Ids{5});
  // The other stemmings ignore the mark.
  EXPECT_EQ(Match("n", Exact("bekas")), Ids{3});
}

TEST_F(FtsTokenizerTest, PrefixAndPhraseQueries) {
  EXPECT_EQ(Match("k", "\"pemerin\" *"), Ids{4});
  EXPECT_EQ(Match("k", "\"dilan\" *"), Ids{4});
  EXPECT_EQ(Match("k", "\"kim jong un\""), Ids{5});
  EXPECT_EQ(Match("k", "\"jong kim\""), Ids{});
  EXPECT_EQ(Match("k", "\"korea utara\" AND \"vladivostok\""), Ids{5});
}

TEST_F(FtsTokenizerTest, HighlightsOriginalWords) {
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_, "SELECT highlight(k, 0, '[', ']') FROM k WHERE k MATCH ?1", -1,
                               &stmt, nullptr),
            SQLITE_OK);
  sqlite3_bind_text(stmt, 1, "\"pemerintah\" AND \"melantik\"", -1, SQLITE_STATIC);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
               "[Pemerintahan] baru [dilantik] hari ini.");
  sqlite3_finalize(stmt);
}

TEST_F(FtsTokenizerTest, RejectsUnknownStemming) {
  char* err = nullptr;
  EXPECT_NE(sqlite3_exec(db_, "CREATE VIRTUAL TABLE x USING fts5(a, tokenize='kabar porter')",
                         nullptr, nullptr, &err),
            SQLITE_OK);
  sqlite3_free(err);
}

}  // namespace
}  // namespace kabar
