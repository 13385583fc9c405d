#include "extract/text_util.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "common/ascii8.h"

namespace kabar::extract {
namespace {

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Length of white space (ASCII or U+00A0 / U+200B / U+FEFF) at the start of `s`.
size_t SpaceAtFront(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (IsAsciiSpace(c)) return 1;
  if (s.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0) return 2;
  if (s.size() >= 3 && c == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80 &&
      static_cast<unsigned char>(s[2]) == 0x8B) {
    return 3;
  }
  if (s.size() >= 3 && c == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB &&
      static_cast<unsigned char>(s[2]) == 0xBF) {
    return 3;
  }
  return 0;
}

size_t SpaceAtBack(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s.back());
  if (IsAsciiSpace(c)) return 1;
  size_t n = s.size();
  if (n >= 2 && c == 0xA0 && static_cast<unsigned char>(s[n - 2]) == 0xC2) return 2;
  if (n >= 3 && c == 0x8B && static_cast<unsigned char>(s[n - 2]) == 0x80 &&
      static_cast<unsigned char>(s[n - 3]) == 0xE2) {
    return 3;
  }
  return 0;
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  for (size_t n; (n = SpaceAtFront(s)) > 0;) s.remove_prefix(n);
  for (size_t n; (n = SpaceAtBack(s)) > 0;) s.remove_suffix(n);
  return s;
}

namespace {

#ifdef __SSE2__
// False when no byte of the sixteen `x` is white space other than the ASCII space, nor the
// first byte of any: no ASCII control byte (tab, line feed and the rest), and no 0xC2, 0xE2
// or 0xEF, the lead bytes of U+00A0, U+200B and U+FEFF. Every other byte, UTF-8 lead or
// continuation byte, is one SpaceAtFront says 0 of (it looks at the first byte first), so the
// bytes' only white space are their 0x20 bytes, as in printable ASCII.
bool MayHoldOtherSpace16(__m128i x) {
  // Signed compares: bytes of 0x80 and above are negative.
  const __m128i control = _mm_andnot_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()),
                                           _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
  const __m128i leads =
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xC2))),
                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE2))),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xEF)))));
  return _mm_movemask_epi8(_mm_or_si128(control, leads)) != 0;
}
#endif

// True when CollapseSpace(s) is `s` itself: no white space at either end, and none between
// words but single ASCII spaces. Printable ASCII is checked eight bytes at a time.
bool IsCollapsed(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  bool after_space = false;
  size_t i = 0;
  while (i < s.size()) {
#ifdef __SSE2__
    if (i + 16 <= s.size()) {  // sixteen bytes a step, as the eight below
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      if (_mm_movemask_epi8(BytesInRange16(x, ' ', '~')) == 0xFFFF || !MayHoldOtherSpace16(x)) {
        auto spaces =
            static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
        if ((spaces & (spaces >> 1)) != 0 || (after_space && (spaces & 1) != 0)) return false;
        after_space = (spaces >> 15) != 0;
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= s.size()) {
      uint64_t x = Load8(s.data() + i);
      if (IsPrintableAscii8(x)) {
        uint64_t spaces = BytesEqual8(x, ' ');
        if ((spaces & (spaces >> 8)) != 0 || (after_space && (spaces & 0x80) != 0)) return false;
        after_space = (spaces >> 63) != 0;
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      if (after_space) return false;
      after_space = true;
      ++i;
      continue;
    }
    if (c < 0x80 ? IsAsciiSpace(c) : SpaceAtFront(s.substr(i)) > 0) return false;
    after_space = false;
    ++i;
  }
  return true;
}

}  // namespace

std::string CollapseSpace(std::string_view s) {
  if (IsCollapsed(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  // White space at s[i]: ASCII by a table-free test, the multi-byte kinds by SpaceAtFront.
  auto space_at = [s](size_t i) -> size_t {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return IsAsciiSpace(c) ? 1 : 0;
    return SpaceAtFront(s.substr(i));
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t n = space_at(i);
    if (n > 0) {
      i += n;
      continue;
    }
    // A run of other bytes, after one space unless it is the first.
    size_t end = i + 1;
    while (end < s.size() && space_at(end) == 0) ++end;
    if (!out.empty()) out.push_back(' ');
    out.append(s.substr(i, end - i));
    i = end;
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  ForEachWord(s, [&n](std::string_view) { ++n; });
  return n;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  // Room for the words of most text at once (a word and the byte after it take six bytes on
  // average in news prose), so a line's words rarely move the vector.
  words.reserve(s.size() / 5 + 2);
  ForEachWord(s, [&](std::string_view w) { words.push_back(w); });
  return words;
}

bool IsAllUpper(std::string_view w) {
  bool letter = false;
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string TitleCaseWords(std::string_view s) {
  std::string out(s);
  bool at_start = true;
  size_t word_start = 0;
  auto fix_word = [&](size_t b, size_t e) {
    std::string_view w(out.data() + b, e - b);
    if (!IsAllUpper(w)) return;
    for (size_t k = b + 1; k < e; ++k) {
      if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] - 'A' + 'a');
    }
  };
  for (size_t i = 0; i <= out.size(); ++i) {
    bool sep = i == out.size() || out[i] == ' ' || out[i] == '-';
    if (sep) {
      if (!at_start) fix_word(word_start, i);
      at_start = true;
    } else if (at_start) {
      word_start = i;
      at_start = false;
    }
  }
  return out;
}

size_t Utf8Length(std::string_view s) {
  // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
  size_t continuation = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x = Load8(s.data() + i);
    // One 0/1 flag a byte; the multiplication sums the eight flags into the top byte.
    continuation += static_cast<size_t>((((x >> 7) & ~(x >> 6) & kOnes) * kOnes) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

bool EndsWithEllipsis(std::string_view text) {
  return text.ends_with("...") || text.ends_with("\u2026");
}

bool OpensClosingBracket(std::string_view line, size_t open) {
  const char before = line[open - 1];
  return before == ' ' || before == '.' || before == '!' || before == '?';
}

bool ClosingBracketed(std::string_view line, std::string_view* bracketed) {
  if (line.size() < 3 || (line.back() != ')' && line.back() != ']')) return false;
  const size_t open = line.rfind(line.back() == ')' ? '(' : '[');
  if (open == std::string_view::npos || open == 0 || !OpensClosingBracket(line, open)) return false;
  *bracketed = line.substr(open);
  return true;
}

bool ClosingParenthesis(std::string_view line, std::string_view* inner) {
  std::string_view bracketed;
  if (line.empty() || line.back() != ')' || !ClosingBracketed(line, &bracketed)) return false;
  *inner = bracketed.substr(1, bracketed.size() - 2);
  return true;
}

}  // namespace kabar::extract
