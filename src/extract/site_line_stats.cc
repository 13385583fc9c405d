#include "kabar/site_line_stats.h"

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#define XXH_INLINE_ALL           // a hash or two per line: let them inline (same values)
#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "common/flat_u64_map.h"

namespace kabar {
namespace {

std::string_view Trim(std::string_view s) {
  // Most lines open and close with printable ASCII, which is no white space: no call then.
  auto printable = [](char c) { return c > ' ' && c < 0x7F; };
  if (!s.empty() && printable(s.front()) && printable(s.back())) return s;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

// Line keys are xxhash values (well mixed), counted in a flat table: one probe per lookup and
// no node per distinct line.
struct SiteLineStats::PerSite {
  int pages = 0;
  FlatU64Map<int> line_pages;
  FlatU64Map<char> identities;  // of the pages counted
};

SiteLineStats::SiteLineStats() = default;
SiteLineStats::~SiteLineStats() = default;

SiteLineStats::PerSite* SiteLineStats::Find(std::string_view site) const {
  auto it = sites_.find(site);
  return it == sites_.end() ? nullptr : it->second.get();
}

SiteLineStats::PerSite& SiteLineStats::Get(std::string_view site) {
  auto it = sites_.find(site);
  if (it == sites_.end()) it = sites_.emplace(std::string(site), std::make_unique<PerSite>()).first;
  return *it->second;
}

namespace {

// Writes `n` bytes of `src` to `dst` with ASCII upper case lowered (as LowerAsciiCopy), sixteen
// bytes a step where SSE2 is; the last sixteen of a longer text are lowered again in one step
// (lowering is idempotent, so the bytes written twice are the same).
void LowerCopy(const char* src, size_t n, char* dst) {
#ifdef __SSE2__
  if (n >= 16) {
    auto lower16 = [&](size_t i) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), LowerAscii16(x));
    };
    for (size_t i = 0; i + 16 <= n; i += 16) lower16(i);
    if (n % 16 != 0) lower16(n - 16);
    return;
  }
#endif
  LowerAsciiCopy(src, n, dst);
}

}  // namespace

uint64_t SiteLineStats::LineKey(std::string_view line) {
  // The hash of the trimmed, ASCII-lower-cased line, folded without allocating: a line of up
  // to kOneShot bytes in one buffer and one call, a longer one in chunks of it (XXH3's
  // streaming hash has the one-shot hash's value).
  constexpr size_t kOneShot = 4096;
  std::string_view t = Trim(line);
  char buf[kOneShot];
  if (t.size() <= sizeof buf) {
    LowerCopy(t.data(), t.size(), buf);
    return XXH3_64bits(buf, t.size());
  }
  XXH3_state_t state;
  XXH3_64bits_reset(&state);
  while (!t.empty()) {
    size_t n = std::min(t.size(), sizeof buf);
    LowerCopy(t.data(), n, buf);
    XXH3_64bits_update(&state, buf, n);
    t.remove_prefix(n);
  }
  return XXH3_64bits_digest(&state);
}

SiteLineStats::PageKeys SiteLineStats::PageLineKeys(std::string_view page_text) {
  PageKeys keys;
  FlatU64Map<char> seen;  // the keys kept so far (flat: no node per line)
  XXH3_state_t long_lines;
  XXH3_64bits_reset(&long_lines);
  bool any_long = false;
  size_t start = 0;
  while (start <= page_text.size()) {
    size_t end = page_text.find('\n', start);
    if (end == std::string_view::npos) end = page_text.size();
    const std::string_view line = Trim(page_text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    const uint64_t key = LineKey(line);
    bool inserted = false;
    seen.Upsert(key, &inserted);
    if (!inserted) continue;
    keys.lines.push_back(key);
    if (line.size() >= kIdentityLineBytes) {
      XXH3_64bits_update(&long_lines, &key, sizeof key);
      any_long = true;
    }
  }
  keys.identity = any_long ? XXH3_64bits_digest(&long_lines)
                           : XXH3_64bits(keys.lines.data(), keys.lines.size() * sizeof(uint64_t));
  return keys;
}

void SiteLineStats::AddPageKeys(std::string_view site, const PageKeys& keys) {
  if (site.empty()) return;
  PerSite& per = Get(site);
  bool new_identity = false;
  per.identities.Upsert(keys.identity, &new_identity);
  if (!new_identity) return;
  ++per.pages;
  for (uint64_t key : keys.lines) ++*per.line_pages.Upsert(key);
}

void SiteLineStats::AddPage(std::string_view site, std::string_view page_text) {
  if (site.empty()) return;
  AddPageKeys(site, PageLineKeys(page_text));
}

int SiteLineStats::Pages(std::string_view site) const {
  const PerSite* per = Find(site);
  return per == nullptr ? 0 : per->pages;
}

int SiteLineStats::PagesWithLine(std::string_view site, std::string_view line) const {
  return PagesWithLineKey(site, LineKey(line));
}

int SiteLineStats::PagesWithLineKey(std::string_view site, uint64_t key) const {
  const PerSite* per = Find(site);
  if (per == nullptr) return 0;
  const int* n = per->line_pages.Find(key);
  return n == nullptr ? 0 : *n;
}

}  // namespace kabar
