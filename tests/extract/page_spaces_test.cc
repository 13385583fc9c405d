#include "extract/page_spaces.h"

#include <gtest/gtest.h>

#include <string>

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
  // NBSP, EN SPACE, HAIR SPACE, NARROW NBSP, IDEOGRAPHIC SPACE; a dash and ZWSP stay.
  ASSERT_TRUE(
      UnifySpaces("12\xC2\xA0Juni\xE2\x80\x82"
                  "2023\xE2\x80\x8A|\xE2\x80\xAF"
                  "10.37\xE3\x80\x80WIB \xE2\x80\x94\xE2\x80\x8B.",
                  &out));
  EXPECT_EQ(out, "12 Juni 2023 | 10.37 WIB \xE2\x80\x94\xE2\x80\x8B.");
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
}

}  // namespace
}  // namespace kabar::extract
