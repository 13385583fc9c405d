// ContentId: frozen; see include/kabar/store.h and doc/store_schema.md before changing.
#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "kabar/store.h"

namespace kabar {
namespace {

// Length of the Unicode white space sequence starting at s[i], 0 if none.
size_t SpaceLength(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (c == 0xC2 && (at(i + 1) == 0xA0 || at(i + 1) == 0x85)) return 2;
  if (c == 0xE2 && at(i + 1) == 0x80) {
    unsigned char d = at(i + 2);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;
  }
  if (c == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;
  if (c == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;
  if (c == 0xE1 && at(i + 1) == 0x9A && at(i + 2) == 0x80) return 3;
  return 0;
}

// True when the 8 bytes of `w` (Load8) come out of normalisation as they are, but for the
// case: printable ASCII and single spaces, each space followed by a non-space inside the 8
// (so no white space run is cut or doubled).
inline bool PlainRun(uint64_t w) {
  constexpr uint64_t kLast = kHigh & ~(kHigh >> 8);  // the top bit of the eighth byte
  if (!IsAscii8(w) || ((w + (0x80 - 0x20) * kOnes) & kHigh) != kHigh) return false;
  uint64_t spaces = ~((w ^ (0x20 * kOnes)) + 0x7f * kOnes) & kHigh;  // exact: bytes < 0x80
  return (spaces & kLast) == 0 && (spaces & (spaces << 8)) == 0;
}

#ifdef __SSE2__
// The 16 bytes at `in`, ASCII lower-cased, into `out` when they come out of normalisation as
// they are but for the case (as PlainRun, 16 bytes at once); false (nothing written) if not.
// SSE2 compares are signed: the bytes >= 0x80 are the negative ones.
inline bool PlainRun16(const char* in, char* out) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  __m128i not_printable = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));  // below 0x20 or >= 0x80
  unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
  if (_mm_movemask_epi8(not_printable) != 0 || (spaces & ((spaces << 1) | 0x8000u)) != 0) {
    return false;
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), LowerAscii16(x));
  return true;
}
#endif

// Appends `s` with white space runs collapsed to one space (none at the start of the unit
// that began at `start`) and ASCII lower-cased. `*pending_space` carries a white space run
// across calls that continue one unit. Writes through a raw pointer: this runs over every
// byte of every article. After a printable character, runs of printable ASCII and single
// spaces go 16 (SSE2) or 8 bytes at a time (the output never gets ahead of the input by more than
// the one joining space, so the 8- and 16-byte stores fit).
void AppendNormalized(const std::string& s, size_t start, bool* pending_space, std::string* out) {
  size_t at = out->size();
  out->resize(at + s.size() + 1);  // a space only replaces white space, or joins two units
  char* o = out->data();
  const char* in = s.data();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c > ' ' && c < 0x80 ? 0 : SpaceLength(s, i);
    if (n > 0) {
      *pending_space = true;
      i += n;
      continue;
    }
    if (*pending_space && at > start) o[at++] = ' ';
    *pending_space = false;
    o[at++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
    ++i;
#ifdef __SSE2__
    for (; i + 16 <= s.size() && PlainRun16(in + i, o + at); i += 16, at += 16) {
    }
#endif
    for (; i + 8 <= s.size(); i += 8, at += 8) {
      uint64_t w = Load8(in + i);
      if (!PlainRun(w)) break;
      w = LowerAscii8(w);
      std::memcpy(o + at, &w, 8);
    }
  }
  out->resize(at);
}

}  // namespace

std::string ContentId(const Article& article) {
  size_t size = 32 + article.site.size() + article.title.size();
  for (const std::string& p : article.body) size += p.size() + 1;
  thread_local std::string key;  // reused: no allocation per article once grown
  key.reserve(size);
  key = "kabar-article-v1";
  key.push_back('\0');
  key += article.site;
  key.push_back('\0');
  bool pending_space = false;
  AppendNormalized(article.title, key.size(), &pending_space, &key);
  key.push_back('\0');
  // The body is normalised as its paragraphs joined by '\n' (white space).
  size_t body_start = key.size();
  pending_space = false;
  for (size_t i = 0; i < article.body.size(); ++i) {
    if (i > 0) pending_space = true;
    AppendNormalized(article.body[i], body_start, &pending_space, &key);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  return hex;
}

}  // namespace kabar
