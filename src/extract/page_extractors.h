// The per-kind extractors behind ExtractArticle (extract_article.cc dispatches on
// RawPage::kind). Same contract as ExtractArticle in include/kabar/extract.h.
#ifndef KABAR_EXTRACT_PAGE_EXTRACTORS_H_
#define KABAR_EXTRACT_PAGE_EXTRACTORS_H_

#include "kabar/extract.h"

namespace kabar {

// Text dumps (text_extractor.cc). `guessed_site`: GuessSite(page) when the caller has it,
// else null.
Result<Article> ExtractTextArticle(const RawPage& page, const ExtractOptions& options,
                                   const SiteLineStats* site_stats,
                                   const std::string_view* guessed_site);

// HTML pages (html_extractor.cc): charset decoding, Gumbo parse, main content from the DOM,
// metadata from markup, then the text analysers on the extracted blocks. The run's site
// statistics are not used (see ExtractionReadsSiteStats).
Result<Article> ExtractHtmlArticle(const RawPage& page, const ExtractOptions& options);

}  // namespace kabar

#endif  // KABAR_EXTRACT_PAGE_EXTRACTORS_H_
