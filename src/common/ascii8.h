// Eight bytes at a time ("SWAR"): the shared pieces of the byte scans that test or copy plain
// ASCII text a 64-bit word at a time (JSON escaping, UTF-8 repair, text cleaning, charset and
// content sniffing, word scans).
//
// Load8(p) reads p[0..8) as one little-endian word: byte p[k] is bits 8k..8k+7. The caller
// guarantees that eight bytes are readable at p; there is no alignment requirement.
// kOnes has 0x01 in every byte (c * kOnes repeats byte c eight times); kHigh has each byte's
// top bit set. IsAscii8(x) is true when all eight bytes of x are below 0x80. BytesEqual8(x, c)
// has the top bit set in exactly the bytes of x equal to c, and no other bit.
#ifndef KABAR_COMMON_ASCII8_H_
#define KABAR_COMMON_ASCII8_H_

#include <bit>
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

}  // namespace kabar

#endif  // KABAR_COMMON_ASCII8_H_
