// Damaged copies of valid inputs (a WARC.gz of several records, a plain WARC, JSON Lines, a
// gzipped HTML page), cut short, with bytes flipped, inserted or repeated at random: reading
// and extracting them never crashes or hangs (the sanitizer build runs this too), every item
// is a page or a reject with a reason, and items come in file order inside the file.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kabar/extract.h"
#include "test_util.h"

namespace kabar {
namespace {

using testing::Gzip;
using testing::ReadAll;
using testing::WriteTempFile;

std::string Html(int i) {
  return "<html><head><title>Judul berita " + std::to_string(i) +
         "</title><meta charset=utf-8></head><body><article><h1>Judul</h1><p>Presiden "
         "berbicara di Jakarta pada hari Rabu tentang kebijakan baru pemerintah nomor " +
         std::to_string(i) + ".</p><!-- c --><script>var a = 1;</script></article></body></html>";
}

std::string WarcRecord(int i) {
  std::string body = Html(i);
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                     std::to_string(body.size()) + "\r\n\r\n" + body;
  return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(i) +
         ">\r\nWARC-Target-URI: https://news.example/" + std::to_string(i) +
         "\r\nWARC-Date: 2024-06-19T06:30:00Z\r\nContent-Type: application/http; "
         "msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

std::string Mutate(std::string s, std::mt19937* rng) {
  auto at = [&](size_t n) { return n == 0 ? 0 : (*rng)() % n; };
  switch ((*rng)() % 4) {
    case 0:  // cut short
      s.resize(at(s.size()));
      break;
    case 1:  // flip a few bytes
      for (int k = 0; k < 1 + static_cast<int>((*rng)() % 4) && !s.empty(); ++k) {
        s[at(s.size())] ^= static_cast<char>(1 + (*rng)() % 255);
      }
      break;
    case 2:  // insert random bytes
      s.insert(at(s.size() + 1), std::string(1 + (*rng)() % 16, static_cast<char>((*rng)())));
      break;
    default: {  // repeat a piece
      size_t from = at(s.size());
      s.insert(at(s.size() + 1), s.substr(from, at(64) + 1));
    }
  }
  return s;
}

void ReadAndExtract(const std::string& name, const std::string& bytes) {
  std::string path = WriteTempFile(name, bytes);
  std::vector<IngestItem> items = ReadAll({path});
  ASSERT_FALSE(items.empty()) << name;  // even an empty file is one reject
  uint64_t last = 0;
  for (const IngestItem& item : items) {
    EXPECT_GE(item.page.source.offset, last);
    EXPECT_LE(item.page.source.offset, bytes.size());
    last = item.page.source.offset;
    if (!item.error.ok()) {
      EXPECT_FALSE(item.error.message().empty());
      continue;
    }
    Result<Article> a = ExtractArticle(item.page, {}, nullptr);
    if (!a.ok()) EXPECT_FALSE(a.status().message().empty());
  }
}

TEST(MutatedInput, DamagedFilesAreReadWithoutCrashOrLoss) {
  std::string warc, warc_gz, jsonl;
  for (int i = 0; i < 4; ++i) {
    warc += WarcRecord(i);
    warc_gz += Gzip(WarcRecord(i));
    jsonl += "{\"url\": \"https://news.example/" + std::to_string(i) + "\", \"html\": \"" +
             Html(i) + "\"}\n";
  }
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"m.warc.gz", warc_gz}, {"m.warc", warc}, {"m.jsonl", jsonl}, {"m.html.gz", Gzip(Html(9))}};
  std::mt19937 rng(2024);
  for (const auto& [name, bytes] : inputs) {
    ReadAndExtract(name, bytes);
    for (int round = 0; round < 150; ++round) {
      std::string damaged = Mutate(bytes, &rng);
      if (rng() % 3 == 0) damaged = Mutate(damaged, &rng);
      SCOPED_TRACE(name + " round " + std::to_string(round));
      ReadAndExtract(name, damaged);
    }
  }
}

}  // namespace
}  // namespace kabar
