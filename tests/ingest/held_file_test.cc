// Files read whole (record_reader.cc's OpenDecoded): a one-member gzip file is decoded in one
// call, and what the readers see is what streaming the same bytes gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/byte_stream.h"
#include "ingest/record_reader.h"
#include "test_util.h"

namespace kabar {
namespace {

using testing::Gzip;
using testing::ReadAll;
using testing::WriteTempFile;

std::string Page(int n) {
  std::string p = "<html><body>";
  for (int i = 0; i < n; ++i) p += "<p>Paragraph " + std::to_string(i) + " of the page.</p>\n";
  return p + "</body></html>";
}

std::string Record(const std::string& id, const std::string& html) {
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: http://a.com/" + id +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// The items a WARC reader yields when `gz` is streamed through zlib (the reference).
std::vector<IngestItem> StreamedWarc(const std::string& gz) {
  InputFile in;
  in.path = "streamed.warc.gz";
  in.stream = NewGzipStream(NewMemoryStream(gz));
  in.reader = std::make_unique<StreamReader>(in.stream.get());
  std::unique_ptr<RecordReader> reader = NewWarcReader(std::move(in), IngestOptions());
  std::vector<IngestItem> items;
  while (auto item = reader->Next()) items.push_back(std::move(*item));
  return items;
}

TEST(HeldFile, OneGzipMemberIsDecodedAtOnce) {
  std::string html = Page(2000);
  std::string decoded;
  ASSERT_TRUE(GunzipOneMember(Gzip(html), html.size(), &decoded));
  EXPECT_EQ(decoded, html);
}

TEST(HeldFile, OtherShapesAreLeftToTheStreamingDecoder) {
  std::string html = Page(50);
  std::string gz = Gzip(html);
  std::string decoded = "untouched";
  EXPECT_FALSE(GunzipOneMember(gz + Gzip(html), 1 << 20, &decoded));            // two members
  EXPECT_FALSE(GunzipOneMember(gz + std::string(8, '\0'), 1 << 20, &decoded));  // padding
  EXPECT_FALSE(GunzipOneMember(gz + "x", 1 << 20, &decoded));                   // trailing bytes
  EXPECT_FALSE(GunzipOneMember(gz, html.size() - 1, &decoded));  // larger than allowed
  EXPECT_FALSE(GunzipOneMember(gz.substr(0, gz.size() - 9), 1 << 20, &decoded));  // cut
  std::string bad_crc = gz;
  bad_crc[bad_crc.size() - 8] ^= 1;
  EXPECT_FALSE(GunzipOneMember(bad_crc, 1 << 20, &decoded));
  std::string bad_size = gz;
  bad_size[bad_size.size() - 4] ^= 1;
  EXPECT_FALSE(GunzipOneMember(bad_size, 1 << 20, &decoded));
  EXPECT_EQ(decoded, "untouched");
}

TEST(HeldFile, GzippedDocumentReadsAsWhenStreamed) {
  std::string html = Page(300);
  std::string one = Gzip(html);
  std::string two = Gzip(html.substr(0, 1000)) + Gzip(html.substr(1000));  // streamed
  for (const std::string& gz : {one, two}) {
    std::vector<IngestItem> items = ReadAll({WriteTempFile("page.html.gz", gz)});
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].error.ok()) << items[0].error.ToString();
    EXPECT_EQ(items[0].page.bytes, html);
    EXPECT_EQ(items[0].page.source.offset, 0u);
    EXPECT_EQ(items[0].page.source.length, gz.size());
  }
}

TEST(HeldFile, PlainDocumentIsReadWhole) {
  std::string html = Page(300);
  std::vector<IngestItem> items = ReadAll({WriteTempFile("page.html", html)});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error.ok()) << items[0].error.ToString();
  EXPECT_EQ(items[0].page.bytes, html);
  EXPECT_EQ(items[0].page.source.length, html.size());
}

TEST(HeldFile, OneMemberWarcGzReadsAsWhenStreamed) {
  std::string gz = Gzip(Record("1", Page(20)) + Record("2", Page(400)) + Record("3", Page(3)));
  std::vector<IngestItem> held = ReadAll({WriteTempFile("one.warc.gz", gz)});
  std::vector<IngestItem> streamed = StreamedWarc(gz);
  ASSERT_EQ(held.size(), 3u);
  ASSERT_EQ(held.size(), streamed.size());
  for (size_t i = 0; i < held.size(); ++i) {
    EXPECT_TRUE(held[i].error.ok()) << held[i].error.ToString();
    EXPECT_EQ(held[i].page.bytes, streamed[i].page.bytes);
    EXPECT_EQ(held[i].page.source.offset, streamed[i].page.source.offset);
    EXPECT_EQ(held[i].page.source.length, streamed[i].page.source.length);
    EXPECT_EQ(held[i].page.source.record_id, streamed[i].page.source.record_id);
  }
}

TEST(HeldFile, DamagedOneMemberFileIsStillNamedByTheStreamingDecoder) {
  std::string gz = Gzip(Page(300));
  gz[gz.size() - 8] ^= 1;  // CRC
  std::vector<IngestItem> items = ReadAll({WriteTempFile("crc.html.gz", gz)});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error.code(), Status::Code::kCorruption);
  EXPECT_NE(items[0].error.message().find("corrupt gzip member at offset 0"), std::string::npos)
      << items[0].error.ToString();
}

}  // namespace
}  // namespace kabar
