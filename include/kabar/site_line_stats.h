// SiteLineStats: how many pages of each site carry a given (normalised) line.
//
// A line that appears on many pages of one site ("Baca berita dengan sedikit iklan",
// a footer, a menu) is boilerplate on that site even when no phrase list knows it.
// Build it from a run's pages before extraction (AddPage), then read it (PagesWithLine).
//
// Thread safety: AddPage is not thread-safe; the const methods are, once building ends.
#ifndef KABAR_SITE_LINE_STATS_H_
#define KABAR_SITE_LINE_STATS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kabar {

class SiteLineStats {
 public:
  SiteLineStats();
  ~SiteLineStats();
  SiteLineStats(const SiteLineStats&) = delete;
  SiteLineStats& operator=(const SiteLineStats&) = delete;

  // The keys AddPageKeys counts for one page: `lines`, the LineKey of each distinct non-blank
  // line in page order; `identity`, the hash of the keys of its long lines (kIdentityLineBytes
  // or longer after trimming; of all its lines when it has none). Two copies of one article (a
  // re-crawl, a URL variant, an AMP page) share their paragraphs, so they share the identity
  // even when a timestamp, an ad or a list of other stories around them differs.
  struct PageKeys {
    std::vector<uint64_t> lines;
    uint64_t identity = 0;
  };
  static constexpr size_t kIdentityLineBytes = 160;

  // Counts `page_text`'s distinct non-blank lines once for `site`, unless a page of the same
  // identity was counted for it: a page the run holds twice counts once, else three copies of
  // one page would make each of its lines the site's furniture. An empty site is ignored.
  void AddPage(std::string_view site, std::string_view page_text);
  // AddPage in two steps, so that the hashing can run on another thread than the counting:
  // AddPageKeys(site, PageLineKeys(text)) is AddPage(site, text).
  static PageKeys PageLineKeys(std::string_view page_text);
  void AddPageKeys(std::string_view site, const PageKeys& keys);

  // How many pages of `site` were added.
  int Pages(std::string_view site) const;
  // How many pages of `site` contain `line` (compared after trimming and case folding).
  int PagesWithLine(std::string_view site, std::string_view line) const;
  // PagesWithLine for a line whose LineKey the caller has: PagesWithLineKey(site, LineKey(l))
  // is PagesWithLine(site, l).
  int PagesWithLineKey(std::string_view site, uint64_t key) const;

  // The key a line is counted under: a 64-bit hash of its trimmed, lower-cased text.
  static uint64_t LineKey(std::string_view line);

 private:
  struct PerSite;  // a site's page count and pages per line key (site_line_stats.cc)
  // Sites are looked up by string_view without building a string.
  struct SiteHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  PerSite* Find(std::string_view site) const;
  PerSite& Get(std::string_view site);

  std::unordered_map<std::string, std::unique_ptr<PerSite>, SiteHash, std::equal_to<>> sites_;
};

}  // namespace kabar

#endif  // KABAR_SITE_LINE_STATS_H_
