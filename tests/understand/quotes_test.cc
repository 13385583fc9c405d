// Quote finding on hand-written paragraphs in the styles of Indonesian and English news.
#include <gtest/gtest.h>

#include "kabar/understand.h"

namespace kabar {
namespace {

Article Understood(std::vector<std::string> body, std::string title = "") {
  Article a;
  a.title = std::move(title);
  a.body = std::move(body);
  const Understander* u = DefaultUnderstander();
  EXPECT_NE(u, nullptr);
  if (u) u->Understand(&a);
  return a;
}

// The direct quote whose text starts with `prefix`, or nullptr.
const Quote* FindQuote(const Article& a, const std::string& prefix) {
  for (const Quote& q : a.quotes) {
    if (q.direct && q.text.rfind(prefix, 0) == 0) return &q;
  }
  return nullptr;
}

TEST(Quotes, AttributionVerbAfterTheQuote) {
  Article a =
      Understood({"\"Kami akan menaikkan anggaran pendidikan tahun depan,\" kata Menteri "
                  "Keuangan Sri Mulyani di Jakarta, Senin (3/6/2024)."});
  const Quote* q = FindQuote(a, "Kami akan menaikkan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Sri Mulyani");
  EXPECT_EQ(q->verb, "kata");
  EXPECT_EQ(q->paragraph, 0);
  EXPECT_EQ(q->text, "Kami akan menaikkan anggaran pendidikan tahun depan");
}

TEST(Quotes, EveryKindOfQuotationMark) {
  Article a = Understood({
      "Gubernur Ridwan Kamil meninjau lokasi banjir di Bandung.",
      "\u201cWarga harus segera mengungsi ke tempat yang aman,\u201d ujar Ridwan.",
      "\u00abKami tidak akan mundur dari perundingan ini\u00bb, tegas Ridwan Kamil.",
      "\u2018Semua bantuan sudah kami salurkan kemarin,\u2019 tutur Ridwan.",
      "'Bantuan tambahan akan datang besok pagi,' ucap Ridwan Kamil.",
  });
  for (const char* prefix :
       {"Warga harus", "Kami tidak akan", "Semua bantuan", "Bantuan tambahan"}) {
    const Quote* q = FindQuote(a, prefix);
    ASSERT_NE(q, nullptr) << prefix;
    EXPECT_EQ(q->speaker, "Ridwan Kamil") << prefix;  // the short "Ridwan" joins the full name
  }
}

TEST(Quotes, NyaVerbsAndPronounsResolveToTheLastSpeaker) {
  Article a = Understood({
      "Kepala Badan Pusat Statistik Amalia Adininggar mengumumkan angka inflasi Mei.",
      "\"Inflasi terutama didorong oleh harga pangan yang naik,\" ujarnya.",
      "Ia menjelaskan bahwa harga beras naik tiga persen dalam sebulan terakhir.",
  });
  const Quote* q = FindQuote(a, "Inflasi terutama");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Amalia Adininggar");
  EXPECT_EQ(q->verb, "ujarnya");
  bool reported = false;
  for (const Quote& r : a.quotes) {
    if (!r.direct && r.paragraph == 2) {
      reported = true;
      EXPECT_EQ(r.speaker, "Amalia Adininggar");
      EXPECT_EQ(r.verb, "menjelaskan");
      EXPECT_EQ(r.text.rfind("harga beras naik", 0), 0u) << r.text;
    }
  }
  EXPECT_TRUE(reported);
}

TEST(Quotes, SplitQuoteAndAttributionOnlyParagraph) {
  Article a = Understood({
      "\"Kami sudah memeriksa tiga saksi,\" kata Kapolres Budi Santoso. \"Pemeriksaan akan "
      "berlanjut pekan depan.\"",
      "\"Tersangka masih diburu oleh tim gabungan di wilayah perbatasan.\"",
      "kata Budi.",
  });
  const Quote* first = FindQuote(a, "Kami sudah memeriksa");
  const Quote* second = FindQuote(a, "Pemeriksaan akan");
  const Quote* third = FindQuote(a, "Tersangka masih");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(first->speaker, "Budi Santoso");
  EXPECT_EQ(second->speaker, "Budi Santoso");
  EXPECT_EQ(third->speaker, "Budi Santoso");
  EXPECT_EQ(third->paragraph, 1);
}

TEST(Quotes, EnglishNews) {
  Article a = Understood({
      "Secretary of State Antony Blinken arrived in Seoul on Monday.",
      "\"We will stand with our allies in the region,\" Blinken said.",
      "\"The alliance has never been stronger,\" he told reporters.",
      "According to the Pentagon, the drills will last two weeks.",
  });
  const Quote* q = FindQuote(a, "We will stand");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Antony Blinken");
  EXPECT_EQ(q->verb, "said");
  const Quote* q2 = FindQuote(a, "The alliance");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "Antony Blinken");
  bool according = false;
  for (const Quote& r : a.quotes) {
    if (!r.direct && r.paragraph == 3) {
      according = true;
      EXPECT_EQ(r.speaker, "Pentagon");
    }
  }
  EXPECT_TRUE(according);
}

TEST(Quotes, MenurutAndReportedSpeech) {
  Article a = Understood({
      "Menurut Bank Indonesia, pertumbuhan kredit tetap kuat pada kuartal kedua.",
      "Ekonom Faisal Basri mengatakan bahwa suku bunga tinggi menekan daya beli masyarakat.",
  });
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "Bank Indonesia");
  EXPECT_EQ(a.quotes[0].verb, "Menurut");
  EXPECT_FALSE(a.quotes[0].direct);
  EXPECT_EQ(a.quotes[0].text, "pertumbuhan kredit tetap kuat pada kuartal kedua");
  EXPECT_EQ(a.quotes[1].speaker, "Faisal Basri");
  EXPECT_FALSE(a.quotes[1].direct);
}

TEST(Quotes, ScareQuotesAreNotQuotes) {
  Article a =
      Understood({"Pemerintah menyebut program itu \"berhasil\" dan akan memperluas "
                  "\"lumbung pangan\" ke Papua."});
  for (const Quote& q : a.quotes) EXPECT_FALSE(q.direct && q.text == "lumbung pangan");
}

TEST(Quotes, HostileInputDoesNotCrash) {
  std::string many_marks(5000, '"');
  std::string unbalanced = "\u201c" + std::string(20000, 'a') + " kata";
  Article a = Understood({many_marks, unbalanced, "", "\"", "kata", "\xE2\x80"});
  SUCCEED();
}

}  // namespace
}  // namespace kabar
