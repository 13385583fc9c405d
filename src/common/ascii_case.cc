#include "common/ascii_case.h"

#include <cstring>

#include "common/ascii8.h"

namespace kabar {
namespace {

char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s.size(), '\0');
  LowerAsciiCopy(s.data(), s.size(), out.data());
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    if (LowerAscii8(Load8(a.data() + i)) != LowerAscii8(Load8(b.data() + i))) return false;
  }
  for (; i < a.size(); ++i) {
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  if (s.size() < needle.size()) return false;
  char lo = AsciiLowerChar(needle[0]);
  char up = (lo >= 'a' && lo <= 'z') ? static_cast<char>(lo - 'a' + 'A') : lo;
  std::string_view rest = needle.substr(1);
  const char* end = s.data() + (s.size() - needle.size() + 1);  // past the last start
  for (char first : {lo, up}) {
    for (const char* p = s.data(); p < end; ++p) {
      p = static_cast<const char*>(std::memchr(p, first, end - p));
      if (p == nullptr) break;
      if (EqualsIgnoreCase(std::string_view(p + 1, rest.size()), rest)) return true;
    }
    if (up == lo) break;
  }
  return false;
}

}  // namespace kabar
