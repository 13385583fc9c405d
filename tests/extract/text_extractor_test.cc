// ExtractArticle on small hand-written pages: each test states one behaviour.
#include <gtest/gtest.h>
#include <algorithm>
#include <string>

#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

RawPage Page(std::string bytes, std::string url = "") {
  RawPage p;
  p.source.path = "test.txt";
  p.bytes = std::move(bytes);
  p.url = std::move(url);
  return p;
}

std::string ReasonOf(const Article& a, int line) {
  for (const RemovedLine& r : a.removed) {
    if (r.line == line) return r.reason;
  }
  return "";
}

const char kEnglishPage[] =
    "  \xE2\x80\xA2 News\n"     // 1
    "  \xE2\x80\xA2 Sport\n"    // 2
    "  \xE2\x80\xA2 Weather\n"  // 3
    "\n"
    "Harbour bridge reopens after two years of repairs\n"  // 5
    "\n"
    "By Jane Doe\n"                // 7
    "June 3, 2024 10:30 AM EDT\n"  // 8
    "\n"
    "SYDNEY (Reuters) - The city's harbour bridge reopened on Monday after two years of "
    "repairs that cost more than the original construction, officials said.\n"  // 10
    "\n"
    "Advertisement\n"  // 12
    "\n"
    "Traffic was light in the morning, but the transport minister said she expected the "
    "usual queues to return by the end of the week.\n"  // 14
    "\n"
    "The repairs replaced every one of the bridge's cables and most of its deck, and were "
    "finished three weeks ahead of the schedule set in 2022.\n"  // 16
    "\n"
    "Related Articles\n"                                   // 18
    "Ferry fares rise again\n"                             // 19
    "2 hours ago\n"                                        // 20
    "New tunnel plan unveiled\n"                           // 21
    "5 hours ago\n"                                        // 22
    "\xC2\xA9 2024 Example News. All rights reserved.\n";  // 23

// A JSON record's title as content systems' APIs escape it for HTML: the characters meant.
TEST(TextExtractor, ARecordsEscapedTitleIsDecoded) {
  RawPage page = Page(kEnglishPage);
  page.title = "Harbour bridge&#8217;s repairs &amp; reopening";
  Result<Article> a = ExtractArticle(page, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harbour bridge\u2019s repairs & reopening");
}

TEST(TextExtractor, EnglishPageFieldsAndBody) {
  ExtractOptions options;
  options.now = "2024-06-03T18:00:00-04:00";
  Result<Article> a = ExtractArticle(Page(kEnglishPage), options, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harbour bridge reopens after two years of repairs");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a->published, "2024-06-03T10:30:00-04:00");
  EXPECT_EQ(a->dateline, "Sydney");
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Reuters"});
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(a->body[1].substr(0, 19), "Traffic was light i");
  EXPECT_EQ(ReasonOf(*a, 12), "ad");
  EXPECT_EQ(ReasonOf(*a, 18), "related");
  EXPECT_EQ(ReasonOf(*a, 19), "related");
  EXPECT_EQ(ReasonOf(*a, 20), "related");
  EXPECT_EQ(ReasonOf(*a, 23), "footer");
  EXPECT_EQ(ReasonOf(*a, 8), "metadata");
  EXPECT_EQ(ReasonOf(*a, 1), "navigation");
}

// A small English news page: a menu, `above` (if any) over the title, `below` under it, and
// two paragraphs of body.
std::string BridgePage(const std::string& above, const std::string& below) {
  return "News\nSport\nWeather\n\n" + (above.empty() ? "" : above + "\n\n") +
         "Harbour bridge reopens after two years of repairs\n\n" + below +
         "\n\nThe city's harbour bridge reopened on Monday after two years of repairs that cost "
         "more than the original construction, officials said.\n\n"
         "Traffic was light in the morning, but the transport minister said she expected the "
         "usual queues to return by the end of the week.\n";
}

// A page's <title> line as its only headline: the site's name after the last separator goes
// (a known outlet, or the holder of the footer's copyright), and a known one gives the site.
TEST(TextExtractor, SitesNameAfterTheHeadlineOfATitleLine) {
  auto read = [](const std::string& title, const std::string& footer) {
    std::string page =
        "News\nSport\n\n" + title +
        "\n\nThe city's harbour bridge reopened on Monday after two years of repairs "
        "that cost more than the original construction, officials said.\n\n"
        "Traffic was light in the morning, but the transport minister said she "
        "expected the usual queues to return by the end of the week.\n\n" +
        footer + "\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    return a.ok() ? *a : Article{};
  };
  Article known = read("Harbour bridge reopens after two years of repairs | Reuters", "");
  EXPECT_EQ(known.title, "Harbour bridge reopens after two years of repairs");
  EXPECT_EQ(known.site, "reuters.com");
  Article holder = read("Harbour bridge reopens after two years of repairs - Harbour Ledger",
                        "\u00a9 2024 Harbour Ledger. All rights reserved.");
  EXPECT_EQ(holder.title, "Harbour bridge reopens after two years of repairs");
  // Any other name after a dash is the headline's own.
  Article other = read("Harbour bridge reopens after two years - Ferry Fares Rise", "");
  EXPECT_EQ(other.title, "Harbour bridge reopens after two years - Ferry Fares Rise");
}

// The short line right above a title is its rubric, unless it is a page control or a masthead.
TEST(TextExtractor, SectionIsARubricNotAControlOrAMasthead) {
  auto section_above_title = [](const std::string& line) {
    Result<Article> a = ExtractArticle(Page(BridgePage(line, "By Jane Doe")), {}, nullptr);
    return a.ok() ? a->section : "error";
  };
  EXPECT_EQ(section_above_title("Transport"), "Transport");
  EXPECT_EQ(section_above_title("Watch Live"), "");
  // A kicker between the rubric and the headline says how the piece is offered.
  EXPECT_EQ(section_above_title("Transport\nEKSKLUSIF"), "Transport");
  EXPECT_EQ(section_above_title("Transport\nPremium"), "Transport");
  // Alone, it is passed over as well: the line above it is read as it would be without it.
  EXPECT_EQ(section_above_title("EKSKLUSIF"), "Weather");
  EXPECT_EQ(section_above_title("Save"), "");
  EXPECT_EQ(section_above_title("Search [ ]"), "");
  EXPECT_EQ(section_above_title("CNN"), "");
  // A breadcrumb trail gives its last crumb, unless that is the home link or the outlet.
  EXPECT_EQ(section_above_title("News / Metropolitan"), "Metropolitan");
  EXPECT_EQ(section_above_title("Home \xC2\xBB Business \xC2\xBB Transport"), "Transport");
  EXPECT_EQ(section_above_title("Transport > Home"), "");
  EXPECT_EQ(section_above_title("World / CNN"), "");
  EXPECT_EQ(section_above_title("Page 1 / 3"), "");
  // Over the date line above the headline: a trail's last crumb (printed one crumb a line); not
  // the last item of a menu, nor a trail whose separators the dump dropped.
  const std::string date = "\n\nJune 3, 2024 10:30 AM";
  EXPECT_EQ(section_above_title("Beranda\n\nTransport" + date), "Transport");
  EXPECT_EQ(section_above_title("Transport" + date), "");  // under "News", "Sport", "Weather"
  EXPECT_EQ(section_above_title("Home Music Music News" + date), "");
  EXPECT_EQ(section_above_title("Edit Story" + date), "");
}

// A date near the title in a language or form the date-line rules do not read is still the
// publication date; a date in the body's prose is not.
TEST(TextExtractor, DateLineInAnyLanguageNearTheTitle) {
  auto published_with = [](const std::string& line) {
    std::string page = "Inicio\nDeportes\n\nEl puente reabre tras dos años de obras\n\n" + line +
                       "\n\nEl puente del puerto reabrió el lunes después de dos años de obras "
                       "que costaron más que la construcción original, dijeron las autoridades.\n\n"
                       "El tráfico fue ligero por la mañana, pero la ministra dijo que esperaba "
                       "las colas habituales antes del fin de semana.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    return a.ok() ? a->published : "error";
  };
  EXPECT_EQ(published_with("martes 17 de marzo de 2020"), "2020-03-17");
  EXPECT_EQ(published_with("Von Moritz Bachmann publiziert am 25. September 2018"), "2018-09-25");
  EXPECT_EQ(published_with("11.02.2020, 17:29 Uhr"), "2020-02-11T17:29:00");
  EXPECT_EQ(published_with("[puente-17marzo2020-937x620]"), "");
}

// With no byline block, a standfirst in sentence case under the headline shares more words with
// the body than the headline does; the headline over it is the title, the standfirst the lead.
// A short label over a headline in title case is a section, not the title.
TEST(TextExtractor, HeadlineOverAStandfirstWithoutByline) {
  auto title_of = [](const std::string& top) {
    std::string page = top +
                       "\nHARBIN, March 4. /TASS/. The regional government has opened four new "
                       "ferry routes across the river, the transport ministry said on Tuesday.\n\n"
                       "The ferry routes connect the river's two banks at four towns that had no "
                       "crossing since the old bridge closed for repairs last year.\n\n"
                       "The ministry said the new routes would carry up to two thousand "
                       "passengers a day during the summer season.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    return a.ok() ? a->title + " / " + a->lead : "error";
  };
  EXPECT_EQ(title_of("Four new ferry routes open across the river\nThe transport ministry said the "
                     "ferry routes would connect the banks at four towns without a crossing\n"),
            "Four new ferry routes open across the river / The transport ministry said the ferry "
            "routes would connect the banks at four towns without a crossing");
  EXPECT_EQ(
      title_of("Transport Ministry Regional News\nFour New Ferry Routes Open Across The River "
               "At Four Towns Without A Bridge Crossing\n"),
      "Four New Ferry Routes Open Across The River At Four Towns Without A Bridge Crossing / ");
}

// Chinese and Japanese are written without spaces: the headline is found by the character pairs
// it shares with the story; a sentence (with its "。") is no headline.
TEST(TextExtractor, HeadlineOfAPageWithoutSpaces) {
  const std::string page =
      "ホーム\nニュース\n\n北朝鮮とロシアが新条約に署名\n\n"
      "ロシアのプーチン大統領は平壌で北朝鮮の金正恩総書記と会談した。\n\n"
      "両首脳は相互支援を定めた新条約に署名し、軍事協力を強化する方針を確認した。\n\n"
      "北朝鮮とロシアの新条約について、日本政府は地域の安全保障への影響を注視している。\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "北朝鮮とロシアが新条約に署名");
  EXPECT_EQ(a->body.size(), 3u);
}

// A dateline that names its outlet, printed on a line of its own over the first paragraph, is
// the dateline; a place alone on that line is not read as one.
TEST(TextExtractor, DatelineOnItsOwnLineOverTheStory) {
  auto dateline_with = [](const std::string& line) {
    std::string page =
        "Nasional\n\nJadwal Kereta Bandara Ditambah Mulai Pekan Depan\n\n" + line +
        "\nOperator kereta bandara menambah dua belas perjalanan setiap hari mulai pekan depan "
        "untuk melayani lonjakan penumpang pada musim libur sekolah.\n\n"
        "Direktur operasional mengatakan jadwal tambahan berlaku hingga akhir Juli dan akan "
        "dievaluasi setiap pekan bersama pengelola bandara.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    return a.ok() ? a->dateline + " / " + a->site : "error";
  };
  EXPECT_EQ(dateline_with("TEMPO.CO, Jakarta"), "Jakarta / tempo.co");
  EXPECT_EQ(dateline_with("Jakarta (ANTARA)"), "Jakarta / ");
  EXPECT_EQ(dateline_with("Jakarta"), " / ");
}

// A short label line with a date in a language the date-line rules do not read is the
// publication date when it stands a few lines into the body's region (a byline block under the
// lead and its photo), and leaves the body; a sentence that names a date there is no date line.
TEST(TextExtractor, DateLabelLineUnderTheLead) {
  auto extract_with = [](const std::string& line) {
    std::string page =
        "Accueil\nSport\n\nLe club perd deux points à domicile\n\n"
        "Lyon - Le club a concédé le match nul face au promu, samedi, et laisse filer la "
        "première place du classement à deux journées de la trêve hivernale.\n\n"
        "L'entraîneur sur le banc pendant la rencontre, le 5 décembre 2020 à Lyon\n\n"
        "Par Claire Martin\n" +
        line +
        "\n\nMené au score dès la dixième minute, le club a égalisé en seconde période grâce à "
        "un penalty, sans parvenir à prendre l'avantage malgré de nombreuses occasions.\n\n"
        "Le prochain match aura lieu mercredi à l'extérieur, face au troisième du championnat, "
        "dans un stade qui affiche déjà complet.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    if (!a.ok()) return std::string("error");
    bool in_body = std::find(a->body.begin(), a->body.end(), line) != a->body.end();
    return a->published + (in_body ? " (in the body)" : "");
  };
  EXPECT_EQ(extract_with("publié le 15/12/2020 à 21:00 , mis à jour à 22:10"),
            "2020-12-15T21:00:00");
  EXPECT_EQ(extract_with("Sport | décembre 5, 2020 | 9:05 pm | Agence Presse."),
            "2020-12-05T21:05:00");
  EXPECT_EQ(extract_with("Le stade avait déjà accueilli la finale le 5 décembre 2019."),
            " (in the body)");
}

// A date line without a time takes the time printed alone on the line under it, with its zone;
// a number on that line that is not a time, or a time under a date that has one, changes
// nothing.
TEST(TextExtractor, TimeOnTheLineUnderTheDate) {
  auto published_with = [](const std::string& lines) {
    std::string page = "News\nNation\n\nFerry service resumes after the storm\n\n" + lines +
                       "\n\nKUCHING: The ferry service across the river resumed on Monday after "
                       "three days of storms, the port authority said.\n\n"
                       "Operators said the first crossings were full and more boats would be "
                       "added at the weekend.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    if (!a.ok()) return std::string("error");
    std::string reasons;
    for (const RemovedLine& r : a->removed) reasons += " " + r.reason;
    return a->published + reasons;
  };
  EXPECT_EQ(published_with("Tuesday, 18 Nov 2025\n3:12 PM MYT"),
            "2025-11-18T15:12:00+08:00 navigation metadata metadata");
  EXPECT_EQ(published_with("Tuesday, 18 Nov 2025\n\n10.05 WIB"),
            "2025-11-18T10:05:00+07:00 navigation metadata metadata");
  EXPECT_EQ(published_with("18 Nov 2025, 09:00 GMT\n3:12 PM MYT").substr(0, 25),
            "2025-11-18T09:00:00+00:00");
  EXPECT_EQ(published_with("Tuesday, 18 Nov 2025\n12 comments").substr(0, 11), "2025-11-18 ");
  // A blog's date header over its posting line, which carries the time.
  EXPECT_EQ(published_with("Tuesday, 18 Nov 2025\n\nPosted by Admin at 3:12 PM MYT").substr(0, 25),
            "2025-11-18T15:12:00+08:00");
  EXPECT_EQ(published_with("Selasa, 18 November 2025\n\nDiposting oleh Admin di 09.12\n\n"
                           "Label: Berita")
                .substr(0, 20),
            "2025-11-18T09:12:00 ");  // an English story on no site: no zone is assumed
  EXPECT_EQ(published_with("Tuesday, 18 Nov 2025\n\nPosted by Admin at the harbour").substr(0, 11),
            "2025-11-18 ");
}

// A writer's profile box above the headline (name, a one-line bio, a follow button) credits
// the writer; a name over no button, or a button under a sentence, does not.
TEST(TextExtractor, ProfileBoxAboveTheHeadline) {
  auto authors_with = [](const std::string& box) {
    Result<Article> a = ExtractArticle(Page(BridgePage(box, "")), {}, nullptr);
    return a.ok() ? a->authors : std::vector<std::string>{"error"};
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(authors_with("Rina Agustina\nTeacher, writer\nIkuti"), Names{"Rina Agustina"});
  EXPECT_EQ(authors_with("Jane Doe\n+ Follow"), Names{"Jane Doe"});
  EXPECT_EQ(authors_with("Jane Doe\nSign up"), Names{});
  EXPECT_EQ(authors_with("\xE2\x80\xA2 Sport Desk\n\n19 November 2019\nFollow"), Names{});
  EXPECT_EQ(authors_with("The bridge was closed in 2023 for repairs.\nFollow"), Names{});
}

// A "By" byline that carries a handle, a date or a role besides the name still credits the
// author when no credit rule read it.
TEST(TextExtractor, LooseBylineNearTheTitle) {
  auto authors_with = [](const std::string& line) {
    Result<Article> a = ExtractArticle(Page(BridgePage("", line)), {}, nullptr);
    return a.ok() ? a->authors : std::vector<std::string>{"error"};
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(authors_with("By Tess Bonn - 11/19/19 06:56 AM EST"), Names{"Tess Bonn"});
  EXPECT_EQ(authors_with("By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST"),
            Names{"Chaim Gartenberg"});
  EXPECT_EQ(authors_with("11/19/2019 by Lars Brandle"), Names{"Lars Brandle"});
  EXPECT_EQ(authors_with("Stand by me"), Names{});
  EXPECT_EQ(authors_with("Natasha Turak@NatashaTurak"), Names{"Natasha Turak"});
  EXPECT_EQ(authors_with("Catherine Shu @catherineshu / 2 days"), Names{"Catherine Shu"});
  EXPECT_EQ(authors_with("Kirim ke redaksi@contoh.co.id"), Names{});
  EXPECT_EQ(authors_with("Jane Doejaned@example.com@JaneDoeNews"), Names{});
  EXPECT_EQ(authors_with("\u2022 by Bryan DeArdo"), Names{"Bryan DeArdo"});
  EXPECT_EQ(authors_with("Story by Bryan DeArdo"), Names{"Bryan DeArdo"});
  EXPECT_EQ(authors_with("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST"),
            Names{"Michael David Smith"});
  EXPECT_EQ(authors_with("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN"),
            Names{"Ilana Muhlstein"});
  EXPECT_EQ(authors_with("Tom Krisher, AP Auto Writer"), Names{"Tom Krisher"});
  EXPECT_EQ(authors_with("Meg Kinnard and Errin Haines, Associated Press"),
            (Names{"Meg Kinnard", "Errin Haines"}));
  // Under a picture and its caption, the same shape credits the photographer.
  EXPECT_EQ(authors_with("[harbour-bridge]\nThe bridge at dawn\nAl Goldis, Associated Press"),
            Names{});
  // A name and the writer's post after a comma, under the date line.
  EXPECT_EQ(authors_with("June 3, 2024 10:30 AM EDT\nRina Hambali, Jurnalis"),
            Names{"Rina Hambali"});
  EXPECT_EQ(authors_with("June 3, 2024 10:30 AM EDT\nTom Smith, Staff Writer"), Names{"Tom Smith"});
  // ... or a middle dot, over the date line too.
  EXPECT_EQ(authors_with("Tom Smith \u00b7 Reporter\nJune 3, 2024 10:30 AM EDT"),
            Names{"Tom Smith"});
  EXPECT_EQ(authors_with("Tom Smith \u2014 Political Correspondent\nJune 3, 2024 10:30 AM EDT"),
            Names{"Tom Smith"});
  EXPECT_EQ(authors_with("June 3, 2024 10:30 AM EDT\nSydney, Australia"), Names{});
  // A labelled credit after the date on its line.
  EXPECT_EQ(authors_with("June 3, 2024 10:30 AM EDT | Penulis: Rina Hambali"),
            Names{"Rina Hambali"});
  EXPECT_EQ(authors_with("Senin, 3 Juni 2024 10:30 WIB Oleh: Rina Hambali"), Names{"Rina Hambali"});
}

TEST(TextExtractor, RejectsEmptyBinaryAndHugePages) {
  ExtractOptions options;
  EXPECT_EQ(ExtractArticle(Page(""), options, nullptr).status().code(), Status::Code::kNotFound);
  EXPECT_EQ(ExtractArticle(Page(" \n\t\n"), options, nullptr).status().code(),
            Status::Code::kNotFound);
  EXPECT_EQ(ExtractArticle(Page(std::string("abc\0def", 7)), options, nullptr).status().code(),
            Status::Code::kCorruption);
  options.max_page_bytes = 10;
  EXPECT_EQ(ExtractArticle(Page(kEnglishPage), options, nullptr).status().code(),
            Status::Code::kResourceExhausted);
}

TEST(TextExtractor, MenuOnlyPageHasNoArticle) {
  ExtractOptions options;
  Result<Article> a = ExtractArticle(Page("Home\nNews\nSport\nLogin\n"), options, nullptr);
  EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
}

TEST(TextExtractor, OversizedLinesAreRemoved) {
  ExtractOptions options;
  options.max_line_bytes = 300;
  std::string page = std::string(kEnglishPage) + std::string(1000, 'x') + "\n";
  Result<Article> a = ExtractArticle(Page(page), options, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(ReasonOf(*a, 24), "oversized-line");
  EXPECT_EQ(a->body.size(), 3u);
}

TEST(TextExtractor, LinesRepeatedAcrossASitesPagesAreSiteRepeat) {
  const std::string slogan =
      "Kami menyajikan berita terpercaya setiap hari untuk pembaca di seluruh negeri ini.";
  SiteLineStats stats;
  for (int i = 0; i < 5; ++i) {
    stats.AddPage("example.com", "Berita nomor " + std::to_string(i) + "\n" + slogan + "\n");
  }
  std::string page = std::string(kEnglishPage) + slogan + "\n";
  ExtractOptions options;
  Result<Article> a = ExtractArticle(Page(page, "https://www.example.com/a/1"), options, &stats);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(ReasonOf(*a, 24), "site-repeat");
  EXPECT_EQ(a->site, "example.com");
}

TEST(SiteLineStats, KeysComputedApartCountAsAddPage) {
  const std::string pages[] = {"Menu\n  Berita  \nmenu\n\nIklan\nBerita\n", "Iklan\nLain\n", "",
                               "\n \t\n", "BERITA\r\nIklan"};
  SiteLineStats whole, split;
  for (const std::string& p : pages) {
    whole.AddPage("a.id", p);
    split.AddPageKeys("a.id", SiteLineStats::PageLineKeys(p));
    split.AddPageKeys("", SiteLineStats::PageLineKeys(p));  // ignored, as AddPage("", p)
  }
  // Distinct lines after trimming and case folding, each counted once a page.
  EXPECT_EQ(SiteLineStats::PageLineKeys(pages[0]).lines.size(), 3u);  // menu, berita, iklan
  EXPECT_EQ(split.Pages("a.id"), whole.Pages("a.id"));
  EXPECT_EQ(split.Pages(""), 0);
  for (std::string_view line : {"menu", "Berita", "iklan", "lain", "berita\r", "absent"}) {
    EXPECT_EQ(split.PagesWithLine("a.id", line), whole.PagesWithLine("a.id", line)) << line;
  }
  EXPECT_EQ(whole.PagesWithLine("a.id", "iklan"), 3);
  // A line's key, computed once by the caller, finds the same count.
  EXPECT_EQ(whole.PagesWithLineKey("a.id", SiteLineStats::LineKey("IKLAN")), 3);
  EXPECT_EQ(whole.PagesWithLineKey("a.id", SiteLineStats::LineKey("absent")), 0);
  EXPECT_EQ(whole.PagesWithLineKey("b.id", SiteLineStats::LineKey("iklan")), 0);
}

TEST(SiteLineStats, CopiesOfAnArticleCountOnce) {
  const std::string paragraph =
      "Pemerintah kota berencana menggelar operasi pasar di sepuluh kecamatan mulai pekan depan "
      "untuk menahan harga beras menjelang Lebaran, kata juru bicaranya kepada wartawan.";
  ASSERT_GE(paragraph.size(), SiteLineStats::kIdentityLineBytes);
  const std::string article = "Menu\nHarga Beras Naik\n" + paragraph + "\nIklan\n";
  SiteLineStats stats;
  stats.AddPage("a.id", article);
  stats.AddPage("a.id", article);                               // the same page again
  stats.AddPage("a.id", "Masuk\n" + article + "5 jam lalu\n");  // a re-crawl of it
  EXPECT_EQ(stats.Pages("a.id"), 1);
  EXPECT_EQ(stats.PagesWithLine("a.id", paragraph), 1);
  stats.AddPage("a.id", "Menu\nHarga Cabai Turun\n" + paragraph + " Lagi.\nIklan\n");
  stats.AddPage("a.id", "Menu\nIndeks\n");  // pages without long lines: told apart by all
  stats.AddPage("a.id", "Menu\nIndeks\nIklan\n");
  stats.AddPage("a.id", "Menu\nIndeks\n");
  EXPECT_EQ(stats.Pages("a.id"), 4);
  EXPECT_EQ(stats.PagesWithLine("a.id", "menu"), 4);
}

TEST(TextExtractor, AnArticleThreeTimesInARunKeepsItsText) {
  // Three copies of a page (URL variants of one story) are not three pages of the site whose
  // every line recurs: the copies count once, so no line of theirs is the site's furniture.
  RawPage page = Page(kEnglishPage, "https://www.example.com/a/1");
  SiteLineStats stats;
  for (int i = 0; i < 3; ++i) stats.AddPage("example.com", page.bytes);
  Result<Article> alone = ExtractArticle(page, ExtractOptions(), nullptr);
  Result<Article> copy = ExtractArticle(page, ExtractOptions(), &stats);
  ASSERT_TRUE(alone.ok() && copy.ok());
  EXPECT_EQ(copy->title, alone->title);
  EXPECT_EQ(copy->body, alone->body);
}

TEST(TextExtractor, GuessedSiteFromTheCallerIsUsedAsIs) {
  // The page's URL gives GuessSite "example.com": passing that guess changes nothing; passing
  // another site makes the extractor read that site's statistics instead.
  const std::string slogan =
      "Kami menyajikan berita terpercaya setiap hari untuk pembaca di seluruh negeri ini.";
  SiteLineStats stats;
  for (int i = 0; i < 5; ++i) {
    stats.AddPage("example.com", "Berita nomor " + std::to_string(i) + "\n" + slogan + "\n");
  }
  RawPage page = Page(std::string(kEnglishPage) + slogan + "\n", "https://www.example.com/a/1");
  ExtractOptions options;
  ASSERT_EQ(GuessSite(page), "example.com");
  Result<Article> a = ExtractArticle(page, options, &stats, GuessSite(page));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(ReasonOf(*a, 24), "site-repeat");
  EXPECT_EQ(a->site, "example.com");
  Result<Article> b = ExtractArticle(page, options, &stats, "other.org");
  ASSERT_TRUE(b.ok());
  EXPECT_NE(ReasonOf(*b, 24), "site-repeat");
  EXPECT_EQ(b->site, "other.org");
}

TEST(TextExtractor, RelativePublicationTimeUsesNow) {
  std::string page =
      "Harga beras naik di seluruh Jawa pekan ini\n"
      "3 jam lalu\n"
      "JAKARTA, KOMPAS.com - Harga beras medium naik di hampir semua pasar tradisional di Jawa "
      "pekan ini, menurut data yang dirilis pemerintah pada Senin (3/6/2024).\n"
      "Kenaikan itu terjadi karena pasokan dari sentra produksi berkurang setelah musim panen "
      "berakhir, kata seorang pejabat kementerian.\n";
  ExtractOptions options;
  options.now = "2024-06-04T12:00:00+07:00";
  Result<Article> a = ExtractArticle(Page(page), options, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-04T09:00:00+07:00");
  EXPECT_EQ(a->site, "kompas.com");
  EXPECT_EQ(a->outlet, "Kompas");
  EXPECT_EQ(a->dateline, "Jakarta");
  EXPECT_EQ(a->dates_mentioned, std::vector<std::string>{"2024-06-03"});
}

TEST(TextExtractor, GuessSite) {
  EXPECT_EQ(GuessSite(Page("x", "https://news.detik.com/berita/d-1")), "detik.com");
  EXPECT_EQ(GuessSite(Page("Judul\nJAKARTA, KOMPAS.com - Harga beras naik lagi hari ini.\n")),
            "kompas.com");
  EXPECT_EQ(GuessSite(Page("Judul\nIsi tanpa dateline.\n")), "");
}

// A cookie notice or an ad's prompt printed over the masthead, with its button, does not hide
// the masthead that names the site (and with it the outlet's zone); nor does a ticker's
// headline, a font-size control or a player's prompt over the logo.
TEST(TextExtractor, MastheadUnderACookieNoticeTickerOrControls) {
  const std::string page =
      "The Straits Times\n\nSingapore\n\n"
      "New bus interchange in Tengah to open in 2027, with 10 services at the start\n\n"
      "Nov 20, 2025, 05:10 PM\n\n"
      "SINGAPORE - A new bus interchange in Tengah will open in 2027 with 10 bus services at the "
      "start, the Land Transport Authority said on Nov 20.\n\n"
      "The interchange will be built next to the future Tengah MRT station and will serve about "
      "42,000 homes in the new town when it is completed.\n";
  for (const std::string notice :
       {"We use cookies to improve your experience on our site.\nAccept\n\n",
        "Baca berita dengan sedikit iklan, klik di sini\n\n",
        "BREAKING NEWS\nFerry services resume after storm warning is lifted\n\n",
        "A-\nA+\nText size\n\n", "Listen to this article\n5 min read\n\n", ""}) {
    Result<Article> a = ExtractArticle(Page(notice + page), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->site, "straitstimes.com") << notice;
    EXPECT_EQ(a->published, "2025-11-20T17:10:00+08:00") << notice;
  }
}

// A browser dump of an English opinion page: the headline is printed twice (a share bar
// repeats it), stands over its byline with a standfirst between, and shares only one word
// with the text; the photo above the text has a caption closed by "Credit...".
const char kOpinionPage[] =
    "Opinion | Voters Sent a Message Nobody Expected\n"  // 1
    "\n"
    "Voters Sent a Message Nobody Expected\n"  // 3
    "\n"
    "The results of four state races hold a lesson for both parties in the coming year.\n"  // 5
    "\n"
    "By Jane Doe\n"  // 7
    "\n"
    "Voters Sent a Message Nobody Expected\n"  // 9
    "\n"
    "The governor at a rally in Lexington last week.Credit...John Roe/The Daily Planet\n"  // 11
    "\n"
    "Voters have gone to the polls four times this month to choose governors and state "
    "legislatures, and in three of the four states the president campaigned in person.\n"  // 13
    "\n"
    "In Kentucky the governor he endorsed lost by five thousand ballots, and in Louisiana "
    "the candidate he backed lost a runoff that his party had treated as a sure thing.\n"  // 15
    "\n"
    "Turnout rose sharply in the suburbs, where the party lost ground it had held for a "
    "generation, while rural counties voted much as they had three years before.\n";  // 17

TEST(TextExtractor, HeadlineOverTheBylineEvenWhenRepeatedAndCaptionsAreNoTitles) {
  Result<Article> a = ExtractArticle(Page(kOpinionPage), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Voters Sent a Message Nobody Expected");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Jane Doe"});
  ASSERT_EQ(a->captions.size(), 1u);
  EXPECT_EQ(a->captions[0].rfind("The governor at a rally", 0), 0u);
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(a->body[0].rfind("Voters have gone", 0), 0u);
}

// A photo between the headline and the byline: its caption reads like a headline and stands
// right over the byline. The photo credit alone on the line after it gives it away: the two
// lines are one caption, credit and all.
TEST(TextExtractor, CaptionOverACreditLineIsACaptionNotTheTitle) {
  const std::string story =
      "The council voted on Tuesday to close the old market hall for repairs that will take "
      "most of next year, the mayor's office said.\n\n"
      "Traders will move to a car park nearby, and the council said it would not charge them "
      "rent while the hall is closed.\n\n"
      "The hall was built in 1911 and was last repaired in the 1970s, when its roof was "
      "replaced after a storm.\n";
  for (const char* credit : {"(Image: Rina Hartono / Getty Images)",
                             "Rina Hartono, Associated Press", "Foto: ANTARA/Rina Hartono"}) {
    const std::string page = std::string("Menu\n\nCouncil Closes Old Market Hall for a Year\n\n") +
                             "Traders at the old market hall last week\n\n" + credit +
                             "\n\nBy Jane Doe\nNov. 19, 2019\n\n" + story;
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Council Closes Old Market Hall for a Year") << credit;
    EXPECT_EQ(a->captions, std::vector<std::string>{
                               std::string("Traders at the old market hall last week ") + credit});
    EXPECT_EQ(a->authors, std::vector<std::string>{"Jane Doe"});
    EXPECT_EQ(a->body.size(), 3u);
  }
}

// A text dump glues the job title under a byline to the name: the title is cut (the author
// note's name line under the story names the same author).
TEST(TextExtractor, GluedJobTitleIsCutFromTheByline) {
  const std::string page =
      "Council Closes Old Market Hall for a Year\n\nBy Meg JamesStaff Writer\nNov. 19, 2019\n\n"
      "The council voted on Tuesday to close the old market hall for repairs that will take most "
      "of next year, the mayor's office said.\n\n"
      "Traders will move to a car park nearby, and the council said it would not charge them "
      "rent while the hall is closed.\n\n"
      "The hall was built in 1911 and was last repaired in the 1970s, when its roof was "
      "replaced after a storm.\n\nMeg James\n\nMeg James is a staff writer who covers the "
      "city council and its budget for the paper.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Meg James"});
}

// A headline with its picture's credit right under it ("Foto: ..."), the picture's caption
// left out: no other line reads as a headline, so it is the title.
TEST(TextExtractor, HeadlineOverItsPicturesCreditIsTheTitle) {
  const std::string body =
      "Jakarta - Pemerintah menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri "
      "energi dalam jumpa pers di Jakarta, Senin (12/6/2023).\n\n"
      "Kenaikan itu disebut perlu untuk menjaga anggaran negara tetap sehat di tengah harga "
      "minyak dunia yang terus naik sejak awal tahun.\n\n"
      "Sejumlah pengemudi ojek daring mengeluhkan rencana itu karena penghasilan mereka belum "
      "pulih sejak pandemi.\n";
  for (const char* below : {"\n\nFoto: ANTARA/Budi Candra\n\nRina Hartono - detikFinance\n"
                            "Senin, 12 Jun 2023 10:37 WIB\n\n",
                            "\nFoto: Istimewa\n"}) {
    Result<Article> a = ExtractArticle(
        Page("Harga BBM Naik Mulai Pekan Depan" + std::string(below) + body), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Harga BBM Naik Mulai Pekan Depan") << below;
  }
}

// A standfirst right under the headline, then the credit and date line, then the story: the
// region takes the standfirst in (it is prose), but it is the lead, not a paragraph.
// A crawler's text (Common Crawl WET) opens with the page's <title>: the headline in the site's
// decoration. The headline printed below it is the title; the <title> line is its repeat.
TEST(TextExtractor, PageTitleLineAboveTheHeadlineIsARepeat) {
  const std::string body =
      "Officials said on Tuesday that the new ferry line would carry up to four hundred "
      "passengers a day between the two islands once the harbour works are finished.\n"
      "The line is expected to cut the crossing from three hours to ninety minutes, the port "
      "authority said in a statement.\n";
  struct Case {
    std::string first_line;
  } cases[] = {{"New ferry line to link the islands by spring - The Harbor Ledger"},
               {"News | New ferry line to link the islands by spring | The Harbor Ledger"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.first_line);
    Result<Article> a = ExtractArticle(
        Page(c.first_line + "\nHome\nNews\n\nNew ferry line to link the islands by spring\n" +
             body),
        {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "New ferry line to link the islands by spring");
    EXPECT_EQ(ReasonOf(*a, 1), "title");
    EXPECT_EQ(a->body.size(), 2u);
  }
}

// A portal's header prints today's date; the story's own line under the headline gives the same
// day with its time, which is the publication time.
TEST(TextExtractor, DayInTheHeaderTimeUnderTheHeadline) {
  const char page[] =
      "Rabu, 12 Maret 2025 PPID Kontak\n"
      "Beranda\nProfil\nBerita\n"
      "Pemkab Siapkan 40 Titik Pasar Murah Selama Ramadan\n"
      "12/03/2025 09:10 Dibaca: 348 kali\n"
      "Bantul - Pemerintah kabupaten menyiapkan empat puluh titik pasar murah yang tersebar di "
      "tujuh belas kapanewon selama bulan Ramadan, kata kepala dinas perdagangan pada Rabu.\n"
      "Setiap titik menyediakan beras, minyak goreng, gula pasir dan telur dengan harga di bawah "
      "harga pasar, dan warga hanya boleh membeli lima kilogram beras.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Pemkab Siapkan 40 Titik Pasar Murah Selama Ramadan");
  EXPECT_EQ(a->published, "2025-03-12T09:10:00+07:00");
  // Read days later, the header shows that day: the story's line still gives its time. A
  // timed date under the headline on a later day than the header's is no story's date.
  std::string later = page;
  later.replace(later.find("Rabu, 12"), 8, "Senin, 17");
  Result<Article> b = ExtractArticle(Page(later), {}, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->published, "2025-03-12T09:10:00+07:00");
  std::string earlier = page;
  earlier.replace(earlier.find("Rabu, 12"), 8, "Senin, 10");
  Result<Article> c = ExtractArticle(Page(earlier), {}, nullptr);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->published, "2025-03-10");
}

TEST(TextExtractor, StandfirstAboveTheCreditLineIsTheLead) {
  const std::string page =
      "Humaniora\n\n"
      "Sekolah Rakyat Dibuka di 40 Kabupaten\n\n"
      "Pemerintah menargetkan sekolah berasrama itu menampung 8.000 siswa pada tahun ajaran "
      "baru.\n\n"
      "Penulis: Despian Nurhidayat | Editor: Heryadi | Senin 14 Apr 2025, 08:45 WIB\n\n"
      "KEMENTERIAN Sosial membuka sekolah rakyat tahap kedua di 40 kabupaten mulai tahun ajaran "
      "depan bagi anak dari keluarga miskin.\n\n"
      "Menteri Sosial mengatakan seluruh biaya pendidikan, makan, dan asrama ditanggung oleh "
      "negara.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->lead.rfind("Pemerintah menargetkan", 0), 0u);
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[0].rfind("KEMENTERIAN Sosial", 0), 0u);
  EXPECT_EQ(a->authors, std::vector<std::string>{"Despian Nurhidayat"});
}

// A sponsor label alone between two story paragraphs marks an ad slot: the story goes on
// after it. The same label over sponsored links ends it.
TEST(TextExtractor, SponsorLabelBetweenParagraphsDoesNotEndTheStory) {
  const std::string story =
      "News\n\n"
      "City Council Approves New Bus Routes\n\n"
      "By Laura Chen\nTue 4 Mar 2025 10.12 GMT\n\n"
      "The city council voted on Monday to add four bus routes that will link the northern "
      "suburbs with the hospital district from next month.\n\n"
      "The routes will run every twelve minutes at peak hours and every twenty minutes in the "
      "evening, officials said.\n\n"
      "Sponsored content\n\n";
  const std::string after =
      "Opponents said the plan would take buses away from the older routes in the south, where "
      "ridership has grown since last year.\n\n"
      "The council will review the routes again in six months, the mayor's office said.\n\n"
      "Related stories\nTram Line Opens Next Week\n3 hours ago\n";
  Result<Article> slot = ExtractArticle(Page(story + after), {}, nullptr);
  ASSERT_TRUE(slot.ok()) << slot.status().ToString();
  ASSERT_EQ(slot->body.size(), 4u);
  EXPECT_EQ(slot->body[2].rfind("Opponents said", 0), 0u);

  const std::string links =
      "Ten Gadgets Everyone Wants This Year\nTopDeals\n\n"
      "Doctors Stunned by This Simple Morning Habit\nHealthNow\n";
  Result<Article> widget = ExtractArticle(Page(story + links), {}, nullptr);
  ASSERT_TRUE(widget.ok()) << widget.status().ToString();
  EXPECT_EQ(widget->body.size(), 2u);
}

// The outlet's promo line between two story paragraphs (its app, its channel) is a promo box:
// the story goes on after it. A copyright notice there still ends the text.
TEST(TextExtractor, OutletPromoBetweenParagraphsDoesNotEndTheStory) {
  const std::string head =
      "BERITA KINI\n\n"
      "Pesawah Digesa Menuai Mengikut Jadual\n\n"
      "ALOR SETAR, 18 Mac (Bernama) -- Pesawah di kawasan Muda digesa menuai padi mengikut "
      "jadual yang ditetapkan bagi mengelakkan kesesakan di kilang padi.\n\n"
      "Pengurus besar lembaga itu berkata kira-kira 40 peratus sawah di kawasan itu sudah "
      "dituai setakat ini.\n\n";
  const std::string tail =
      "Menurutnya, lembaga itu turut menambah 30 unit mesin penuai bagi mengelakkan padi lewat "
      "dituai musim ini.\n\n"
      "Seorang pesawah berkata hasil sawahnya musim ini lebih baik berbanding tahun lepas.\n\n";
  const std::string promo =
      "Muat turun aplikasi BERITA KINI di App Store dan Google Play untuk berita terkini.\n\n";
  Result<Article> inline_promo = ExtractArticle(Page(head + promo + tail), {}, nullptr);
  ASSERT_TRUE(inline_promo.ok()) << inline_promo.status().ToString();
  ASSERT_EQ(inline_promo->body.size(), 4u);
  EXPECT_EQ(inline_promo->body[2].rfind("Menurutnya", 0), 0u);

  // An embedded post's lines, blank lines between, are a box inside the story too.
  const std::string embed =
      "Lihat postingan ini di Instagram\n\n"
      "Sebuah kiriman dibagikan oleh Berita Kini (@beritakini.my)\n\n";
  Result<Article> inline_embed = ExtractArticle(Page(head + embed + tail), {}, nullptr);
  ASSERT_TRUE(inline_embed.ok()) << inline_embed.status().ToString();
  EXPECT_EQ(inline_embed->body.size(), 4u);

  const std::string notice = "Hak cipta (c) 2025 Berita Kini. Semua hak terpelihara.\n\n";
  Result<Article> after_notice = ExtractArticle(Page(head + notice + tail), {}, nullptr);
  ASSERT_TRUE(after_notice.ok()) << after_notice.status().ToString();
  EXPECT_EQ(after_notice->body.size(), 2u);
}

// A related heading set between two story paragraphs with one headline under it is an inline
// teaser box: the story goes on after it. The same heading over a list of headlines ends it.
TEST(TextExtractor, InlineRelatedBoxDoesNotEndTheStory) {
  const std::string story =
      "Nasional\n\n"
      "KPU Mulai Verifikasi Partai Politik\n\n"
      "Rina Kusuma \xC2\xB7 Kamis, 13 November 2025 - 20:15 WIB\n\n"
      "JAKARTA - Komisi Pemilihan Umum mulai memverifikasi partai politik calon peserta pemilu "
      "di seluruh provinsi dengan mendatangi kantor pengurus partai.\n\n"
      "Petugas akan mencocokkan data keanggotaan yang diunggah partai dengan kondisi di "
      "lapangan selama dua pekan.\n\n"
      "Artikel Terkait\n"
      "Bawaslu Bentuk Tim Pengawas Verifikasi\n\n";
  const std::string after =
      "Partai yang tidak memenuhi syarat diberi waktu perbaikan selama empat belas hari "
      "setelah hasil verifikasi diumumkan.\n\n"
      "\"Kami minta partai menyiapkan pengurus dan dokumen asli saat petugas datang ke kantor "
      "mereka,\" kata Ketua KPU kepada wartawan di Jakarta.\n\n"
      "Editor : Maria Lestari\n";
  Result<Article> inline_box = ExtractArticle(Page(story + after), {}, nullptr);
  ASSERT_TRUE(inline_box.ok()) << inline_box.status().ToString();
  ASSERT_EQ(inline_box->body.size(), 4u);
  EXPECT_EQ(inline_box->body[2].rfind("Partai yang tidak", 0), 0u);
  EXPECT_EQ(inline_box->editors, std::vector<std::string>{"Maria Lestari"});

  // Two headlines in the box: the same.
  const std::string second = "Partai Baru Siapkan Berkas Pendaftaran\n\n";
  Result<Article> two = ExtractArticle(Page(story + second + after), {}, nullptr);
  ASSERT_TRUE(two.ok()) << two.status().ToString();
  ASSERT_EQ(two->body.size(), 4u);
  EXPECT_EQ(two->body[2].rfind("Partai yang tidak", 0), 0u);

  const std::string list =
      "Banjir Rendam Tiga Desa di Karawang\n1 jam lalu\n\nEditor : Maria Lestari\n";
  Result<Article> end_list = ExtractArticle(Page(story + list), {}, nullptr);
  ASSERT_TRUE(end_list.ok()) << end_list.status().ToString();
  EXPECT_EQ(end_list->body.size(), 2u);

  // One short last paragraph after the box, closed by a wire sign-off, is still the story's.
  const std::string signed_off =
      "Partai yang gagal diberi waktu perbaikan selama dua pekan. - Antara\n\nTags: KPU, Pemilu\n";
  Result<Article> last = ExtractArticle(Page(story + signed_off), {}, nullptr);
  ASSERT_TRUE(last.ok()) << last.status().ToString();
  ASSERT_EQ(last->body.size(), 3u);
  EXPECT_EQ(last->agencies, std::vector<std::string>{"Antara"});
}

// A short Indonesian story's rubric, headline and first two paragraphs (lines 1 to 7), which
// the tests below go on with what each checks; and its third paragraph, a quotation.
const char kFishermenOpening[] =
    "Daerah\n\nNelayan Libur Melaut karena Gelombang Tinggi\n\n"
    "CILACAP - Ratusan nelayan di Cilacap memilih tidak melaut dalam tiga hari terakhir karena "
    "gelombang tinggi di perairan selatan Jawa.\n\n"
    "Ketua kelompok nelayan mengatakan sekitar 800 perahu kecil kini ditambatkan di pantai "
    "sambil menunggu cuaca membaik.\n\n";
const char kFishermenQuote[] =
    "\"Kami menunggu sampai gelombang turun,\" kata dia kepada wartawan di pantai.\n\n";

// An inline teaser between two paragraphs ("Baca Juga: ..." on one line, or a teaser heading and
// its headline) is inside the story: a short last paragraph after it is still the story's.
TEST(TextExtractor, ShortLastParagraphAfterAnInlineTeaserOrAPicturesCredit) {
  const std::string story = kFishermenOpening;
  const std::string last =
      "\"Kami menunggu sampai gelombang turun,\" kata dia kepada wartawan di pantai.\n\n"
      "Berita Terkait\nHarga Ikan Naik di Pasar Cilacap\n";
  for (const std::string teaser : {"Baca Juga: Harga Ikan Naik di Pasar Cilacap\n\n",
                                   "Artikel Lainnya:\nHarga Ikan Naik di Pasar Cilacap\n\n"}) {
    Result<Article> a = ExtractArticle(Page(story + teaser + last), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 3u) << teaser;
    EXPECT_EQ(a->body[2].rfind("\"Kami menunggu", 0), 0u);
    EXPECT_EQ(ReasonOf(*a, 9), "related") << teaser;
  }
  // So is a picture's credit there: it weighs as the picture's other lines do.
  for (const std::string credit : {"Foto: ANTARA FOTO/Budi Santoso\n\n", "(Foto: Istimewa)\n\n"}) {
    Result<Article> a = ExtractArticle(Page(story + credit + last), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 3u) << credit;
    EXPECT_TRUE(a->authors.empty());
  }
}

// A standfirst in sentence case under a headline in title case is the lead, not the title,
// however short (eight words or more), with or without a byline under it.
TEST(TextExtractor, SentenceCaseStandfirstUnderTitleCaseHeadline) {
  const std::string headline =
      "The Daily Ledger\n\nCity Council Approves New Budget After Debate Over Transit\n\n"
      "The vote ends weeks of wrangling over buses and light rail\n\n";
  const std::string story =
      "The city council voted 7-2 on Monday night to approve a $1.2 billion budget for next year, "
      "ending weeks of debate over how much money should go to the transit system.\n\n"
      "The budget sets aside $85 million for buses and light rail, about $10 million more than "
      "the mayor first proposed, after riders packed two public hearings.\n\n"
      "The mayor is expected to sign the budget later this week, and it takes effect on January "
      "1.\n";
  for (const std::string byline : {"By Jane Doe\nNov. 24, 2025 10:12 a.m. ET\n\n", ""}) {
    Result<Article> a = ExtractArticle(Page(headline + byline + story), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "City Council Approves New Budget After Debate Over Transit") << byline;
    if (!byline.empty()) {
      EXPECT_EQ(a->lead, "The vote ends weeks of wrangling over buses and light rail");
    }
  }
  // A longer line in title case over a headline in sentence case: a menu's links run together.
  const std::string menu =
      "Gadget Daily\n\nBlack Friday 2025: Grab the Hottest Early Black Friday Deals Here Apple "
      "Black Friday Deals\n\nThe 10 best early Black Friday deals on Apple devices\n\n"
      "By Jane Doe\nNov. 24, 2025 10:12 a.m. ET\n\n"
      "Black Friday is going to be huge, and the early Black Friday deals on Apple devices are "
      "already here, from laptops and phones to watches.\n\n"
      "The best early deals cut the price of a laptop to its lowest this year, according to "
      "price trackers, and more Black Friday deals are coming.\n";
  Result<Article> a = ExtractArticle(Page(menu), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "The 10 best early Black Friday deals on Apple devices");
}

// A standfirst of two sentences in sentence case, left above the body by a share bar, is no
// headline; a headline of two sentences in title case stays one.
TEST(TextExtractor, TwoSentenceStandfirstIsNoHeadline) {
  const std::string page =
      "Politik\n"
      "Jerman Perketat Aturan Suaka, Oposisi Kritik Keras\n"
      "Parlemen Jerman mengesahkan paket undang-undang yang mempercepat pemulangan pencari suaka "
      "yang permohonannya ditolak. Partai oposisi menilai aturan itu melanggar hak asasi.\n"
      "Hendra Pasuhuk\n20.11.2025\n"
      "Bagikan\nFacebook\nTwitter\nWhatsApp\n\n"
      "Parlemen Jerman, Bundestag, pada Kamis (20/11) mengesahkan paket undang-undang yang "
      "memperketat aturan suaka dan mempercepat pemulangan pencari suaka.\n"
      "Dalam pemungutan suara di Berlin, mayoritas anggota parlemen mendukung rancangan itu, "
      "sementara partai oposisi menilai pemulangan pencari suaka melanggar hak asasi.\n"
      "Menteri Dalam Negeri Jerman mengatakan aturan baru itu diperlukan untuk memulihkan "
      "kepercayaan publik terhadap sistem suaka.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Jerman Perketat Aturan Suaka, Oposisi Kritik Keras");

  const std::string barrons =
      "Earnings Report\n\n"
      "Home Depot Stock Is Falling After Its Earnings Release. Why You Should Buy the Dip.\n\n"
      "By Jane Doe\nNov. 19, 2019 9:12 am ET\n\n"
      "Shares of Home Depot fell on Tuesday after the home improvement retailer cut its sales "
      "outlook, but the earnings release showed steady demand from professional builders.\n\n"
      "Analysts said the stock is falling on the outlook alone, and that patient investors "
      "could be rewarded when housing demand recovers next year.\n";
  a = ExtractArticle(Page(barrons), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title,
            "Home Depot Stock Is Falling After Its Earnings Release. Why You Should Buy the Dip.");
}

// A blog's writer under the headline, over a line on themselves that ends with a full stop
// ("Guru SD yang suka menulis ..."), with a share bar before the text.
TEST(TextExtractor, NameOverAWritersLineEndingWithAFullStop) {
  const std::string page =
      "Humaniora\n\nWarung Kopi Tua di Sudut Pasar Gede yang Tetap Bertahan\n\n"
      "21 November 2025 13:27\n"
      "Bambang Setiawan\n"
      "Guru SD yang suka menulis tentang kota kecilnya.\n\n"
      "Bagikan\nFacebook\nTwitter\nWhatsApp\n\n"
      "Warung kopi milik Pak Harjo berdiri di sudut Pasar Gede, Solo, sejak tahun 1978. Dindingnya "
      "masih papan kayu, kursinya bangku panjang.\n\n"
      "Setiap pagi, pedagang sayur dan tukang becak mampir sebelum mulai bekerja. Segelas kopi "
      "tubruk dijual Rp 4.000, harga yang belum berubah sejak tiga tahun lalu.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, std::vector<std::string>{"Bambang Setiawan"});
  EXPECT_EQ(ReasonOf(*a, 7), "author-bio");
}

// A dateline printed on a line of its own over the first paragraph ("TVRINews, Jakarta") is
// read with furniture between the two (a share bar, a picture's caption).
TEST(TextExtractor, DatelineLineOverFurnitureOverTheFirstParagraph) {
  const std::string head =
      "Rusia dan Korea Utara Perluas Pertukaran Mahasiswa\n\n"
      "Kamis, 20 Juni 2024 | 14:25 WIB\n\n"
      "TVRINews, Jakarta\n\n";
  const std::string story =
      "Rusia dan Korea Utara sepakat memperluas pertukaran mahasiswa dan dosen sebagai bagian "
      "dari perjanjian kemitraan strategis kedua negara.\n\n"
      "Kesepakatan itu diumumkan Kementerian Pendidikan Rusia pada Kamis, sehari setelah "
      "kunjungan Presiden Vladimir Putin ke Pyongyang berakhir.\n";
  for (const std::string between :
       {"", "Bagikan\nFacebook\nTwitter\nWhatsApp\n\n",
        "[foto]\nPutin dan Kim di Pyongyang, Rabu (19/6/2024). (Foto: KCNA via Reuters)\n\n"}) {
    Result<Article> a = ExtractArticle(Page(head + between + story), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->dateline, "Jakarta") << between;
  }
}

// Teasers of a headline over a one-sentence standfirst, two or more under a related heading,
// are not the story's last paragraphs; one such pair is not told from a lone headline over the
// story's short last paragraph, which stays.
TEST(TextExtractor, TeasersWithStandfirstsAfterTheStory) {
  const std::string story = std::string(kFishermenOpening) + kFishermenQuote;
  const std::string pairs =
      "Baca Juga\n"
      "Harga Ikan Naik di Pasar Cilacap\n"
      "Pedagang menyebut pasokan ikan laut turun separuh sejak pekan lalu.\n\n"
      "Kapal Nelayan Terbalik di Pantai Selatan\n"
      "Tim SAR menyelamatkan dua awak kapal yang terbalik dihantam ombak.\n\n"
      "\u00a9 2025 Warta Daerah\n";
  Result<Article> a = ExtractArticle(Page(story + pairs), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(ReasonOf(*a, 12), "related");  // the first standfirst
  EXPECT_EQ(ReasonOf(*a, 15), "related");  // the second

  const std::string one_pair =
      "Baca Juga\n"
      "Harga Ikan Naik di Pasar Cilacap\n"
      "Para nelayan berharap cuaca di perairan selatan membaik sebelum akhir pekan ini.\n\n"
      "Berita Terkait\nKapal Nelayan Terbalik di Pantai Selatan\n";
  a = ExtractArticle(Page(story + one_pair), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->body[3],
            "Para nelayan berharap cuaca di perairan selatan membaik sebelum akhir pekan ini.");
}

// The writer's and editor's credits under a promo that ends the story are still read past
// inline teasers ("Baca juga: ..."), a reader poll and its answers or a list of topics between
// them, within eight lines from the story's end, with a name under a label alone; not past a
// related list's heading.
TEST(TextExtractor, CreditsUnderAPromoAndInlineTeasers) {
  const std::string story = std::string(kFishermenOpening) + kFishermenQuote;
  const std::string promo =
      "Dapatkan update berita pilihan setiap hari. Mari bergabung di Grup Telegram, caranya klik "
      "link berikut, kemudian join.\n\n";
  const std::string credits = "Pewarta: Budi Santoso\nEditor: Siti Aminah\n";
  for (const std::string teasers :
       {"Baca juga: Harga Ikan Naik di Pasar Cilacap\n\n",
        "Baca juga: Harga Ikan Naik di Pasar Cilacap\n\n"
        "Baca juga: Kapal Nelayan Terbalik di Pantai Selatan\n\n"
        "Baca juga: Tim SAR Siagakan Perahu Karet di Pantai\n\n",
        "Bagaimana reaksi Anda?\n\nSenang\n\nSedih\n\nMarah\n\nTerkejut\n\n",
        "Topik:\n\nNelayan Cilacap\n\nCuaca Buruk\n\n"}) {
    Result<Article> a = ExtractArticle(Page(story + promo + teasers + credits), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->body.size(), 3u) << teasers;
    EXPECT_EQ(a->authors, std::vector<std::string>{"Budi Santoso"}) << teasers;
    EXPECT_EQ(a->editors, std::vector<std::string>{"Siti Aminah"}) << teasers;
    for (const RemovedLine& r : a->removed) {
      if (r.text == "Sedih") EXPECT_EQ(r.reason, "comments");  // a poll's answer
    }
  }
  // A credit label alone on its line, the name under it.
  Result<Article> labelled =
      ExtractArticle(Page(story + promo + "Editor:\n\nSiti Aminah\n"), {}, nullptr);
  ASSERT_TRUE(labelled.ok()) << labelled.status().ToString();
  EXPECT_EQ(labelled->editors, std::vector<std::string>{"Siti Aminah"});
  Result<Article> a = ExtractArticle(
      Page(story + promo + "Berita Terkait\n\nHarga Ikan Naik di Pasar Cilacap\n\n" + credits), {},
      nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(a->authors.empty());
}

// The story's opening paragraph printed twice, over the picture and again where the story
// starts, with furniture between pushing the first copy out of the story: the second copy
// opens the body, with its dateline.
TEST(TextExtractor, OpeningParagraphPrintedTwiceAroundFurniture) {
  const std::string opening =
      "Bisnis.com, JAKARTA \u2014 Volume ekspor kopi Indonesia pada semester pertama tahun ini "
      "naik "
      "18 persen dibandingkan periode yang sama tahun lalu.\n\n";
  const std::string page =
      "Ekonomi\n\nEkspor Kopi Naik 18 Persen pada Semester Pertama\n\n"
      "Senin, 21 Juli 2025 | 08:47\n\n" +
      opening +
      "Bagikan\n\nPekerja menjemur biji kopi di Lampung. (Foto: Humas)\n\n"
      "Terpopuler\n1. Harga Cabai Rawit Melonjak Jelang Akhir Tahun\n"
      "2. Tol Trans Jawa Diprediksi Padat Saat Libur Natal\n\n" +
      opening +
      "Asosiasi eksportir menyebut permintaan dari Eropa masih kuat karena pasokan dari Vietnam "
      "berkurang akibat cuaca buruk.\n\n"
      "Meski demikian, eksportir diminta bersiap menghadapi aturan baru Uni Eropa soal "
      "deforestasi yang berlaku tahun depan.\n\n"
      "Menurut asosiasi, baru sebagian kecil petani yang kebunnya sudah terpetakan dengan "
      "koordinat lokasi yang diminta aturan itu.\n\n"
      "\"Kami terus mendampingi petani agar bisa memenuhi syarat tersebut sebelum tenggat,\" kata "
      "ketua asosiasi kepada wartawan di Jakarta.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 5u);
  EXPECT_EQ(a->body[0] + "\n\n", opening);
  EXPECT_EQ(a->dateline, "Jakarta");
}

// A heading over the writers' notes ("Tentang Penulis") ends the story though no byline names
// the writer: the heading and the note under it are author-bio.
TEST(TextExtractor, NotesUnderAnAuthorHeadingWithoutAByline) {
  const std::string page =
      std::string(kFishermenOpening) + kFishermenQuote +
      "Tentang Penulis\n"
      "Budi Santoso adalah jurnalis Warta Daerah yang meliput isu kelautan dan perikanan sejak "
      "2015.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(ReasonOf(*a, 11), "author-bio");
  EXPECT_EQ(ReasonOf(*a, 12), "author-bio");
}

// After a one-line teaser ("Baca juga: Headline", or a video's with its player's line) or an ad
// slot, one short sentence closing the story (four words or more) is still the story's.
TEST(TextExtractor, ShortLastSentenceAfterAOneLineTeaser) {
  const std::string story =
      std::string(kFishermenOpening) + "Baca juga: Harga Ikan Naik di Pasar Cilacap\n\n";
  const std::string tail = "\n\nBerita Terkait\nKapal Nelayan Terbalik di Pantai Selatan\n";
  for (const std::string last :
       {"\"Kami pasrah saja,\" ujarnya.", "Nelayan berharap cuaca segera membaik."}) {
    Result<Article> a = ExtractArticle(Page(story + last + tail), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 3u) << last;
    EXPECT_EQ(a->body[2], last);
    EXPECT_EQ(ReasonOf(*a, 9), "related");
  }
  // So after a bare ad slot.
  for (const std::string last :
       {"\"Kami pasrah saja,\" ujarnya.", "Nelayan berharap cuaca segera membaik."}) {
    Result<Article> a = ExtractArticle(
        Page(std::string(kFishermenOpening) + "ADVERTISEMENT\n\n" + last + tail), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 3u) << last;
    EXPECT_EQ(a->body[2], last);
  }
  // A lower-case line after a sign-up button is the rest of its prompt, not a sentence.
  Result<Article> prompt = ExtractArticle(
      Page(std::string(kFishermenOpening) + "Sign up\nfor the free daily newsletter.\n" + tail), {},
      nullptr);
  ASSERT_TRUE(prompt.ok()) << prompt.status().ToString();
  EXPECT_EQ(prompt->body.size(), 2u);
  // So after a video teaser and its player's line.
  const std::string video =
      "Daerah\n\nNelayan Libur Melaut karena Gelombang Tinggi\n\n"
      "CILACAP - Ratusan nelayan di Cilacap memilih tidak melaut dalam tiga hari terakhir karena "
      "gelombang tinggi di perairan selatan Jawa.\n\n"
      "Simak Video \"Gelombang Tinggi di Pantai Selatan\"\n[Gambas:Video 20detik]\n\n"
      "Akibatnya, pasokan ikan laut di pasar tradisional Cilacap turun separuh sejak pekan "
      "lalu.\n" +
      tail;
  Result<Article> a = ExtractArticle(Page(video), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[1].rfind("Akibatnya", 0), 0u);
}

// An inline related box right under an ad slot ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH
// CONTENT") is inside the story too: the paragraphs after it and the editor's credit stay.
TEST(TextExtractor, InlineRelatedBoxUnderAnAdSlot) {
  const std::string page =
      "Nasional\n\nKPU Mulai Verifikasi Faktual Partai Politik Calon Peserta Pemilu\n\n"
      "Kamis, 13 November 2025 - 20:15 WIB\n\n"
      "JAKARTA - Komisi Pemilihan Umum mulai melakukan verifikasi faktual terhadap partai politik "
      "calon peserta pemilu di seluruh provinsi pekan ini.\n\n"
      "Menurut KPU, petugas akan mencocokkan data keanggotaan yang diunggah partai dengan kondisi "
      "di lapangan.\n\n"
      "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"
      "Artikel Terkait\nBawaslu Bentuk Tim Pengawas Verifikasi Partai\n\n"
      "\"Kami minta partai menyiapkan pengurus dan dokumen asli saat petugas datang,\" kata Ketua "
      "KPU di kantornya.\n\n"
      "Ketua KPU juga mengingatkan pengurus daerah agar tidak memalsukan data keanggotaan.\n\n"
      "Editor : Maria Christina\n\nBerita Terkini\nBanjir Rendam Tiga Desa di Karawang\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->editors, std::vector<std::string>{"Maria Christina"});
  EXPECT_EQ(ReasonOf(*a, 15), "related");  // the box's headline
}

// After an ad slot or an inline teaser between paragraphs, the story may go on under a
// subheading (a factbox's "CONSULTATION" over its points).
TEST(TextExtractor, StoryGoesOnUnderASubheadingAfterAnAdSlot) {
  const std::string head =
      "Factbox: What is in the new Mekong water-sharing deal?\n\nBy Reuters\n"
      "November 21, 2025 8:40 AM GMT+7\n\n"
      "BANGKOK, Nov 21 (Reuters) - Four countries along the lower Mekong River agreed on Friday "
      "to share data on water levels and to warn each other before large releases from dams.\n\n"
      "- Operators must warn the countries downstream at least 72 hours before a large "
      "release.\n\n";
  const std::string tail =
      "CONSULTATION\n\n"
      "- A country planning a new dam on the main stream must present its study to the others "
      "six months before work starts.\n\n"
      "Our Standards: The Thomson Reuters Trust Principles.\n";
  for (const std::string between : {"ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n",
                                    "Read more: Mekong Dams Hold Back Less Water This Year\n\n"}) {
    Result<Article> a = ExtractArticle(Page(head + between + tail), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 4u) << between;
    EXPECT_EQ(a->body[3].rfind("- A country planning", 0), 0u);
  }
}

// A newsletter's box between paragraphs (its prompt, its pitch and its "Sign Up" button) is
// inside the story: the paragraphs after it stay.
TEST(TextExtractor, NewsletterBoxBetweenParagraphs) {
  const std::string page =
      "City Council Approves New Budget After Debate Over Transit\n\nBy Jane Doe\n"
      "Nov. 24, 2025 10:12 a.m. ET\n\n"
      "SPRINGFIELD - The city council voted 7-2 on Monday night to approve a $1.2 billion budget "
      "for next year, ending weeks of debate over the transit system.\n\n"
      "Sign up for our morning newsletter\n"
      "Get the day's top stories in your inbox every weekday.\n"
      "Sign Up\n\n"
      "The budget sets aside $85 million for buses and light rail, about $10 million more than "
      "the mayor first proposed.\n\n"
      "The mayor is expected to sign the budget later this week.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(a->body[2], "The mayor is expected to sign the budget later this week.");
  EXPECT_EQ(ReasonOf(*a, 10), "login");  // the button

  // So with an inline teaser right under it.
  const std::string teaser = "Sign Up\n\nBaca Juga: Harga Cabai Turun Jelang Akhir Pekan\n\n";
  std::string with_teaser = page;
  with_teaser.replace(with_teaser.find("Sign Up\n\n"), 9, teaser);
  a = ExtractArticle(Page(with_teaser), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(ReasonOf(*a, 12), "related");

  // And with an inline related box (a heading and its headline).
  const std::string box = "Sign Up\n\nArtikel Terkait\nHarga Cabai Turun Jelang Akhir Pekan\n\n";
  std::string with_box = page;
  with_box.replace(with_box.find("Sign Up\n\n"), 9, box);
  a = ExtractArticle(Page(with_box), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 3u);
  EXPECT_EQ(ReasonOf(*a, 13), "related");
}

// A teaser box with a thumbnail for each headline, after a picture and its caption (or a
// caption printed twice), is inside the story too; so is a widget's heading the dump left empty
// ("Trending") when paragraphs go on after it. A heading over a list of headlines in title case
// still ends the story.
TEST(TextExtractor, InlineBoxAfterPictureAndEmptyWidgetDoNotEndTheStory) {
  const std::string head =
      "River Town Braces for Second Flood in a Week as Rain Returns\n\n"
      "By Anna Reed\n"
      "PUBLISHED: 09:00, Tue, Nov 18, 2025\n\n"
      "Residents of the river town were told to move their cars to higher ground on Monday as "
      "forecasters warned of another night of heavy rain.\n\n"
      "The council said sandbags would be handed out at the leisure centre until late in the "
      "evening, and that volunteers would help older residents.\n\n"
      "[rescue_1]\n\n"
      "Rescue teams search the river bank on Monday (Image: GETTY)\n\n";
  const std::string box =
      "Related articles\n\n"
      "  \xE2\x80\xA2  \n"
      "    [1204223_1]\n"
      "    Flood warnings issued for three counties after storm\n"
      "  \xE2\x80\xA2  \n"
      "    [1204224_1]\n"
      "    River levels expected to peak tonight as storm Hurri...\n\n";
  const std::string middle =
      "Engineers said the flood barrier built after last winter had held, but that water had "
      "come through drains in the lower streets.\n\n"
      "The town's mayor said the clean-up from last week's flood had barely started when the "
      "new warning was issued.\n\n";
  const std::string widget =
      "Trending\n\n"
      "Insurers said claims from the first flood were already higher than those of the whole of "
      "last year.\n\n"
      "A rest centre will stay open at the town hall for anyone who has to leave their home, "
      "the council added.\n\n";
  Result<Article> a = ExtractArticle(Page(head + box + middle + widget), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 6u);
  EXPECT_EQ(a->body[0].rfind("Residents of the river town", 0), 0u);
  EXPECT_EQ(a->body[2].rfind("Engineers said", 0), 0u);
  EXPECT_EQ(a->body[5].rfind("A rest centre", 0), 0u);

  // A caption printed twice, then a box of list items (headlines run together on one line)
  // and share buttons.
  const std::string repeated_caption =
      "Volunteers fill sandbags outside the leisure centre on Monday evening\n"
      "Volunteers fill sandbags outside the leisure centre on Monday evening\n\n"
      "RELATED ARTICLES\n\n"
      "  \xE2\x80\xA2 Previous\n"
      "  \xE2\x80\xA2 Next\n\n"
      "  \xE2\x80\xA2 [2811612] Storm closes coastal road... [2811805] Rail services cut as "
      "water covers the line near the station\n\n"
      "Share this article\n\n"
      "Share\n\n";
  std::string with_caption = head.substr(0, head.find("[rescue_1]")) + repeated_caption + middle;
  Result<Article> c = ExtractArticle(Page(with_caption), {}, nullptr);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(c->body.size(), 4u);
  EXPECT_EQ(c->title, "River Town Braces for Second Flood in a Week as Rain Returns");
  EXPECT_EQ(c->body[2].rfind("Engineers said", 0), 0u);
  EXPECT_EQ(c->captions,
            std::vector<std::string>{
                "Volunteers fill sandbags outside the leisure centre on Monday evening"});

  // Two boxes, one right under the other, each a heading, a thumbnail's alt text and two
  // headlines.
  const std::string two_boxes =
      "Related\n\n"
      "flooded street\n\n"
      "Flood Warnings Issued for Three Counties After Storm\n\n"
      "How the River Barrier Was Built in Nine Months\n\n"
      "Related\n\n"
      "council meeting 2025\n\n"
      "Council Votes to Raise Spending on Drains\n\n"
      "Mayor Names New Head of Emergency Planning\n\n";
  std::string with_boxes = head.substr(0, head.find("[rescue_1]")) + two_boxes + middle;
  Result<Article> d = ExtractArticle(Page(with_boxes), {}, nullptr);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->body.size(), 4u);
  EXPECT_EQ(d->body[2].rfind("Engineers said", 0), 0u);

  // "Further Reading" over headlines of the outlet's other stories: the story ends there.
  const std::string reading =
      "Further Reading\n\n"
      "Council Approves Flood Barrier Funding After Years Of Delay (River Town Post)\n\n"
      "Forecasters Warn Of Wettest Winter In A Decade For The Whole Region (River Town Post)\n\n";
  Result<Article> b = ExtractArticle(Page(head + middle + reading), {}, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->body.size(), 4u);
  int related = 0;
  for (const RemovedLine& r : b->removed) related += r.reason == "related";
  EXPECT_EQ(related, 3);
}

// A list the last paragraph introduces with a colon closes the story: marked items, or short
// lines set one under the other without a mark. After a blank line, unmarked lines are no
// items (a footer's links).
TEST(TextExtractor, ListAfterTheColonClosesTheStory) {
  const std::string story =
      "Band Announces Fiftieth Anniversary Tour of North America\n\n"
      "By Anna Reed\n\n"
      "The band will play thirty dates across North America next summer to mark fifty years "
      "since its first concert, its manager said on Monday.\n\n"
      "Tickets go on sale on Friday through the promoter's website, and the opening act will be "
      "named next month.\n\n"
      "The tour dates:\n";
  const std::string dates =
      "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n"
      "June 10 -- Credit Union Amphitheatre, Tampa, FL\n"
      "June 14 -- Bank Amphitheatre, Alpharetta, GA\n\n"
      "Privacy Policy\nTerms of Use\n";
  Result<Article> a = ExtractArticle(Page(story + dates), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 6u);
  EXPECT_EQ(a->body[3], "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL");
  EXPECT_EQ(a->body[5], "June 14 -- Bank Amphitheatre, Alpharetta, GA");

  // A blank line after the colon: the lines under it are left to the region search.
  Result<Article> b = ExtractArticle(Page(story + "\n" + dates), {}, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->body.size(), 3u);
}

// NPR's picture as text: its caption and credit over "hide caption" are a caption and an
// image's credit, not paragraphs; a sponsor's teaser (label, headline, "By ...") between two
// paragraphs is an ad, its "By" credits nobody; a contribution note credits its agency.
TEST(TextExtractor, PictureControlsSponsoredTeaserAndContributionNote) {
  const std::string head =
      "City Council Approves New Budget After Lengthy Debate Over Transit Funding\n\n"
      "By Jane Doe\n"
      "November 24, 2025 10:12 AM ET\n\n"
      "The city council approved a new budget on Monday after a lengthy debate over how much "
      "money should go to public transit, with members voting seven to two.\n\n"
      "Supporters said the budget would expand bus routes into neighbourhoods that have long "
      "been underserved, while critics warned of tax increases.\n\n";
  const std::string picture =
      "Enlarge this image\n\n"
      "Commuters board a bus downtown on Monday.\n"
      "Jane Doe/The Daily Record\n"
      "hide caption\n\n"
      "toggle caption\n\n";
  const std::string sponsored =
      "SPONSORED CONTENT\n\n"
      "The Best Credit Cards Of 2025\n\n"
      "By Credit Guide\n\n";
  const std::string tail =
      "The transit agency said it would hire forty new drivers in the spring and add late-night "
      "service on three of its busiest routes.\n\n"
      "A final vote on the tax rate is expected at the council's meeting in December.\n\n"
      "Reuters contributed to this report.\n";
  Result<Article> a = ExtractArticle(Page(head + picture + sponsored + tail), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->body[2].rfind("The transit agency", 0), 0u);
  EXPECT_EQ(a->captions, std::vector<std::string>{"Commuters board a bus downtown on Monday."});
  EXPECT_EQ(a->authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Reuters"});
}

TEST(TextExtractor, NameOverJobTitleAndPublishedUnderUpdated) {
  // The byline's job title sits between the name and the date lines; "Updated" comes first.
  std::string page =
      "Ferry services to Pulau Ubin to run later on weekends from January\n"  // 1
      "\n"
      "Lim Jia Hui\n"              // 3
      "Transport Correspondent\n"  // 4
      "\n"
      "Updated Dec 3, 2025, 07:15 PM\n"    // 6
      "Published Dec 3, 2025, 04:02 PM\n"  // 7
      "\n"
      "SINGAPORE \xE2\x80\x93 Bumboat services between Changi Point and Pulau Ubin will run until "
      "10pm on weekends from January, the operators' association said on Dec 3.\n"
      "\n"
      "The later hours follow requests from cyclists and campers who visit the island, and fares "
      "will stay at $4 a trip, the association said in a statement.\n";
  ExtractOptions options;
  Result<Article> a =
      ExtractArticle(Page(page, "https://www.straitstimes.com/singapore/x"), options, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, std::vector<std::string>{"Lim Jia Hui"});
  EXPECT_EQ(ReasonOf(*a, 4), "metadata");
  // A known outlet of a one-zone country: its unmarked times are Singapore's.
  EXPECT_EQ(a->published, "2025-12-03T16:02:00+08:00");
  EXPECT_EQ(a->modified, "2025-12-03T19:15:00+08:00");
  // The same page on a site kabar does not know keeps the times as written.
  Result<Article> b = ExtractArticle(Page(page, "https://news.example.org/x"), options, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, "2025-12-03T16:02:00");
}

// The post under the name may be one word ("Reporter", which alone reads as a credit label),
// and the name may be printed twice (the writer's photo's text, then the name).
TEST(TextExtractor, NameOverOneWordPostOrPrintedTwice) {
  const std::string story =
      "\nSINGAPORE \xE2\x80\x93 Bumboat services between Changi Point and Pulau Ubin will run "
      "until 10pm on weekends from January, the operators' association said on Dec 3.\n"
      "\n"
      "The later hours follow requests from cyclists and campers who visit the island, and fares "
      "will stay at $4 a trip, the association said in a statement.\n";
  const std::string title =
      "Ferry services to Pulau Ubin to run later on weekends from January\n\n";
  for (const std::string byline : {"Lim Jia Hui\nReporter\n", "Lim Jia Hui\nLim Jia Hui\n",
                                   "Lim Jia Hui\nLim Jia Hui\nTransport Correspondent\n"}) {
    Result<Article> a =
        ExtractArticle(Page(title + byline + "Dec 3, 2025, 04:02 PM\n" + story), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->authors, std::vector<std::string>{"Lim Jia Hui"}) << byline;
    EXPECT_EQ(ReasonOf(*a, 3), "metadata") << byline;  // the name (its first print)
  }
}

TEST(TextExtractor, ATrailEndingWithTheHeadlineHasTheSectionBeforeIt) {
  const std::string story =
      "Pemerintah Tetapkan Cuti Bersama Natal Dua Hari pada 2025\n"
      "Senin, 24 November 2025 | 10:00 WIB\n"
      "JAKARTA - Pemerintah menetapkan cuti bersama Natal selama dua hari pada tahun ini, yakni "
      "25 dan 26 Desember, sesuai surat keputusan bersama tiga menteri.\n"
      "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan mengatakan cuti bersama "
      "diharapkan dapat menggerakkan sektor pariwisata di akhir tahun.\n";
  for (const char* trail : {"Beranda \u00bb Nasional \u00bb Pemerintah Tetapkan Cuti Bersama Natal "
                            "Dua Hari pada 2025\n",
                            "Home / Nasional / Pemerintah Tetapkan Cuti Bersama Natal...\n"}) {
    Result<Article> a = ExtractArticle(Page(trail + story), ExtractOptions{}, nullptr);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->section, "Nasional") << trail;
  }
}

TEST(TextExtractor, TheLogoLinksTextNamesTheOutlet) {
  // A text dump prints the logo's link as the outlet's name and where it leads.
  const std::string page =
      "Skip to main content\n"
      "The Guardian - Back to home\n"
      "Opinion\n"
      "Cities will not cool themselves. Planting trees is the cheapest place to start\n"
      "Laura Bennett\n"
      "Sat 22 Nov 2025 07.00 GMT\n"
      "Every summer, the hottest streets in our cities are the ones with the fewest trees. That "
      "is not a coincidence, and it is not hard to fix.\n"
      "A mature tree can lower the temperature of the pavement beneath it by more than ten "
      "degrees, and across a neighbourhood that is the difference that matters.\n";
  Result<Article> a = ExtractArticle(Page(page, ""), ExtractOptions{}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->site, "theguardian.com");
  EXPECT_EQ(a->outlet, "The Guardian");
}

// A paper printing a wire's story prints the wire's copyright notice under it: the story is the
// wire's, the page still the paper's (its own notice, not its software's vendor, at the bottom).
TEST(TextExtractor, AWiresCopyrightUnderTheStoryCreditsTheWireNotTheSite) {
  const std::string story =
      "The Daily Record\n\nCity Council Approves New Budget\n\nBy Jane Doe\n\n"
      "The city council approved a new budget on Monday after a lengthy debate over how much "
      "money should go to public transit.\n\n"
      "A final vote on the tax rate that pays for the plan is expected at the council's meeting "
      "in December.\n\n";
  const std::string notice =
      "Copyright 2025 The Associated Press. All rights reserved. This material may not be "
      "published, broadcast, rewritten or redistributed.\n\n";
  const std::string bottom =
      "Related Stories\nMayor Unveils Housing Plan\n\n"
      "\u00a9 2025 The Daily Record. All rights reserved. Powered by WordPress.com VIP\n";
  Result<Article> a = ExtractArticle(Page(story + notice + bottom), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Associated Press"});
  EXPECT_EQ(a->site, "");
  EXPECT_EQ(a->outlet, "The Daily Record");
  // A list of holders is the site's sources, no wire's story.
  Result<Article> list = ExtractArticle(
      Page(story + "Copyright \u00a9 CTK, DPA, Reuters and Profimedia\n\n" + bottom), {}, nullptr);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_TRUE(list->agencies.empty());
}

// An embedded post's closing line ("\u2014 Name (@handle) date") dates the post, not the story.
TEST(TextExtractor, AnEmbeddedPostsDateIsNotTheStorys) {
  const std::string page =
      "The Daily Record\n\nCity Council Approves New Budget\n\nBy Jane Doe\n\n"
      "The city council approved a new budget on Monday after a lengthy debate over how much "
      "money should go to public transit.\n\n"
      "The mayor welcomed the vote on social media within minutes of the result.\n\n"
      "\u2014 Mayor Jane Roe (@mayorroe) November 23, 2025\n\n"
      "A final vote on the tax rate that pays for the plan is expected at the council's meeting "
      "in December.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->published, "");
  // A writer's byline may give their handle with the story's date.
  Result<Article> byline =
      ExtractArticle(Page("The Daily Record\n\nCity Council Approves New Budget\n\n"
                          "Jane Doe (@janedoe) November 24, 2025\n\n" +
                          page.substr(page.find("The city council"))),
                     {}, nullptr);
  ASSERT_TRUE(byline.ok()) << byline.status().ToString();
  EXPECT_EQ(byline->published, "2025-11-24");
}

TEST(TextExtractor, UnmarkedTimeOfAnOutletInTheEastIsWita) {
  // Bali Post prints its times without their zone: they are WITA (+08:00), not the WIB other
  // Indonesian pages' unmarked times are taken as.
  std::string page =
      "Pelabuhan Benoa Tambah Dermaga untuk Kapal Pesiar\n"
      "\n"
      "Kamis, 20 November 2025 10:15\n"
      "\n"
      "DENPASAR - Pengelola Pelabuhan Benoa menambah satu dermaga khusus kapal pesiar agar kapal "
      "besar tidak lagi menunggu di tengah laut sebelum bersandar.\n"
      "\n"
      "Dermaga baru itu ditargetkan mulai dipakai pada musim kunjungan kapal pesiar tahun depan, "
      "kata pengelola pelabuhan kepada wartawan.\n";
  ExtractOptions options;
  Result<Article> a =
      ExtractArticle(Page(page, "https://www.balipost.com/news/x"), options, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-11-20T10:15:00+08:00");
  Result<Article> b = ExtractArticle(Page(page, "https://berita.example.id/x"), options, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, "2025-11-20T10:15:00+07:00");
}

// A text dump of a byline block: labels on their own lines, two authors glued into one line
// (adjacent elements without a space), the editor's name just above the date; then two
// "Name / Job title" pairs stacked above the date.
TEST(TextExtractor, LabelledNamesOfATextDumpAndStackedBylines) {
  const std::string story =
      "\n"
      "JAKARTA - Harga cabai merah di sejumlah pasar tradisional Jakarta turun tajam dalam sepekan "
      "terakhir setelah pasokan dari sentra produksi di Jawa Tengah kembali normal.\n"
      "\n"
      "Pedagang di Pasar Induk Kramat Jati mengatakan harga kini berkisar Rp30.000 per kilogram, "
      "separuh dari harga pada awal bulan, dan pembeli mulai kembali ramai.\n";
  const std::string labelled =
      "Harga Cabai Merah di Jakarta Turun Tajam dalam Sepekan\n"
      "\n"
      "Penulis\n"
      "\n"
      "Rizal HanafiDian Kartika Sari\n"
      "\n"
      "Editor\n"
      "\n"
      "Yudono Prasetyo\n"
      "\n"
      "Kamis, 20 Juni 2024 | 10.32 WIB\n" +
      story;
  Result<Article> a = ExtractArticle(Page(labelled), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Rizal Hanafi", "Dian Kartika Sari"}));
  EXPECT_EQ(a->editors, std::vector<std::string>{"Yudono Prasetyo"});

  const std::string stacked =
      "Jakarta to run MRT trains until midnight during school holidays\n"
      "\n"
      "Arlina Prasetyo\n"
      "Indonesia Correspondent\n"
      "Tan Jun Hao\n"
      "Senior Transport Correspondent\n"
      "\n"
      "Published Jun 20, 2024, 02:05 PM\n"
      "\n"
      "JAKARTA \xE2\x80\x93 Jakarta's MRT will run trains until midnight for three weeks from "
      "June 22, as the city expects more visitors during the school holidays.\n"
      "\n"
      "The last train from Lebak Bulus in the south of the city will now leave at 11.30pm, an "
      "hour later than usual, the operator said in a statement.\n";
  Result<Article> b = ExtractArticle(Page(stacked), {}, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->authors, (std::vector<std::string>{"Arlina Prasetyo", "Tan Jun Hao"}));
}

// Capital initials closing a story are the writers' and editors', removed as metadata; an
// agency's tag still credits it.
TEST(TextExtractor, CapitalInitialsClosingTheStory) {
  auto run = [](const std::string& tag) {
    std::string page =
        "Daerah\n\nNelayan Libur Melaut karena Gelombang Tinggi\n\nCILACAP - Ratusan nelayan di "
        "Cilacap memilih tidak melaut dalam tiga hari terakhir karena gelombang tinggi.\n\n"
        "Ketua kelompok nelayan mengatakan sekitar 800 perahu kecil kini ditambatkan di pantai "
        "sambil menunggu cuaca membaik.\n\n" +
        tag + "\n";
    return ExtractArticle(Page(page), {}, nullptr);
  };
  Result<Article> a = run("(HW/RD)");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size(), 2u);
  EXPECT_EQ(ReasonOf(*a, 9), "metadata");
  a = run("(AP)");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Associated Press"});
  // Lower-case initials are the desk's, unless one is Antara's short form "ant".
  a = run("(rdp/imk)");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size(), 2u);
  EXPECT_EQ(ReasonOf(*a, 9), "metadata");
  EXPECT_TRUE(a->agencies.empty());
  a = run("(ant)");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->agencies, std::vector<std::string>{"Antara"});
  // Glued to the last sentence's full stop, the tag still closes a paragraph of the story.
  Result<Article> glued = ExtractArticle(
      Page("Daerah\n\nNelayan Libur Melaut karena Gelombang Tinggi\n\nCILACAP - Ratusan nelayan "
           "di Cilacap memilih tidak melaut dalam tiga hari terakhir karena gelombang tinggi.\n\n"
           "Ketua kelompok nelayan mengatakan sekitar 800 perahu kecil kini ditambatkan di pantai "
           "sambil menunggu cuaca membaik.\n\n"
           "\"Kami menunggu sampai gelombang turun,\" kata dia kepada wartawan.(ant)\n\n"
           "Berita Terkait\nHarga Ikan Naik di Pasar Cilacap\n"),
      {}, nullptr);
  ASSERT_TRUE(glued.ok());
  EXPECT_EQ(glued->body.size(), 3u);
  EXPECT_EQ(glued->agencies, std::vector<std::string>{"Antara"});
}

// A modification time printed without a zone takes the page's zone as the publication time
// does (WIB on an Indonesian page).
TEST(TextExtractor, ModifiedTimeTakesThePagesZone) {
  const std::string page =
      "Ekonomi\n\nHarga Cabai Turun Menjelang Panen Raya\n\nKamis, 20 Juni 2024 10:05\n"
      "Diperbarui: Kamis, 20 Juni 2024 12:40\n\nJAKARTA - Harga cabai rawit di pasar induk turun "
      "tajam dalam sepekan terakhir karena pasokan dari daerah sentra meningkat.\n\nPedagang "
      "mengatakan harga bisa turun lagi bila cuaca tetap cerah hingga akhir bulan.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T10:05:00+07:00");
  EXPECT_EQ(a->modified, "2024-06-20T12:40:00+07:00");
}

// A headline of name compounds ("Putin-Kim", "Moskwa-Pyongyang") over a standfirst of two
// sentences: the compounds' parts are the body's words, so the headline is the title and the
// standfirst the lead.
TEST(TextExtractor, HeadlineOfNameCompoundsOverAStoppedStandfirst) {
  const std::string page =
      "Internasional\n\nPertemuan Putin-Kim Perkuat Poros Moskwa-Pyongyang\n\n"
      "Kunjungan Presiden Rusia Vladimir Putin ke Pyongyang menghasilkan perjanjian kemitraan "
      "strategis. Kedua negara berjanji saling membantu jika diserang.\n\nOleh\nLARASWATI "
      "ARIADNE ANWAR\n20 Juni 2024 05:30 WIB\n\n"
      "JAKARTA, KOMPAS \xE2\x80\x94 Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim "
      "Jong "
      "Un menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang, Rabu "
      "(19/6/2024).\n\nPutin menyebut perjanjian tersebut sebagai dokumen terobosan yang akan "
      "menjadi dasar hubungan kedua negara untuk jangka panjang.\n\nKim Jong Un menyatakan, "
      "hubungan Korea Utara dan Rusia telah naik ke tingkat aliansi.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Pertemuan Putin-Kim Perkuat Poros Moskwa-Pyongyang");
  EXPECT_EQ(a->lead,
            "Kunjungan Presiden Rusia Vladimir Putin ke Pyongyang menghasilkan perjanjian "
            "kemitraan strategis. Kedua negara berjanji saling membantu jika diserang.");
  EXPECT_EQ(a->section, "Internasional");
}

// A page on a site of no known country whose text the language field calls Indonesian takes
// its zoneless time as WIB, whatever its opening paragraphs are in (here English quotes): the
// zone is decided on the text the language is read from.
TEST(TextExtractor, ZonelessTimeIsWibWhenTheLanguageFieldIsIndonesian) {
  const std::string page =
      "Pelatih Baru Bertekad Membawa Tim Juara Musim Depan\n\nPenulis: Dewi Anggraini\n"
      "2024-03-09 21:15\n\n"
      "\"We will not stop here, and this is only the beginning for the club,\" he said.\n\n"
      "\"The fans have been with us all season, which means a lot to the players,\" he added.\n\n"
      "\"They deserve more than what they saw last year,\" the coach told reporters.\n\n"
      "Pelatih asal Belanda itu mengatakan bahwa timnya harus bekerja lebih keras karena "
      "persaingan di liga semakin ketat setelah beberapa klub mendatangkan pemain asing baru.\n\n"
      "Menurut dia, latihan fisik akan ditambah selama jeda kompetisi, namun para pemain tetap "
      "mendapat libur pada hari Senin dan Kamis.\n\n"
      "Manajemen klub sebelumnya menyatakan target juara tersebut bisa tercapai jika pemain inti "
      "tidak cedera, sehingga kontrak sejumlah pemain senior diperpanjang.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(NormalizeArticle(&*a).ok());
  EXPECT_EQ(a->language, "id");
  EXPECT_EQ(a->published, "2024-03-09T21:15:00+07:00");
}

// Text round 7: bylines as text dumps of national and regional outlets print them.
const char kStory7[] =
    "\n"
    "JAKARTA - Pemerintah menambah kuota pupuk bersubsidi untuk petani di tiga provinsi setelah "
    "musim tanam mundur karena hujan datang terlambat tahun ini.\n"
    "\n"
    "Kepala dinas pertanian mengatakan tambahan itu akan disalurkan lewat kios resmi mulai pekan "
    "depan, dan petani cukup membawa kartu tani untuk menebusnya.\n";

TEST(TextExtractor, CreditLabelWithoutColonAboveTheDate) {
  const std::string page = std::string(
                               "Kuota Pupuk Bersubsidi Ditambah untuk Tiga Provinsi\n\n"
                               "Oleh Rahayu Widyastuti, Galih Pratama\nEditor Yuliani Santoso\n"
                               "15 April 2025, 10.15\n") +
                           kStory7;
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Rahayu Widyastuti", "Galih Pratama"}));
  EXPECT_EQ(a->editors, std::vector<std::string>{"Yuliani Santoso"});
}

// "Name | Rubric | date": the rubric is the section the breadcrumb above the title gives, read
// after the date line.
TEST(TextExtractor, WriterBeforeTheSectionOnTheDateLine) {
  const std::string page =
      std::string(
          "Home / Humaniora\n\nKuota Pupuk Bersubsidi Ditambah untuk Tiga Provinsi\n\n"
          "Nurul Aini Fadhilah | Humaniora | Jumat 18 April 2025, 13:05 WIB\n") +
      kStory7;
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->section, "Humaniora");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Nurul Aini Fadhilah"});
}

// "Oleh A dan B - Mac 18, 2025 @ 3:12pm": more names than a date line's label holds.
TEST(TextExtractor, LabelledBylineWithItsDateOnOneLine) {
  const std::string page =
      std::string(
          "Kuota Pupuk Bersubsidi Ditambah untuk Tiga Provinsi\n\n"
          "Oleh Siti Aisyah Kamaruddin dan Mohd Hafiz Ismail - Mac 18, 2025 @ 3:12pm\n") +
      kStory7;
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Siti Aisyah Kamaruddin", "Mohd Hafiz Ismail"}));
  EXPECT_EQ(a->published.substr(0, 16), "2025-03-18T15:12");
}

// A wire's name as the date line's label ("Bernama - 18 Mar 2025, 03:12 PM", or "Bernama -"
// on the line above the date) credits the wire.
TEST(TextExtractor, WireNameAsTheDateLabel) {
  for (const char* byline :
       {"Bernama - 18 Mar 2025, 03:12 PM\n", "Bernama -\n18 Mar 2025, 03:12 PM\n"}) {
    const std::string page =
        std::string("Govt to fix 1,200 dilapidated rural school toilets this year\n\n") + byline +
        "\nPUTRAJAYA: The education ministry will repair or rebuild toilets at 1,200 rural "
        "schools this year, with work carried out in phases during the school holidays.\n\n"
        "The deputy minister said RM180 million had been allocated for the work, which would "
        "give priority to schools in Sabah and Sarawak.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    ASSERT_TRUE(a.ok()) << byline;
    EXPECT_EQ(a->agencies, std::vector<std::string>{"Bernama"}) << byline;
  }
}

// A WET text opens with the page's <title>: the headline it repeats is the title, not the
// standfirst under it that shares more words with the body; the place after the writer's name
// in the byline ("Dimas Hartonoin Jakarta", glued) is the dateline when the body opens with
// none; the writer's note closing the body is not the story.
TEST(TextExtractor, WetTitleBylinePlaceAndAuthorNote) {
  const std::string page =
      "Batam bets on data centres as its shipyards lose orders | Asia Daily\n"
      "News\nBusiness\nOpinion\n"
      "Batam bets on data centres as its shipyards lose orders\n"
      "Investors have pledged billions for data centre projects on the island, a short ferry "
      "ride from Singapore\n"
      "Dimas Hartonoin Jakarta\n"
      "Published: 3:12pm, 18 Mar 2025\n"
      "Once known for shipyards and electronics factories, the island of Batam is now courting "
      "investors that want to build data centres close to Singapore.\n"
      "Investors have pledged billions for eleven data centre projects on the island over the "
      "past two years, according to the free trade zone authority.\n"
      "The push comes as the island's shipyards lose orders to larger yards, and at least four "
      "of them have laid off workers since last year.\n"
      "Dimas Hartono covers politics and the economy of Indonesia for Asia Daily.\n"
      "Topics: Indonesia, Data centres\n"
      "Dimas Hartono\n"
      "Dimas Hartono is Asia Daily's Indonesia correspondent, based in Jakarta. He writes about "
      "politics and the economy.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Batam bets on data centres as its shipyards lose orders");
  EXPECT_EQ(a->dateline, "Jakarta");
  ASSERT_FALSE(a->body.empty());
  EXPECT_EQ(a->body.back().substr(0, 20), "The push comes as th");
}

// Bulleted key points under a bare "Ringkasan" heading, and a headline under "RELATED:", are
// not the story.
TEST(TextExtractor, KeyPointsAndRelatedHeadlineOutOfTheBody) {
  const std::string page =
      "Kuota Pupuk Bersubsidi Ditambah untuk Tiga Provinsi\n\n"
      "Ringkasan\n\n"
      "  \xE2\x80\xA2 Kuota pupuk bersubsidi di tiga provinsi naik 20 persen.\n"
      "  \xE2\x80\xA2 Petani menebus pupuk dengan kartu tani.\n\n"
      "JAKARTA - Pemerintah menambah kuota pupuk bersubsidi untuk petani di tiga provinsi "
      "setelah musim tanam mundur karena hujan datang terlambat tahun ini.\n\n"
      "Menurut dia, tambahan kuota dihitung dari luas lahan yang terlambat ditanami dan data "
      "kelompok tani yang sudah diperbarui bulan lalu.\n\n"
      "RELATED:\n\n"
      "  \xE2\x80\xA2 Harga gabah kering naik di tingkat petani\n\n"
      "Kepala dinas pertanian mengatakan tambahan itu akan disalurkan lewat kios resmi mulai "
      "pekan depan, dan petani cukup membawa kartu tani untuk menebusnya.\n\n"
      "Petani di sejumlah desa menyambut baik tambahan itu karena harga pupuk nonsubsidi naik "
      "hampir dua kali lipat sejak awal tahun.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->body[0].substr(0, 9), "JAKARTA -");
  EXPECT_EQ(ReasonOf(*a, 5), "summary");
  EXPECT_EQ(ReasonOf(*a, 14), "related");
}

// Key points written as phrases end where the story's sentences go on, and a box of them between
// two paragraphs leaves the story whole; a point a text dump wrapped stays one point.
TEST(TextExtractor, KeyPointsBoxEndsWhereTheStoryGoesOn) {
  const std::string page =
      "Kuota Pupuk Bersubsidi Ditambah untuk Tiga Provinsi\n\n"
      "JAKARTA - Pemerintah menambah kuota pupuk bersubsidi untuk petani di tiga provinsi "
      "setelah musim tanam mundur karena hujan datang terlambat tahun ini.\n\n"
      "Menurut dia, tambahan kuota dihitung dari luas lahan yang terlambat ditanami dan data "
      "kelompok tani yang sudah diperbarui bulan lalu.\n\n"
      "Poin penting:\n"
      "Kuota naik 20 persen\n"
      "Berlaku di tiga provinsi\n\n"
      "\"Petani cukup membawa kartu tani untuk menebus pupuk di kios resmi,\" kata kepala "
      "dinas pertanian.\n\n"
      "Petani di sejumlah desa menyambut baik tambahan itu karena harga pupuk nonsubsidi naik "
      "hampir dua kali lipat sejak awal tahun.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->body[2].substr(0, 7), "\"Petani");
  EXPECT_EQ(ReasonOf(*a, 7), "summary");
  EXPECT_EQ(ReasonOf(*a, 9), "summary");

  const std::string wrapped =
      "Emirates finalizes order for 30 Boeing Dreamliners\n\n"
      "Key Points\n\n"
      "-   Emirates has finalized a deal to\n"
      "    purchase 30 of Boeing's 787-9 jets, executives announced.\n"
      "-   The deal comes in addition to five sales earlier this\n"
      "    week.\n\n"
      "DUBAI - Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30 of "
      "Boeing's 787-9 Dreamliner jets, executives of both companies announced on Wednesday.\n\n"
      "The order is worth about $8.8 billion at list prices, and the first jets are due to be "
      "delivered in 2023, the airline said in a statement.\n";
  Result<Article> b = ExtractArticle(Page(wrapped), {}, nullptr);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->body.size(), 2u);
  EXPECT_EQ(b->body[0].substr(0, 7), "DUBAI -");
  for (int line : {3, 5, 6, 7, 8}) EXPECT_EQ(ReasonOf(*b, line), "summary") << line;
}

// A reader view's header: the writer's name alone right above the reading time or the site's
// name is the author, and that name line gives the site; the place a date line opens with is
// the dateline when the story opens with none. A name over a date alone is not taken.
TEST(TextExtractor, ReaderViewHeader) {
  auto read = [](const std::string& header) {
    Result<Article> a = ExtractArticle(Page(BridgePage("", header)), {}, nullptr);
    return a.ok() ? *a : Article{};
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(read("Jane Doe\n3-4 minutes").authors, Names{"Jane Doe"});
  EXPECT_EQ(read("Jane Doe\n4\u20135 menit").authors, Names{"Jane Doe"});
  Article post = read("Jane Doe\nThe Jakarta Post\nSurabaya \u25cf Thu, June 20, 2024");
  EXPECT_EQ(post.authors, Names{"Jane Doe"});
  EXPECT_EQ(post.site, "thejakartapost.com");
  EXPECT_EQ(post.dateline, "Surabaya");
  EXPECT_EQ(read("Verified Green\n3 January 2025 14:05").authors, Names{});
  // A wire's name opening the date line is no place.
  EXPECT_EQ(read("Jane Doe\nKYODO NEWS - Jun 20, 2024 - 12:31").dateline, "");
  EXPECT_EQ(read("The Jakarta Post\n3-4 minutes").authors, Names{});
  // An outlet's channel over the date line names the outlet's site.
  EXPECT_EQ(read("kumparanNEWS\n24 November 2025 10:12 WIB").site, "kumparan.com");
}

// A text browser's dump (lynx, links, elinks) sets its text three spaces in and its lists
// further: the story's paragraphs count as flush, a read-also list inside the story as a list.
// A Markdown dump's links, emphasis and images are read as the text they show, and removed
// lines are listed as printed.
TEST(TextExtractor, BrowserMarginAndMarkdownDumps) {
  const std::string story =
      "   The city's harbour bridge reopened on Monday after two years of repairs that cost "
      "more than the original construction, officials said.\n\n"
      "   The repairs replaced every one of the bridge's cables and most of its deck, and were "
      "finished three weeks ahead of the schedule set in 2022.\n\n"
      "   Read also:\n     * Ferry fares rise again\n\n"
      "   Traffic was light in the morning, but the transport minister said she expected the "
      "usual queues to return by the end of the week.\n\n"
      "   Ferry operators said they expected fewer passengers now that the bridge is open "
      "again, and one company said it would cut two of its morning services.\n";
  Result<Article> lynx = ExtractArticle(
      Page("   News\n   Sport\n\nHarbour bridge reopens after two years\n\n" + story), {}, nullptr);
  ASSERT_TRUE(lynx.ok());
  EXPECT_EQ(lynx->body.size(), 4u);
  EXPECT_EQ(ReasonOf(*lynx, 11), "related");
  const std::string markdown =
      "* [News](https://www.example.com/news)\n* [Sport](https://www.example.com/sport)\n\n"
      "# Harbour bridge reopens after two years\n\n"
      "![The bridge](https://cdn.example.com/b.jpg)\n\n"
      "**SYDNEY** - The city's [harbour bridge](https://www.example.com/t) reopened on Monday "
      "after two years of repairs that cost more than the original construction, officials "
      "said.\n\n"
      "Traffic was light in the morning, but the transport minister said she expected the usual "
      "queues to return by the end of the week.\n";
  Result<Article> md = ExtractArticle(Page(markdown), {}, nullptr);
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->title, "Harbour bridge reopens after two years");
  ASSERT_EQ(md->body.size(), 2u);
  EXPECT_EQ(md->body[0].substr(0, 38), "SYDNEY - The city's harbour bridge reo");
  EXPECT_EQ(md->dateline, "Sydney");
  bool image_as_printed = false;
  for (const RemovedLine& r : md->removed) {
    image_as_printed |= r.line == 6 && r.text == "![The bridge](https://cdn.example.com/b.jpg)";
  }
  EXPECT_TRUE(image_as_printed);
}

// A reader API's "Published Time:" header (from the page's metadata) is the publication time
// when the page shows none, or shows the same day without its time; a date line the page shows
// itself wins (the outlet prints it with the story; metadata is now and then the time the page
// was changed).
TEST(TextExtractor, ReaderApiPublishedTimeHeader) {
  auto published = [](const std::string& header_time, const std::string& date_line) {
    std::string page =
        "Title: Harbour bridge reopens after repairs\n\n"
        "URL Source: https://www.example.com/news/harbour-bridge\n\n"
        "Published Time: " +
        header_time + "\n\nMarkdown Content:\n";
    for (int i = 0; i < 20; ++i) {  // a long menu: the header stands far above the title
      page += "*   [Section " + std::to_string(i) + "](https://www.example.com/s" +
              std::to_string(i) + ")\n";
    }
    page += "\n# Harbour bridge reopens after repairs\n\n" + date_line +
            "\n\n"
            "The harbour bridge reopened to traffic on Tuesday morning after three months of "
            "repairs to its deck and cables, the city's transport office said.\n\n"
            "Engineers replaced forty steel cables and resurfaced the whole deck, work that cost "
            "the city about twelve million dollars and closed the main route across the port.\n";
    Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
    return a.ok() ? a->published : std::string("(no article)");
  };
  EXPECT_EQ(published("2024-06-18T10:30:00+07:00", ""), "2024-06-18T10:30:00+07:00");
  EXPECT_EQ(published("Tue, 18 Jun 2024 03:30:00 GMT", ""), "2024-06-18T03:30:00+00:00");
  EXPECT_EQ(published("2024-06-18T10:30:00+07:00", "June 18, 2024"), "2024-06-18T10:30:00+07:00");
  EXPECT_EQ(published("2024-06-19T08:00:00+07:00", "June 18, 2024 10:30 AM EDT"),
            "2024-06-18T10:30:00-04:00");
}

TEST(TextExtractor, WrappedDumpReadWithWholeParagraphs) {
  // lynx -dump at its default width: paragraphs filled to 74 columns, three columns in.
  const std::string page =
      "   News\n   Sport\n\nHarbour bridge reopens after two years\n\n"
      "   The city's harbour bridge reopened on Monday after two years of repairs\n"  // 6
      "   that cost more than the original construction, officials said at a\n"
      "   ceremony on the northern shore.\n\n"
      "   The repairs replaced every one of the bridge's cables and most of its\n"  // 10
      "   deck, and were finished three weeks ahead of the schedule set in 2022\n"
      "   by the roads agency.\n\n"
      "   Traffic was light in the morning, but the transport minister said she\n"  // 14
      "   expected the usual queues to return by the end of the week, when\n"
      "   schools reopen after the holidays.\n\n"
      "   Ferry operators said they expected fewer passengers now that the bridge\n"  // 18
      "   is open again, and one company said it would cut two of its morning\n"
      "   services from next month.\n\n"
      "   Copyright 2026 Harbour Daily News Company. All rights reserved. This\n"  // 22
      "   material may not be published, broadcast, rewritten or redistributed.\n";
  Result<Article> a = ExtractArticle(Page(page), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Harbour bridge reopens after two years");
  ASSERT_EQ(a->body.size(), 4u);
  EXPECT_EQ(a->body[0],
            "The city's harbour bridge reopened on Monday after two years of repairs that cost "
            "more than the original construction, officials said at a ceremony on the northern "
            "shore.");
  EXPECT_EQ(a->body[3].substr(a->body[3].size() - 25), "services from next month.");
  // The removed notice keeps the page's line numbers: its first line and its last.
  bool notice = false;
  for (const RemovedLine& r : a->removed) {
    notice |= r.line == 22 && r.last_line == 23 &&
              r.text ==
                  "Copyright 2026 Harbour Daily News Company. All rights reserved. This material "
                  "may not be published, broadcast, rewritten or redistributed.";
  }
  EXPECT_TRUE(notice);
  EXPECT_EQ(ReasonOf(*a, 1), "navigation");
}

}  // namespace
}  // namespace kabar
