// What a word is made of, byte by byte, for the word scans of every stage (line classifier,
// dedup shingles, clustering terms): ASCII letters and digits, and every byte of a multi-byte
// UTF-8 character (so "Bogotá" and "北京" are words). Punctuation joining parts of a word
// ("Kim-Jong", "don't") is each scanner's own rule.
#ifndef KABAR_COMMON_WORD_BYTES_H_
#define KABAR_COMMON_WORD_BYTES_H_

#include <cstdint>

#include "common/ascii8.h"

namespace kabar {

constexpr bool IsAsciiAlnumByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool IsWordByte(unsigned char c) { return c >= 0x80 || IsAsciiAlnumByte(c); }

// Eight bytes at a time (common/ascii8.h): the top bit set in exactly the bytes of x that are
// word bytes (IsWordByte), and no other bit.
inline uint64_t WordBytes8(uint64_t x) {
  uint64_t low7 = x & ~kHigh;
  uint64_t letters = BytesInRange8(low7 | 0x20 * kOnes, 'a', 'z');  // either case
  return (x & kHigh) | letters | BytesInRange8(low7, '0', '9');
}

// The top bit set in exactly the ASCII digits of x (not in bytes of 0x80 and above, whose low
// seven bits may spell one).
inline uint64_t DigitBytes8(uint64_t x) { return BytesInRange8(x & ~kHigh, '0', '9') & ~x; }

}  // namespace kabar

#endif  // KABAR_COMMON_WORD_BYTES_H_
