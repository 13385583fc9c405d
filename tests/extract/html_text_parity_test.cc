// The same story as an HTML page and as a text dump: the text analysers run on the HTML's
// extracted blocks, so dateline, credits, agencies, body and mentioned dates agree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kabar/extract.h"

namespace kabar {
namespace {

const std::vector<std::string> kBody = {
    "JAKARTA, KOMPAS.com - Pemerintah menetapkan kebijakan baru tentang subsidi energi pada "
    "Senin (12/6/2023), kata menteri kepada wartawan di Jakarta.",
    "Kebijakan itu berlaku mulai bulan depan dan mencakup bahan bakar serta listrik untuk rumah "
    "tangga berpenghasilan rendah, menurut laporan Reuters.",
    "Para ekonom menilai langkah itu akan menekan inflasi, meski anggaran negara harus "
    "menanggung beban tambahan yang tidak kecil tahun ini.",
};

TEST(HtmlTextParity, SameStorySameFields) {
  std::string text = "Pemerintah Tetapkan Kebijakan Subsidi Energi Baru\n\n";
  std::string html =
      "<html><head><title>Pemerintah Tetapkan Kebijakan Subsidi Energi Baru</title></head>"
      "<body><article><h1>Pemerintah Tetapkan Kebijakan Subsidi Energi Baru</h1>";
  for (const std::string& p : kBody) {
    text += p + "\n\n";
    html += "<p>" + p + "</p>";
  }
  text += "Penulis : Rizky Pratama\nEditor : Edy Putra\n";
  html += "<p>Penulis : Rizky Pratama</p><p>Editor : Edy Putra</p></article></body></html>";

  RawPage text_page, html_page;
  text_page.bytes = text;
  text_page.url = html_page.url = "https://www.kompas.com/read/1";
  html_page.kind = ContentKind::kHtml;
  html_page.bytes = html;
  ExtractOptions options;
  options.now = "2023-06-13T08:00:00+07:00";
  Result<Article> t = ExtractArticle(text_page, options, nullptr);
  Result<Article> h = ExtractArticle(html_page, options, nullptr);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_TRUE(h.ok()) << h.status().ToString();
  EXPECT_EQ(h->body, kBody);
  EXPECT_EQ(h->body, t->body);
  EXPECT_EQ(h->title, t->title);
  EXPECT_EQ(h->dateline, "Jakarta");
  EXPECT_EQ(h->dateline, t->dateline);
  EXPECT_EQ(h->authors, std::vector<std::string>{"Rizky Pratama"});
  EXPECT_EQ(h->authors, t->authors);
  EXPECT_EQ(h->editors, t->editors);
  EXPECT_EQ(h->agencies, t->agencies);
  EXPECT_EQ(h->dates_mentioned, t->dates_mentioned);
  EXPECT_EQ(h->site, t->site);
}

}  // namespace
}  // namespace kabar
