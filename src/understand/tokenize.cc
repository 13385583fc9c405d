#include "understand/tokenize.h"

#include <algorithm>
#include <array>

namespace kabar::understand {
namespace {

// True for the ASCII punctuation that is split off a word edge.
bool IsAsciiEdgeMark(unsigned char c) {
  switch (c) {
    case '"':
    case '\'':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case ',':
    case '.':
    case ':':
    case ';':
    case '!':
    case '?':
    case '`':
      return true;
    default:
      return false;
  }
}

// EdgeMarkLength for a mark of several bytes: the curly quotes, guillemets, dashes and
// ellipsis of news text.
size_t MultiByteMarkLength(std::string_view s, size_t i) {
  std::string_view rest = s.substr(i);
  static constexpr std::string_view kMarks[] = {"\u201c", "\u201d", "\u2018", "\u2019", "\u00ab",
                                                "\u00bb", "\u201e", "\u2014", "\u2013", "\u2026"};
  for (std::string_view m : kMarks) {
    if (rest.substr(0, m.size()) == m) return m.size();
  }
  return 0;
}

// Length of the UTF-8 punctuation mark that starts at s[i] and is split off a word edge,
// or 0. Covers ASCII punctuation and the curly quotes, guillemets and dashes of news text.
inline size_t EdgeMarkLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiEdgeMark(c) ? 1 : 0;
  // Every multi-byte mark starts with 0xC2 (guillemets) or 0xE2 (quotes, dashes,
  // ellipsis): other lead bytes (most letters of non-Latin scripts) are no mark.
  if (c != 0xC2 && c != 0xE2) return 0;
  return MultiByteMarkLength(s, i);
}

}  // namespace

size_t SpaceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c > ' ' && c < 0x80) return 0;  // printable ASCII: the common case
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d <= 0x8B || d == 0xAF) return 3;  // U+2000..U+200B, U+202F
  }
  if (c == 0xE3 && s.substr(i, 3) == "\u3000") return 3;
  return 0;
}

namespace {

// A trailing '.' stays on abbreviations and initials ("U.S.", "J.", "Dr.").
bool KeepsTrailingDot(std::string_view word) {
  if (word.size() < 2) return false;
  std::string_view stem = word.substr(0, word.size() - 1);
  if (stem.find('.') != std::string_view::npos) return true;              // U.S. / a.n.
  if (stem.size() == 1 && stem[0] >= 'A' && stem[0] <= 'Z') return true;  // initial
  static constexpr std::string_view kAbbrev[] = {
      "Dr", "Prof", "Ir",  "Jl", "No",  "Mr",     "Mrs",    "Ms",      "St",
      "Jr", "Sr",   "Drs", "Hj", "Kol", "Letjen", "Mayjen", "Brigjen", "Jend"};
  return std::find(std::begin(kAbbrev), std::end(kAbbrev), stem) != std::end(kAbbrev);
}

// Splits one whitespace-free chunk [b, e) into edge marks and the word between them.
void SplitChunk(std::string_view s, uint32_t b, uint32_t e, std::vector<Token>* out) {
  while (b < e) {  // leading marks
    size_t n = EdgeMarkLength(s, b);
    if (n == 0) break;
    out->push_back({b, static_cast<uint32_t>(b + n)});
    b += n;
  }
  uint32_t chunk_end = e;
  while (e > b) {  // trailing marks, from the outside in: find where the word ends
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t n = EdgeMarkLength(s, start);
    if (n == 0 || start + n != e) break;
    if (s[start] == '.' && KeepsTrailingDot(s.substr(b, e - b))) break;
    e = static_cast<uint32_t>(start);
  }
  if (e > b) out->push_back({b, e});
  // [e, chunk_end) is a run of marks, one code point each: emit them in text order.
  while (e < chunk_end) {
    uint32_t n = std::max<uint32_t>(1, static_cast<uint32_t>(EdgeMarkLength(s, e)));
    out->push_back({e, e + n});
    e += n;
  }
}

// Printable ASCII is never space: the common case, which skips SpaceLength's tests.
constexpr bool IsPrintableAscii(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u > ' ' && u < 0x80;
}

// A byte that SpaceLength never counts as space: printable ASCII, or a byte of 0x80 and
// above that is not the lead byte of a multi-byte space (0xC2, 0xE2, 0xE3). From a table.
bool IsWordByte(char c) {
  static constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int u = 0; u < 256; ++u) {
      t[u] = IsPrintableAscii(static_cast<char>(u)) ||
             (u >= 0x80 && u != 0xC2 && u != 0xE2 && u != 0xE3);
    }
    return t;
  }();
  return kWordByte[static_cast<unsigned char>(c)];
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out, size_t max_tokens) {
  out->clear();
  out->reserve(std::min(max_tokens, text.size() / 5 + 4));  // a guess: fewer reallocations
  size_t i = 0;
  while (i < text.size() && out->size() < max_tokens) {
    while (i < text.size() && !IsPrintableAscii(text[i])) {
      size_t n = SpaceLength(text, i);
      if (n == 0) break;
      i += n;
    }
    size_t j = i;
    while (j < text.size() && (IsWordByte(text[j]) || SpaceLength(text, j) == 0)) ++j;
    if (j > i) SplitChunk(text, i, j, out);
    i = j;
  }
  if (out->size() > max_tokens) out->resize(max_tokens);
}

void AsciiLower(std::string_view in, std::string* out) {
  out->assign(in);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool HasUpper(std::string_view text) {
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool IsSentenceBreak(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == ":" || t == "\"" || t == "\u201c" ||
         t == "\u00ab" || t == "(" || t == "\u2014" || t == "-";
}

}  // namespace kabar::understand
