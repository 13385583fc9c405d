// JSON Lines input: one record per non-blank line; other fields carried through.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kabar/extract.h"
#include "test_util.h"

namespace kabar {
namespace {

using testing::Gzip;
using testing::ReadAll;
using testing::WriteTempFile;

const char kLines[] =
    "{\"url\": \"https://a.com/1\", \"html\": \"<p>Hello</p>\", \"fetched_at\": "
    "\"2024-06-19T06:30:00+00:00\", \"lang\": \"id\", \"tags\": [1, 2]}\n"
    "\n"
    "{\"url\": \"https://a.com/2\", \"text\": \"Judul\\nIsi berita.\"}\n"
    "{\"url\": \"https://a.com/3\", \"html\": \n"
    "[1, 2]\n"
    "{\"url\": \"https://a.com/5\"}\n";

TEST(JsonLines, PagesAndRejectsNameTheirLines) {
  for (bool gz : {false, true}) {
    SCOPED_TRACE(gz);
    std::string path = WriteTempFile(gz ? "in.jsonl.gz" : "in.jsonl", gz ? Gzip(kLines) : kLines);
    std::vector<IngestItem> items = ReadAll({path});
    ASSERT_EQ(items.size(), 5u);
    EXPECT_TRUE(items[0].error.ok());
    EXPECT_EQ(items[0].page.kind, ContentKind::kHtml);
    EXPECT_EQ(items[0].page.url, "https://a.com/1");
    EXPECT_EQ(items[0].page.fetched_at, "2024-06-19T06:30:00+00:00");
    EXPECT_EQ(items[0].page.input_json, "{\"lang\":\"id\",\"tags\":[1,2]}");
    EXPECT_EQ(items[0].page.source.record_id, "1");
    EXPECT_TRUE(items[1].error.ok());
    EXPECT_EQ(items[1].page.kind, ContentKind::kText);
    EXPECT_EQ(items[1].page.bytes, "Judul\nIsi berita.");
    EXPECT_EQ(items[1].page.source.record_id, "3");
    EXPECT_EQ(items[2].error.ToString(), "corruption: line 4: malformed JSON");
    EXPECT_EQ(items[3].error.ToString(), "corruption: line 5: not a JSON object");
    EXPECT_EQ(items[4].error.ToString(),
              "corruption: line 6: no string field \"html\" or \"text\"");
    if (!gz)
      EXPECT_EQ(items[1].page.source.offset,
                std::string(kLines).find("{\"url\": \"https://a.com/2"));
  }
}

// Records as other tools write them: each field found under the name that tool gives it.
const char kToolLines[] =
    // news-please: "maintext" without the headline, which is in "title".
    "{\"url\": \"https://kabar.example.id/a\", \"title\": \"Harga Cabai Turun di Pasar Induk\", "
    "\"maintext\": \"Harga cabai rawit di pasar induk turun menjadi Rp 40.000 per kilogram pada "
    "Senin setelah panen raya di sejumlah sentra produksi.\\nPedagang mengatakan pasokan dari "
    "petani naik hampir dua kali lipat dibandingkan pekan lalu.\", \"date_download\": "
    "\"2024-06-19 06:30:00\", \"language\": \"id\"}\n"
    // C4 / mC4 / CulturaX.
    "{\"text\": \"Isi.\", \"url\": \"https://b.example.com/x\", \"timestamp\": "
    "\"2019-04-25T12:57:54Z\"}\n"
    // OSCAR: content, the WARC headers in an object.
    "{\"content\": \"Isi.\", \"warc_headers\": {\"warc-target-uri\": \"https://c.example.org/y\", "
    "\"warc-date\": \"2021-03-01T10:00:00Z\"}}\n"
    // A Scrapy item whose body is the response's HTML; a numeric timestamp is not a fetch time.
    "{\"link\": \"https://d.example.net/z\", \"body\": \"<!DOCTYPE html><html><body><p>Isi."
    "</p></body></html>\", \"timestamp\": 1700000000}\n";

TEST(JsonLines, FieldsUnderOtherToolsNames) {
  std::string path = WriteTempFile("tools.jsonl", kToolLines);
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), 4u);
  for (const IngestItem& item : items) ASSERT_TRUE(item.error.ok()) << item.error.ToString();

  const RawPage& news_please = items[0].page;
  EXPECT_EQ(news_please.kind, ContentKind::kText);
  EXPECT_EQ(news_please.url, "https://kabar.example.id/a");
  EXPECT_EQ(news_please.fetched_at, "2024-06-19 06:30:00");
  EXPECT_EQ(news_please.title, "Harga Cabai Turun di Pasar Induk");
  EXPECT_EQ(news_please.input_json,
            "{\"language\":\"id\",\"title\":\"Harga Cabai Turun di Pasar Induk\"}");
  Result<Article> a = ExtractArticle(news_please, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harga Cabai Turun di Pasar Induk");
  ASSERT_EQ(a->body.size(), 2u);  // the text's first line is a paragraph, not a headline
  EXPECT_EQ(a->body[0].rfind("Harga cabai rawit", 0), 0u);

  EXPECT_EQ(items[1].page.url, "https://b.example.com/x");
  EXPECT_EQ(items[1].page.fetched_at, "2019-04-25T12:57:54Z");
  EXPECT_EQ(items[2].page.url, "https://c.example.org/y");
  EXPECT_EQ(items[2].page.fetched_at, "2021-03-01T10:00:00Z");
  EXPECT_EQ(items[2].page.bytes, "Isi.");
  EXPECT_EQ(items[3].page.kind, ContentKind::kHtml);
  EXPECT_EQ(items[3].page.url, "https://d.example.net/z");
  EXPECT_NE(items[3].page.fetched_at, "");  // the file's mtime
  EXPECT_EQ(items[3].page.input_json, "{\"timestamp\":1700000000}");
}

// A field of the right name but not a string is skipped for the next name, and kept in input.
TEST(JsonLines, NonStringFieldsGiveWayToTheNextName) {
  std::string path = WriteTempFile(
      "types.jsonl",
      "{\"html\": null, \"raw_html\": \"<p>Isi.</p>\", \"url\": 7, \"link\": \"https://e.id/a\"}\n"
      "{\"text\": [\"a\"], \"content\": {\"x\": 1}}\n");
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error.ok()) << items[0].error.ToString();
  EXPECT_EQ(items[0].page.kind, ContentKind::kHtml);
  EXPECT_EQ(items[0].page.bytes, "<p>Isi.</p>");
  EXPECT_EQ(items[0].page.url, "https://e.id/a");
  EXPECT_EQ(items[0].page.input_json, "{\"html\":null,\"url\":7}");
  EXPECT_EQ(items[1].error.ToString(), "corruption: line 2: no string field \"html\" or \"text\"");
}

}  // namespace
}  // namespace kabar
