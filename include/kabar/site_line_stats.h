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

  // Counts `page_text`'s distinct non-blank lines once for `site`. An empty site is ignored.
  void AddPage(std::string_view site, std::string_view page_text);
  // AddPage in two steps, so that the hashing can run on another thread than the counting:
  // AddPageKeys(site, PageLineKeys(text)) is AddPage(site, text).
  // PageLineKeys: the LineKey of each distinct non-blank line of `page_text`, in page order.
  static std::vector<uint64_t> PageLineKeys(std::string_view page_text);
  void AddPageKeys(std::string_view site, const std::vector<uint64_t>& keys);
  // Folds another set of counts into this one.
  void Merge(const SiteLineStats& other);

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
