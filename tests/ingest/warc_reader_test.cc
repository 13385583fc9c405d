// WARC.gz written by the test itself: every record comes out once, as a page or a reject
// with the right offset, record id and reason.
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

std::string WarcRecord(const std::string& type, const std::string& id, const std::string& uri,
                       const std::string& content_type, const std::string& block) {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-06-19T06:30:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& status, const std::string& headers,
                         const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

const char kHttp[] = "application/http; msgtype=response";

std::string Page(const std::string& title, const std::string& para) {
  return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
         para + "</p></article></body></html>";
}

struct Expected {
  uint64_t offset;
  std::string record_id;
  std::string error;  // "" for a page
};

class WarcFile : public ::testing::Test {
 protected:
  void Add(const std::string& record, const std::string& id, const std::string& error) {
    std::string member = Gzip(record);
    expected_.push_back({file_.size(), "<urn:uuid:" + id + ">", error});
    file_ += member;
  }
  std::string file_;
  std::vector<Expected> expected_;
};

TEST_F(WarcFile, EveryRecordIsAPageOrARejectWithItsOffsetAndReason) {
  const std::string utf8_para =
      "Presiden berbicara di Jakarta pada hari Rabu tentang kebijakan baru pemerintah, café.";
  const std::string latin1_para =
      "The minister said on Wednesday that the caf\xE9 owners would be compensated fully.";
  Add(WarcRecord("warcinfo", "0", "", "application/warc-fields", "software: test\r\n"), "0",
      "unsupported: WARC warcinfo record (not a response)");
  Add(WarcRecord("request", "1", "https://www.tempo.co/a", "application/http; msgtype=request",
                 "GET /a HTTP/1.1\r\nHost: www.tempo.co\r\n\r\n"),
      "1", "unsupported: WARC request record (not a response)");
  Add(WarcRecord("response", "2", "https://www.tempo.co/a", kHttp,
                 HttpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                              Page("Judul", utf8_para))),
      "2", "");
  Add(WarcRecord("response", "3", "http://example.co.uk/b", kHttp,
                 HttpResponse("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n",
                              Page("Title", latin1_para))),
      "3", "");
  Add(WarcRecord("response", "4", "http://example.co.uk/old", kHttp,
                 HttpResponse("301 Moved Permanently", "Location: http://example.co.uk/b\r\n", "")),
      "4", "unsupported: HTTP 301 redirect to http://example.co.uk/b");
  Add(WarcRecord("response", "5", "http://example.co.uk/logo.png", kHttp,
                 HttpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
      "5", "unsupported: not an HTML page: content type image/png");
  std::string path = WriteTempFile("mixed.warc.gz", file_);

  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), expected_.size());
  for (size_t i = 0; i < items.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(items[i].page.source.path, path);
    EXPECT_EQ(items[i].page.source.offset, expected_[i].offset);
    EXPECT_EQ(items[i].page.source.record_id, expected_[i].record_id);
    EXPECT_EQ(items[i].error.ok() ? "" : items[i].error.ToString(), expected_[i].error);
  }
  const RawPage& utf8 = items[2].page;
  EXPECT_EQ(utf8.kind, ContentKind::kHtml);
  EXPECT_EQ(utf8.url, "https://www.tempo.co/a");
  EXPECT_EQ(utf8.fetched_at, "2024-06-19T06:30:00+00:00");
  EXPECT_EQ(utf8.source.length, expected_[3].offset - expected_[2].offset);

  Result<Article> a = ExtractArticle(utf8, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->site, "tempo.co");
  EXPECT_EQ(a->title, "Judul");
  ASSERT_EQ(a->body.size(), 1u);
  EXPECT_EQ(a->body[0], utf8_para);

  Result<Article> b = ExtractArticle(items[3].page, {}, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->site, "example.co.uk");
  ASSERT_EQ(b->body.size(), 1u);
  EXPECT_EQ(b->body[0],
            "The minister said on Wednesday that the caf\xC3\xA9 owners would be compensated "
            "fully.");
  EXPECT_EQ(b->repaired_utf8, 0);
}

TEST_F(WarcFile, PlainWarcOffsetsAreByteOffsets) {
  std::string r1 =
      WarcRecord("request", "1", "http://a.com/", "application/http", "GET / HTTP/1.1\r\n\r\n");
  std::string r2 = WarcRecord("response", "2", "http://a.com/", kHttp,
                              HttpResponse("200 OK", "Content-Type: text/html\r\n",
                                           Page("T", "Some words here for a body text.")));
  std::string path = WriteTempFile("plain.warc", r1 + r2);
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].page.source.offset, 0u);
  EXPECT_EQ(items[1].page.source.offset, r1.size());
  EXPECT_EQ(items[1].page.source.length, r2.size());
  EXPECT_TRUE(items[1].error.ok());
}

TEST_F(WarcFile, ChunkedAndGzipEncodedBodiesAreDecoded) {
  std::string html = Page("Chunked", "A body that was sent in chunks and compressed with gzip.");
  std::string gz = Gzip(html);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 10) {
    std::string part = gz.substr(i, 10);
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", part.size());
    chunked += size + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  std::string block =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: "
      "chunked\r\nContent-Encoding: gzip\r\n\r\n" +
      chunked;
  std::string path = WriteTempFile(
      "chunked.warc.gz", Gzip(WarcRecord("response", "9", "http://a.com/", kHttp, block)));
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error.ok()) << items[0].error.ToString();
  EXPECT_EQ(items[0].page.bytes, html);
}

// Common Crawl's WET files: a warcinfo record, then one `conversion` record per page holding
// the page's text (its <title> on the first line, then one line per block).
TEST_F(WarcFile, WetConversionRecordsAreTextPages) {
  const std::string para1 =
      "Jakarta - Pemerintah kota memperluas jalur sepeda sepanjang dua belas kilometer di pusat "
      "kota mulai pekan depan, kata kepala dinas perhubungan kepada wartawan pada Senin.";
  const std::string para2 =
      "Menurut dia, jalur baru itu akan dipisahkan dari lajur kendaraan bermotor dengan pembatas "
      "beton agar pesepeda merasa aman ketika berangkat dan pulang kerja.";
  const std::string text =
      "Jalur Sepeda Diperluas 12 Kilometer - Kabar Kota\nBeranda\nMetro\n"
      "Jalur Sepeda Diperluas 12 Kilometer\n" +
      para1 + "\n" + para2 + "\nBagikan\n";
  Add(WarcRecord("warcinfo", "0", "", "application/warc-fields", "isPartOf: CC-MAIN\r\n"), "0",
      "unsupported: WARC warcinfo record (not a response)");
  Add(WarcRecord("conversion", "1", "https://kabarkota.example.id/metro/jalur-sepeda", "text/plain",
                 text),
      "1", "");
  std::string path = WriteTempFile("crawl.warc.wet.gz", file_);
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_EQ(items.size(), expected_.size());
  for (size_t i = 0; i < items.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(items[i].page.source.offset, expected_[i].offset);
    EXPECT_EQ(items[i].error.ok() ? "" : items[i].error.ToString(), expected_[i].error);
  }
  const RawPage& page = items[1].page;
  EXPECT_EQ(page.kind, ContentKind::kText);
  EXPECT_EQ(page.url, "https://kabarkota.example.id/metro/jalur-sepeda");
  EXPECT_EQ(page.fetched_at, "2024-06-19T06:30:00+00:00");
  EXPECT_EQ(page.bytes, text);

  Result<Article> a = ExtractArticle(page, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->site, "example.id");
  EXPECT_EQ(a->title, "Jalur Sepeda Diperluas 12 Kilometer");
  EXPECT_EQ(a->dateline, "Jakarta");
  ASSERT_EQ(a->body.size(), 2u);
  EXPECT_EQ(a->body[1], para2);
}

}  // namespace
}  // namespace kabar
