// ASCII case folding: only 'A'..'Z' fold, every other byte (UTF-8 included) is itself, and the
// word-at-a-time paths agree with the byte tails at every length.
#include "common/ascii_case.h"

#include <gtest/gtest.h>

namespace kabar {
namespace {

TEST(AsciiCase, LowerFoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Content-Type: TEXT/HTML; Charset=UTF-8"),
            "content-type: text/html; charset=utf-8");
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89 @[`{"), "\xC3\x89t\xC3\x89 @[`{");
  EXPECT_EQ(AsciiLower(""), "");
}

TEST(AsciiCase, EqualsAtEveryLength) {
  std::string upper = "WARC-RECORD-ID-AND-MORE";
  std::string lower = AsciiLower(upper);
  for (size_t n = 0; n <= upper.size(); ++n) {
    EXPECT_TRUE(EqualsIgnoreCase(upper.substr(0, n), lower.substr(0, n))) << n;
    if (n > 0) {
      std::string other = lower.substr(0, n);
      other[n - 1] = '#';  // the last byte differs, in the word or in the tail
      EXPECT_FALSE(EqualsIgnoreCase(upper.substr(0, n), other)) << n;
    }
  }
  EXPECT_FALSE(EqualsIgnoreCase("abc", "abcd"));
  EXPECT_FALSE(EqualsIgnoreCase("\xC3\x89", "\xC3\xA9"));  // É and é are not ASCII letters
}

// Each case: which function, the text, the piece looked for, and the answer.
struct PieceCase {
  bool (*find)(std::string_view, std::string_view);
  const char* text;
  const char* piece;
  bool found;
};

TEST(AsciiCase, PrefixSuffixAndContains) {
  const PieceCase cases[] = {
      {StartsWithIgnoreCase, "HTTP/1.1 200 OK", "http/", true},
      {StartsWithIgnoreCase, "HTT", "http/", false},
      {EndsWithIgnoreCase, "CRAWL.WARC.GZ", ".gz", true},
      {EndsWithIgnoreCase, "page.Html", ".html", true},
      {EndsWithIgnoreCase, "page.htm", ".html", false},
      {EndsWithIgnoreCase, "gz", ".gz", false},
      {ContainsIgnoreCase, "All Rights RESERVED", "rights reserved", true},
      {ContainsIgnoreCase, "unduh", "UNDUH", true},
      {ContainsIgnoreCase, "x", "", true},
      {ContainsIgnoreCase, "a1b2c3", "B2C3", true},
      {ContainsIgnoreCase, "rights reserve", "rights reserved", false},
      {ContainsIgnoreCase, "", "a", false},
      {ContainsIgnoreCase, "download", "downloads", false},
      {ContainsIgnoreCase, "\xC3\x89t\xC3\xA9", "\xC3\xA9T\xC3\xA9", false},
  };
  for (const PieceCase& c : cases) EXPECT_EQ(c.find(c.text, c.piece), c.found) << c.text;
}

}  // namespace
}  // namespace kabar
