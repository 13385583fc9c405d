// ExtractArticle: dispatch on the kind of page the ingest stage detected.
#include "extract/page_extractors.h"
#include "kabar/extract.h"

namespace kabar {

Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* site_stats) {
  if (page.bytes.size() > options.max_page_bytes) {
    return Status::ResourceExhausted("page of " + std::to_string(page.bytes.size()) +
                                     " bytes is larger than the limit of " +
                                     std::to_string(options.max_page_bytes) + " bytes");
  }
  if (page.kind == ContentKind::kHtml) return ExtractHtmlArticle(page, options, site_stats);
  return ExtractTextArticle(page, options, site_stats);
}

}  // namespace kabar
