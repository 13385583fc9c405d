#include "extract/syndication.h"

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

TEST(Syndication, IndonesianNotes) {
  Syndication s;
  ASSERT_TRUE(ParseSyndication(
      "Artikel ini telah tayang di Tribunnews.com dengan judul Kim Jong Un: Korea Utara Beri "
      "Dukungan Penuh",
      &s));
  EXPECT_EQ(s.site, "tribunnews.com");
  EXPECT_EQ(s.title, "Kim Jong Un: Korea Utara Beri Dukungan Penuh");
  EXPECT_EQ(s.url, "");
  ASSERT_TRUE(ParseSyndication(
      "Artikel ini telah tayang di Kompas.com dengan judul \"Harga Beras Naik\", Klik untuk "
      "baca: https://money.kompas.com/read/2024/06/03/harga-beras.",
      &s));
  EXPECT_EQ(s.site, "kompas.com");
  EXPECT_EQ(s.title, "Harga Beras Naik");
  EXPECT_EQ(s.url, "https://money.kompas.com/read/2024/06/03/harga-beras");
}

TEST(Syndication, EnglishNotes) {
  Syndication s;
  ASSERT_TRUE(ParseSyndication("This article originally appeared on The Conversation.", &s));
  EXPECT_EQ(s.site, "The Conversation");
  ASSERT_TRUE(ParseSyndication("This story was first published by Reuters.", &s));
  EXPECT_EQ(s.site, "reuters.com");
}

TEST(Syndication, OrdinaryLinesAreNot) {
  Syndication s;
  EXPECT_FALSE(ParseSyndication("Artikel ini membahas kenaikan harga beras di Jawa.", &s));
  EXPECT_FALSE(ParseSyndication("This article explains why prices rose.", &s));
}

}  // namespace
}  // namespace kabar::extract
