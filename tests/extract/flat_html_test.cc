// Flat HTML pages (flat_html.h): which pages count as flat, the text dump they are read as,
// and the record a flat page gives (its removed blocks numbered as on any HTML page).
#include "extract/flat_html.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/html_document.h"
#include "kabar/extract.h"

namespace kabar {
namespace {

// Whether `html`, followed by enough paragraphs to make kMinFlatBlocks blocks, is flat.
bool Flat(const std::string& html) {
  std::string page = html;
  for (size_t i = 0; i < kMinFlatBlocks; ++i) page += "<p>More text.</p>";
  HtmlDocument doc(page);
  return IsFlatDocument(SplitIntoBlocks(doc.root()));
}

std::string DumpOf(const std::string& html, const std::string& title) {
  HtmlDocument doc(html);
  return FlatDocumentText(SplitIntoBlocks(doc.root()), title);
}

TEST(FlatHtml, ParagraphsHeadingsBreaksAndBareDivsAreFlat) {
  EXPECT_TRUE(Flat("<html><body><h1>A</h1><p>B <b>b</b> <a href=x>c</a></p>D<br>E</body>"));
  EXPECT_TRUE(Flat("<div><div><div>A</div><div>B</div></div></div>"));
  EXPECT_TRUE(Flat("<p class=\"p1\">A</p><blockquote>B</blockquote><hr><pre>C</pre>"));
}

TEST(FlatHtml, MenusListsTablesRegionsAndNamedPartsAreNot) {
  EXPECT_FALSE(Flat("<nav><a href=/>Home</a></nav><p>A</p>"));
  EXPECT_FALSE(Flat("<p>A</p><ul><li>B</li></ul>"));
  EXPECT_FALSE(Flat("<table><tr><td>A</td></tr></table>"));
  EXPECT_FALSE(Flat("<article><p>A</p></article>"));
  EXPECT_FALSE(Flat("<footer>A</footer><p>B</p>"));
  EXPECT_FALSE(Flat("<div class=\"entry-content\"><p>A</p></div>"));
  EXPECT_FALSE(Flat("<div class=\"sidebar\"><p>A</p></div><p>B</p>"));
  EXPECT_FALSE(Flat("<p>A <span class=\"share-buttons\">Share</span></p>"));
}

TEST(FlatHtml, APageOfFewBlocksIsNot) {
  HtmlDocument empty("<html><head><title>A</title></head><body></body></html>");
  EXPECT_FALSE(IsFlatDocument(SplitIntoBlocks(empty.root())));
  std::string html;
  for (size_t i = 0; i + 1 < kMinFlatBlocks; ++i) html += "<p>Text.</p>";
  HtmlDocument few(html);
  EXPECT_FALSE(IsFlatDocument(SplitIntoBlocks(few.root())));
  HtmlDocument enough(html + "<p>Text.</p>");
  EXPECT_TRUE(IsFlatDocument(SplitIntoBlocks(enough.root())));
}

TEST(FlatHtml, TheDumpIsTheTitleThenABlockPerLine) {
  EXPECT_EQ(DumpOf("<p>A  b</p><p>C</p>D<br>E", "T"), "T\nA b\nC\nD\nE\n");
  EXPECT_EQ(DumpOf("<p>A</p>", ""), "A\n");
}

const char kFlatPage[] =
    "<html><head><title>Harga Beras Naik - Kabar Kota</title></head><body>\n"
    "<p>Masuk</p>\n"
    "<p>Daftar</p>\n"
    "<p>Harga Beras Naik Jelang Lebaran</p>\n"
    "<p>Senin, 3 Maret 2025 | 09:15 WIB</p>\n"
    "<p>Penulis: Siti Rahma</p>\n"
    "<p>KABARKOTA.COM, Bandung - Harga beras medium di pasar tradisional Bandung naik menjadi "
    "Rp 14.500 per kilogram pekan ini, tertinggi dalam setahun terakhir.</p>\n"
    "<p>Baca juga: Stok Beras Bulog Aman</p>\n"
    "<p>Kenaikan itu dipicu pasokan dari sentra produksi yang berkurang karena panen mundur, "
    "kata Kepala Dinas Perdagangan Kota Bandung kepada wartawan di Balai Kota.</p>\n"
    "<p>Pemerintah kota berencana menggelar operasi pasar di sepuluh kecamatan mulai pekan "
    "depan untuk menahan harga menjelang Lebaran.</p>\n"
    "<p>Copyright 2025 Kabar Kota. All rights reserved.</p>\n"
    "</body></html>";

TEST(FlatHtml, AFlatPageIsReadLikeItsTextDump) {
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes = kFlatPage;
  ExtractOptions options;
  options.now = "2025-03-04T00:00:00+07:00";
  Result<Article> a = ExtractArticle(page, options, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harga Beras Naik Jelang Lebaran");
  EXPECT_EQ(a->published, "2025-03-03T09:15:00+07:00");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Siti Rahma"});
  EXPECT_EQ(a->dateline, "Bandung");
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(a->body[0].substr(0, 25), "KABARKOTA.COM, Bandung - ");
  // Removed blocks keep their numbers among the blocks (the <title> is none of them).
  bool related_at_7 = false;
  for (const RemovedLine& r : a->removed) {
    EXPECT_NE(r.text, "Harga Beras Naik - Kabar Kota");
    if (r.line == 7) related_at_7 = r.text == "Baca juga: Stok Beras Bulog Aman";
  }
  EXPECT_TRUE(related_at_7);
}

TEST(FlatHtml, APageWhoseMetadataNamesAFieldIsReadByItsBlocks) {
  std::string html = kFlatPage;
  html.insert(html.find("</head>"), "<meta property=\"og:title\" content=\"Harga Beras\">");
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes = html;
  Result<Article> a = ExtractArticle(page, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harga Beras");  // the block rules take the markup's headline
}

}  // namespace
}  // namespace kabar
