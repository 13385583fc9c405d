// Small text helpers shared by the text analysers: trimming, ASCII case, word iteration.
// All functions are pure and allocation-free unless they return a std::string.
#ifndef KABAR_EXTRACT_TEXT_UTIL_H_
#define KABAR_EXTRACT_TEXT_UTIL_H_

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "common/ascii_case.h"
#include "common/word_bytes.h"

namespace kabar::extract {

// `s` without leading and trailing white space (ASCII space, tab, CR, LF, and U+00A0 NBSP).
std::string_view TrimSpace(std::string_view s);

// Trim(s) is TrimSpace(s). Most lines open and close with printable ASCII, which is no white
// space nor the first or last byte of one: they are returned without a call.
inline std::string_view Trim(std::string_view s) {
  auto printable = [](char c) { return c > ' ' && c < 0x7F; };
  if (!s.empty() && printable(s.front()) && printable(s.back())) return s;
  return TrimSpace(s);
}

// ASCII case (AsciiLower, EqualsIgnoreCase, ...): common/ascii_case.h.

// Folds runs of white space to one ASCII space and trims the ends.
std::string CollapseSpace(std::string_view s);

// Where the two bytes `a` then `b` first stand together in `s` at or after `from` (as
// s.find({a, b}, from)), else npos. Sixteen places a step: find() calls memchr for every `a`,
// and a line of prose has a space every few bytes.
inline size_t FindBytePair(std::string_view s, char a, char b, size_t from = 0);

// The words of `s`: maximal runs of letters, digits and in-word marks ('-', '\'', '.', U+2019
// between letters). Views into `s`.
std::vector<std::string_view> Words(std::string_view s);

// Length of the word starting at s[i] (0 when s[i] does not start one), and where the next
// word may start. The allocation-free primitive under Words() and ForEachWord().
inline size_t WordAt(std::string_view s, size_t i);

// Number of words of `s` (as Words(s).size(), without allocating).
size_t CountWords(std::string_view s);

// Calls f(word) for each word of `s`, in order, without allocating.
template <typename F>
void ForEachWord(std::string_view s, F&& f);

// Calls f(word) for each word of `s`, as ForEachWord would, when `s` is ASCII and at most
// kMaxAsciiWordText bytes long: the words are found from bit masks, 64 bytes a step (SSE2).
// Returns false, calling f for no word, for any other `s` (or a build without SSE2).
template <typename F>
bool ForEachAsciiWord(std::string_view s, F&& f);
inline constexpr size_t kMaxAsciiWordText = 4096;

// Title case for a place or name written in capitals: "PYONGYANG" -> "Pyongyang",
// "NEW YORK" -> "New York". Words already in mixed case are kept.
std::string TitleCaseWords(std::string_view s);

// True for an ASCII upper-case letter at the start of `w` (UTF-8 upper-case Latin-1 letters too).
inline bool StartsUpper(std::string_view w);
inline bool StartsLower(std::string_view w);
// True when every letter in `w` is upper case and it has at least one letter.
bool IsAllUpper(std::string_view w);

// Number of Unicode code points in valid UTF-8 `s` (continuation bytes are not counted).
size_t Utf8Length(std::string_view s);

// True when `text` ends with an ellipsis: three full stops or U+2026 ("... Hurri...", a
// headline or a trail cut short).
bool EndsWithEllipsis(std::string_view text);

// True when the bracket at line[open] (open > 0) may open a tag closing the line: after a space,
// or glued to the sentence's end ("... kantornya.(ant)").
bool OpensClosingBracket(std::string_view line, size_t open);

// The round- or square-bracketed tail that closes `line` after a space or a sentence's end,
// brackets included: "... kata dia. (ant)" -> "(ant)", "... itu. [ANT/ROL]" -> "[ANT/ROL]".
// False, and *bracketed untouched, when `line` ends otherwise.
bool ClosingBracketed(std::string_view line, std::string_view* bracketed);

// The text inside the round brackets that close `line` after a space or a sentence's end: "...
// kata dia. (Sumber: Antara)" -> "Sumber: Antara". False, and *inner untouched, when `line`
// ends otherwise.
bool ClosingParenthesis(std::string_view line, std::string_view* inner);

// --- inline definitions (hot in every line analyser) ---------------------------------------

// True for an ASCII letter, either case.
inline bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// True for an ASCII digit.
inline bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

inline size_t FindBytePair(std::string_view s, char a, char b, size_t from) {
  size_t i = from;
#ifdef __SSE2__
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
  for (; i + 17 <= s.size(); i += 16) {
    const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
    const int hits =
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(here, va), _mm_cmpeq_epi8(next, vb)));
    if (hits != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(hits)));
  }
  // The places left, at most sixteen, in one step back over places already looked at.
  if (i + 1 < s.size() && s.size() >= 17) {
    const size_t last = s.size() - 17;
    const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + last));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + last + 1));
    const auto hits = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(here, va), _mm_cmpeq_epi8(next, vb))));
    const unsigned new_places = hits >> (i - last);  // last <= i: only places from i on
    if (new_places == 0) return std::string_view::npos;
    return i + static_cast<size_t>(std::countr_zero(new_places));
  }
#endif
  for (; i + 1 < s.size(); ++i) {
    if (s[i] == a && s[i + 1] == b) return i;
  }
  return std::string_view::npos;
}

namespace text_util_internal {

// Byte classes by table: bit 0 an ASCII letter or digit, bit 1 a byte words may hold (those
// and every byte >= 0x80).
inline constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    auto b = static_cast<unsigned char>(c);
    t[c] =
        static_cast<uint8_t>((kabar::IsAsciiAlnumByte(b) ? 1 : 0) | (kabar::IsWordByte(b) ? 2 : 0));
  }
  return t;
}();

inline bool IsAsciiAlnum(unsigned char c) { return (kByteClass[c] & 1) != 0; }

inline bool IsWordByte(unsigned char c) { return (kByteClass[c] & 2) != 0; }

// How many of the eight bytes `x` (Load8) are IsAsciiAlnum before the first that is not: 0..8.
inline size_t LeadingAlnum8(uint64_t x) {
  uint64_t low7 = x & ~kHigh;
  uint64_t folded = low7 | 0x20 * kOnes;  // ASCII letters in lower case
  uint64_t digit = BytesInRange8(low7, '0', '9');
  uint64_t letter = BytesInRange8(folded, 'a', 'z');
  uint64_t other = ~((digit | letter) & ~x) & kHigh;  // bytes >= 0x80 are never alnum
  return other == 0 ? 8 : static_cast<size_t>(std::countr_zero(other)) >> 3;
}

// True for bytes that may join two word parts: "Kim-Jong", "don't", "A.".
inline bool IsJoiner(char c) { return c == '-' || c == '\'' || c == '.' || c == '_'; }

}  // namespace text_util_internal

namespace text_util_internal {

// The length of the word that starts at s[i] (which WordAt's opening checks have passed): its
// letters, digits and bytes of 0x80 or more, and the in-word marks between them.
[[gnu::always_inline]] inline size_t WordLengthFrom(std::string_view s, size_t i) {
  size_t start = i;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsAsciiAlnum(c)) {  // the common case first, eight bytes a step
      ++i;
      size_t run = 8;
      while (run == 8 && i + 8 <= s.size()) {
        run = LeadingAlnum8(Load8(s.data() + i));
        i += run;
      }
      if (run == 8) {
        while (i < s.size() && IsAsciiAlnum(static_cast<unsigned char>(s[i]))) ++i;
      }
      continue;
    }
    if (c >= 0x80) {
      // Multi-byte punctuation (quotes, dashes, NBSP) ends a word; letters do not.
      if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        unsigned char d = static_cast<unsigned char>(s[i + 2]);
        if (d == 0x99 && i + 3 < s.size() && IsWordByte(static_cast<unsigned char>(s[i + 3])) &&
            i > start) {
          i += 3;  // U+2019 inside a word: "isn’t"
          continue;
        }
        break;
      }
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xC0) break;
      ++i;
    } else if (IsJoiner(s[i]) && i + 1 < s.size() &&
               IsWordByte(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
    } else {
      break;
    }
  }
  return i - start;
}

}  // namespace text_util_internal

[[gnu::always_inline]] inline size_t WordAt(std::string_view s, size_t i) {
  using text_util_internal::IsWordByte;
  if (i > 0 && IsWordByte(static_cast<unsigned char>(s[i - 1])) &&
      (static_cast<unsigned char>(s[i - 1]) < 0x80 ||
       (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)) {
    return 0;  // inside a word: words start after a non-word byte
  }
  if (!IsWordByte(static_cast<unsigned char>(s[i]))) return 0;
  if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) return 0;  // a continuation byte
  return text_util_internal::WordLengthFrom(s, i);
}

template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // ASCII bytes other than letters and digits never start a word (WordAt would say 0). An
    // ASCII letter or digit this loop stands on starts one: WordAt's opening checks fail for
    // it unless the byte before is an ASCII letter or digit, and that byte was either inside
    // the word before (which would have taken this byte too) or stood on by this loop with
    // the same reasoning, back to a byte that starts a word.
    size_t n =
        c < 0x80
            ? (text_util_internal::IsAsciiAlnum(c) ? text_util_internal::WordLengthFrom(s, i) : 0)
            : WordAt(s, i);
    if (n > 0) {
      f(s.substr(i, n));
      i += n;
    } else {
      ++i;
    }
  }
}

namespace text_util_internal {

#ifdef __SSE2__
// The classes of 64 bytes as bit masks, bit k for byte k: ASCII letters or digits, lower-case
// letters, digits, joiners ('-', '\'', '.', '_') and bytes of 0x80 or more. (A caller that
// reads only some of the masks lets the compiler drop the others' work.)
struct WordMasks64 {
  uint64_t alnum = 0, lower = 0, digit = 0, joiner = 0, high = 0;
};

inline WordMasks64 WordMasksOf64(const unsigned char* p) {
  WordMasks64 m;
#pragma GCC unroll 4  // constant shifts, no loop counter
  for (int k = 0; k < 4; ++k) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i lower = BytesInRange16(x, 'a', 'z');
    // x | 0x20 is in 'a'..'z' exactly for ASCII letters (bytes >= 0x80 stay negative).
    const __m128i letter = BytesInRange16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
    const __m128i digit = BytesInRange16(x, '0', '9');
    const __m128i joiner = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))),
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('_'))));
    auto bits = [k](__m128i v) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v))) << (16 * k);
    };
    m.alnum |= bits(_mm_or_si128(letter, digit));
    m.lower |= bits(lower);
    m.digit |= bits(digit);
    m.joiner |= bits(joiner);
    m.high |= bits(x);
  }
  return m;
}

// WordMasksOf64 of the 64-byte block `b` of s[0, n); the bytes past n read as zero (no class).
inline WordMasks64 WordMasksOfBlock(const unsigned char* s, size_t n, size_t b) {
  const unsigned char* p = s + 64 * b;
  std::array<unsigned char, 64> tail{};
  if (64 * b + 64 > n) {
    std::memcpy(tail.data(), p, n - 64 * b);
    p = tail.data();
  }
  return WordMasksOf64(p);
}
#endif  // __SSE2__

}  // namespace text_util_internal

// In ASCII text a word (WordAt's rule) is a run of letters and digits joined by single
// joiners: it starts at a letter or digit unless the byte before is one, or is a joiner after
// one; it ends at a letter or digit unless the byte after is one, or is a joiner before one.
// The k-th start and the k-th end bound the k-th word.
template <typename F>
bool ForEachAsciiWord(std::string_view s, F&& f) {
#ifdef __SSE2__
  constexpr size_t kBlocks = kMaxAsciiWordText / 64;
  const size_t n = s.size();
  if (n > kMaxAsciiWordText) return false;
  const size_t blocks = (n + 63) / 64;
  std::array<uint64_t, kBlocks + 1> alnum, joiner;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t b = 0; b < blocks; ++b) {
    const text_util_internal::WordMasks64 m = text_util_internal::WordMasksOfBlock(bytes, n, b);
    if (m.high != 0) return false;
    alnum[b] = m.alnum;
    joiner[b] = m.joiner;
  }
  alnum[blocks] = joiner[blocks] = 0;
  auto ends = [&](size_t b) {
    const uint64_t a = alnum[b], na = alnum[b + 1];
    const uint64_t j1 = joiner[b] >> 1 | joiner[b + 1] << 63;
    return a & ~(a >> 1 | na << 63) & ~(j1 & (a >> 2 | na << 62));
  };
  uint64_t prev_alnum = 0, prev_joiner = 0;
  size_t end_block = 0;
  uint64_t end_bits = blocks > 0 ? ends(0) : 0;
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t a = alnum[b];
    const uint64_t j1 = joiner[b] << 1 | prev_joiner >> 63;
    uint64_t starts = a & ~(a << 1 | prev_alnum >> 63) & ~(j1 & (a << 2 | prev_alnum >> 62));
    prev_alnum = a;
    prev_joiner = joiner[b];
    for (; starts != 0; starts &= starts - 1) {
      const size_t start = 64 * b + static_cast<size_t>(std::countr_zero(starts));
      while (end_bits == 0) end_bits = ends(++end_block);
      const size_t last = 64 * end_block + static_cast<size_t>(std::countr_zero(end_bits));
      end_bits &= end_bits - 1;
      f(s.substr(start, last - start + 1));
    }
  }
  return true;
#else
  (void)s;
  (void)f;
  return false;
#endif
}

inline bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Cyrillic capitals U+0400..U+042F (UTF-8 D0 80..D0 AF).
  if (c == 0xD0 && w.size() > 1 && static_cast<unsigned char>(w[1]) <= 0xAF) return true;
  // Latin-1 supplement capitals: U+00C0..U+00DE (UTF-8 C3 80..C3 9E).
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

inline bool StartsLower(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'a' && c <= 'z') return true;
  // Cyrillic small letters U+0430..U+045F (UTF-8 D0 B0..D0 BF, D1 80..D1 9F).
  if (c == 0xD0 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0xB0) return true;
  if (c == 0xD1 && w.size() > 1 && static_cast<unsigned char>(w[1]) <= 0x9F) return true;
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x9F &&
         static_cast<unsigned char>(w[1]) <= 0xBF;
}

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_UTIL_H_
