// HTML pages: main content from the DOM, boilerplate removed with reasons, metadata from
// markup. The pages are small hand-written news pages in the shapes real sites use.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "kabar/extract.h"

namespace kabar {
namespace {

RawPage HtmlPage(const std::string& html, const std::string& url = "") {
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes = html;
  page.url = url;
  return page;
}

bool HasRemoved(const Article& a, const std::string& text_part, const std::string& reason) {
  return std::any_of(a.removed.begin(), a.removed.end(), [&](const RemovedLine& r) {
    return r.reason == reason && r.text.find(text_part) != std::string::npos;
  });
}

const char kNewsPage[] = R"(<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Floods close schools in the capital | Daily Planet</title>
<meta property="og:title" content="Floods close schools in the capital">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-06-19T10:37:00+07:00">
<meta name="description" content="Heavy rain flooded dozens of districts.">
<link rel="canonical" href="https://www.dailyplanet.co.uk/news/2024/06/19/floods">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Planet"},
 {"@type":"NewsArticle","headline":"Floods close schools in the capital",
  "datePublished":"2024-06-19T10:37:00+07:00","dateModified":"2024-06-19T12:00:00+07:00",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
  "articleSection":"World"}]}
</script>
<script>var tracking = "Heavy rain flooded dozens of districts, this is code not text.";</script>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies and our privacy policy.</div>
<main><article class="article">
<h1>Floods close schools in the capital</h1>
<div class="byline">By Jane Doe and John Roe</div>
<div class="article-body">
<p>Heavy rain flooded dozens of districts in the capital on Wednesday, forcing schools to close and stranding thousands of commuters.</p>
<div class="ad-slot">Advertisement</div>
<p>The weather agency said more rain was expected through the weekend, and warned residents near rivers to prepare for evacuation.</p>
<h2>Schools closed</h2>
<p>Officials said 120 schools had closed, and that classes would move online until the water receded from the affected neighbourhoods.</p>
<ul><li>Roads in the north were closed to traffic.</li><li>Trains ran on a reduced timetable.</li></ul>
<figure><img src="x.jpg"><figcaption>Residents wade through flood water in the north of the city.</figcaption></figure>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</div>
</article>
<section class="related-articles"><h3>Related</h3><ul>
<li><a href="/a">Storm season begins early this year in the region</a></li>
<li><a href="/b">How to prepare your home for floods and heavy rain</a></li></ul></section>
<div id="comments"><p>Great article, thanks for the detailed reporting on this flood situation in our city today.</p></div>
</main>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p></footer>
</body></html>)";

TEST(HtmlExtract, KeepsArticleParagraphsHeadingsAndListsInOrder) {
  Result<Article> a =
      ExtractArticle(HtmlPage(kNewsPage, "https://www.dailyplanet.co.uk/news/x"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  std::vector<std::string> expected = {
      "Heavy rain flooded dozens of districts in the capital on Wednesday, forcing schools to "
      "close and stranding thousands of commuters.",
      "The weather agency said more rain was expected through the weekend, and warned residents "
      "near rivers to prepare for evacuation.",
      "Schools closed",
      "Officials said 120 schools had closed, and that classes would move online until the water "
      "receded from the affected neighbourhoods.",
      "Roads in the north were closed to traffic.",
      "Trains ran on a reduced timetable.",
  };
  EXPECT_EQ(a->body, expected);
  EXPECT_EQ(a->captions, std::vector<std::string>{
                             "Residents wade through flood water in the north of the city."});
}

TEST(HtmlExtract, RemovesBoilerplateWithReasons) {
  Result<Article> a = ExtractArticle(HtmlPage(kNewsPage), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(HasRemoved(*a, "Home", "navigation"));
  EXPECT_TRUE(HasRemoved(*a, "We use cookies", "cookie"));
  EXPECT_TRUE(HasRemoved(*a, "Advertisement", "ad"));
  EXPECT_TRUE(HasRemoved(*a, "Share on Facebook", "share"));
  EXPECT_TRUE(HasRemoved(*a, "Storm season", "related"));
  EXPECT_TRUE(HasRemoved(*a, "Great article", "comments"));
  EXPECT_TRUE(HasRemoved(*a, "Copyright 2024", "footer"));
  EXPECT_TRUE(HasRemoved(*a, "Floods close schools", "title"));
  // Line numbers are block numbers, increasing.
  for (size_t i = 1; i < a->removed.size(); ++i) {
    EXPECT_LT(a->removed[i - 1].line, a->removed[i].line);
  }
}

TEST(HtmlExtract, MetadataFromJsonLdMetaAndLinks) {
  Result<Article> a =
      ExtractArticle(HtmlPage(kNewsPage, "https://www.dailyplanet.co.uk/news/x"), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Floods close schools in the capital");
  EXPECT_EQ(a->published, "2024-06-19T10:37:00+07:00");
  EXPECT_EQ(a->modified, "2024-06-19T12:00:00+07:00");
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a->section, "World");
  EXPECT_EQ(a->outlet, "Daily Planet");
  EXPECT_EQ(a->site, "dailyplanet.co.uk");
  EXPECT_EQ(a->canonical_url, "https://www.dailyplanet.co.uk/news/2024/06/19/floods");
  EXPECT_EQ(a->lead, "Heavy rain flooded dozens of districts.");
}

TEST(HtmlExtract, MetadataEscapedTwiceIsReadAsMeant) {
  // WordPress-style pages escape their titles twice (&amp;#8217;), JSON-LD carries &quot;.
  const std::string page =
      "<html lang=\"en\"><head><title>Here&amp;#8217;s why &#8211; Site</title>"
      "<meta property=\"og:title\" content=\"Here&amp;#8217;s why the bridge closed\">"
      "<meta name=\"description\" content=\"The &amp;quot;safety&amp;quot; review\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Jos&eacute; Garc&iacute;a\"}}"
      "</script></head><body><article><p>The bridge closed on Monday after inspectors found "
      "cracks in two of its supports, the city said in a statement.</p><p>It will stay shut "
      "for at least a month while engineers decide how to repair it.</p></article></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(page, "https://news.example.com/x"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Here\xE2\x80\x99s why the bridge closed");
  EXPECT_EQ(a->lead, "The \"safety\" review");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Jos\xC3\xA9 Garc\xC3\xAD"
                                                 "a"});
}

// A section list (tags, a JSON-LD array) gives its first name; a site name is no section.
TEST(HtmlExtract, SectionIsOneNameNotAListOrASite) {
  const std::string body =
      "<article><p>The bridge closed on Monday after inspectors found cracks in two of its "
      "supports, the city said in a statement on its web site.</p></article></body></html>";
  auto section_of = [&](const std::string& section) {
    Result<Article> a =
        ExtractArticle(HtmlPage("<html><head><meta property=\"article:section\" content=\"" +
                                    section + "\"></head><body>" + body,
                                "https://news.example.com/x"),
                       {}, nullptr);
    return a.ok() ? a->section : "error";
  };
  EXPECT_EQ(section_of("Pol\xC3\xADtica,Titulares"), "Pol\xC3\xADtica");
  EXPECT_EQ(section_of("Nacionales, comercio, Cuba"), "Nacionales");
  EXPECT_EQ(section_of("- Destacado"), "Destacado");
  EXPECT_EQ(section_of("gizmodo.com"), "");
  EXPECT_EQ(section_of("Companies & Markets"), "Companies & Markets");
}

// With no section in markup or a breadcrumb, a category label of one link right above the
// headline names it; one in a menu or hidden tray does not.
TEST(HtmlExtract, SectionFromACategoryLabelAboveTheHeadline) {
  auto section_of = [](const std::string& above) {
    Result<Article> a = ExtractArticle(
        HtmlPage("<html><head><title>Schools flood again on the coast</title></head><body>" +
                     above +
                     "<h1>Schools flood again on the coast</h1><article><p>Sea water flooded "
                     "two primary schools on the coast again this week, and pupils now study "
                     "in the village hall.</p><p>The district plans to raise the floors of both "
                     "schools next year, officials said on Thursday.</p></article></body>"
                     "</html>",
                 "https://news.example.com/a/1.html"),
        {}, nullptr);
    return a.ok() ? a->section : "error";
  };
  EXPECT_EQ(section_of("<div class=\"category\"><a href=\"/z/1\">Indonesia</a></div>"),
            "Indonesia");
  EXPECT_EQ(section_of("<ul><li class=\"entry-category\"><a href=\"/c\">Local News</a></li></ul>"),
            "Local News");
  EXPECT_EQ(section_of("<nav><div class=\"category\"><a href=\"/z/1\">Indonesia</a></div></nav>"),
            "");
  EXPECT_EQ(section_of("<div class=\"category\">Indonesia <a href=\"/z/1\">more</a></div>"), "");
  // An unnamed kicker holding a link named as a category (Rappler), or a label link whose text
  // is a directory of the URL (Malaysiakini); an unnamed label naming neither is not one.
  EXPECT_EQ(section_of("<div class=\"kicker\"><a class=\"primary-category\" href=\"/p/\">"
                       "Philippines</a></div>"),
            "Philippines");
  EXPECT_EQ(section_of("<div class=\"uk-label\"><a href=\"/a\">A</a></div>"), "A");
  EXPECT_EQ(section_of("<div class=\"uk-label\"><a href=\"/world\">World</a></div>"), "");
  // The headline in a named page part (an "entry-header") with the label, the <title> with
  // the site's name after it.
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><head><title>Schools flood again on the coast - Example News</title>"
               "<meta property=\"og:site_name\" content=\"Example News\"></head><body>"
               "<header class=\"entry-header\"><div class=\"category-links\"><a href=\"/c\">"
               "Kelautan</a></div><h1>Schools flood again on the coast</h1></header><article>"
               "<p>Sea water flooded two primary schools on the coast again this week, and "
               "pupils now study in the village hall.</p><p>The district plans to raise the "
               "floors of both schools next year, officials said on Thursday.</p></article>"
               "</body></html>",
               "https://news.example.com/a/1.html"),
      {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->section, "Kelautan");
}

// The site's name is cut from a <title>, at either end and repeatedly; a short place or
// rubric head stays.
TEST(HtmlExtract, SectionFromATrailLineRightAboveTheHeadline) {
  const char kPage[] =
      R"(<html><head><title>Hasil padi dijangka meningkat musim ini</title></head>
<body><div class="small"><a href="/bm/">Utama</a> &gt; <a href="/bm/ekonomi/">Ekonomi</a></div>
<h1>Hasil padi dijangka meningkat musim ini</h1><div class="text">
<p>ALOR SETAR -- Hasil padi di kawasan itu dijangka meningkat lapan peratus pada musim utama ini berikutan bekalan air yang mencukupi.</p>
<p>Pengurus besar lembaga itu berkata purata hasil setakat ini mencecah 5.6 tan sehektar berbanding tahun lepas.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->section, "Ekonomi");
}

TEST(HtmlExtract, SectionFromTheMenuEntryMarkedCurrentThatIsAUrlDirectory) {
  const std::string body = R"(<h1>Harga garam anjlok saat panen raya</h1><div class="text">
<p>Jakarta - Harga garam di tingkat petani turun hingga separuh saat panen raya pertengahan Juni ini, kata para petani.</p>
<p>Sebagian petani memilih menumpuk garam di pinggir tambak sambil menunggu harga membaik pada bulan depan.</p>
</div></body></html>)";
  const std::string menu =
      R"(<html><head><title>Harga garam anjlok saat panen raya</title></head><body>
<nav><a href="/politik">Politik</a> <a href="/ekonomi" class="nuxt-link-active">Ekonomi</a></nav>
<ul class="lang-menu"><li class="active"><a href="/">ID</a></li><li><a href="/en">EN</a></li></ul>)";
  Result<Article> a = ExtractArticle(
      HtmlPage(menu + body, "https://www.example.co/ekonomi/harga-garam-1882134"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->section, "Ekonomi");
  // The entry is not a directory of the URL: no section (as for a language switcher).
  a = ExtractArticle(HtmlPage(menu + body, "https://www.example.co/read/1882134"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->section, "");
}

TEST(HtmlExtract, TitleLosesTheSiteNameAtEitherEnd) {
  const std::string body =
      "<article><p>The bridge closed on Monday after inspectors found cracks in two of its "
      "supports, the city said in a statement on its web site.</p></article></body></html>";
  auto title_of = [&](const std::string& title, const std::string& url,
                      const std::string& site_name = "") {
    std::string head = "<html><head><title>" + title + "</title>";
    if (!site_name.empty())
      head += "<meta property=\"og:site_name\" content=\"" + site_name + "\">";
    Result<Article> a = ExtractArticle(HtmlPage(head + "</head><body>" + body, url), {}, nullptr);
    return a.ok() ? a->title : "error";
  };
  EXPECT_EQ(
      title_of("Bridge shut after cracks found | Kota 24 - Berita Kota", "https://kota24.com/x"),
      "Bridge shut after cracks found");
  EXPECT_EQ(title_of("Bridge shut after cracks found | Harbor City Evening News",
                     "https://www.hcen.com/x"),
            "Bridge shut after cracks found");
  EXPECT_EQ(title_of("Harian Kota Mobile :: Bridge shut after cracks found",
                     "https://www.hariankota.id/x", "Harian Kota"),
            "Bridge shut after cracks found");
  EXPECT_EQ(
      title_of("Jembatan ditutup\uff5cHarian Kota", "https://www.hariankota.id/x", "Harian Kota"),
      "Jembatan ditutup");
  EXPECT_EQ(title_of("Frain | Bridge shut after cracks found", "https://www.example.fr/x"),
            "Frain | Bridge shut after cracks found");
  EXPECT_EQ(title_of("Japan - Strong quake shakes the north-east coast", "https://apnews.ap.org/x"),
            "Japan - Strong quake shakes the north-east coast");
}

// The page's own heading inside a <title> that wraps it in the site's words at either end is
// the headline; a heading that is only part of the title's words is not.
TEST(HtmlExtract, HeadlineInsideADecoratedTitle) {
  auto title_of = [](const std::string& title, const std::string& heading) {
    std::string html =
        "<html><head><title>" + title + "</title></head><body><div class=\"detail\">" + heading +
        "<div class=\"isi\"><p>Pemerintah kabupaten menyiapkan empat puluh titik pasar murah "
        "yang tersebar di tujuh belas kecamatan selama bulan Ramadan tahun ini.</p><p>Setiap "
        "titik menyediakan beras, minyak goreng dan gula pasir dengan harga di bawah harga "
        "pasar.</p></div></div></body></html>";
    Result<Article> a =
        ExtractArticle(HtmlPage(html, "https://example.go.id/berita/1"), {}, nullptr);
    return a.ok() ? a->title : "error";
  };
  EXPECT_EQ(title_of("Berita - Pemkab Siapkan 40 Titik Pasar Murah | Portal Resmi Kabupaten X",
                     "<h3 class=\"judul\">Pemkab Siapkan 40 Titik Pasar Murah</h3>"),
            "Pemkab Siapkan 40 Titik Pasar Murah");
  EXPECT_EQ(title_of("Opinion | Pemkab Siapkan 40 Titik Pasar Murah",
                     "<h1>Pemkab Siapkan 40 Titik Pasar Murah</h1>"),
            "Pemkab Siapkan 40 Titik Pasar Murah");
  EXPECT_EQ(title_of("Cetak: Pemkab Siapkan 40 Titik Pasar Murah",
                     "<h2>Pemkab Siapkan 40 Titik Pasar Murah</h2>"),
            "Pemkab Siapkan 40 Titik Pasar Murah");
  // Three words are no headline; a heading inside the title's own words is not set off.
  EXPECT_EQ(title_of("Berita - Pasar Murah Dibuka | Portal Resmi Kabupaten X",
                     "<h2>Pasar Murah Dibuka</h2>"),
            "Berita - Pasar Murah Dibuka | Portal Resmi Kabupaten X");
  EXPECT_EQ(title_of("Pemkab Siapkan 40 Titik Pasar Murah Selama Ramadan",
                     "<h2>Siapkan 40 Titik Pasar Murah</h2>"),
            "Pemkab Siapkan 40 Titik Pasar Murah Selama Ramadan");
}

// Two inline items written without a space between them ("<span>Penulis</span><a>Name</a>")
// are two words; a word a link or a style split goes on ("<a>Arte</a><a>mis</a>").
TEST(HtmlExtract, AdjacentItemsAreSeparateWordsButSplitWordsStayWhole) {
  const std::string html =
      "<html><head><title>Kereta cepat tambah jadwal perjalanan</title></head><body>"
      "<h1>Kereta cepat tambah jadwal perjalanan</h1><div class=\"Author_wrap\"><span "
      "class=\"Author_label\">Penulis</span><a class=\"Author_name\" href=\"/p/a\">Anindya "
      "Paramitha</a></div><div class=\"content\"><p>Operator kereta cepat menambah dua belas "
      "jadwal perjalanan selama masa angkutan Lebaran tahun ini, kata <a href=\"/x\">Arte</a><a "
      "href=\"/y\">mis</a> Slamet.</p><p>Penjualan tiket untuk jadwal tambahan dibuka mulai "
      "Jumat pekan ini melalui aplikasi dan loket stasiun.</p></div></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(html, "https://example.id/a/1"), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, std::vector<std::string>{"Anindya Paramitha"});
  ASSERT_FALSE(a->body.empty());
  EXPECT_NE(a->body[0].find("kata Artemis Slamet"), std::string::npos) << a->body[0];
}

// A caption printed above the headline (the theme puts the photo first) is still the lead
// caption; a heading is never one.
TEST(HtmlExtract, LeadCaptionAboveTheHeadline) {
  const std::string html =
      "<html><head><title>Arema rekrut bek asal Brasil | Kabar</title></head><body><article>"
      "<img src=\"a.jpg\"><div class=\"single-post-caption\">Pemain baru Arema FC berlatih di "
      "Stadion Gajayana, Kota Malang, Selasa (11/3/2025). KMR/Yusuf Hanafi</div><div "
      "class=\"post-inner\"><h1>Arema rekrut bek asal Brasil</h1><p class=\"post-meta\">Yusuf "
      "Hanafi 12 Maret 2025</p><div class=\"entry\"><p>Arema FC merekrut bek asal Brasil untuk "
      "memperkuat lini belakang pada putaran kedua Liga 1 musim ini.</p><p>Pemain berusia 28 "
      "tahun itu dikontrak hingga akhir musim, kata manajer klub kepada wartawan.</p></div></div>"
      "</article></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(html, "https://example.com/a/1"), {}, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->captions.size(), 1u);
  EXPECT_EQ(a->captions[0].rfind("Pemain baru Arema FC", 0), 0u);
}

// Small sites' metadata: a category label without a link, a title decorated at both ends, a
// date and its time in two list items with the instant in UTC, the theme's "admin" account
// in JSON-LD beside the byline's person.
TEST(HtmlExtract, SmallSiteMetadataInItsOwnShapes) {
  const std::string body =
      "<p>Gempa bermagnitudo 5,2 mengguncang Kabupaten Donggala pada Jumat pagi dan warga "
      "sempat berhamburan keluar rumah.</p><p>Belum ada laporan kerusakan berat, kata petugas "
      "badan penanggulangan bencana setempat kepada wartawan.</p>";
  const std::string html =
      "<html><head><title>:: Kabar Sulteng :: Gempa guncang Donggala pagi ini</title>"
      "<meta property=\"article:published_time\" content=\"2025-03-14T01:12:00+00:00\">"
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"name\":"
      "\"admin\"}}</script></head><body><div class=\"post-cat\">Daerah</div><h1>Gempa guncang "
      "Donggala pagi ini</h1><ul class=\"post-info\"><li itemprop=\"author\">Moh. Ikbal</li>"
      "<li>14 Maret 2025</li><li>09:12</li></ul><div class=\"content\">" +
      body + "</div></body></html>";
  Result<Article> a =
      ExtractArticle(HtmlPage(html, "https://kabarsulteng.com/gempa-donggala/"), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Gempa guncang Donggala pagi ini");
  EXPECT_EQ(a->section, "Daerah");
  EXPECT_EQ(a->published, "2025-03-14T09:12:00+08:00");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Moh. Ikbal"});
}

// A photo story: a short text, then its pictures with their captions outside the text's
// element; the captions are the article's, a related list after them is not.
TEST(HtmlExtract, GalleryCaptionsAfterAShortText) {
  const std::string html =
      "<html><head><title>Kampung warna-warni di tepi Sungai Musi</title></head><body><article>"
      "<h1>Kampung warna-warni di tepi Sungai Musi</h1><div class=\"lead-text\"><p>Kampung "
      "Kapitan di tepi Sungai Musi, Palembang, kini dipenuhi rumah panggung yang dicat "
      "warna-warni. Warga berharap kampung tua itu ramai dikunjungi wisatawan.</p></div>"
      "<figure><img src=\"1.jpg\"><figcaption>Rumah-rumah panggung berwarna-warni berjajar di "
      "Kampung Kapitan, Palembang. (Palembang Kini/Rizky Pratama)</figcaption></figure><figure>"
      "<img src=\"2.jpg\"><figcaption>Anak-anak bermain di dermaga kayu di depan rumah warga. "
      "(Palembang Kini/Rizky Pratama)</figcaption></figure><div class=\"count\">1 / 2</div>"
      "</article><section class=\"more\"><h3>Galeri Lainnya</h3><a href=\"#\">Pempek Lenjer di "
      "Pasar 26 Ilir</a></section></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(html, "https://example.id/foto/1"), {}, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->captions.size(), 2u);
  EXPECT_EQ(a->captions[1].rfind("Anak-anak bermain", 0), 0u);
  EXPECT_EQ(a->body.size(), 1u);
}

TEST(HtmlExtract, DateFallsBackToTimeElementThenUrl) {
  const std::string body =
      "<p>A paragraph long enough to be the article body of this small test page, with words.</p>";
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><body><article><time datetime=\"2023-03-01T08:00:00Z\">1 March</time>" +
               body + "</article></body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2023-03-01T08:00:00+00:00");
  Result<Article> b = ExtractArticle(
      HtmlPage("<html><body>" + body + "</body></html>", "https://x.com/2022/11/05/story"), {},
      nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, "2022-11-05");
}

}  // namespace
}  // namespace kabar

namespace kabar {
namespace {

const char kProse[] =
    "<p>The council voted on Tuesday to close the old bridge for repairs that will last until "
    "the spring, officials said.</p><p>Drivers will be sent through the ring road, which the "
    "council expects to add ten minutes to most trips into the centre.</p>";

TEST(HtmlExtract, HintsThatWouldLeaveNoArticleAreDoubted) {
  // A weak name (paywall) on the wrapper of the whole article, next to a longer modal.
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><body><div class=\"modal\"><p>As a subscriber you see fewer adverts, and "
               "those you see are mostly from local businesses promoting local services near "
               "you every day of the week.</p><p>It is important that we keep promoting these "
               "adverts, as "
               "our local businesses need as much support as possible during these difficult "
               "times, and every reader helps.</p></div><h1>Bridge to close</h1><div "
               "id=\"subscription-content\">" +
               std::string(kProse) + "</div></body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[0].rfind("The council voted", 0), 0u);
  EXPECT_TRUE(HasRemoved(*a, "As a subscriber", "popup"));
  // A strong name (modal) on the only element holding prose.
  a = ExtractArticle(HtmlPage("<html><body><div class=\"render-target modal-open\">" +
                              std::string(kProse) + "</div></body></html>"),
                     {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 2u);
  // A consent wall is never an article.
  a = ExtractArticle(HtmlPage("<html><body><div class=\"cookie-consent\">" + std::string(kProse) +
                              "</div></body></html>"),
                     {}, nullptr);
  EXPECT_FALSE(a.ok());
}

}  // namespace
}  // namespace kabar

namespace kabar {
namespace {

TEST(HtmlExtract, ShortLinkFreeParagraphsAreArticleText) {
  // A schedule written as short paragraphs; below it, one longer notice in its own block.
  std::string schedule;
  const char* const kRaces[] = {"10 March – Interlagos",      "8 April – Curitiba",
                                "22 April – Velopark",        "6 May – Londrina",
                                "20 May – Santa Cruz",        "5 August – Million Race",
                                "19 August – to be announced"};
  int n = 0;
  for (const char* r : kRaces) schedule += "<p>Round " + std::to_string(++n) + ": " + r + "</p>";
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><body><h1>Stock car calendar</h1><div class=\"post\">" + schedule +
               "</div><div class=\"notice\"><p>Note: comments with unintelligible text or that "
               "lack respect for other users will not be approved by the moderator, and repeat "
               "offenders lose their accounts.</p></div></body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_GE(a->body.size(), 7u);
  EXPECT_EQ(a->body[0], "Round 1: 10 March – Interlagos");
}

TEST(HtmlExtract, FooterTextIsNeverTheArticleHoweverLong) {
  std::string footer =
      "<div class=\"footer-bottom-text\">The Daily Planet Customer Service Center can be "
      "contacted with any questions or requests by telephone on weekdays between nine and five, "
      "by email at any hour, or by post to our offices; subscribers can manage their accounts, "
      "billing and delivery online, and readers can send letters to the editor, corrections and "
      "story tips through the same service, which answers most requests within two days.</div>";
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><body><h1>Man stabbed in Berlin</h1><div itemprop=\"articleBody\">A "
               "doctor was stabbed to death during a lecture at a Berlin clinic on Tuesday, "
               "police said.<div></div>A 57-year-old man was arrested at the scene.</div>" +
               footer + "</body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[0].rfind("A doctor was stabbed", 0), 0u);
  EXPECT_TRUE(HasRemoved(*a, "Customer Service Center", "footer"));
}

}  // namespace
}  // namespace kabar

namespace kabar {
namespace {

TEST(HtmlExtract, ListsOfStoryCardsAreRelatedWhateverTheirName) {
  std::string cards;
  for (int i = 1; i <= 5; ++i) {
    cards += "<div class=\"HeroText\"><h5><a href=\"/s/" + std::to_string(i) +
             "\">Another story number " + std::to_string(i) +
             " headline</a></h5><div>A one-sentence summary of another story, written to make "
             "readers click through to it.</div></div>";
  }
  // Paragraphs citing sources with short links are not cards.
  std::string cited;
  for (int i = 1; i <= 5; ++i) {
    cited += "<p>One study in " + std::to_string(100 + i) +
             " adults found that eating at regular times reduced cravings over two months (<a "
             "href=\"/ref\">" +
             std::to_string(i) + "</a>).</p>";
  }
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><body><h1>Tips</h1><div class=\"main\">" + cited + std::string(kProse) +
               "<div class=\"more\">" + cards + "</div></div></body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 7u);
  EXPECT_EQ(a->body[0].rfind("One study in 101 adults", 0), 0u);
  EXPECT_TRUE(HasRemoved(*a, "A one-sentence summary", "related"));
  EXPECT_TRUE(HasRemoved(*a, "Another story number 5", "related"));
}

}  // namespace
}  // namespace kabar

namespace kabar {
namespace {

TEST(HtmlExtract, MarkupLeakedAsTextIsRemovedButBracketedTitlesStay) {
  // A tracking pixel escaped into text at the top of the body.
  Result<Article> a = ExtractArticle(
      HtmlPage("<html><head></head><body>&lt;img height=\"1\" width=\"1\" "
               "style=\"display:none\" src=\"http://pixel.example.com/p?c1=2\"&gt;" +
               std::string(kProse) +
               "<p>&lt;The Palace: Jang Noksu&gt; was the drama she starred in next.</p>"
               "</body></html>"),
      {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  for (const std::string& p : a->body) EXPECT_EQ(p.find("<img"), std::string::npos) << p;
  EXPECT_TRUE(HasRemoved(*a, "<img height=\"1\"", "markup"));
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(a->body[2].rfind("<The Palace: Jang Noksu>", 0), 0u);
}

TEST(HtmlExtract, ScreenReaderTextIsNotPageText) {
  // The label before a caption is there for screen readers only; the caption is what shows.
  const char kPage[] = R"(<html><body><h1>Harga kopi naik</h1><article>
<figure><img src="k.jpg"><figcaption><span class="visually-hidden">Keterangan gambar, </span>Petani menjemur biji kopi robusta yang baru dipanen di lereng bukit.</figcaption></figure>
<p>Harga kopi robusta di tingkat petani mencapai rekor tertinggi dalam satu dekade terakhir, tetapi panen turun.</p>
<p>Para pedagang menyebut kenaikan harga dipicu turunnya produksi di negara penghasil kopi lain akibat kekeringan.</p>
<p>Petani kecil yang sudah menjual hasil panennya lebih awal justru tidak kebagian keuntungan dari harga itu.</p>
</article></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->captions,
            std::vector<std::string>{
                "Petani menjemur biji kopi robusta yang baru dipanen di lereng bukit."});
}

TEST(HtmlExtract, PaywallPromptsInsideTheTextAreRemoved) {
  const char kPage[] = R"(<html><body><h1>Ferry adds night trips</h1><div class="story">
<p>GEORGE TOWN: The ferry service will run additional night trips during the school holidays this year.</p>
<p>The last ferry from the island would leave at 11.30pm instead of 10pm for the next two weeks.</p>
<div class="plus-box"><p>Subscribe to The Star Plus to continue reading.</p></div>
<p>Fares will remain the same for adults and children, and motorcycle riders can also use the service.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 3u);
  EXPECT_TRUE(HasRemoved(*a, "Subscribe to The Star Plus", "ad"));
}

TEST(HtmlExtract, ColonDatelinesAreReadAsOnTheTextPath) {
  const char kPage[] = R"(<html><body><h1>Ferry adds night trips</h1><div class="story">
<p>GEORGE TOWN: The ferry service will run additional night trips during the school holidays this year.</p>
<p>The last ferry from the island would leave at 11.30pm instead of 10pm for the next two weeks.</p>
<p>Fares will remain the same for adults and children, and motorcycle riders can also use the service.</p>
</div></body></html>)";
  Result<Article> a =
      ExtractArticle(HtmlPage(kPage, "https://news.example.com.my/a/1"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->dateline, "George Town");
}

TEST(HtmlExtract, CreditLabelsInTheirOwnElementsNameThePersonInTheNext) {
  const char kPage[] = R"(<html><body><h1>Harga garam anjlok saat panen raya</h1>
<div class="meta"><div class="row"><p class="label">Penulis</p><a href="/p/rizal">Rizal Hanafi</a></div>
<div class="row"><p class="label">Editor</p><a href="/p/yudono">Yudono Prasetyo</a></div>
<p class="date">Kamis, 20 Juni 2024 | 10.32 WIB</p></div>
<div class="content">
<p>Jakarta - Harga garam di tingkat petani turun hingga separuh saat panen raya pertengahan Juni ini, kata para petani.</p>
<p>Sebagian petani memilih menumpuk garam di pinggir tambak sambil menunggu harga membaik pada bulan depan.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Rizal Hanafi"});
  EXPECT_EQ(a->editors, std::vector<std::string>{"Yudono Prasetyo"});
}

TEST(HtmlExtract, LeadCaptionAboveABylineIsTheArticles) {
  const char kPage[] = R"(<html><body><h1>Hasil padi dijangka meningkat musim ini</h1>
<figure><img src="/padi.jpg" alt=""><figcaption>Pesawah menuai padi di sawah dekat Alor Setar hari ini. --fotoBERNAMA</figcaption></figure>
<div class="small">Oleh Nurul Ain Mazlan</div>
<div class="text">
<p>ALOR SETAR, 20 Jun -- Hasil padi di kawasan itu dijangka meningkat lapan peratus pada musim utama ini berikutan bekalan air yang mencukupi.</p>
<p>Pengurus besar lembaga itu berkata purata hasil setakat ini mencecah 5.6 tan sehektar berbanding tahun lepas.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Nurul Ain Mazlan"});
  ASSERT_EQ(a->captions.size(), 1u);
  EXPECT_EQ(a->captions[0].rfind("Pesawah menuai padi", 0), 0u);
}

TEST(HtmlExtract, CreditLineRunningIntoTheDateLineStillCredits) {
  const char kPage[] = R"(<html><body><h1>Debit air waduk menyusut</h1>
<div class="meta-post">Penulis: Rudi Hartono | Editor: Ahmad Mufid Aryono Kamis, 20 Juni 2024 - 14:05 WIB</div>
<div class="content">
<p>WONOGIRI - Debit air waduk di Kabupaten Wonogiri terus menyusut memasuki musim kemarau tahun ini, kata petugas.</p>
<p>Petani di daerah irigasi waduk itu diminta mengatur jadwal tanam agar tidak semua sawah butuh air bersamaan.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Rudi Hartono"});
  EXPECT_EQ(a->editors, std::vector<std::string>{"Ahmad Mufid Aryono"});
  EXPECT_EQ(a->published, "2024-06-20T14:05:00+07:00");
}

TEST(HtmlExtract, BylineAndDateInOneMetadataElementBothCount) {
  // "Oleh A dan B - <date>": too many words before the date for a date line with a label, a
  // credit line that a dash parts from a publication time.
  const char kPage[] = R"(<html><body><h1>Harga ayam dipantau menjelang perayaan</h1>
<div class="article-meta">Oleh <a href="/a">Siti Aisyah Kamaruddin</a> dan <a href="/b">Mohd Hafiz Ismail</a> - Mac 18, 2025 @ 3:12pm</div>
<div class="article-body">
<p>KUALA LUMPUR: Kementerian akan menambah pemeriksaan harga ayam di pasar borong di seluruh negara bermula minggu depan.</p>
<p>Seramai 2,400 pegawai penguat kuasa akan digerakkan dalam operasi itu yang berlangsung selama tiga minggu.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Siti Aisyah Kamaruddin", "Mohd Hafiz Ismail"}));
  EXPECT_EQ(a->published.rfind("2025-03-18T15:12:00", 0), 0u) << a->published;
}

TEST(HtmlExtract, PlaceAfterTheAuthorInTheBylineIsTheDateline) {
  // "Name in City" (SCMP), the place in its own span with no space before it; a blog's "by
  // admin in News" (the section) and a sentence are not.
  auto dateline_of = [](const std::string& byline) {
    Result<Article> a = ExtractArticle(
        HtmlPage("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"Batam bets on data centres\",\"articleSection\":\"News\","
                 "\"author\":{\"@type\":\"Person\",\"name\":\"Dimas Hartono\"}}</script>"
                 "</head><body><h1>Batam bets on data centres</h1><div class=\"author\">" +
                 byline +
                 "</div><div class=\"body\"><p>Once known for shipyards and electronics "
                 "factories, the island is now courting companies that want to store data "
                 "nearby.</p><p>Investors have pledged US$4.2 billion for 11 data centre "
                 "projects on the island over the past two years.</p></div></body></html>"),
        {}, nullptr);
    return a.ok() ? a->dateline : "error";
  };
  EXPECT_EQ(dateline_of("<span>Dimas Hartono</span><span>in Jakarta</span>"), "Jakarta");
  EXPECT_EQ(dateline_of("By <a href=\"/a\">Dimas Hartono</a> in Kuala Lumpur"), "Kuala Lumpur");
  EXPECT_EQ(dateline_of("By Dimas Hartono in News"), "");
  EXPECT_EQ(dateline_of("Dimas Hartono in conversation with readers"), "");
  // "Par Name (Lyon, correspondante)": French and Spanish papers' correspondents.
  EXPECT_EQ(dateline_of("Par Dimas Hartono (Lyon, correspondante) Publié le 12 juin 2025"), "Lyon");
  EXPECT_EQ(dateline_of("Por Dimas Hartono (Bruselas, corresponsal)"), "Bruselas");
  EXPECT_EQ(dateline_of("Dimas Hartono (Lyon, 2025)"), "");
  // A date line above the text that opens with the place (El País, the Jakarta Post); not a
  // weekday, a label or the author.
  EXPECT_EQ(dateline_of("<div>Dimas Hartono</div><div>Madrid - 12 jun 2025 - 10:32 CEST</div>"),
            "Madrid");
  EXPECT_EQ(dateline_of("<div>Dimas Hartono</div><div>Surabaya \u25cf Thu, June 20, 2024</div>"),
            "Surabaya");
  EXPECT_EQ(dateline_of("<div>Dimas Hartono</div><div>Thursday - June 20, 2024</div>"), "");
  EXPECT_EQ(dateline_of("<div>Dimas Hartono - June 20, 2024</div>"), "");
}

TEST(HtmlExtract, RightAlignedNameAfterTheTextSignsTheStory) {
  // VnExpress: the writer's name alone, bold and set to the right, after the last paragraph.
  auto read = [](const std::string& last) {
    Result<Article> a = ExtractArticle(
        HtmlPage(
            "<html lang=\"vi\"><body><h1>H\u00e0 N\u1ed9i th\u00ed \u0111i\u1ec3m xe bu\u00fdt "
            "\u0111i\u1ec7n</h1><article class=\"fck_detail\"><p class=\"Normal\">Ba tuy\u1ebfn xe "
            "bu\u00fdt \u0111i\u1ec7n s\u1ebd xu\u1ea5t ph\u00e1t t\u1eeb b\u1ebfn Long Bi\u00ean, "
            "C\u1ea7u Gi\u1ea5y v\u00e0 H\u00e0 \u0110\u00f4ng \u0111\u1ec3 \u0111\u1ebfn s\u00e2n "
            "bay "
            "N\u1ed9i B\u00e0i.</p><p class=\"Normal\">Gi\u00e1 v\u00e9 m\u1ed7i l\u01b0\u1ee3t "
            "l\u00e0 "
            "45.000 \u0111\u1ed3ng, th\u1ea5p h\u01a1n kho\u1ea3ng m\u1ed9t n\u1eeda so v\u1edbi "
            "tuy\u1ebfn xe bu\u00fdt ch\u1ea5t l\u01b0\u1ee3ng cao.</p>" +
            last + "</article></body></html>"),
        {}, nullptr);
    return a.ok() ? std::make_pair(a->authors, a->body.size())
                  : std::make_pair(std::vector<std::string>{"error"}, size_t{0});
  };
  auto [authors, paragraphs] =
      read("<p class=\"Normal\" style=\"text-align:right;\"><strong>Gia Minh</strong></p>");
  EXPECT_EQ(authors, std::vector<std::string>{"Gia Minh"});
  EXPECT_EQ(paragraphs, 2u);
  // Not right-aligned, or not a name: a paragraph of the story.
  std::tie(authors, paragraphs) = read("<p class=\"Normal\"><strong>Gia Minh</strong></p>");
  EXPECT_TRUE(authors.empty());
  std::tie(authors, paragraphs) = read(
      "<p style=\"text-align: right\">Xem th\u00eam c\u00e1c tin kh\u00e1c v\u1ec1 giao "
      "th\u00f4ng.</p>");
  EXPECT_TRUE(authors.empty());
}

TEST(HtmlExtract, ArabicDatelineAndSourceLine) {
  // Al Jazeera: "عمّان- " opens the text; "المصدر : الجزيرة + رويترز" after it credits Reuters.
  const std::string page =
      "<html lang=\"ar\" dir=\"rtl\"><body><h1>\u0627\u0644\u0623\u0631\u062f\u0646 "
      "\u064a\u0637\u0644\u0642 "
      "\u0645\u062d\u0637\u0629 \u062a\u062d\u0644\u064a\u0629</h1><div "
      "class=\"wysiwyg\"><p>\u0639\u0645\u0651\u0627\u0646- "
      "\u0648\u0642\u0651\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
      "\u0627\u0644\u0623\u0631\u062f\u0646\u064a\u0629 "
      "\u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633 "
      "\u0627\u062a\u0641\u0627\u0642\u0627 \u0644\u0628\u0646\u0627\u0621 "
      "\u0645\u062d\u0637\u0629 \u0644\u062a\u062d\u0644\u064a\u0629 \u0645\u064a\u0627\u0647 "
      "\u0627\u0644\u0628\u062d\u0631 "
      "\u0641\u064a \u0645\u062f\u064a\u0646\u0629 "
      "\u0627\u0644\u0639\u0642\u0628\u0629.</p><p>\u0648\u0642\u0627\u0644 "
      "\u0648\u0632\u064a\u0631 \u0627\u0644\u0645\u064a\u0627\u0647 \u0625\u0646 "
      "\u0627\u0644\u0645\u062d\u0637\u0629 "
      "\u0633\u062a\u0646\u062a\u062c \u0646\u062d\u0648 300 \u0645\u0644\u064a\u0648\u0646 "
      "\u0645\u062a\u0631 "
      "\u0645\u0643\u0639\u0628 \u0645\u0646 \u0627\u0644\u0645\u064a\u0627\u0647 "
      "\u0633\u0646\u0648\u064a\u0627.</p></div>"
      "<div class=\"article-source\">\u0627\u0644\u0645\u0635\u062f\u0631 : "
      "\u0627\u0644\u062c\u0632\u064a\u0631\u0629 + "
      "\u0631\u0648\u064a\u062a\u0631\u0632</div></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->dateline, "\u0639\u0645\u0651\u0627\u0646");
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Reuters"});
}

TEST(HtmlExtract, PollBoxesInsideTheTextAreRemoved) {
  const char kPage[] = R"(<html><body><h1>Shares close higher</h1><div class="detail_text">
<p>Jakarta - The main share index closed 1.2 percent higher on Thursday, led by foreign buying of the large banks.</p>
<p>Foreign investors bought a net Rp1.05 trillion of shares across the market during the day.</p>
<div class="polling-box"><div class="polling-title">POLLING</div><p>Do you think the index will return to 7,000 this month?</p><label>Yes</label><label>No</label></div>
<p>Analysts expect the index to trade in a narrow range until the central bank's rate decision next week.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 3u);
  EXPECT_TRUE(HasRemoved(*a, "Do you think the index", "form"));
}

TEST(HtmlExtract, TextSplitByABoxIntoSiblingsOfOneKindIsOneArticle) {
  // The story's text in two "text" elements around a paywall banner: both halves are the
  // article (the element holding the most text alone is the larger half), the banner is not.
  const char kPage[] = R"(<html><body><main><h1>Trains to run until midnight</h1>
<div class="field text-formatted">
<p>JAKARTA – The city's trains will run until midnight for three weeks from June 22, as the capital expects more visitors.</p>
<p>The last train from the southern terminus will now leave at 11.30pm, an hour and a half later than usual.</p>
</div>
<div class="paywall-wall"><h3>Subscribe to unlock</h3><p>Enjoy unlimited access to exclusive stories and in-depth analysis.</p></div>
<div class="field text-formatted paywall-content">
<p>"We saw that families stay out later during the holidays," the spokesman said, adding that trains would run every ten minutes.</p>
<p>The bus operator will also extend several feeder routes to the stations until 1am over the same period of time.</p>
<p>The traffic agency expects about 1.5 million visitors to the city during the three-week break from school.</p>
</div>
<ul class="related-stories"><li><a href="/a">The city's new light rail line is to open next year</a></li>
<li><a href="/b">The capital tops the region for traffic congestion again</a></li>
<li><a href="/c">Ferry operators add night crossings for the holidays</a></li></ul>
</main></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 5u) << a->body[0];
  EXPECT_EQ(a->body[0].rfind("JAKARTA", 0), 0u);
  EXPECT_EQ(a->dateline, "Jakarta");
  EXPECT_EQ(a->body[4].rfind("The traffic agency", 0), 0u);
}

TEST(HtmlExtract, LeadCaptionAboveAKeyPointsBoxIsTheArticles) {
  // A "Ringkasan" box with its bullets between the photo's caption and the text.
  const char kPage[] = R"(<html><body><article><h1>Rooftop solar grows in industrial estates</h1>
<figure><img src="/p.jpg"><figcaption>Pekerja memasang panel surya di atap sebuah pabrik di Cikarang, Jawa Barat, Senin (14/4). <span class="credit">Katadata/Fauzan Hakim</span></figcaption></figure>
<div class="detail-summary"><div class="detail-summary__title">Ringkasan</div><ul>
<li>Kapasitas terpasang mencapai 610 MW per Maret 2025.</li>
<li>Skema sewa mendorong pabrik kecil ikut memasang panel.</li>
<li>Kuota sistem Jawa-Bali tersisa sekitar 240 MW.</li></ul></div>
<div class="detail-body">
<p>Kapasitas pembangkit listrik tenaga surya atap di kawasan industri terus bertambah hingga Maret 2025, naik 38 persen dalam setahun.</p>
<p>Pertumbuhan didorong oleh tuntutan pembeli di luar negeri agar produk dibuat dengan listrik yang lebih bersih dan tercatat emisinya.</p>
</div>
<div class="detail-tags"><a href="/t/1">PLTS Atap</a> <a href="/t/2">Energi Terbarukan</a> <a href="/t/3">Kawasan Industri</a></div>
<div class="detail-more"><a href="/a">Pabrik Sepatu di Banten Pasang Panel Surya 3 MW</a> <a href="/b">Pengembang PLTS Atap Incar Pabrik Menengah</a></div>
</article></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 2u);
  ASSERT_EQ(a->captions.size(), 1u);
  EXPECT_EQ(a->captions[0].rfind("Pekerja memasang", 0), 0u);
}

TEST(HtmlExtract, EmbeddedPlayersTitlesAndLeadInsAreNotText) {
  // A player box's only text (a video title, a chart's note) and a lead-in line ending with a
  // colon right before a player are the embed's, not the article's.
  const char kPage[] = R"(<html><body><h1>Villas sealed</h1><div class="page-content">
<p>Denpasar - The city sealed fourteen villas operating without a licence in Sanur on Friday, officials said.</p>
<p>Owners who were summoned twice did not come, so the villas stay sealed until they apply for one.</p>
<p class="video-title">Jangan Sampai Ketinggalan Video Pilihan Redaksi ini:</p>
<div class="video-embed"><iframe src="https://www.youtube.com/embed/x"></iframe></div>
<p>The tourism office will ask booking apps to take down listings of places that have no licence.</p>
<div class="chart"><iframe src="https://charts.example/embed/1"></iframe><p>Villa licences issued in Denpasar, 2020-2025. Sumber: Dinas Pariwisata</p></div>
<div class="box"><div class="box-title">Video: Villas Sealed in Sanur</div><iframe src="https://video.example/embed/2"></iframe></div>
<p>Tourists were urged to choose registered lodgings, the head of the tourism office said on Friday.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 4u);
  EXPECT_TRUE(HasRemoved(*a, "Jangan Sampai Ketinggalan", "embed"));
  EXPECT_TRUE(HasRemoved(*a, "Villa licences issued", "embed"));
  EXPECT_TRUE(HasRemoved(*a, "Video: Villas Sealed", "embed"));
}

TEST(HtmlExtract, BylineWithTheRubricBeforeTheDateCreditsTheWriter) {
  const char kPage[] = R"(<html><head><meta property="article:section" content="Humaniora"></head>
<body><h1>Pupils plant mangroves</h1>
<div class="author"><span><a href="/reporter/nurul">Nurul Aini Fadhilah</a></span> | <span><a href="/humaniora">Humaniora</a></span> | <span>Jumat 18 April 2025, 13:05 WIB</span></div>
<div class="article-body">
<p>SEBANYAK 120 siswa sekolah dasar di Kepulauan Seribu mengikuti program sekolah pantai untuk belajar menanam mangrove.</p>
<p>Setiap siswa bertanggung jawab merawat lima bibit hingga tumbuh setinggi satu meter di pesisir pulau.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Nurul Aini Fadhilah"});
  EXPECT_EQ(a->published, "2025-04-18T13:05:00+07:00");
}

TEST(HtmlExtract, StopDatelinesAreReadAsOnTheTextPath) {
  // "Surabaya. The city ..." (the Jakarta Globe's habit) on an Indonesian site; not elsewhere.
  const char kPage[] = R"(<html><body><h1>City bans plastic bags at markets</h1><div class="story">
<p><strong>Surabaya.</strong> The city government will ban single-use plastic bags at its traditional markets from August.</p>
<p>Traders who keep handing out the bags after a transition period will first receive a warning.</p>
<p>The city will hand out woven bags made by local small businesses at the markets in July.</p>
</div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage, "https://news.example.id/a/1"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->dateline, "Surabaya");
  a = ExtractArticle(HtmlPage(kPage, "https://news.example.com/a/1"), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->dateline, "");
}

TEST(HtmlExtract, MicrodataAuthorItemIsNamedByItsNameProperty) {
  // An author given as a schema.org Person item: its name, not the job title beside it.
  const char kPage[] = R"(<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Jembatan gantung rampung dibangun</h1>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jefri Mandagi</span>
<span itemprop="jobTitle">Kontributor Minahasa Utara</span></div>
<div itemprop="articleBody">
<p>Jembatan gantung sepanjang 64 meter yang menghubungkan dua desa di Kauditan rampung dibangun.</p>
<p>Warga dua desa itu kini tak perlu lagi menyeberangi sungai dengan rakit saat air naik.</p>
</div></article>
<p class="x"><span itemprop="author">Oleh Rina Kartika</span></p></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_FALSE(a->authors.empty());
  EXPECT_EQ(a->authors[0], "Jefri Mandagi");
  EXPECT_EQ(std::count(a->authors.begin(), a->authors.end(), "Rina Kartika"), 1);
}

TEST(HtmlExtract, MicrodataAuthorNamedOnlyInAMetaAndOrganizationAuthors) {
  // A Person item whose name is a <meta> (tagDiv themes, AMP pages) credits that name; an
  // Organization item (the outlet) is read as before, by its text.
  auto authors_of = [](const std::string& author) {
    Result<Article> a = ExtractArticle(
        HtmlPage("<html><body><article><h1>Jembatan gantung rampung dibangun</h1>" + author +
                 "<div class=\"body\"><p>Jembatan gantung sepanjang 64 meter yang "
                 "menghubungkan dua desa di Kauditan rampung dibangun.</p><p>Warga dua desa itu "
                 "kini tak perlu lagi menyeberangi sungai dengan rakit.</p></div></article>"
                 "</body></html>"),
        {}, nullptr);
    return a.ok() ? a->authors : std::vector<std::string>{"error"};
  };
  EXPECT_EQ(authors_of("<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/"
                       "Person\"><meta itemprop=\"name\" content=\"Tokpanan Dor\u00e9\"></span>"),
            std::vector<std::string>{"Tokpanan Dor\u00e9"});
  EXPECT_EQ(authors_of("<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/"
                       "Organization\"><div itemprop=\"name\">Kabar Nyiur</div><div "
                       "itemprop=\"logo\">https://kabarnyiur.id/logo.png</div></div>"),
            std::vector<std::string>{});
}

TEST(HtmlExtract, MarkupAuthorWhomThePageCreditsAsEditorYieldsToThePagesWriter) {
  // The CMS account (the editor) as the JSON-LD author, the page's "Reporter:" and "Editor:".
  auto authors_of = [](const std::string& credits) {
    Result<Article> a = ExtractArticle(
        HtmlPage("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"Petani ikut sekolah lapang\",\"author\":{\"@type\":"
                 "\"Person\",\"name\":\"Moh. Ilham Saputra\"}}</script></head><body>"
                 "<h1>Petani ikut sekolah lapang</h1>" +
                 credits +
                 "<div class=\"body\"><p>Sebanyak 240 petani tembakau dari lima kecamatan "
                 "mengikuti sekolah lapang untuk menghadapi kemarau basah.</p><p>Petani diajari "
                 "membuat saluran pembuangan air di antara bedengan dan memilih bibit.</p></div>"
                 "</body></html>"),
        {}, nullptr);
    return a.ok() ? a->authors : std::vector<std::string>{"error"};
  };
  EXPECT_EQ(authors_of("<div class=\"author\">Reporter: <a>Dimas Aditya</a></div>"
                       "<div class=\"editor\">Editor: <a>Moh. Ilham Saputra</a></div>"),
            std::vector<std::string>{"Dimas Aditya"});
  // The markup's author is the page's writer, or the page credits no editor: it stays.
  EXPECT_EQ(authors_of("<div class=\"author\">Penulis: Moh. Ilham Saputra | Editor: Rina "
                       "Wulandari</div>"),
            std::vector<std::string>{"Moh. Ilham Saputra"});
  EXPECT_EQ(authors_of("<div class=\"author\">Reporter: <a>Dimas Aditya</a></div>"),
            std::vector<std::string>{"Moh. Ilham Saputra"});
}

TEST(HtmlExtract, SectionFromTheJsonLdBreadcrumbWhenNothingElseNamesOne) {
  auto section_of = [](const std::string& head) {
    Result<Article> a = ExtractArticle(
        HtmlPage("<html><head>" + head +
                 "</head><body><h1>Kommunen öffnen kühle Räume</h1><div class=\"body\"><p>Mehrere "
                 "Großstädte öffnen von Freitag an klimatisierte Räume für obdachlose "
                 "Menschen.</p><p>Der Wetterdienst erwartet am Wochenende mehr als 33 "
                 "Grad.</p></div></body></html>"),
        {}, nullptr);
    return a.ok() ? a->section : "error";
  };
  const std::string crumbs =
      "<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
      "{\"@type\":\"ListItem\",\"position\":1,\"item\":{\"@id\":\"https://x.de/\",\"name\":"
      "\"Start\"}},{\"@type\":\"ListItem\",\"position\":2,\"item\":{\"@id\":\"https://x.de/"
      "panorama/\",\"name\":\"Panorama\"}}]}</script>";
  EXPECT_EQ(section_of(crumbs), "Panorama");
  // The page's own section wins; a list of one entry (the home page) names none.
  EXPECT_EQ(section_of(crumbs + "<meta property=\"article:section\" content=\"Politik\">"),
            "Politik");
  EXPECT_EQ(section_of("<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\","
                       "\"itemListElement\":[{\"@type\":\"ListItem\",\"name\":\"Start\"}]}"
                       "</script>"),
            "");
}

TEST(HtmlExtract, LeadCaptionAboveShortMetaLinesAndItsCreditInOneCaption) {
  // El País: caption and credit in two spans (no space between), then a byline, a date line
  // in Spanish and a comments link above the text.
  const char kPage[] = R"(<html lang="es"><body><h1>Renfe reforzará los Cercanías en verano</h1>
<figure><img src="/a.jpg" alt=""><figcaption class="a_m_p"><span>Viajeros en un andén de la estación de Atocha, en Madrid, el pasado martes.</span><span class="a_m_m">Fernando Villar (EFE)</span></figcaption></figure>
<div class="a_md"><div class="a_md_a"><a href="/autor/x/">Lucía Ferrer</a></div>
<div class="a_md_f">Actualizado: 12 jun 2025 - 14:05 CEST</div>
<a class="a_md_cm" href="#comentarios">Ir a los comentarios</a></div>
<div class="a_c"><p>Renfe pondrá en servicio 40 trenes adicionales en la red de Cercanías de Madrid entre julio y septiembre.</p>
<p>El refuerzo afectará sobre todo a las líneas que pasan por la estación de Chamartín, según la operadora.</p></div>
</body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->captions,
            std::vector<std::string>{"Viajeros en un andén de la estación de Atocha, en Madrid, el "
                                     "pasado martes. Fernando Villar (EFE)"});
  // Der Spiegel: the caption in a <p>, the credit in a <span> of the same <figcaption>.
  const char kSplit[] = R"(<html lang="de"><body><h1>Kommunen öffnen kühle Räume</h1>
<div class="body"><figure><img src="/b.jpg" alt=""><figcaption><p>Ehrenamtliche verteilen Wasserflaschen am Kölner Hauptbahnhof</p><span>Foto: Oliver Berg / dpa</span></figcaption></figure>
<p>Mehrere Großstädte öffnen von Freitag an klimatisierte Räume für obdachlose Menschen.</p>
<p>Der Wetterdienst erwartet am Wochenende in weiten Teilen des Landes mehr als 33 Grad.</p></div>
</body></html>)";
  a = ExtractArticle(HtmlPage(kSplit), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->captions,
            std::vector<std::string>{
                "Ehrenamtliche verteilen Wasserflaschen am Kölner Hauptbahnhof Foto: Oliver Berg / "
                "dpa"});
}

TEST(HtmlExtract, LeadCaptionAboveACreditBoxWithoutColons) {
  // Kompas (AMP): the photo, then a credit box whose labels and names sit in two elements with
  // no colon ("Penulis Kontributor Manggarai Barat, Name"); the box's class names it a credit.
  const char kPage[] = R"(<html lang="id"><body><h1>Wisatawan Diminta Pesan Tiket Secara Daring</h1>
<div class="photo"><amp-img src="/k.jpg" width="780" height="390"></amp-img><div class="photo__caption">Seekor komodo berjalan di kawasan Loh Liang, Pulau Komodo. <span>KOMPAS.com/NANSIANUS TARIS</span></div></div>
<div class="read__credit"><div class="credit-title-name">Penulis <span>Kontributor Manggarai Barat, Nansianus Taris</span></div>
<div class="credit-title-name">Editor <span>Ni Nyoman Wira Widyanti</span></div></div>
<div class="read__content"><p>Balai Taman Nasional Komodo meminta wisatawan memesan tiket masuk secara daring mulai bulan depan.</p>
<p>Pembelian tiket di loket dermaga akan dihentikan bertahap untuk membatasi jumlah pengunjung harian.</p>
<p>Balai menyediakan petugas di pelabuhan untuk membantu wisatawan selama masa peralihan.***</p></div>
</body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->captions, std::vector<std::string>{"Seekor komodo berjalan di kawasan Loh Liang, "
                                                  "Pulau Komodo. KOMPAS.com/NANSIANUS TARIS"});
  // The stars glued to the last sentence mark the story's end (the Pikiran Rakyat network).
  ASSERT_FALSE(a->body.empty());
  EXPECT_EQ(a->body.back(),
            "Balai menyediakan petugas di pelabuhan untuk membantu wisatawan selama masa "
            "peralihan.");
}

TEST(HtmlExtract, PeriodThenCapitalAcrossInlineElementsIsASentenceBreak) {
  const char kPage[] = R"(<html><body><h1>Harbour works begin</h1><div class="body">
<p><span>Works on the harbour began on Monday.</span><span>The council said they would take two years to finish.</span></p>
<p>Prices stay at Rp1.<b>500</b> a litre, the operator said on Monday after the meeting.</p></div></body></html>)";
  Result<Article> a = ExtractArticle(HtmlPage(kPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[0],
            "Works on the harbour began on Monday. The council said they would take two years to "
            "finish.");
  EXPECT_EQ(a->body[1].rfind("Prices stay at Rp1.500 a litre", 0), 0u);
}

}  // namespace
}  // namespace kabar
