#include <gtest/gtest.h>

#include "kabar/understand.h"
#include "understand/alias_table.h"
#include "understand/tokenize.h"

namespace kabar {
namespace {

TEST(EntityKey, IgnoresCaseHyphensDotsAndSpacing) {
  EXPECT_EQ(EntityKey("Kim Jong-un"), "kim jong un");
  EXPECT_EQ(EntityKey("KIM  JONG UN"), "kim jong un");
  EXPECT_EQ(EntityKey(" Kim\xC2\xA0Jong Un "), "kim jong un");  // no-break space
  EXPECT_EQ(EntityKey("U.S."), "us");
  EXPECT_EQ(EntityKey("People's Republic"), "peoples republic");
  EXPECT_EQ(EntityKey(""), "");
}

TEST(AliasTable, ParsesLinesAndReportsTheBadOne) {
  understand::AliasTable t;
  Status s = t.AddText("# comment\nKorea Utara\tLOC\tNorth Korea\tDPRK\n\nBad line\n", "f.tsv");
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("f.tsv:4"), std::string::npos);
  ASSERT_NE(t.Find("dprk"), nullptr);
  EXPECT_EQ(t.Find("North-Korea")->name, "Korea Utara");
  EXPECT_EQ(t.Find("DPRK")->type, "LOC");
  EXPECT_EQ(t.Find("South Korea"), nullptr);
  EXPECT_EQ(t.AddText("X\tTHING\n", "g").code(), Status::Code::kCorruption);
}

TEST(AliasTable, DefaultTableJoinsLanguagesAndShortForms) {
  understand::AliasTable t;
  ASSERT_TRUE(understand::LoadDefaultAliases("", &t).ok());
  const std::pair<const char*, const char*> same[] = {
      {"North Korea", "Korea Utara"},
      {"DPRK", "Korea Utara"},
      {"Korut", "Korea Utara"},
      {"Russia", "Rusia"},
      {"United States", "Amerika Serikat"},
      {"AS", "Amerika Serikat"},
      {"US", "Amerika Serikat"},
      {"Ukraine", "Ukraina"},
      {"Kim Jong-un", "Kim Jong Un"},
      {"China", "Tiongkok"},
  };
  for (const auto& [spelling, name] : same) {
    const understand::AliasEntry* e = t.Find(spelling);
    ASSERT_NE(e, nullptr) << spelling;
    EXPECT_EQ(e->name, name) << spelling;
  }
}

TEST(AliasTable, UserFileOverridesAndMissingFileIsAnError) {
  understand::AliasTable t;
  Status s = understand::LoadDefaultAliases("/nonexistent/aliases.tsv", &t);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/aliases.tsv"), std::string::npos);
}

TEST(Tokenize, SplitsEdgePunctuationAndKeepsInnerMarks) {
  std::string text = "\u201cKami,\u201d kata Kim Jong-un (AS) di U.S. pada 12/6.";
  std::vector<understand::Token> tokens;
  understand::Tokenize(text, &tokens);
  std::vector<std::string> got;
  for (auto t : tokens) got.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<std::string> want = {"\u201c", "Kami", ",",  "\u201d", "kata", "Kim",  "Jong-un", "(",
                                   "AS",     ")",    "di", "U.S.",   "pada", "12/6", "."};
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace kabar
