// TextNodeLines: a scraper's "one text node per line" text (BeautifulSoup's
// get_text("\n", strip=True)) sniffed from its own lines and read with its inline runs joined.
#include "extract/text_node_lines.h"

#include <gtest/gtest.h>

#include <chrono>

#include <string>
#include <vector>

namespace kabar::extract {
namespace {

// Twenty lines of a menu, no blank line, and a paragraph on one line: what every such page
// holds.
std::string Menu() {
  std::string menu;
  for (int i = 0; i < 20; ++i) menu += "Rubrik " + std::to_string(i) + "\n";
  menu +=
      "Penyaluran kredit usaha mikro, kecil dan menengah oleh bank pembangunan daerah melambat "
      "pada kuartal pertama. Sejumlah bank daerah memilih menahan ekspansi kredit ke segmen "
      "tersebut seiring naiknya rasio kredit bermasalah.\n";
  return menu;
}

// `text` joined, read after a page title line (scrapers print <title> first), which is left out.
std::string Joined(const std::string& text) {
  const std::string title = "Judul Halaman - Contoh News\n";
  return JoinTextNodeLines(title + text).text.substr(title.size());
}

TEST(TextNodeLines, SniffsTheShapeFromSplitRuns) {
  // A comma alone counts twice: no block is nothing but a comma.
  EXPECT_TRUE(IsTextNodePerLine(Menu() + "Oleh\nRahayu Widyastuti\n,\nGalih Pratama\n"));
  // Two separators alone, or a line opening with closing punctuation and a sentence cut after a
  // lower-case word that a lower-case word goes on from.
  EXPECT_TRUE(IsTextNodePerLine(Menu() + "Theresia Kambuaya\n\xE2\x80\xA2\n16 April 2025\n"
                                         "Home\n|\nNasional\n"));
  EXPECT_TRUE(IsTextNodePerLine(Menu() + "kata Teguh kepada\nKontan.co.id\n, Senin (14/4).\n"
                                         "Angka itu hanya tumbuh secara tahunan atau\n"
                                         "year on year\n"));
  // One separator alone is not enough; nor are lower-case lines after a name or a date (WET
  // text prints tags and outlet names so).
  EXPECT_FALSE(IsTextNodePerLine(Menu() + "Theresia Kambuaya\n\xE2\x80\xA2\n16 April 2025\n"));
  EXPECT_FALSE(IsTextNodePerLine(Menu() + "Pelajar Seberangi Sungai | iNews Banten\n"
                                          "iNews Banten\nMarch 11, 2025\nby Komang Ayu\n"));
  // Blank lines, or indented ones, say the page is something else (a text browser's dump).
  EXPECT_FALSE(IsTextNodePerLine("Home\n\n\n" + Menu() + "A\n,\nB\n,\nC\n"));
  EXPECT_FALSE(IsTextNodePerLine("   Home\n   News\n   Sport\n" + Menu() + "A\n,\nB\n,\nC\n"));
  // Text wrapped at a width (no line longer than 160 bytes) is not in the shape, though its
  // lines are cut after lower-case words and one line opens with a comma.
  std::string wrapped;
  for (int i = 0; i < 20; ++i) {
    wrapped += "the bank said that lending to small firms slowed in the first quarter, and\n";
    wrapped += "that it would\n, as before,\n";
  }
  EXPECT_FALSE(IsTextNodePerLine(wrapped));
  EXPECT_TRUE(IsTextNodePerLine(Menu() + wrapped));
  // A short page is not looked at.
  EXPECT_FALSE(IsTextNodePerLine("A\n,\nB\n,\nC\n"));
}

TEST(TextNodeLines, SeparatorsJoinBothNeighbours) {
  EXPECT_EQ(Joined("Oleh\nRahayu Widyastuti\n,\nGalih Pratama\nEditor\nYuliani Santoso"),
            "Oleh Rahayu Widyastuti, Galih Pratama\nEditor\nYuliani Santoso");
  EXPECT_EQ(Joined("Theresia Kambuaya\n\xE2\x80\xA2\n16 April 2025 08:10\nShare"),
            "Theresia Kambuaya \xE2\x80\xA2 16 April 2025 08:10\nShare");
  EXPECT_EQ(Joined("Nurul Aini\n|\nHumaniora\n|\nJumat 18 April 2025"),
            "Nurul Aini | Humaniora | Jumat 18 April 2025");
  EXPECT_EQ(Joined("Penulis\n:\nAgus Salim"), "Penulis: Agus Salim");
  EXPECT_EQ(Joined("Oleh\nSiti Aisyah\ndan\nMohd Hafiz\n-\nMac 18, 2025"),
            "Oleh Siti Aisyah dan Mohd Hafiz - Mac 18, 2025");
}

TEST(TextNodeLines, ALinkInsideASentenceJoinsIt) {
  EXPECT_EQ(Joined("\"Bank lebih berhati-hati,\" kata Teguh kepada\nKontan.co.id\n, Senin (14/4).\n"
                   "Rasio kredit bermasalah atau\nnon performing loan\n(NPL) naik.\nTonton:"),
            "\"Bank lebih berhati-hati,\" kata Teguh kepada Kontan.co.id, Senin (14/4).\n"
            "Rasio kredit bermasalah atau non performing loan (NPL) naik.\nTonton:");
  // An italic title inside a sentence cut after a lower-case word, even with no punctuation
  // after it.
  EXPECT_EQ(Joined("news on the fourth film in rebooted\nStar Trek\nfilm series: Noah Hawley"),
            "news on the fourth film in rebooted Star Trek film series: Noah Hawley");
  EXPECT_EQ(Joined("The most recent Star Trek film was 2016's\nStar Trek Beyond.\nUnlike"),
            "The most recent Star Trek film was 2016's Star Trek Beyond.\nUnlike");
  // Not a headline in sentence case and the line under it.
  EXPECT_EQ(Joined("Why you can't trust the White House on his health\nAnalysis by\nJane Doe"),
            "Why you can't trust the White House on his health\nAnalysis by\nJane Doe");
  // A name with the author's note it opens.
  EXPECT_EQ(Joined("Camille Dela Rosa\ncovers health and local governments for Rappler."),
            "Camille Dela Rosa covers health and local governments for Rappler.");
}

TEST(TextNodeLines, SentencesAndHeadlinesStayApart) {
  // A sentence's end, a headline in title case, a lower-case tag after a one-word label.
  EXPECT_EQ(Joined("The clinics open at night.\nMore clinics will follow by June.\n"),
            "The clinics open at night.\nMore clinics will follow by June.\n");
  EXPECT_EQ(Joined("Banjir Rendam Ratusan Rumah di Sentani\nTheresia Kambuaya\nWarga Mengungsi"),
            "Banjir Rendam Ratusan Rumah di Sentani\nTheresia Kambuaya\nWarga Mengungsi");
  EXPECT_EQ(Joined("Tag\nmangrove\nKepulauan Seribu\npendidikan lingkungan"),
            "Tag\nmangrove\nKepulauan Seribu\npendidikan lingkungan");
  // A short line that holds a sentence's end is no link inside the sentence before it.
  EXPECT_EQ(Joined("says: November 19, 2019 at 7:06 am\nFeckless Chargers. Always the same."),
            "says: November 19, 2019 at 7:06 am\nFeckless Chargers. Always the same.");
  // A headline in sentence case (the page's first line, its <title>, holds it) takes no line
  // after it, though it ends after a lower-case word; a sentence does.
  EXPECT_EQ(JoinTextNodeLines("Doobie Brothers to reunite for Blossom show - Example News\n"
                              "Doobie Brothers to reunite for Blossom show\nUpdated 19 November.\n")
                .text,
            "Doobie Brothers to reunite for Blossom show - Example News\n"
            "Doobie Brothers to reunite for Blossom show\nUpdated 19 November.\n");
  EXPECT_EQ(Joined("The band will play at the\nBlossom show.\nUpdated 11/19\n"),
            "The band will play at the Blossom show.\nUpdated 11/19\n");
  // A separator before the headline ends a rubric or a breadcrumb; between other lines it
  // joins them.
  const std::string page = "Harbour Bridge Reopens After Two Years - Example News\n";
  EXPECT_EQ(JoinTextNodeLines(page + "Opinion\n|\nHarbour Bridge Reopens After Two Years\n").text,
            page + "Opinion\n|\nHarbour Bridge Reopens After Two Years\n");
  EXPECT_EQ(JoinTextNodeLines(page + "Opinion\n|\nCity Desk\n").text,
            page + "Opinion | City Desk\n");
  // A blank line stays a break.
  EXPECT_EQ(Joined("hujan deras mengguyur kawasan itu\n\n, lalu"),
            "hujan deras mengguyur kawasan itu\n\n, lalu");
}

TEST(TextNodeLines, LabelsTakeTheirValues) {
  EXPECT_EQ(Joined("Reporter:\nWahyu Adi Nugroho\n| Editor:\nHerlina Kartika Dewi\nSenin"),
            "Reporter: Wahyu Adi Nugroho | Editor: Herlina Kartika Dewi\nSenin");
  EXPECT_EQ(Joined("Baca juga :\nKurikulum Lingkungan Hidup Diterapkan\nKepala Seksi"),
            "Baca juga : Kurikulum Lingkungan Hidup Diterapkan\nKepala Seksi");
  // A page's furniture stays on its line: the story ends at it.
  EXPECT_EQ(Joined("Share this:\nClick to share on Facebook (Opens in new window)"),
            "Share this:\nClick to share on Facebook (Opens in new window)");
  // A byline word takes a short capitalised line (a name), not a sentence; a lower-case line
  // goes on from it as from any open line ("By" and an emphasised "the time ...").
  EXPECT_EQ(Joined("By\nJane Doe\nMar 18"), "By Jane Doe\nMar 18");
  EXPECT_EQ(Joined("By\nThe time the polls closed, turnout had doubled in the city."),
            "By\nThe time the polls closed, turnout had doubled in the city.");
  EXPECT_EQ(Joined("By\nthe time the polls closed, turnout had doubled in the city."),
            "By the time the polls closed, turnout had doubled in the city.");
}

TEST(TextNodeLines, DatelinesAndCreditsJoinTheirText) {
  EXPECT_EQ(Joined("Kupang, Beritasatu.com -\nJumlah penumpang kapal rute Kupang-Larantuka naik."),
            "Kupang, Beritasatu.com - Jumlah penumpang kapal rute Kupang-Larantuka naik.");
  EXPECT_EQ(Joined("ST. JOSEPH, Mich. (AP)\n\xE2\x80\x94 Michigan health authorities report."),
            "ST. JOSEPH, Mich. (AP) \xE2\x80\x94 Michigan health authorities report.");
  EXPECT_EQ(Joined("Siswa menanam bibit mangrove di pesisir Pulau Pramuka, Kamis (17/4/2025).\n"
                   "MI/Bayu Anggoro\nSEBANYAK 120 siswa"),
            "Siswa menanam bibit mangrove di pesisir Pulau Pramuka, Kamis (17/4/2025). "
            "MI/Bayu Anggoro\nSEBANYAK 120 siswa");
  // A quotation's attribution after a sentence's end is not a dateline's dash.
  EXPECT_EQ(Joined("We will not give up.\n\xE2\x80\x94 Jane Doe"),
            "We will not give up.\n\xE2\x80\x94 Jane Doe");
}

TEST(TextNodeLines, JoinedLinesKnowTheirPageLines) {
  JoinedLines j = JoinTextNodeLines("Home\nOleh\nRahayu\n,\nGalih\nSatu.\nDua.");
  EXPECT_EQ(j.text, "Home\nOleh Rahayu, Galih\nSatu.\nDua.");
  EXPECT_EQ(j.first_line, (std::vector<int>{1, 2, 6, 7}));
  EXPECT_EQ(j.page_lines, 7);
  std::vector<RemovedLine> removed = {{2, "Oleh Rahayu, Galih", "metadata"}, {4, "Dua.", "footer"}};
  MapJoinedLines(j, &removed);
  EXPECT_EQ(removed[0].line, 2);
  EXPECT_EQ(removed[0].last_line, 5);  // "Oleh", "Rahayu", ",", "Galih"
  EXPECT_EQ(removed[1].line, 7);
  EXPECT_EQ(removed[1].last_line, 0);  // one line
}

// How much slower the sanitizer build runs these loops (the release build holds the bounds).
#if defined(__SANITIZE_ADDRESS__)
constexpr double kTimeScale = 10;
#else
constexpr double kTimeScale = 1;
#endif

double SecondsToJoin(const std::string& page) {
  auto start = std::chrono::steady_clock::now();
  JoinedLines j = JoinTextNodeLines(page);
  EXPECT_FALSE(j.text.empty());
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(TextNodeLines, HostileInputInLinearTime) {
  // A 1 MB first line (no <title> that long) above 100,000 fragments that look a headline up.
  std::string page;
  while (page.size() < (1u << 20)) page += "kata menteri ";
  const char* const fragments[] = {"kata menteri kepada wartawan", ",", "dan", "Reporter:"};
  for (int i = 0; i < 100000; ++i) page += std::string("\n") + fragments[i % 4];
  EXPECT_LT(SecondsToJoin(page), 2.0 * kTimeScale);
  // 300,000 lines that each continue the sentence before: runs grow to kMaxJoinedBytes, and
  // each line's test must not count the whole run's words again (that took 5 s here).
  std::string run = "Judul berita tentang banjir di kota\n";
  for (int i = 0; i < 300000; ++i) run += "ini adalah lanjutan kalimat yang belum selesai dan\n";
  EXPECT_LT(SecondsToJoin(run), 1.5 * kTimeScale);
}

}  // namespace
}  // namespace kabar::extract
