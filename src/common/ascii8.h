// Eight bytes at a time ("SWAR"): the shared pieces of the byte scans that test or copy plain
// ASCII text a 64-bit word at a time (JSON escaping, UTF-8 repair, text cleaning, charset and
// content sniffing, word scans).
//
// Load8(p) reads p[0..8) as one little-endian word: byte p[k] is bits 8k..8k+7. The caller
// guarantees that eight bytes are readable at p; there is no alignment requirement.
// kOnes has 0x01 in every byte (c * kOnes repeats byte c eight times); kHigh has each byte's
// top bit set. IsAscii8(x) is true when all eight bytes of x are below 0x80. BytesEqual8(x, c)
// has the top bit set in exactly the bytes of x equal to c, and no other bit.
// BytesInRange8(low7, lo, hi), for a word of bytes below 0x80 and 0 < lo <= hi < 0x80, has the
// top bit set in exactly the bytes in lo..hi, and no other bit. HasByteBelow8(x, n), for
// 0 < n <= 0x80, is true when some byte of x is below n. IsPrintableAscii8(x) is true when all
// eight bytes are in 0x20..0x7F, IsPrintableAsciiNoDel8(x) when they are in 0x20..0x7E.
// LowerAscii8(x) is x with the bytes 'A'..'Z' turned into 'a'..'z' and every other byte unchanged.
#ifndef KABAR_COMMON_ASCII8_H_
#define KABAR_COMMON_ASCII8_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace kabar {

static_assert(std::endian::native == std::endian::little, "Load8 assumes little-endian bytes");

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHigh = 0x8080808080808080ull;

inline uint64_t Load8(const void* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

inline bool IsAscii8(uint64_t x) { return (x & kHigh) == 0; }

inline uint64_t BytesEqual8(uint64_t x, unsigned char c) {
  uint64_t y = x ^ (c * kOnes);                   // zero where x has c
  return ~(((y & ~kHigh) + ~kHigh) | y) & kHigh;  // no carry leaves a byte
}

inline uint64_t BytesInRange8(uint64_t low7, unsigned char lo, unsigned char hi) {
  // Each sum stays within its byte; its top bit says "at least lo" / "above hi".
  return (low7 + (0x80 - lo) * kOnes) & ~(low7 + (0x80 - hi - 1) * kOnes) & kHigh;
}

inline bool HasByteBelow8(uint64_t x, unsigned char n) {
  return ((x - n * kOnes) & ~x & kHigh) != 0;  // exact as a yes-no answer
}

inline bool IsPrintableAscii8(uint64_t x) {
  // Exact: a byte below 0x20 with no lower one borrowing from it wraps to 0xE0 or more.
  return IsAscii8(x | (x - 0x20 * kOnes));
}

inline bool IsPrintableAsciiNoDel8(uint64_t x) {
  // Exact: non-ASCII bytes set their own top bit, a byte below 0x20 borrows (as above), and
  // 0x7F + 1 sets it with no carry on (a byte that could carry, 0xFF, is not ASCII).
  return IsAscii8(x | (x - 0x20 * kOnes) | (x + kOnes));
}

inline uint64_t LowerAscii8(uint64_t x) {
  uint64_t upper = BytesInRange8(x & ~kHigh, 'A', 'Z') & ~x;
  return x | (upper >> 2);  // 0x80 >> 2 is the 0x20 case bit
}

// Writes `n` bytes of `src` to `dst` with ASCII upper case lowered (as LowerAscii8).
inline void LowerAsciiCopy(const char* src, size_t n, char* dst) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x = LowerAscii8(Load8(src + i));
    std::memcpy(dst + i, &x, 8);
  }
  for (; i < n; ++i) {
    char c = src[i];
    dst[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

}  // namespace kabar

#endif  // KABAR_COMMON_ASCII8_H_
