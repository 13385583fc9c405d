// kabar_bm25's phrase roles: the any-form string of each query word's pair counts
// kAnyFormWeight, so the word as typed outranks other forms of its root.
#include "search/rank.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kabar/fts_tokenizer.h"
#include "kabar/query.h"

namespace kabar::search {
namespace {

std::string Roles(const std::string& query) {
  Result<ParsedQuery> parsed = ParseQuery(query);
  EXPECT_TRUE(parsed.ok()) << query;
  return parsed.ok() ? PhraseRoles(parsed->fts_match) : "";
}

TEST(PhraseRoles, MarksTheAnyFormStringOfEachWordPair) {
  EXPECT_EQ(Roles("kim"), "a.");
  EXPECT_EQ(Roles("kim jong un"), "a.a.a.");
  EXPECT_EQ(Roles("\"korea utara\""), "a.");  // a phrase is one pair
  EXPECT_EQ(Roles("pemerin*"), ".");          // a prefix has no exact form
  EXPECT_EQ(Roles("kim -putin"), "a.a.");     // negated words are pairs too
  EXPECT_EQ(Roles("outlet:tempo"), "");
}

TEST(PhraseRoles, ReadsEscapedQuotesAndComparesWholeStrings) {
  std::string exact = std::string(1, kExactFormMark);
  EXPECT_EQ(PhraseRoles("(\"a\"\"b\" OR \"" + exact + "a\"\"b\")"), "a.");
  EXPECT_EQ(PhraseRoles("(\"ab\" OR \"" + exact + "a\")"), "..");
  EXPECT_EQ(PhraseRoles("\"ab\" \"cd\""), "..");
}

class RankTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/usr/share/hunspell/id_ID.dic")) {
      GTEST_SKIP() << "hunspell-id lexicon is not installed";
    }
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(RegisterFtsTokenizer(db_).ok());
    ASSERT_TRUE(RegisterRankFunction(db_).ok());
    Exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='kabar')");
    // 1: the word as typed, once, in a long article; 2: only other forms of its root, often,
    // in a short one; 3-5: the word as typed among other words; 6-20: neither.
    std::string filler = " harga beras naik di pasar induk pada pekan lalu menurut pedagang";
    Insert("Dia menulis surat." + filler + filler + filler);
    Insert("Tulisan demi tulisan, tulisan lagi: tulisan, tulisan, tulisan.");
    for (int i = 0; i < 3; ++i) Insert("Wartawan menulis berita." + filler);
    for (int i = 0; i < 15; ++i) Insert("Banjir merendam rumah warga." + filler);
  }
  void TearDown() override { sqlite3_close(db_); }

  void Exec(const std::string& sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
  }
  void Insert(const std::string& body) { Exec("INSERT INTO t(body) VALUES('" + body + "')"); }

  // Row ids matching `match`, best first, ranked with `roles` (or none when empty).
  std::vector<int> Ranked(const std::string& match, const std::string& roles) {
    std::string sql = roles.empty() ? "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY kabar_bm25(t)"
                                    : "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY "
                                      "kabar_bm25(t, ?2)";
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    if (!roles.empty()) sqlite3_bind_text(stmt, 2, roles.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<int> ids;
    while (sqlite3_step(stmt) == SQLITE_ROW) ids.push_back(sqlite3_column_int(stmt, 0));
    sqlite3_finalize(stmt);
    return ids;
  }

  sqlite3* db_ = nullptr;
};

TEST_F(RankTest, TheWordAsTypedOutranksOtherFormsOfItsRoot) {
  Result<ParsedQuery> parsed = ParseQuery("menulis");
  ASSERT_TRUE(parsed.ok());
  std::vector<int> plain = Ranked(parsed->fts_match, "");
  std::vector<int> weighted = Ranked(parsed->fts_match, PhraseRoles(parsed->fts_match));
  ASSERT_EQ(plain.size(), 5u);  // other forms still match
  ASSERT_EQ(weighted.size(), 5u);
  // Unweighted, six "tulisan" in a short article beat one "menulis" in a long one...
  EXPECT_LT(std::find(plain.begin(), plain.end(), 2), std::find(plain.begin(), plain.end(), 1));
  // ...weighted, every article with "menulis" comes first.
  EXPECT_EQ(weighted.back(), 2);
}

}  // namespace
}  // namespace kabar::search
