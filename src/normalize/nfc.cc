// ToNfc: ICU's UTF-8 entry points (no UTF-16 round trip), and nothing at all for text that is
// plainly NFC already, which is nearly all news text.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <string>
#include <string_view>

#include "common/ascii8.h"
#include "kabar/normalize.h"
#include "normalize/normalize_internal.h"

namespace kabar {

bool IsPlainlyNfc(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && IsAscii8(Load8(p + i))) {
      i += 8;
    } else if (p[i] < 0x80) {
      ++i;
    } else if (p[i] >= 0xC2 && p[i] <= 0xCB) {  // U+0080..U+02FF (valid UTF-8: two bytes)
      i += 2;
    } else if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] >= 0x90) {
      i += 3;  // U+2010..U+203F: dashes, quotation marks, bullets, ellipsis
    } else {
      return false;
    }
  }
  return true;
}

void ToNfc(std::string* text) {
  if (IsPlainlyNfc(*text)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  icu::StringPiece piece(text->data(), static_cast<int32_t>(text->size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text->size() + 8);
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_SUCCESS(status)) text->swap(out);
}

}  // namespace kabar
