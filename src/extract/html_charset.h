// Charset decoding of HTML bytes to UTF-8, in the order browsers use: byte-order mark, the
// HTTP header (RawPage::charset_hint), <meta charset> / http-equiv in the first bytes, then
// detection (valid UTF-8 first, else ICU's charset detector).
//
// Declarations lie in crawls. A declared UTF-8 page whose bytes are mostly not UTF-8 is
// detected instead; a declared legacy charset over bytes that are valid, non-ASCII UTF-8 is
// read as UTF-8; an unknown charset name falls back to detection. Bytes that do not decode
// become U+FFFD and are counted.
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_HTML_CHARSET_H_
#define KABAR_EXTRACT_HTML_CHARSET_H_

#include <string>
#include <string_view>

namespace kabar {

struct DecodedHtml {
  std::string utf8;        // the page as valid UTF-8 (BOM removed), unless `unchanged`
  bool unchanged = false;  // the input bytes are that already: `utf8` is empty (no copy)
  std::string charset;     // the charset used, lower case ("utf-8", "windows-1252", ...)
  int repaired = 0;        // byte sequences that did not decode and became U+FFFD

  // The page as valid UTF-8. `input` must be the bytes given to DecodeHtmlBytes; the view
  // lives as long as they and this object do.
  std::string_view Text(std::string_view input) const { return unchanged ? input : utf8; }
};

// Decodes `bytes` (see the file comment). Bytes that are valid UTF-8 without a byte-order
// mark are not copied: the result is `unchanged`.
DecodedHtml DecodeHtmlBytes(std::string_view bytes, std::string_view charset_hint);

// The charset named by a <meta> in the first 4 KiB of `bytes`, lower case, or "".
std::string PrescanMetaCharset(std::string_view bytes);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_CHARSET_H_
