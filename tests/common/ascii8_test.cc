// The eight-bytes-at-a-time predicates of common/ascii8.h against plain byte loops, on words
// built from the bytes where the tricks could go wrong: the ends of each range, 0x00, 0x7F,
// 0x80, 0xFF, in every position, and random words.
#include "common/ascii8.h"

#include <gtest/gtest.h>

#include <array>
#include <random>

namespace kabar {
namespace {

std::array<unsigned char, 8> Bytes(uint64_t x) {
  std::array<unsigned char, 8> b;
  std::memcpy(b.data(), &x, 8);
  return b;
}

bool SlowPrintable(uint64_t x) {
  for (unsigned char c : Bytes(x))
    if (c < 0x20 || c > 0x7F) return false;
  return true;
}

bool SlowPrintableNoDel(uint64_t x) {
  for (unsigned char c : Bytes(x))
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

bool SlowBelow(uint64_t x, unsigned char n) {
  for (unsigned char c : Bytes(x))
    if (c < n) return true;
  return false;
}

uint64_t SlowInRange(uint64_t x, unsigned char lo, unsigned char hi) {
  uint64_t mask = 0;
  auto b = Bytes(x);
  for (int k = 0; k < 8; ++k)
    if (b[k] >= lo && b[k] <= hi) mask |= uint64_t{0x80} << (8 * k);
  return mask;
}

uint64_t SlowLower(uint64_t x) {
  auto b = Bytes(x);
  for (auto& c : b)
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
  uint64_t y;
  std::memcpy(&y, b.data(), 8);
  return y;
}

// Words mixing edge bytes (chosen by the generator) into a base of printable ASCII.
std::vector<uint64_t> EdgeWords() {
  const unsigned char edges[] = {0x00, 0x01, 0x09, 0x1F, 0x20, 0x21, '@',  'A',  'Z',  '[',
                                 '`',  'a',  'z',  0x7E, 0x7F, 0x80, 0x9F, 0xC3, 0xE0, 0xFF};
  std::vector<uint64_t> words;
  std::mt19937_64 rng(5);
  for (int n = 0; n < 20000; ++n) {
    uint64_t x = 0x6867666564636261ull;  // "abcdefgh"
    auto b = Bytes(x);
    int changes = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < changes; ++k) b[rng() % 8] = edges[rng() % std::size(edges)];
    std::memcpy(&x, b.data(), 8);
    words.push_back(x);
    words.push_back(rng());
  }
  return words;
}

TEST(Ascii8Test, PrintableMatchesByteLoop) {
  for (uint64_t x : EdgeWords()) EXPECT_EQ(IsPrintableAscii8(x), SlowPrintable(x)) << std::hex << x;
}

TEST(Ascii8Test, PrintableNoDelMatchesByteLoop) {
  for (uint64_t x : EdgeWords()) {
    EXPECT_EQ(IsPrintableAsciiNoDel8(x), SlowPrintableNoDel(x)) << std::hex << x;
  }
}

TEST(Ascii8Test, ByteBelowMatchesByteLoop) {
  for (unsigned char n : {1, 0x09, 0x20, 0x30, 0x7F, 0x80})
    for (uint64_t x : EdgeWords()) EXPECT_EQ(HasByteBelow8(x, n), SlowBelow(x, n)) << std::hex << x;
}

TEST(Ascii8Test, InRangeMatchesByteLoopOnSevenBitWords) {
  for (auto [lo, hi] : {std::pair{'A', 'Z'}, std::pair{'0', '9'}, std::pair{'\x01', '\x7f'}})
    for (uint64_t x : EdgeWords()) {
      uint64_t low7 = x & ~kHigh;
      EXPECT_EQ(BytesInRange8(low7, lo, hi), SlowInRange(low7, lo, hi)) << std::hex << x;
    }
}

TEST(Ascii8Test, EqualAndLowerMatchByteLoop) {
  for (uint64_t x : EdgeWords()) {
    EXPECT_EQ(BytesEqual8(x, ' '), SlowInRange(x, ' ', ' ')) << std::hex << x;
    EXPECT_EQ(LowerAscii8(x), SlowLower(x)) << std::hex << x;
  }
}

}  // namespace
}  // namespace kabar
