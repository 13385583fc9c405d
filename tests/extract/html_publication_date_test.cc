// Publication dates of HTML pages as the publisher's calendar gives them: UTC timestamps in
// the site's zone, the URL's date as a witness, JSON-LD that does not parse, dates written in
// the page near the article. Small hand-written pages in the shapes real sites use.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/publisher_zone.h"
#include "kabar/extract.h"

namespace kabar {
namespace {

const char kBody[] =
    "<p>A paragraph long enough to be the article body of this small test page, with words "
    "enough to count as prose.</p><p>A second paragraph follows so the article has a body of "
    "its own, as news pages do.</p>";

Result<Article> Extract(const std::string& head, const std::string& body, const std::string& url,
                        const std::string& lang = "en") {
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes =
      "<html lang=\"" + lang + "\"><head>" + head + "</head><body>" + body + "</body></html>";
  page.url = url;
  return ExtractArticle(page, {}, nullptr);
}

std::string Meta(const std::string& utc) {
  return "<meta property=\"article:published_time\" content=\"" + utc + "\">";
}

TEST(PublisherZone, CountryFromDomainThenLocale) {
  EXPECT_EQ(PublisherTimeZone("https://ici.radio-canada.ca/nouvelle/1", ""), "America/Toronto");
  EXPECT_EQ(PublisherTimeZone("www.couriermail.com.au", "en_US"), "Australia/Sydney");
  EXPECT_EQ(PublisherTimeZone("https://abc7ny.com/x", "en_US"), "America/New_York");
  EXPECT_EQ(PublisherTimeZone("https://example.com/x", "pt-BR"), "America/Sao_Paulo");
  EXPECT_EQ(PublisherTimeZone("https://example.com/x", "en"), "");
  EXPECT_EQ(PublisherTimeZone("https://example.io/x", ""), "");
  // Facebook's Arabic locale names no country; Argentina's Spanish one does.
  EXPECT_EQ(PublisherTimeZone("https://example.net/x", "ar_AR"), "");
  EXPECT_EQ(PublisherTimeZone("https://example.net/x", "es_AR"), "America/Argentina/Buenos_Aires");
}

TEST(PublisherZone, SameInstantInTheZoneWithDaylightSaving) {
  EXPECT_EQ(InZone("2020-08-25T00:23:33+00:00", "America/Toronto"), "2020-08-24T20:23:33-04:00");
  EXPECT_EQ(InZone("2020-12-05T23:15:00+00:00", "Europe/Rome"), "2020-12-06T00:15:00+01:00");
  EXPECT_EQ(InZone("2020-06-29T00:16:15+03:00", "Asia/Jakarta"), "2020-06-29T04:16:15+07:00");
  EXPECT_EQ(InZone("2020-08-25", "America/Toronto"), "2020-08-25");
  EXPECT_EQ(InZone("2020-08-25T00:23:33+00:00", ""), "2020-08-25T00:23:33+00:00");
}

TEST(HtmlPublicationDate, UtcTimestampOnTheSiteCountrysCalendar) {
  Result<Article> a = Extract(Meta("2020-08-25T00:23:33Z"), kBody, "https://news.example.ca/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-08-24T20:23:33-04:00");
  // A generic domain: the page's locale names the country.
  a = Extract(Meta("2020-05-02T02:54:29.000Z") + "<meta property=\"og:locale\" content=\"en_US\">",
              kBody, "https://station.example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-05-01T22:54:29-04:00");
  // No country known: the instant stays in UTC.
  a = Extract(Meta("2020-05-02T02:54:29Z"), kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-05-02T02:54:29+00:00");
  // An offset other than UTC is the publisher's own and is kept.
  a = Extract(Meta("2020-06-29T00:16:15+03:00"), kBody, "https://example.ca/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-06-29T00:16:15+03:00");
}

TEST(HtmlPublicationDate, UtcTimestampTakesTheZoneThePageShowsForTheSameMinute) {
  const std::string shown = "<p class=\"date\">June 20, 2024 14:05 WIB</p>";
  Result<Article> a =
      Extract(Meta("2024-06-20T07:05:00.000Z"), shown + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T14:05:00+07:00");
  // The markup's seconds are kept.
  a = Extract(Meta("2024-06-20T07:05:42Z"), shown + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T14:05:42+07:00");
  // The page shows another minute: the markup's instant stays as it was.
  a = Extract(Meta("2024-06-20T07:35:00Z"), shown + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T07:35:00+00:00");
}

TEST(HtmlPublicationDate, UtcTimestampTakesTheOffsetOfTheWallClockThePageShows) {
  // "02:05 PM" without a zone is 06:05 UTC's wall clock at +08:00: the publisher's time.
  const std::string shown = "<div class=\"published\">Published Jun 20, 2024, 02:05 PM</div>";
  Result<Article> a =
      Extract(Meta("2024-06-20T06:05:00.000Z"), shown + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T14:05:00+08:00");
  // Half-hour zones too (+05:30).
  a = Extract(Meta("2024-06-20T08:35:00Z"),
              std::string("<p class=\"date\">20/06/2024 14:05</p>") + kBody,
              "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T14:05:00+05:30");
  // Not a wall clock of that instant (07 minutes off a quarter hour): UTC stays.
  a = Extract(Meta("2024-06-20T06:12:00Z"), shown + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T06:12:00+00:00");
  // An "Updated" time is not the publication's wall clock.
  a = Extract(Meta("2024-06-20T06:05:00Z"),
              std::string("<div class=\"updated\">Updated Jun 20, 2024, 04:05 PM</div>") + kBody,
              "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T06:05:00+00:00");
}

TEST(HtmlPublicationDate, UtcTimestampTakesTheOffsetOfAWallClockInAnotherLanguage) {
  // "10h32" (French), printed day first: 08:32 UTC's wall clock at +02:00.
  const std::string meta = Meta("2025-06-12T08:32:00+00:00");
  Result<Article> a =
      Extract(meta, std::string("<div class=\"meta\">Publié le 12 juin 2025 à 10h32</div>") + kBody,
              "https://example.com/a/1", "fr");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-06-12T10:32:00+02:00");
  // "12/06/2025 10h32", the day first (Brazil): -03:00.
  a = Extract(Meta("2025-06-12T13:32:00.000Z"),
              std::string("<p class=\"updated\">12/06/2025 10h32</p>") + kBody,
              "https://example.com/a/1", "pt");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-06-12T10:32:00-03:00");
  // Only the last update's wall clock shown: the markup's modified instant gives the offset.
  const std::string both = Meta("2025-06-12T07:32:00Z") +
                           "<meta property=\"article:modified_time\" "
                           "content=\"2025-06-12T09:10:00Z\">";
  a = Extract(both, std::string("<div class=\"upd\">12/6/2025 12:10</div>") + kBody,
              "https://example.com/a/1", "ar");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-06-12T10:32:00+03:00");
  EXPECT_EQ(a->modified, "2025-06-12T12:10:00+03:00");
}

TEST(HtmlPublicationDate, DayFromTheUrlTakesTheTimeOfADateLineForThatDay) {
  // Markup gives no publication date (JSON-LD has only dateModified); the URL gives the day.
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2024-06-20T18:20:00+07:00\"}</script>";
  Result<Article> a = Extract(
      ld, std::string("<div class=\"date-article\">Kamis, 20 Juni 2024 | 16:55 WIB</div>") + kBody,
      "https://www.example.com/hiburan/2024/06/20/165500/judul");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20T16:55:00+07:00");
  // A line for another day does not complete it.
  a = Extract(
      ld, std::string("<div class=\"date-article\">Jumat, 21 Juni 2024 | 08:00 WIB</div>") + kBody,
      "https://www.example.com/hiburan/2024/06/20/165500/judul");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-20");
}

TEST(HtmlPublicationDate, UtcTimestampTakesTheOffsetTheMarkupWritesForTheSameInstant) {
  // A theme's <time datetime> in the publisher's offset beside a UTC meta; tagDiv marks its
  // publication time "updated".
  const std::string time =
      "<time class=\"entry-date updated td-module-date\" datetime=\"2025-03-11T09:15:42+07:00\">"
      "11 Maret 2025</time>";
  Result<Article> a =
      Extract(Meta("2025-03-11T02:15:42+00:00"), time + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-03-11T09:15:42+07:00");
  // Another instant in the markup does not move the UTC one.
  a = Extract(Meta("2025-03-11T04:02:10+00:00"), time + kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-03-11T04:02:10+00:00");
}

TEST(HtmlPublicationDate, HatomAbbrTitleGivesTheTime) {
  // Blogger's <abbr class="published" title="ISO">, with or without itemprop.
  for (const std::string abbr :
       {"<abbr class=\"published\" itemprop=\"datePublished\" "
        "title=\"2025-03-11T14:20:00+08:00\">14.20</abbr>",
        "<abbr class=\"published\" title=\"2025-03-11T14:20:00+08:00\">14.20</abbr>"}) {
    Result<Article> a = Extract("", "<div class=\"post-header\">" + abbr + "</div>" + kBody,
                                "https://example.com/2025/03/a.html");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->published, "2025-03-11T14:20:00+08:00") << abbr;
  }
}

// The HTML path reads event days as the text path does, and a known outlet of a one-zone
// country gives a zoneless time its zone.
TEST(HtmlPublicationDate, EventDaysAndAOneZoneOutletsTimeAsOnTheTextPath) {
  const std::string shown = "<p class=\"date\">Published Nov 20, 2025, 05:10 PM</p>";
  const std::string body =
      "<p>The transport minister said on Nov. 8 that the new line would open early next year, "
      "ahead of the schedule set in 2023.</p><p>Officials said yesterday that the trains had "
      "passed their last safety checks and would run every four minutes.</p>";
  Result<Article> a = Extract("", shown + body, "https://www.straitstimes.com/singapore/x");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-11-20T17:10:00+08:00");
  EXPECT_EQ(a->dates_mentioned, (std::vector<std::string>{"2025-11-19", "2025-11-08"}));
}

TEST(HtmlPublicationDate, UrlDateWitnessesOnlyWhenAnOffsetReachesIt) {
  // 02:18 UTC on the 18th is the 17th from UTC-3 westwards: the URL's day.
  Result<Article> a =
      Extract(Meta("2020-02-18T02:18:11Z") + "<meta property=\"og:locale\" content=\"es_ES\">",
              kBody, "https://example.com/2020/02/17/story/");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-02-17");
  // 10:04 UTC on the 9th is the 9th everywhere from UTC-10 to UTC+13: the URL was made the
  // day before.
  a = Extract(Meta("2020-07-09T10:04:04Z"), kBody, "https://example.com/2020/07/08/story.html");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published.substr(0, 10), "2020-07-09");
}

TEST(HtmlPublicationDate, DatesFromJsonLdThatDoesNotParse) {
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"x\",\n"
      "\"datePublished\": \"2020-10-26T18:10:00+01:00\", \"dateModified\": "
      "\"2020-10-26T18:13:30+01:00\"}}</script>";
  Result<Article> a = Extract(ld, "<p>Published 8 September 2020</p>" + std::string(kBody),
                              "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-10-26T18:10:00+01:00");
  EXPECT_EQ(a->modified, "2020-10-26T18:13:30+01:00");
}

TEST(HtmlPublicationDate, WrittenDateNearestTheArticleInTheSitesLanguage) {
  // The header's "today" is farther from the article than its byline date; the headline's
  // date is the event's.
  const std::string body =
      "<header><div class=\"today\">domingo 15 de marzo de 2020</div><div class=\"menu\"><a "
      "href=\"/\">Inicio</a></div></header><h1>Resultados del 2 de marzo de 2020</h1>"
      "<p class=\"published-date\">/ martes 17 de marzo de 2020</p>" +
      std::string(kBody);
  Result<Article> a = Extract("", body, "https://example.com/a/1", "es");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-03-17");
  // A date line right above the article wins over the header's "today" even when markup
  // leaves both outside the article's container.
  a = Extract("",
              "<div class=\"topbar\">Rabu, 12 Maret 2025 Kontak</div><div class=\"detail\">"
              "<h3>Pasar murah dibuka di empat belas titik</h3><div class=\"info\">12/03/2025 "
              "09:10 Oleh: Admin</div><p class=\"keterangan-gambar\">Warga antre di pasar murah, "
              "Selasa (11/3/2025). (Dok. Humas)</p><div class=\"isi\">" +
                  std::string(kBody) + "</div></div>",
              "https://example.go.id/berita/1", "id");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2025-03-12T09:10:00+07:00");
  a = Extract("", "<span class=\"entry-time\">2020年07月03日</span>" + std::string(kBody),
              "https://blog.example.jp/e/1", "ja");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-07-03");
}

TEST(HtmlPublicationDate, DayMadePreciseByAnotherSourceOfTheSameDay) {
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2018-04-18\"}</script>";
  Result<Article> a =
      Extract(ld + Meta("2018-04-18T14:39:09+02:00"), kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2018-04-18T14:39:09+02:00");
  // Another day is not a refinement.
  a = Extract(ld + Meta("2018-04-19T14:39:09+02:00"), kBody, "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2018-04-18");
}

TEST(HtmlPublicationDate, DateWrittenByAOneCallScript) {
  Result<Article> a =
      Extract("<script>var served = '2020-05-01 10:00:00';</script>",
              "<td><script>showDate(\"2020/04/17 01:43:09\")</script></td>" + std::string(kBody),
              "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2020-04-17T01:43:09");
  a = Extract("<script>var served = '2020-05-01 10:00:00';</script>", kBody,
              "https://example.com/a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "");
}

TEST(HtmlPublicationDate, StatusPageIsDatedByItsIdNotTheViewersClock) {
  // A saved tweet shows times in the viewer's zone (here a US evening the day before); the
  // status id says when it was posted: 2020-07-11T06:25:02Z.
  auto a = Extract("<meta property=\"og:type\" content=\"article\">",
                   std::string("<span data-time=\"x\">11:25 PM - 10 Jul 2020</span>") + kBody,
                   "https://twitter.com/Reuters/status/1281836879789404160/photo/1");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->published, "2020-07-11T06:25:02+00:00");
}

}  // namespace
}  // namespace kabar
