// RepairUtf8: a strict UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above
// U+10FFFF) that replaces each maximal invalid subpart with U+FFFD, as the Unicode standard
// recommends ("substitution of maximal subparts").
#include <cstdint>
#include <string>
#include <string_view>

#include "common/ascii8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "kabar/normalize.h"

namespace kabar {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at s[i], or 0 if none starts there.
// On 0, *bad_len is the length of the maximal invalid subpart to replace (>= 1).
size_t ValidSequenceLength(std::string_view s, size_t i, size_t* bad_len) {
  const auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  uint8_t c = b(i);
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      *bad_len = k;
      return 0;
    }
    uint8_t ck = b(i + k);
    uint8_t klo = k == 1 ? lo : 0x80, khi = k == 1 ? hi : 0xBF;
    if (ck < klo || ck > khi) {
      *bad_len = k;
      return 0;
    }
  }
  return need + 1;
}

// Length of the longest prefix of `bytes` made of valid sequences: all of it for valid UTF-8,
// else where the first invalid sequence starts. ASCII is skipped sixteen (or eight) bytes a
// step.
size_t ValidPrefixLength(std::string_view bytes) {
  const char* p = bytes.data();
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    while (i + 16 <= n &&
           _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) == 0) {
      i += 16;
    }
#endif
    while (i + 8 <= n && IsAscii8(Load8(p + i))) i += 8;
    while (i < n && static_cast<uint8_t>(p[i]) < 0x80) ++i;
    if (i >= n) break;
    size_t bad = 0;
    size_t len = ValidSequenceLength(bytes, i, &bad);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

}  // namespace

std::string RepairUtf8(std::string_view bytes, int* repaired) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  // Most pages are valid UTF-8: their valid prefix is all of them, copied at once. The loop
  // below takes up where the first invalid sequence starts (a sequence boundary, as in a scan
  // from the start: valid sequences are read the same way by both).
  size_t i = ValidPrefixLength(bytes);
  std::string out;
  if (i == bytes.size()) {
    out.assign(bytes);
    if (repaired != nullptr) *repaired = 0;
    return out;
  }
  out.reserve(bytes.size());
  out.append(bytes.data(), i);
  int count = 0;
  while (i < bytes.size()) {
    // Fast path: a run of ASCII, eight bytes at a time.
    size_t j = i;
    while (j + 8 <= bytes.size() && IsAscii8(Load8(bytes.data() + j))) j += 8;
    while (j < bytes.size() && static_cast<uint8_t>(bytes[j]) < 0x80) ++j;
    out.append(bytes.data() + i, j - i);
    i = j;
    if (i >= bytes.size()) break;
    size_t bad = 0;
    size_t n = ValidSequenceLength(bytes, i, &bad);
    if (n > 0) {
      out.append(bytes.data() + i, n);
      i += n;
    } else {
      out.append(kReplacement);
      ++count;
      i += bad;
    }
  }
  if (repaired != nullptr) *repaired = count;
  return out;
}

bool IsValidUtf8(std::string_view bytes) { return ValidPrefixLength(bytes) == bytes.size(); }

}  // namespace kabar
