// ExtractArticle: dispatch on the kind of page the ingest stage detected.
#include "extract/page_extractors.h"
#include "kabar/extract.h"

namespace kabar {

namespace {

// `guessed_site`: GuessSite(page), or null when the caller does not have it.
Result<Article> Dispatch(const RawPage& page, const ExtractOptions& options,
                         const SiteLineStats* site_stats, const std::string_view* guessed_site) {
  if (page.bytes.size() > options.max_page_bytes) {
    return Status::ResourceExhausted("page of " + std::to_string(page.bytes.size()) +
                                     " bytes is larger than the limit of " +
                                     std::to_string(options.max_page_bytes) + " bytes");
  }
  if (page.kind == ContentKind::kHtml) return ExtractHtmlArticle(page, options);
  return ExtractTextArticle(page, options, site_stats, guessed_site);
}

}  // namespace

Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* site_stats) {
  return Dispatch(page, options, site_stats, nullptr);
}

Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* site_stats, std::string_view guessed_site) {
  return Dispatch(page, options, site_stats, &guessed_site);
}

bool ExtractionReadsSiteStats(const RawPage& page) { return page.kind != ContentKind::kHtml; }

}  // namespace kabar
