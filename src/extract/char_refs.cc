// Character references in metadata text (see the header).
#include "extract/char_refs.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace kabar {
namespace {

struct Named {
  std::string_view name;
  char32_t code;
};

// Sorted by name (checked by a static_assert below).
constexpr Named kNamed[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Agrave", 0xC0},
    {"Aring", 0xC5},   {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Ccedil", 0xC7},
    {"Eacute", 0xC9},  {"Ecirc", 0xCA},    {"Egrave", 0xC8},   {"Euml", 0xCB},
    {"Iacute", 0xCD},  {"Icirc", 0xCE},    {"Igrave", 0xCC},   {"Iuml", 0xCF},
    {"Ntilde", 0xD1},  {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},
    {"Oslash", 0xD8},  {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"Uacute", 0xDA},
    {"Ucirc", 0xDB},   {"Ugrave", 0xD9},   {"Uuml", 0xDC},     {"Yacute", 0xDD},
    {"aacute", 0xE1},  {"acirc", 0xE2},    {"aelig", 0xE6},    {"agrave", 0xE0},
    {"amp", '&'},      {"apos", '\''},     {"aring", 0xE5},    {"atilde", 0xE3},
    {"auml", 0xE4},    {"bdquo", 0x201E},  {"bull", 0x2022},   {"ccedil", 0xE7},
    {"cent", 0xA2},    {"copy", 0xA9},     {"deg", 0xB0},      {"eacute", 0xE9},
    {"ecirc", 0xEA},   {"egrave", 0xE8},   {"euml", 0xEB},     {"euro", 0x20AC},
    {"gt", '>'},       {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},
    {"iexcl", 0xA1},   {"igrave", 0xEC},   {"iquest", 0xBF},   {"iuml", 0xEF},
    {"laquo", 0xAB},   {"ldquo", 0x201C},  {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", '<'},       {"mdash", 0x2014},  {"middot", 0xB7},   {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"ntilde", 0xF1},   {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"ograve", 0xF2},  {"oslash", 0xF8},   {"otilde", 0xF5},   {"ouml", 0xF6},
    {"pound", 0xA3},   {"quot", '"'},      {"raquo", 0xBB},    {"rdquo", 0x201D},
    {"reg", 0xAE},     {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"szlig", 0xDF},   {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},
    {"ucirc", 0xFB},   {"ugrave", 0xF9},   {"uuml", 0xFC},     {"yacute", 0xFD},
    {"yen", 0xA5},     {"yuml", 0xFF},
};
static_assert(std::is_sorted(std::begin(kNamed), std::end(kNamed),
                             [](const Named& a, const Named& b) { return a.name < b.name; }));

// HTML reads numeric references 128..159 as Windows-1252 (0 = keep the code point).
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendUtf8(char32_t c, std::string* out) {
  char bytes[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, static_cast<UChar32>(c));
  out->append(bytes, static_cast<size_t>(n));
}

int DigitValue(char c, int base) {
  if (c >= '0' && c <= '9') return c - '0';
  if (base == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (base == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code point of the numeric reference body `ref` ("#8217", "#x2019"), or 0.
char32_t NumericCode(std::string_view ref) {
  int base = 10;
  size_t i = 1;
  if (i < ref.size() && (ref[i] == 'x' || ref[i] == 'X')) base = 16, ++i;
  if (i == ref.size()) return 0;
  uint32_t code = 0;
  for (; i < ref.size(); ++i) {
    int d = DigitValue(ref[i], base);
    if (d < 0) return 0;
    code = code * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    if (code > 0x10FFFF) return 0;
  }
  if (code >= 0x80 && code < 0xA0 && kWindows1252[code - 0x80] != 0) {
    return kWindows1252[code - 0x80];
  }
  if (code == 0 || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return code;
}

char32_t NamedCode(std::string_view name) {
  const Named* it = std::lower_bound(std::begin(kNamed), std::end(kNamed), name,
                                     [](const Named& n, std::string_view v) { return n.name < v; });
  return it != std::end(kNamed) && it->name == name ? it->code : 0;
}

}  // namespace

std::string DecodeCharRefs(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text, i, amp - i);
    // A reference's ';' is at most 12 bytes after its '&': looked for no further, or a run of
    // '&' would be read to its end once per '&'.
    size_t semi = text.substr(amp + 1, 12).find(';');
    if (semi != std::string_view::npos) semi += amp + 1;
    char32_t code = 0;
    if (semi != std::string_view::npos) {
      std::string_view ref = text.substr(amp + 1, semi - amp - 1);
      code = !ref.empty() && ref[0] == '#' ? NumericCode(ref) : NamedCode(ref);
    }
    if (code == 0) {
      out.push_back('&');
      i = amp + 1;
    } else {
      AppendUtf8(code, &out);
      i = semi + 1;
    }
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

}  // namespace kabar
