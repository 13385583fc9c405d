#include "extract/text_util.h"

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

TEST(TextUtil, ContainsIgnoreCase) {
  EXPECT_TRUE(ContainsIgnoreCase("All Rights RESERVED", "rights reserved"));
  EXPECT_TRUE(ContainsIgnoreCase("unduh", "UNDUH"));
  EXPECT_TRUE(ContainsIgnoreCase("x", ""));
  EXPECT_TRUE(ContainsIgnoreCase("a1b2c3", "B2C3"));
  EXPECT_FALSE(ContainsIgnoreCase("rights reserve", "rights reserved"));
  EXPECT_FALSE(ContainsIgnoreCase("", "a"));
  EXPECT_FALSE(ContainsIgnoreCase("download", "downloads"));
  // Only ASCII letters fold: bytes of other characters compare as they are.
  EXPECT_FALSE(ContainsIgnoreCase("\xC3\x89t\xC3\xA9", "\xC3\xA9T\xC3\xA9"));
}

}  // namespace
}  // namespace kabar::extract
