#include "extract/page_spaces.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

namespace kabar::extract {
namespace {

TEST(PageSpaces, LoneCarriageReturnEndsALine) {
  std::string text = "one\rtwo\r\nthree\r";
  UnifyLineBreaks(&text);
  EXPECT_EQ(text, "one\ntwo\r\nthree\n");  // "\r\n" is the line reader's to trim
}

TEST(PageSpaces, SpaceSeparatorsBecomeAsciiSpaces) {
  std::string out = "untouched";
  EXPECT_FALSE(
      UnifySpaces("12 Juni 2023 | 10.37 WIB \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D", &out));
  EXPECT_EQ(out, "untouched");
  // NBSP, EN SPACE, HAIR SPACE, NARROW NBSP, IDEOGRAPHIC SPACE; a dash and ZWJ stay.
  ASSERT_TRUE(
      UnifySpaces("12\xC2\xA0Juni\xE2\x80\x82"
                  "2023\xE2\x80\x8A|\xE2\x80\xAF"
                  "10.37\xE3\x80\x80WIB \xE2\x80\x94\xE2\x80\x8D.",
                  &out));
  EXPECT_EQ(out, "12 Juni 2023 | 10.37 WIB \xE2\x80\x94\xE2\x80\x8D.");
  // Separators at both ends and in a run of ASCII longer than a step.
  ASSERT_TRUE(
      UnifySpaces("\xC2\xA0"
                  "abcdefghijklmnopqrstuvwxyz\xC2\xA0\xC2\xA0",
                  &out));
  EXPECT_EQ(out, " abcdefghijklmnopqrstuvwxyz  ");
  // A lead byte at the end of a truncated text is left alone.
  ASSERT_TRUE(
      UnifySpaces("a\xC2\xA0"
                  "b\xC2",
                  &out));
  EXPECT_EQ(out, "a b\xC2");
  // Ideographic spaces opening a line are a CJK paragraph's indent: dropped, not made spaces.
  ASSERT_TRUE(
      UnifySpaces("\xE3\x80\x80\xE3\x80\x80\xE6\x97\xA5\xE3\x80\x80\xE6\x9C\x9F\n"
                  "\xE3\x80\x80\xE6\x97\xA5",
                  &out));
  EXPECT_EQ(out, "\xE6\x97\xA5 \xE6\x9C\x9F\n\xE6\x97\xA5");
}

// Texts of every length up to 70 bytes, pieced from ASCII, the separators, the invisible
// characters and other non-ASCII characters of the same lead bytes, against a replace-each-piece
// reference: the scan's steps of sixteen and eight bytes and its tail find the same separators.
TEST(PageSpaces, EveryPlaceAndLengthAgainstAReference) {
  struct Piece {
    const char* bytes;
    const char* unified;
  };
  const Piece pieces[] = {{"a", "a"},
                          {" ", " "},
                          {"\xC2\xA0", " "},
                          {"\xC2\xA9", "\xC2\xA9"},          // (c): not a space
                          {"\xE2\x80\x83", " "},             // EM SPACE
                          {"\xE2\x80\x9C", "\xE2\x80\x9C"},  // a quotation mark
                          {"\xE2\x80\xAF", " "},             // NARROW NBSP
                          {"\xE3\x80\x80", " "},             // IDEOGRAPHIC SPACE
                          {"\xE3\x80\x82", "\xE3\x80\x82"},  // IDEOGRAPHIC FULL STOP
                          {"\xC2\xAD", ""},                  // SOFT HYPHEN
                          {"\xE2\x80\x8B", ""},              // ZERO WIDTH SPACE
                          {"\xE2\x80\x8D", "\xE2\x80\x8D"},  // ZWJ: kept
                          {"\xE2\x81\xA0", ""},              // WORD JOINER
                          {"\xEF\xBB\xBF", ""},              // U+FEFF
                          {"\n", "\n"}};
  uint32_t seed = 7;
  for (int round = 0; round < 3000; ++round) {
    std::string text, want;
    const size_t length = round % 71;
    while (text.size() < length) {
      seed = seed * 1103515245u + 12345u;
      const Piece& piece = pieces[(seed >> 16) % std::size(pieces)];
      text += piece.bytes;
      // An ideographic space opening a line is a paragraph's indent: dropped.
      const bool indent =
          std::string_view(piece.bytes) == "\xE3\x80\x80" && (want.empty() || want.back() == '\n');
      want += indent ? "" : piece.unified;
    }
    std::string got;
    if (!UnifySpaces(text, &got)) got = text;
    EXPECT_EQ(got, want) << round;
  }
}

}  // namespace
}  // namespace kabar::extract
