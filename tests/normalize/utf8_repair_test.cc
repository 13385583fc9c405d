#include <gtest/gtest.h>

#include "kabar/normalize.h"

namespace kabar {
namespace {

struct Case {
  std::string in;
  std::string out;
  int repaired;
};

TEST(RepairUtf8, ReplacesMaximalInvalidSubparts) {
  const std::string R = "\xEF\xBF\xBD";
  const Case cases[] = {
      {"plain ascii", "plain ascii", 0},
      {"caf\xC3\xA9", "caf\xC3\xA9", 0},
      {"\xEF\xBB\xBF"
       "bom",
       "bom", 0},
      {"a\xFFz", "a" + R + "z", 1},
      {"\xC0\xAF", R + R, 2},                  // overlong: C0 never valid
      {"\xED\xA0\x80", R + R + R, 3},          // surrogate: ED A0 is not a valid pair
      {"\xE2\x82", R, 1},                      // truncated 3-byte sequence at end
      {"\xE2\x82x", R + "x", 1},               // truncated inside
      {"\xF4\x90\x80\x80", R + R + R + R, 4},  // above U+10FFFF
  };
  for (const Case& c : cases) {
    int n = -1;
    EXPECT_EQ(RepairUtf8(c.in, &n), c.out);
    EXPECT_EQ(n, c.repaired);
  }
}

}  // namespace
}  // namespace kabar
