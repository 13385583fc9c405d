// DecodeCharRefs: character references left in metadata text, decoded by hand-checked code
// points (U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99 in UTF-8, and so on).
#include "extract/char_refs.h"

#include <gtest/gtest.h>

namespace kabar {
namespace {

TEST(CharRefs, NumericAndNamedReferencesBecomeTheirCharacters) {
  EXPECT_EQ(DecodeCharRefs("Here&#8217;s why"), "Here\xE2\x80\x99s why");
  EXPECT_EQ(DecodeCharRefs("&#x201C;Quoted&#X201D;"), "\xE2\x80\x9CQuoted\xE2\x80\x9D");
  EXPECT_EQ(DecodeCharRefs("Australian &#039;megablaze&#039;"), "Australian 'megablaze'");
  EXPECT_EQ(DecodeCharRefs("&quot;minera&quot; &amp; co"), "\"minera\" & co");
  EXPECT_EQ(DecodeCharRefs("Guzm&aacute;n&nbsp;Pinal"), "Guzm\xC3\xA1n\xC2\xA0Pinal");
  EXPECT_EQ(DecodeCharRefs("&#163;71.6m"),
            "\xC2\xA3"
            "71.6m");
  EXPECT_EQ(DecodeCharRefs("emoji &#128240;"), "emoji \xF0\x9F\x93\xB0");
}

TEST(CharRefs, WindowsCodesInTheC1RangeReadAsHtmlReadsThem) {
  EXPECT_EQ(DecodeCharRefs("a &#150; b"), "a \xE2\x80\x93 b");  // en dash
  EXPECT_EQ(DecodeCharRefs("&#146;"), "\xE2\x80\x99");
}

TEST(CharRefs, WhatIsNoReferenceStaysAsWritten) {
  EXPECT_EQ(DecodeCharRefs("Tom & Jerry"), "Tom & Jerry");
  EXPECT_EQ(DecodeCharRefs("AT&T; R&D"), "AT&T; R&D");
  EXPECT_EQ(DecodeCharRefs("&amp"), "&amp");
  EXPECT_EQ(DecodeCharRefs("&#0; &#xD800; &#1114112; &#; &#x;"),
            "&#0; &#xD800; &#1114112; &#; &#x;");
  EXPECT_EQ(DecodeCharRefs("&unknownname;"), "&unknownname;");
  EXPECT_EQ(DecodeCharRefs("trailing &"), "trailing &");
  EXPECT_EQ(DecodeCharRefs(""), "");
}

}  // namespace
}  // namespace kabar
