// Sixteen bytes at a time (SSE2): the 16-byte counterparts of ascii8.h's pieces, for the scans
// that lower-case or classify plain ASCII a vector at a time (dedup's word scan, ContentId).
//
// Only defined where SSE2 is (every x86-64 build); callers keep their 8-byte path for the rest.
// SSE2's byte compares are signed: bytes >= 0x80 are the negative ones, below every ASCII byte.
// BytesInRange16(x, lo, hi), for 0 <= lo <= hi < 0x80, is 0xFF in exactly the bytes of x in
// lo..hi and 0x00 elsewhere. LowerAscii16(x) is x with the bytes 'A'..'Z' turned into 'a'..'z'
// and every other byte unchanged (as LowerAscii8).
#ifndef KABAR_COMMON_ASCII16_H_
#define KABAR_COMMON_ASCII16_H_

#ifdef __SSE2__
#include <emmintrin.h>

namespace kabar {

inline __m128i BytesInRange16(__m128i x, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
}

inline __m128i LowerAscii16(__m128i x) {
  return _mm_or_si128(x, _mm_and_si128(BytesInRange16(x, 'A', 'Z'), _mm_set1_epi8(0x20)));
}

}  // namespace kabar

#endif  // __SSE2__
#endif  // KABAR_COMMON_ASCII16_H_
