#include "kabar/article_json.h"

#include <gtest/gtest.h>

namespace kabar {
namespace {

TEST(ArticleJson, RoundTripsEveryField) {
  Article a;
  a.source = {"pages/a.txt", 10, 20, "rec-1"};
  a.site = "tempo.co";
  a.title = "Judul \"dengan\" kutip <script>";
  a.published = "2023-06-12T10:37:00+07:00";
  a.dates_mentioned = {"2023-06-12"};
  a.authors = {"A B"};
  a.body = {"p1", "p2"};
  a.syndicated_from = {"tribunnews.com", "T", ""};
  a.removed = {{3, "Iklan", "ad"}};
  a.redactions = {{"email", 1}};
  a.quotes = {{"Kim Jong Un", "Keadilan", "kata", 2, true}};
  a.input_json = R"({"k":1})";
  Result<Article> back = ArticleFromJson(ArticleToJson(a));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->source.record_id, "rec-1");
  EXPECT_EQ(back->title, a.title);
  EXPECT_EQ(back->body, a.body);
  EXPECT_EQ(back->removed[0].reason, "ad");
  EXPECT_EQ(back->syndicated_from.site, "tribunnews.com");
  EXPECT_EQ(back->redactions.at("email"), 1);
  EXPECT_EQ(back->quotes[0].speaker, "Kim Jong Un");
  EXPECT_EQ(back->input_json, a.input_json);
}

TEST(ArticleJson, EmptyStringsAreNull) {
  Article a;
  std::string json = ArticleToJson(a);
  EXPECT_NE(json.find("\"title\":null"), std::string::npos);
}

TEST(ArticleJson, RejectsNonObjects) {
  EXPECT_FALSE(ArticleFromJson("[1,2]").ok());
  EXPECT_FALSE(ArticleFromJson("{nope").ok());
}

}  // namespace
}  // namespace kabar
