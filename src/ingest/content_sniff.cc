#include "ingest/content_sniff.h"

#include <bit>
#include <cctype>
#include <cstdint>
#include <string>

#include "common/ascii8.h"
#include "common/ascii_case.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kabar {
namespace {

constexpr size_t kSampleBytes = 64 << 10;

bool IsTextControl(unsigned char c) { return c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The number of bytes `s` opens with that are printable ASCII (0x20..0x7F), or (sixteen at a
// time) line feeds, carriage returns and tabs: text bytes, most of a page.
size_t PlainTextPrefix(std::string_view s) {
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 <= s.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // The compare is signed: bytes of 0x80 and above are negative, below 0x20 as well.
    __m128i breaks = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                  _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
                                               _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));
    __m128i other = _mm_andnot_si128(breaks, _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(other));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  while (i + 8 <= s.size() && IsPrintableAscii8(Load8(s.data() + i))) i += 8;
  while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x20 &&
         static_cast<unsigned char>(s[i]) < 0x80) {
    ++i;
  }
  return i;
}

// Bytes in `sample` that are neither text characters nor part of a valid UTF-8 sequence;
// sets *has_nul when one of them is a NUL byte.
size_t CountSuspiciousBytes(std::string_view sample, bool* has_nul) {
  size_t bad = 0;
  for (size_t i = 0; i < sample.size();) {
    i += PlainTextPrefix(sample.substr(i));  // no bad byte among them
    if (i >= sample.size()) break;
    unsigned char c = static_cast<unsigned char>(sample[i]);
    if (c < 0x80) {
      *has_nul |= c == 0;
      bad += c < 0x20 && !IsTextControl(c) && c != 0x1B;
      ++i;
      continue;
    }
    size_t need = c >= 0xC2 && c <= 0xDF   ? 1
                  : c >= 0xE0 && c <= 0xEF ? 2
                  : c >= 0xF0 && c <= 0xF4 ? 3
                                           : 0;
    size_t k = 1;
    while (k <= need && i + k < sample.size() &&
           (static_cast<unsigned char>(sample[i + k]) & 0xC0) == 0x80) {
      ++k;
    }
    if (need == 0 || (k <= need && i + k < sample.size())) ++bad;  // not a whole sequence
    i += need == 0 ? 1 : k;
  }
  return bad;
}

}  // namespace

Status CheckTextPayload(std::string_view bytes) {
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return Status::NotFound("empty file");
  }
  std::string_view sample = bytes.substr(0, kSampleBytes);
  bool has_nul = false;
  size_t bad = CountSuspiciousBytes(sample, &has_nul);
  if (has_nul) return Status::Corruption("binary data (NUL bytes)");
  if (bad * 4 > sample.size()) {
    return Status::Corruption("binary data (" + std::to_string(bad * 100 / sample.size()) +
                              "% control or invalid bytes)");
  }
  return Status::OK();
}

ContentKind SniffContentKind(std::string_view path, std::string_view bytes) {
  if (EndsWithIgnoreCase(path, ".html") || EndsWithIgnoreCase(path, ".htm")) {
    return ContentKind::kHtml;
  }
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[start]))) ++start;
  std::string_view head = bytes.substr(start, 1024);
  if (head.empty() || head[0] != '<') return ContentKind::kText;  // every opener starts so
  for (std::string_view opener : {"<!doctype html", "<html", "<head", "<body"}) {
    if (StartsWithIgnoreCase(head, opener)) return ContentKind::kHtml;
  }
  if (StartsWithIgnoreCase(head, "<?xml") || head.starts_with("<!--")) {
    return ContainsIgnoreCase(head, "<html") ? ContentKind::kHtml : ContentKind::kText;
  }
  return ContentKind::kText;
}

}  // namespace kabar
