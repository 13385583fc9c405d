// TextArticle: the article of a page given as text lines, with its metadata.
//
// This is the text extractor proper (ExtractArticle for text pages calls it); the HTML
// extractor calls it too, on the block lines it extracted from the DOM, passing what the
// markup already told it as hints.
//
// How it works (text_extractor.cc has the long version): the lines are classified one by one
// (boilerplate phrases, lines repeated across a site's pages, metadata: dates, credits,
// captions, syndication notes); the remaining lines are scored as prose and the article's main
// contiguous region is found; title, lead and section are looked for above it; every line not
// used goes to Article::removed with its reason.
//
// Thread safety: pure function of its arguments.
#ifndef KABAR_EXTRACT_TEXT_ARTICLE_H_
#define KABAR_EXTRACT_TEXT_ARTICLE_H_

#include <string>
#include <string_view>

#include "kabar/article.h"
#include "kabar/extract.h"
#include "kabar/site_line_stats.h"
#include "kabar/status.h"

namespace kabar::extract {

// What the caller already knows about the page. Empty fields are found in the text.
struct TextHints {
  std::string title;             // headline (HTML <h1>, og:title)
  std::string site;              // registrable site, e.g. from the URL
  std::string published;         // ISO 8601 publication time (HTML meta)
  std::string reader_published;  // ISO 8601, a reader API's "Published Time:" header: the
                                 // publication time when the text shows less of it
  std::string now;               // reference time for relative dates (ISO 8601); else none
};

// Fills the extract fields of *article (site, outlet, title, lead, section, published,
// dates_mentioned, dateline, authors, editors, agencies, captions, body, syndicated_from,
// removed) from `text`. Line numbers in `removed` count lines of `text`. `stats` may be null.
// Returns kNotFound when the text holds no article paragraph.
Status ExtractFromText(std::string_view text, const TextHints& hints, const ExtractOptions& options,
                       const SiteLineStats* stats, Article* article);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_ARTICLE_H_
