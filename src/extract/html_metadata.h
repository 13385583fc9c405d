// Metadata of an HTML page from every place publishers put it: <title>, <meta> (OpenGraph,
// Twitter cards, article:*, Dublin Core, parsely, sailthru, ...), JSON-LD (NewsArticle,
// Article, ReportageNewsArticle, BlogPosting, ..., also inside @graph), microdata itemprops,
// <time datetime>, <link rel=canonical>, <html lang>, dates in the URL, and the post time a
// Twitter/X status URL encodes (status_url_time.h; it overrides the rest: it is exact).
//
// Where sources disagree the most specific wins: JSON-LD of the article (read leniently when
// it does not parse), then article:* metas, then generic metas, then microdata and <time>,
// then the URL. A published instant given in UTC is put on the publisher's calendar: the
// URL's date when a real offset reaches it, else the site country's zone (publisher_zone.h).
#ifndef KABAR_EXTRACT_HTML_METADATA_H_
#define KABAR_EXTRACT_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace kabar {

struct HtmlMetadata {
  std::string title;          // headline (JSON-LD, og:title, twitter:title, <title>)
  std::string html_title;     // the <title> element as written
  std::string description;    // og:description / description / JSON-LD description
  std::string canonical_url;  // <link rel=canonical>, og:url
  std::string site_name;      // og:site_name, JSON-LD publisher name
  std::string section;        // article:section, JSON-LD articleSection
  std::string trail_section;  // the last entry of a JSON-LD BreadcrumbList of two or more
  std::string published;      // ISO 8601 (html_date.h forms)
  std::string modified;
  std::string language;  // primary subtag of <html lang> / og:locale, lower case
  std::string zone;      // the publisher's IANA zone from its domain or locale (publisher_zone.h)
  std::vector<std::string> authors;
  std::vector<std::string> editors;  // JSON-LD "editor" of the article
};

// Reads the metadata of the document under `root`; `url` (may be empty) is the fetch URL,
// used for dates in the path. Never fails: unknown values stay empty.
HtmlMetadata ExtractHtmlMetadata(const GumboNode* root, const std::string& url);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_METADATA_H_
