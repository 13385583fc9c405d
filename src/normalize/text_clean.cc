// CleanText: one in-place pass over a UTF-8 field. Removing characters and replacing
// multi-byte spaces with one byte only ever shrinks the text, so the write position never
// overtakes the read position and no buffer is needed.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

enum class CharClass { kKeep, kSpace, kDrop };

// Classifies the code point `cp` (not ASCII).
CharClass ClassifyNonAscii(uint32_t cp) {
  if (cp < 0xA0) return cp == 0x85 ? CharClass::kSpace : CharClass::kDrop;  // C1 controls, NEL
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
      cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000) {
    return CharClass::kSpace;
  }
  if (cp == 0xAD || cp == 0x180E || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
      (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
      (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF) {
    return CharClass::kDrop;
  }
  return CharClass::kKeep;
}

// Decodes the (valid) UTF-8 sequence at p; sets *len to its length.
uint32_t Decode(const unsigned char* p, size_t* len) {
  if (p[0] < 0xE0) {
    *len = 2;
    return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (p[0] < 0xF0) {
    *len = 3;
    return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  }
  *len = 4;
  return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

// Length of the sequence starting with lead byte c, clamped so a (non-conforming) truncated
// sequence at the end of the text cannot make the pass read past it.
size_t SequenceLength(unsigned char c, size_t left) {
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return n <= left ? n : 0;
}

// The bytes that make an email address possible: '@', and the closing brackets of an address
// written to keep it from harvesters ("redaksi [at] tempo.co", "humas(at)site.id").
bool IsEmailMark(unsigned char c) { return c == '@' || c == ')' || c == ']'; }

// 0x80 in each byte of `x` that IsEmailMark.
uint64_t EmailMarks8(uint64_t x) {
  return BytesEqual8(x, '@') | BytesEqual8(x, ')') | BytesEqual8(x, ']');
}

#ifdef __SSE2__
// 0xFF in each lane of `x` that IsEmailMark.
__m128i EmailMarks16(__m128i x) {
  return _mm_or_si128(
      _mm_cmpeq_epi8(x, _mm_set1_epi8('@')),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(')')), _mm_cmpeq_epi8(x, _mm_set1_epi8(']'))));
}
#endif

// Eight bytes at a time: most text is printable ASCII with single spaces between words, which
// CleanText keeps as it is.

// When the eight bytes `x` are printable ASCII (0x20..0x7E) without two spaces in a row,
// CleanText keeps their letters, digits and punctuation as they are and each space stands
// alone: returns true, adds their digits and email marks to `traits` and sets *first_space and
// *last_space when x opens or ends with a space. Otherwise false, and the bytes take the
// general path.
bool PlainChunk(uint64_t x, TextTraits* traits, bool* first_space, bool* last_space) {
  if (!IsPrintableAsciiNoDel8(x)) return false;  // non-ASCII, a control byte or DEL
  uint64_t spaces = BytesEqual8(x, ' ');
  if ((spaces & (spaces >> 8)) != 0) return false;  // two in a row
  *first_space = (spaces & 0x80ull) != 0;
  *last_space = (spaces & (0x80ull << 56)) != 0;
  uint64_t digits = BytesInRange8(x, '0', '9');
  traits->digits += static_cast<int>((((digits >> 7) * kOnes) >> 56));
  traits->email_possible |= EmailMarks8(x) != 0;
  return true;
}

#ifdef __SSE2__
// PlainChunk for the sixteen bytes at `p`, with the same contract; on true the bytes are in
// *out for the caller to store.
bool PlainChunk16(const unsigned char* p, TextTraits* traits, bool* first_space, bool* last_space,
                  __m128i* out) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // The compare is signed: bytes of 0x80 and above (negative) are less than 0x20 as well.
  __m128i other =
      _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
  if (_mm_movemask_epi8(other) != 0) return false;  // non-ASCII, a control byte or DEL
  auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
  if ((spaces & (spaces >> 1)) != 0) return false;  // two in a row
  *first_space = (spaces & 1) != 0;
  *last_space = (spaces >> 15) != 0;
  __m128i digits = BytesInRange16(x, '0', '9');
  if (_mm_movemask_epi8(digits) != 0) {
    // Sums of the 0/1 bytes of each half, in the low 16 bits of each 64-bit lane.
    __m128i sums = _mm_sad_epu8(_mm_and_si128(digits, _mm_set1_epi8(1)), _mm_setzero_si128());
    traits->digits += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
  }
  traits->email_possible |= _mm_movemask_epi8(EmailMarks16(x)) != 0;
  *out = x;
  return true;
}

// PlainChunk for the last bytes of a text, p[off..16) of the sixteen bytes at `p` (the bytes
// before `off` were read already), with the same contract.
bool PlainTail16(const unsigned char* p, size_t off, TextTraits* traits, bool* first_space,
                 bool* last_space) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i other =
      _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
  if ((static_cast<unsigned>(_mm_movemask_epi8(other)) >> off) != 0) return false;
  auto spaces =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')))) >> off;
  if ((spaces & (spaces >> 1)) != 0) return false;  // two in a row
  *first_space = (spaces & 1) != 0;
  *last_space = (spaces >> (15 - off)) != 0;
  unsigned digits = static_cast<unsigned>(_mm_movemask_epi8(BytesInRange16(x, '0', '9'))) >> off;
  for (; digits != 0; digits &= digits - 1) ++traits->digits;
  traits->email_possible |= (static_cast<unsigned>(_mm_movemask_epi8(EmailMarks16(x))) >> off) != 0;
  return true;
}

// The sum of the sixteen byte lanes of `lanes`.
int SumLanes(__m128i lanes) {
  __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
  return _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
}

// True when CleanText would leave `s` (sixteen bytes or more) as it is: printable ASCII
// without DEL, no two spaces in a row, no space at either end. Then it also sets `traits` as
// CleanText would (its digits and email marks; ASCII). One pass without stores: nearly every field
// of a page is like this, and CleanText's own pass, which rewrites what it keeps, costs more.
bool CleanPlainText(std::string_view s, TextTraits* traits) {
  const size_t n = s.size();
  if (n < 16 || s.front() == ' ' || s.back() == ' ') return false;
  const char* p = s.data();
  __m128i marks = _mm_setzero_si128();        // 0xFF in a lane that held an email mark
  __m128i digit_lanes = _mm_setzero_si128();  // digits per lane (a true compare is -1)
  int digits = 0;
  unsigned space_before = 0;  // 1 when the byte before the step is a space
  // Sixteen bytes a step; false at a byte that is not printable ASCII or at two spaces.
  auto step = [&](__m128i x, __m128i digit) {
    // The compare is signed: bytes of 0x80 and above (negative) are less than 0x20 as well.
    const __m128i other = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
    if (_mm_movemask_epi8(other) != 0) return false;
    auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
    if ((spaces & (spaces >> 1 | space_before)) != 0) return false;
    space_before = spaces >> 15;
    marks = _mm_or_si128(marks, EmailMarks16(x));
    digit_lanes = _mm_sub_epi8(digit_lanes, digit);
    return true;
  };
  const size_t full = n / 16 * 16;
  for (size_t i = 0; i < full;) {
    const size_t stop = std::min(full, i + 255 * 16);  // a lane counts up to 255 digits
    for (; i < stop; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      if (!step(x, BytesInRange16(x, '0', '9'))) return false;
    }
    digits += SumLanes(digit_lanes);
    digit_lanes = _mm_setzero_si128();
  }
  if (full < n) {
    // The last bytes as the text's last sixteen, whose pairs of bytes are all inside them;
    // digits only in the bytes not counted yet (kFresh: 0xFF from byte `seen` on).
    static constexpr unsigned char kFresh[32] = {0,    0,    0,    0,    0,    0,    0,    0,
                                                 0,    0,    0,    0,    0,    0,    0,    0,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    const size_t seen = full - (n - 16);
    const __m128i fresh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFresh + 16 - seen));
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
    space_before = 0;
    if (!step(x, _mm_and_si128(BytesInRange16(x, '0', '9'), fresh))) return false;
    digits += SumLanes(digit_lanes);
  }
  traits->digits = digits;
  traits->email_possible = _mm_movemask_epi8(marks) != 0;
  return true;
}
#endif

}  // namespace

// CleanPlainText's question for a field of one to fifteen bytes (names, places, menu items):
// eight bytes or more as their first and last eight, which between them hold every pair of
// neighbours; fewer a byte at a time.
bool CleanPlainShort(std::string_view s, TextTraits* traits) {
  const size_t n = s.size();
  if (n == 0 || n >= 16 || s.front() == ' ' || s.back() == ' ') return false;
  if (n < 8) {
    bool space_before = false;
    for (char ch : s) {
      auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 || c >= 0x7F || (c == ' ' && space_before)) return false;
      space_before = c == ' ';
      traits->digits += c >= '0' && c <= '9';
      traits->email_possible |= IsEmailMark(c);
    }
    return true;
  }
  const uint64_t head = Load8(s.data()), tail = Load8(s.data() + n - 8);
  if (!IsPrintableAsciiNoDel8(head) || !IsPrintableAsciiNoDel8(tail)) return false;
  const uint64_t head_spaces = BytesEqual8(head, ' '), tail_spaces = BytesEqual8(tail, ' ');
  if ((head_spaces & (head_spaces >> 8)) != 0 || (tail_spaces & (tail_spaces >> 8)) != 0) {
    return false;
  }
  // The tail's first 16 - n bytes are the head's last: their digits are counted once.
  const uint64_t tail_fresh = n == 8 ? 0 : ~uint64_t{0} << (8 * (16 - n));
  auto count = [](uint64_t flags) { return static_cast<int>((((flags >> 7) * kOnes) >> 56)); };
  traits->digits =
      count(BytesInRange8(head, '0', '9')) + count(BytesInRange8(tail, '0', '9') & tail_fresh);
  traits->email_possible = (EmailMarks8(head) | EmailMarks8(tail)) != 0;
  return true;
}

TextTraits CleanText(std::string* text) {
  TextTraits traits;
  {
    TextTraits plain;
#ifdef __SSE2__
    if (CleanPlainText(*text, &plain)) return plain;
#endif
    if (CleanPlainShort(*text, &plain)) return plain;
  }
  auto* s = reinterpret_cast<unsigned char*>(text->data());
  const size_t n = text->size();
  size_t r = 0, w = 0;
  bool pending_space = false;  // a space is owed before the next kept character
  auto put_space = [&] {
    if (pending_space && w > 0) s[w++] = ' ';
    pending_space = false;
  };
  while (r < n) {
#ifdef __SSE2__
    if (r + 16 <= n && (w > 0 || s[r] != ' ')) {  // as for eight bytes below
      bool first_space = false, last_space = false;
      __m128i x;
      if (PlainChunk16(s + r, &traits, &first_space, &last_space, &x)) {
        if (first_space) {
          pending_space = false;
        } else {
          put_space();
        }
        _mm_storeu_si128(reinterpret_cast<__m128i*>(s + w), x);  // w <= r: x was read first
        w += last_space ? 15 : 16;
        pending_space = last_space;
        r += 16;
        continue;
      }
    }
    // The last (< 16) bytes, read as the text's last sixteen, when nothing was removed yet: a
    // plain tail is then already in place (and nothing is owed: pending_space is false).
    if (w == r && r + 16 > n && n >= 16) {
      bool first_space = false, last_space = false;
      if (PlainTail16(s + n - 16, r - (n - 16), &traits, &first_space, &last_space)) {
        w = last_space ? n - 1 : n;
        pending_space = last_space;
        r = n;
        continue;
      }
    }
#endif
    if (r + 8 <= n) {
      uint64_t x = Load8(s + r);
      bool first_space = false, last_space = false;
      // A space opening the chunk is the one space owed before its first character (none is
      // owed at the start of the text: the byte path drops it); a space ending it is owed.
      if ((w > 0 || (x & 0xFF) != ' ') && PlainChunk(x, &traits, &first_space, &last_space)) {
        if (first_space) {
          pending_space = false;
        } else {
          put_space();
        }
        std::memcpy(s + w, &x, 8);  // w <= r: the bytes were read before this write
        w += last_space ? 7 : 8;
        pending_space = last_space;
        r += 8;
        continue;
      }
    }
    unsigned char c = s[r];
    if (c < 0x80) {
      ++r;
      if (c > 0x20 && c != 0x7F) {
        put_space();
        traits.email_possible |= IsEmailMark(c);
        traits.digits += c >= '0' && c <= '9';
        s[w++] = c;
      } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
        pending_space = true;
      }  // other C0 controls and DEL are dropped
      continue;
    }
    size_t len = SequenceLength(c, n - r);
    if (len == 0 || c < 0xC0) {  // stray or truncated byte: not valid UTF-8; drop it
      ++r;
      continue;
    }
    CharClass k = ClassifyNonAscii(Decode(s + r, &len));
    if (k == CharClass::kSpace) {
      pending_space = true;
    } else if (k == CharClass::kKeep) {
      put_space();
      traits.ascii = false;
      for (size_t i = 0; i < len; ++i) s[w++] = s[r + i];
    }
    r += len;
  }
  text->resize(w);
  return traits;
}

}  // namespace kabar
