#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

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

// The repair written plainly, a byte at a time (the Unicode standard's "maximal subparts"):
// what RepairUtf8's fast paths (a valid page copied at once, ASCII runs skipped in steps)
// must agree with.
std::string ReferenceRepair(std::string_view in, int* repaired) {
  if (in.substr(0, 3) == "\xEF\xBB\xBF") in.remove_prefix(3);
  std::string out;
  *repaired = 0;
  size_t i = 0;
  while (i < in.size()) {
    auto c = static_cast<uint8_t>(in[i]);
    size_t need = 0;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      out += in[i++];
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    }
    size_t k = 1;
    for (; need > 0 && k <= need && i + k < in.size(); ++k) {
      auto ck = static_cast<uint8_t>(in[i + k]);
      if (ck < (k == 1 ? lo : 0x80) || ck > (k == 1 ? hi : 0xBF)) break;
    }
    if (need > 0 && k == need + 1) {
      out.append(in.substr(i, need + 1));
      i += need + 1;
    } else {
      out += "\xEF\xBF\xBD";
      ++*repaired;
      i += k;
    }
  }
  return out;
}

// RepairUtf8 against the plain repair on random text: ASCII runs of every length around the
// sixteen- and eight-byte steps, valid sequences and stray bytes, invalid ones early and late.
TEST(RepairUtf8, AgreesWithPlainRepairOnRandomText) {
  std::mt19937 rng(18);
  const std::string pieces[] = {"a",
                                "abcdefghijklmno",
                                "abcdefghijklmnopqrstuvwxyz0123456789 ",
                                "\xC3\xA9",
                                "\xE2\x80\x9C",
                                "\xF0\x9F\x98\x80",
                                "\xE2\x82",
                                "\xFF",
                                "\x80",
                                "\xED\xA0\x80",
                                "\xC0\xAF",
                                "\xF4\x90\x80\x80",
                                "\xEF\xBB\xBF"};
  const size_t kPieces = sizeof pieces / sizeof pieces[0];
  for (int round = 0; round < 20000; ++round) {
    std::string in;
    int parts = static_cast<int>(rng() % 12);
    for (int k = 0; k < parts; ++k) {
      // Valid pieces nine times in ten, so that most texts are long valid runs.
      size_t pick = rng() % 10 < 9 ? rng() % 6 : rng() % kPieces;
      in +=
          pieces[pick].substr(0, pick == 2 ? rng() % (pieces[2].size() + 1) : pieces[pick].size());
    }
    int want_n = -1, got_n = -1;
    std::string want = ReferenceRepair(in, &want_n);
    EXPECT_EQ(RepairUtf8(in, &got_n), want) << testing::PrintToString(in);
    EXPECT_EQ(got_n, want_n) << testing::PrintToString(in);
    EXPECT_EQ(IsValidUtf8(in), want_n == 0) << testing::PrintToString(in);
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
