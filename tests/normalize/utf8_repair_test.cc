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

// IsValidUtf8 says "nothing to repair" exactly when RepairUtf8 repairs nothing, on every
// byte pair and triple after ASCII runs of each length around the eight-byte fast path.
TEST(IsValidUtf8, AgreesWithRepairUtf8) {
  const std::string leads[] = {"", "a", "abcdefg", "abcdefgh", "abcdefghijklmnopq"};
  const unsigned char probes[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                                  0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (const std::string& lead : leads) {
    for (unsigned char a : probes) {
      for (unsigned char b : probes) {
        for (unsigned char c : probes) {
          std::string s = lead + static_cast<char>(a) + static_cast<char>(b) +
                          static_cast<char>(c) + "\x80\x80" + lead;
          for (size_t len : {lead.size() + 1, lead.size() + 2, s.size()}) {
            std::string in = s.substr(0, len);
            int n = -1;
            RepairUtf8(in, &n);
            EXPECT_EQ(IsValidUtf8(in), n == 0) << testing::PrintToString(in);
          }
        }
      }
    }
  }
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x82\xAC"));
}

}  // namespace
}  // namespace kabar
