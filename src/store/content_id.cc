// ContentId: frozen; see include/kabar/store.h and doc/store_schema.md before changing.
#include <xxhash.h>

#include <cstdio>
#include <string>

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

void AppendNormalized(const std::string& s, std::string* out) {
  bool pending_space = false;
  size_t start = out->size();
  for (size_t i = 0; i < s.size();) {
    size_t n = SpaceLength(s, i);
    if (n > 0) {
      pending_space = true;
      i += n;
      continue;
    }
    if (pending_space && out->size() > start) out->push_back(' ');
    pending_space = false;
    char c = s[i++];
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
}

}  // namespace

std::string ContentId(const Article& article) {
  std::string key = "kabar-article-v1";
  key.push_back('\0');
  key += article.site;
  key.push_back('\0');
  AppendNormalized(article.title, &key);
  key.push_back('\0');
  std::string body;
  for (size_t i = 0; i < article.body.size(); ++i) {
    if (i > 0) body.push_back('\n');
    body += article.body[i];
  }
  AppendNormalized(body, &key);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  return hex;
}

}  // namespace kabar
