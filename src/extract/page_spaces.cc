#include "extract/page_spaces.h"

#include <cstddef>
#include <cstring>

#include "common/ascii8.h"

namespace kabar::extract {
namespace {

// Length of the space separator at p (valid UTF-8, `left` bytes from p on), else 0.
size_t SpaceSeparatorAt(const char* p, size_t left) {
  const auto b = [p](size_t i) { return static_cast<unsigned char>(p[i]); };
  if (b(0) == 0xC2) return left >= 2 && b(1) == 0xA0 ? 2 : 0;  // U+00A0
  if (left < 3 || b(1) != 0x80) return 0;
  if (b(0) == 0xE2 && (b(2) <= 0x8A || b(2) == 0xAF)) return 3;  // U+2000..U+200A, U+202F
  if (b(0) == 0xE3 && b(2) == 0x80) return 3;                    // U+3000
  return 0;
}

// The first space separator in `text` at or after `from`, else text.size(). Each opens with a
// byte of 0x80 or more: eight ASCII bytes are passed over in one step.
size_t NextSpaceSeparator(std::string_view text, size_t from) {
  const char* p = text.data();
  size_t i = from;
  while (i < text.size()) {
    if (i + 8 <= text.size() && IsAscii8(Load8(p + i))) {
      i += 8;
    } else if (static_cast<unsigned char>(p[i]) < 0xC2) {
      ++i;
    } else if (SpaceSeparatorAt(p + i, text.size() - i) > 0) {
      return i;
    } else {
      ++i;
    }
  }
  return text.size();
}

}  // namespace

void UnifyLineBreaks(std::string* text) {
  for (size_t i = text->find('\r'); i != std::string::npos; i = text->find('\r', i + 1)) {
    if (i + 1 == text->size() || (*text)[i + 1] != '\n') (*text)[i] = '\n';
  }
}

bool UnifySpaces(std::string_view text, std::string* out) {
  size_t at = NextSpaceSeparator(text, 0);
  if (at == text.size()) return false;
  out->clear();
  out->reserve(text.size());
  size_t copied = 0;
  while (at < text.size()) {
    out->append(text, copied, at - copied);
    out->push_back(' ');
    copied = at + SpaceSeparatorAt(text.data() + at, text.size() - at);
    at = NextSpaceSeparator(text, copied);
  }
  out->append(text, copied, std::string_view::npos);
  return true;
}

}  // namespace kabar::extract
