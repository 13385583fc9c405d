// RepairUtf8: a strict UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above
// U+10FFFF) that replaces each maximal invalid subpart with U+FFFD, as the Unicode standard
// recommends ("substitution of maximal subparts").
#include <cstdint>
#include <string>
#include <string_view>

#include "common/ascii8.h"
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

}  // namespace

std::string RepairUtf8(std::string_view bytes, int* repaired) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string out;
  out.reserve(bytes.size());
  int count = 0;
  size_t i = 0;
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

bool IsValidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    while (i + 8 <= bytes.size() && IsAscii8(Load8(bytes.data() + i))) i += 8;
    while (i < bytes.size() && static_cast<uint8_t>(bytes[i]) < 0x80) ++i;
    if (i >= bytes.size()) break;
    size_t bad = 0;
    size_t n = ValidSequenceLength(bytes, i, &bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace kabar
