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

}  // namespace
}  // namespace kabar
