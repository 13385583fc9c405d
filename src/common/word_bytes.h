// What a word is made of, byte by byte, for the word scans of every stage (line classifier,
// dedup shingles, clustering terms): ASCII letters and digits, and every byte of a multi-byte
// UTF-8 character (so "Bogotá" and "北京" are words). Punctuation joining parts of a word
// ("Kim-Jong", "don't") is each scanner's own rule.
#ifndef KABAR_COMMON_WORD_BYTES_H_
#define KABAR_COMMON_WORD_BYTES_H_

namespace kabar {

constexpr bool IsAsciiAlnumByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool IsWordByte(unsigned char c) { return c >= 0x80 || IsAsciiAlnumByte(c); }

}  // namespace kabar

#endif  // KABAR_COMMON_WORD_BYTES_H_
