// DecodeHtmlBytes: BOM, declared charsets, validation and ICU conversion.
#include "extract/html_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "common/ascii8.h"
#include "common/ascii_case.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

// WHATWG aliases: Latin-1 and ASCII labels mean windows-1252 on the web.
std::string CanonicalCharset(std::string_view name) {
  std::string n = AsciiLower(name);
  n.erase(std::remove_if(n.begin(), n.end(),
                         [](char c) { return c == '"' || c == '\'' || std::isspace(c); }),
          n.end());
  if (n == "utf8" || n == "unicode-1-1-utf-8") return "utf-8";
  if (n == "iso-8859-1" || n == "iso8859-1" || n == "latin1" || n == "us-ascii" || n == "ascii" ||
      n == "l1" || n == "cp1252") {
    return "windows-1252";
  }
  if (n == "gb2312" || n == "gbk") return "gb18030";
  return n;
}

// The number of bytes >= 0x80, eight at a time.
size_t CountNonAscii(std::string_view s) {
  size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w = Load8(s.data() + i);
    // Each byte's top bit moved to its bottom, then all eight summed in the top byte.
    n += static_cast<size_t>((((w & kHigh) >> 7) * kOnes) >> 56);
  }
  for (; i < s.size(); ++i) n += static_cast<unsigned char>(s[i]) >= 0x80;
  return n;
}

// The position of the first byte >= 0x80, or s.size().
size_t FirstNonAscii(std::string_view s) {
  size_t i = 0;
  while (i + 8 <= s.size() && IsAscii8(Load8(s.data() + i))) i += 8;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// The bytes read as UTF-8: how many are non-ASCII, how many invalid sequences there are, and
// the repaired text (kept so a page taken as UTF-8 is not repaired twice; "" when the bytes
// are valid as they are). Valid bytes are read once and their non-ASCII bytes not counted:
// `non_ascii` is then 0 (all ASCII) or 1 (some), all the decision needs when nothing is invalid.
struct Utf8Scan {
  size_t non_ascii = 0;
  int invalid = 0;
  std::string repaired;
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  size_t first = FirstNonAscii(s);
  if (first == s.size()) return scan;
  // s[first - 1] is ASCII, so a sequence starts at `first`.
  if (IsValidUtf8(s.substr(first))) {
    scan.non_ascii = 1;
    return scan;
  }
  scan.non_ascii = CountNonAscii(s);
  scan.repaired = RepairUtf8(s, &scan.invalid);
  return scan;
}

void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason <= UCNV_IRREGULAR) ++*static_cast<int*>(const_cast<void*>(context));
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, bytes, length, reason, err);
}

// Converts with ICU; false when ICU does not know the charset.
bool ConvertWithIcu(std::string_view bytes, const std::string& charset, DecodedHtml* out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) return false;
  int repaired = 0;
  ucnv_setToUCallBack(conv, CountingSubstitute, &repaired, nullptr, nullptr, &status);
  std::vector<UChar> u16(bytes.size() + 16);
  const char* src = bytes.data();
  UChar* dst = u16.data();
  status = U_ZERO_ERROR;
  ucnv_toUnicode(conv, &dst, u16.data() + u16.size(), &src, bytes.data() + bytes.size(), nullptr,
                 true, &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return false;
  int32_t n16 = static_cast<int32_t>(dst - u16.data());
  out->utf8.clear();
  out->utf8.resize(static_cast<size_t>(n16) * 3 + 4);
  int32_t n8 = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out->utf8.data(), static_cast<int32_t>(out->utf8.size()), &n8, u16.data(), n16,
                     0xFFFD, nullptr, &status);
  if (U_FAILURE(status)) return false;
  out->utf8.resize(static_cast<size_t>(n8));
  out->charset = charset;
  out->repaired = repaired;
  return true;
}

std::string DetectCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return "windows-1252";
  std::string_view sample = bytes.substr(0, 64 << 10);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(det, true);  // ignore markup
  const UCharsetMatch* match = ucsdet_detect(det, &status);
  std::string name = "windows-1252";
  if (U_SUCCESS(status) && match != nullptr) {
    const char* n = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && n != nullptr) name = CanonicalCharset(n);
  }
  ucsdet_close(det);
  if (name == "utf-8") name = "windows-1252";  // invalid UTF-8 was ruled out by the caller
  return name;
}

std::string BomCharset(std::string_view b, size_t* bom_len) {
  *bom_len = 0;
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return *bom_len = 3, "utf-8";
  if (b.substr(0, 2) == "\xFF\xFE") return *bom_len = 2, "utf-16le";
  if (b.substr(0, 2) == "\xFE\xFF") return *bom_len = 2, "utf-16be";
  return "";
}

DecodedHtml AsUtf8(std::string_view bytes) {
  DecodedHtml out;
  out.utf8 = RepairUtf8(bytes, &out.repaired);
  out.charset = "utf-8";
  return out;
}

// AsUtf8(bytes) for the bytes `scan` was made from: unchanged when they are valid.
DecodedHtml AsScanned(Utf8Scan* scan) {
  DecodedHtml out;
  if (scan->invalid == 0) {
    out.unchanged = true;
  } else {
    out.utf8 = std::move(scan->repaired);
  }
  out.repaired = scan->invalid;
  out.charset = "utf-8";
  return out;
}

}  // namespace

std::string PrescanMetaCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    size_t at = tag.find("charset");
    pos = end;
    if (at == std::string_view::npos) continue;
    std::string_view v = tag.substr(at + 7);
    size_t i = v.find_first_not_of(" \t\n\r=\"'");
    if (i == std::string_view::npos || v.substr(0, i).find('=') == std::string_view::npos) continue;
    v = v.substr(i);
    v = v.substr(0, v.find_first_of(" \t\n\r\"';/>"));
    if (!v.empty()) return CanonicalCharset(v);
  }
  return "";
}

DecodedHtml DecodeHtmlBytes(std::string_view bytes, std::string_view charset_hint) {
  size_t bom_len = 0;
  std::string charset = BomCharset(bytes, &bom_len);
  if (!charset.empty()) {
    DecodedHtml out;
    if (charset == "utf-8") return AsUtf8(bytes.substr(bom_len));
    if (ConvertWithIcu(bytes.substr(bom_len), charset, &out)) return out;
  }
  charset = CanonicalCharset(charset_hint);
  if (charset.empty()) charset = PrescanMetaCharset(bytes);
  Utf8Scan scan = ScanUtf8(bytes);
  bool valid_utf8 = scan.invalid == 0;
  // Mostly-invalid "UTF-8" is a lie; so is a legacy label over valid multi-byte UTF-8.
  bool utf8_lie = charset == "utf-8" && static_cast<size_t>(scan.invalid) * 2 > scan.non_ascii;
  if (charset == "utf-8" && !utf8_lie) return AsScanned(&scan);
  if (valid_utf8 && (scan.non_ascii > 0 || charset.empty())) return AsScanned(&scan);
  if (charset.empty() || utf8_lie) charset = DetectCharset(bytes);
  DecodedHtml out;
  if (ConvertWithIcu(bytes, charset, &out)) return out;
  if (ConvertWithIcu(bytes, DetectCharset(bytes), &out)) return out;
  return AsUtf8(bytes);
}

}  // namespace kabar
