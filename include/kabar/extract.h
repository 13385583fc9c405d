// Extraction: RawPage -> Article. Finds the article in a page (title, lead, body paragraphs)
// and its metadata (section, publication time, authors, editors, dateline, agencies,
// captions, syndication), and records every other input line in Article::removed with a
// reason. Nothing from the input is dropped without a reason.
//
// Thread safety: ExtractArticle is a pure function of its arguments; it may run on many
// threads at once. SiteLineStats is immutable while extraction reads it.
#ifndef KABAR_EXTRACT_H_
#define KABAR_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "kabar/article.h"
#include "kabar/raw_page.h"
#include "kabar/site_line_stats.h"
#include "kabar/status.h"

namespace kabar {

struct ExtractOptions {
  // Reference time for relative dates ("8 jam lalu", "2 days ago"), ISO 8601 with offset.
  // Empty: the page's fetched_at (the file's modification time for plain files).
  std::string now;
  // Pages larger than this are rejected (kResourceExhausted) before any parsing.
  size_t max_page_bytes = size_t{64} << 20;
  // Lines longer than this are never article text; they are removed as "oversized-line".
  size_t max_line_bytes = size_t{64} << 10;
};

// Extracts the article of `page`. `site_stats` (may be null) holds lines that repeat across
// pages of the same site in this run: evidence of boilerplate.
// Returns the Article, or:
//   kResourceExhausted  the page is larger than options.max_page_bytes;
//   kCorruption         the bytes are binary, not text;
//   kNotFound           the page is empty or has no article text.
Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* site_stats);

// The same, for a caller that has already computed GuessSite(page) (to group pages for
// `site_stats`): `guessed_site` must be that value; the page is not scanned for it again.
Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* site_stats, std::string_view guessed_site);

// True when ExtractArticle(page, ...) reads `site_stats` (text pages). HTML pages are
// extracted from their markup alone, so a run need not hold them until its statistics are
// complete.
bool ExtractionReadsSiteStats(const RawPage& page);

// A cheap guess of the page's site ("tempo.co") from its URL or text (a reader API's "URL
// Source:" header, a dateline), used to group pages for SiteLineStats before extraction. Empty
// when there is no evidence.
std::string GuessSite(const RawPage& page);

}  // namespace kabar

#endif  // KABAR_EXTRACT_H_
