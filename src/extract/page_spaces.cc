#include "extract/page_spaces.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "common/ascii8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kabar::extract {
namespace {

// A character UnifySpaces changes: its length in bytes (0: none here) and whether it becomes a
// space (else it is dropped).
struct Special {
  size_t length = 0;
  bool space = false;
};

// The character UnifySpaces changes at p (valid UTF-8, `left` bytes from p on), if any.
Special SpecialAt(const char* p, size_t left) {
  const auto b = [p](size_t i) { return static_cast<unsigned char>(p[i]); };
  if (b(0) == 0xC2) {
    if (left < 2) return {};
    if (b(1) == 0xA0) return {2, true};   // NBSP
    if (b(1) == 0xAD) return {2, false};  // SOFT HYPHEN
    return {};
  }
  if (left < 3) return {};
  if (b(0) == 0xE2 && b(1) == 0x80) {
    if (b(2) <= 0x8A || b(2) == 0xAF) return {3, true};  // U+2000..U+200A, NARROW NBSP
    if (b(2) == 0x8B || b(2) == 0x8E || b(2) == 0x8F) return {3, false};  // ZWSP, LRM, RLM
    return {};
  }
  if (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) return {3, false};  // WORD JOINER
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return {3, true};   // IDEOGRAPHIC SPACE
  if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return {3, false};  // ZERO WIDTH NBSP (BOM)
  return {};
}

// The first character UnifySpaces changes in p[i..n) at a byte whose bit is set in `high` (bit k:
// p[i + k]), else n.
size_t SpecialAmong(const char* p, size_t i, size_t n, uint64_t high) {
  for (; high != 0; high &= high - 1) {
    const size_t at = i + std::countr_zero(high);
    if (SpecialAt(p + at, n - at).length > 0) return at;
  }
  return n;
}

// The first character UnifySpaces changes in `text` at or after `from`, else text.size(). Each
// opens with a
// byte of 0x80 or more: sixteen (else eight) bytes are read at a time, and only such bytes
// looked at.
size_t NextSpecial(std::string_view text, size_t from) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
#ifdef __SSE2__
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto high = static_cast<uint64_t>(_mm_movemask_epi8(x));  // bit k: p[i + k] >= 0x80
    if (size_t at = SpecialAmong(p, i, n, high); at < n) return at;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    const uint64_t x = Load8(p + i) & kHigh;  // bit 8k + 7: p[i + k] >= 0x80
    uint64_t high = 0;
    for (uint64_t b = x; b != 0; b &= b - 1) high |= uint64_t{1} << (std::countr_zero(b) / 8);
    if (size_t at = SpecialAmong(p, i, n, high); at < n) return at;
  }
  for (; i < n; ++i) {
    if (SpecialAt(p + i, n - i).length > 0) return i;
  }
  return n;
}

}  // namespace

void UnifyLineBreaks(std::string* text) {
  for (size_t i = text->find('\r'); i != std::string::npos; i = text->find('\r', i + 1)) {
    if (i + 1 == text->size() || (*text)[i + 1] != '\n') (*text)[i] = '\n';
  }
}

bool UnifySpaces(std::string_view text, std::string* out) {
  size_t at = NextSpecial(text, 0);
  if (at == text.size()) return false;
  out->clear();
  out->reserve(text.size());
  size_t copied = 0;
  while (at < text.size()) {
    out->append(text, copied, at - copied);
    const Special special = SpecialAt(text.data() + at, text.size() - at);
    // Ideographic spaces opening a line are a CJK paragraph's first-line indent: dropped, so the
    // paragraph reads flush as paragraphs do elsewhere (an indented line is a list's item).
    const bool ideographic = static_cast<unsigned char>(text[at]) == 0xE3;
    const bool line_start = out->empty() || out->back() == '\n';
    if (special.space && !(ideographic && line_start)) out->push_back(' ');
    copied = at + special.length;
    at = NextSpecial(text, copied);
  }
  out->append(text, copied, std::string_view::npos);
  return true;
}

}  // namespace kabar::extract
