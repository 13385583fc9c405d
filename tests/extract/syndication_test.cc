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

// The note a copied detik story carries: the channel's name, the title, the link.
TEST(Syndication, ReadAtSourceNotes) {
  Syndication s;
  ASSERT_TRUE(
      ParseSyndication("Baca artikel detiknews, \"Harga Beras Naik Lagi\" selengkapnya "
                       "https://news.detik.com/berita/d-7000000/harga-beras-naik-lagi.",
                       &s));
  EXPECT_EQ(s.site, "detik.com");
  EXPECT_EQ(s.title, "Harga Beras Naik Lagi");
  EXPECT_EQ(s.url, "https://news.detik.com/berita/d-7000000/harga-beras-naik-lagi");
  EXPECT_FALSE(ParseSyndication("Baca artikel lainnya soal harga beras di halaman berikut.", &s));
}

TEST(Syndication, EnglishNotes) {
  Syndication s;
  ASSERT_TRUE(ParseSyndication("This article originally appeared on The Conversation.", &s));
  EXPECT_EQ(s.site, "theconversation.com");
  // An outlet kabar does not know: its name as the note writes it.
  ASSERT_TRUE(ParseSyndication("This article originally appeared on The Harbor Ledger.", &s));
  EXPECT_EQ(s.site, "The Harbor Ledger");
  ASSERT_TRUE(ParseSyndication("This story was first published by Reuters.", &s));
  EXPECT_EQ(s.site, "reuters.com");
}

// RE2 reads KELVIN SIGN as 'k' and LONG S as 's' in the notes' case-insensitive openings: such
// a note still parses (the opening test lets it through to both patterns).
TEST(Syndication, OpeningsWithLettersRe2FoldsToAscii) {
  Syndication s;
  ASSERT_TRUE(
      ParseSyndication("Arti\xE2\x84\xAA"
                       "el ini telah tayang di Kompas.com dengan judul Harga Naik",
                       &s));
  EXPECT_EQ(s.site, "kompas.com");
  EXPECT_EQ(s.title, "Harga Naik");
  ASSERT_TRUE(ParseSyndication("Thi\xC5\xBF article originally appeared on The Conversation", &s));
  EXPECT_EQ(s.site, "theconversation.com");
}

TEST(Syndication, OrdinaryLinesAreNot) {
  Syndication s;
  EXPECT_FALSE(ParseSyndication("Artikel ini membahas kenaikan harga beras di Jawa.", &s));
  EXPECT_FALSE(ParseSyndication("This article explains why prices rose.", &s));
}

}  // namespace
}  // namespace kabar::extract
