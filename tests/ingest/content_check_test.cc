#include <gtest/gtest.h>

#include <string>

#include "ingest/content_sniff.h"

namespace kabar {
namespace {

TEST(CheckTextPayload, AcceptsTextInAnyCharset) {
  EXPECT_TRUE(CheckTextPayload("Judul\n\nIsi berita.\n").ok());
  EXPECT_TRUE(CheckTextPayload("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80").ok());
  std::string latin1;  // Latin-1 text: invalid UTF-8, but far from binary
  for (int i = 0; i < 200; ++i) latin1 += "Le caf\xE9 est pr\xEAt. ";
  EXPECT_TRUE(CheckTextPayload(latin1).ok());
  EXPECT_TRUE(CheckTextPayload("tabs\tand\fform feeds\r\n\x1B[0m").ok());
}

TEST(CheckTextPayload, RejectsEmpty) {
  EXPECT_EQ(CheckTextPayload("").ToString(), "not-found: empty file");
  EXPECT_EQ(CheckTextPayload(" \r\n\t\n").ToString(), "not-found: empty file");
}

TEST(CheckTextPayload, RejectsBinary) {
  EXPECT_EQ(CheckTextPayload(std::string("text\0more", 9)).ToString(),
            "corruption: binary data (NUL bytes)");
  std::string noise;
  for (int i = 0; i < 1000; ++i) noise += static_cast<char>(1 + (i * 37) % 255);
  Status s = CheckTextPayload(noise);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.ToString().find("control or invalid bytes"), std::string::npos) << s.ToString();
}

TEST(CheckTextPayload, FindsNulAnywhereInTheSample) {
  // After runs of printable ASCII the scan skips in blocks, after a multi-byte sequence, at the
  // last byte; only the first 64 KiB are looked at.
  for (size_t at : {0, 5, 16, 31, 33, 100, 4095}) {
    std::string text(at, 'a');
    text += '\0';
    text += std::string(40, 'b');
    EXPECT_EQ(CheckTextPayload(text).ToString(), "corruption: binary data (NUL bytes)") << at;
  }
  EXPECT_EQ(
      CheckTextPayload(std::string(20, 'x') + "caf\xC3\xA9" + std::string("\0", 1)).ToString(),
      "corruption: binary data (NUL bytes)");
  std::string late(64 << 10, 'a');
  late += '\0';
  EXPECT_TRUE(CheckTextPayload(late).ok());
}

TEST(CheckTextPayload, CountsControlBytesAfterLongPlainRuns) {
  std::string mixed;  // 30% control bytes, each after a plain run
  for (int i = 0; i < 100; ++i) mixed += std::string("0123456") + "\x01\x02\x03";
  Status s = CheckTextPayload(mixed);
  EXPECT_EQ(s.ToString(), "corruption: binary data (30% control or invalid bytes)");
}

TEST(SniffContentKind, OpenersInAnyCase) {
  EXPECT_EQ(SniffContentKind("a.txt", "<!DOCTYPE HTML>\n<p>x"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("a.txt", "\xEF\xBB\xBF  \n<Html lang=id>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("a.txt", "<BODY>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("a.txt", "<!-- saved -->\n<HTML>"), ContentKind::kHtml);
  EXPECT_EQ(SniffContentKind("a.txt", "<?XML version=1?><rss>"), ContentKind::kText);
  EXPECT_EQ(SniffContentKind("a.txt", "<?xml?>" + std::string(1100, ' ') + "<html>"),
            ContentKind::kText);  // only the first 1024 bytes are looked at
  EXPECT_EQ(SniffContentKind("a.txt", "Judul <html>"), ContentKind::kText);
  EXPECT_EQ(SniffContentKind("a.txt", "<"), ContentKind::kText);
  EXPECT_EQ(SniffContentKind("a.txt", ""), ContentKind::kText);
  EXPECT_EQ(SniffContentKind("A.HTM", "plain"), ContentKind::kHtml);
}

}  // namespace
}  // namespace kabar
