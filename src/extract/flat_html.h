// FlatHtml: an HTML page whose markup says nothing about its parts. A run of paragraphs,
// headings and line breaks, what a scraper saves when it keeps each text line of a page as a
// <p>, or a text dump wrapped in <html>: no menus, lists, tables or page regions, and no class
// or id that names a part. The block rules (html_content.h) have nothing to go on in such a
// page; the text rules, which read a page line by line, do. So a flat page is read as the
// text dump a crawler would make of it (Common Crawl's WET text): its <title> on the first
// line, then one line per block.
#ifndef KABAR_EXTRACT_FLAT_HTML_H_
#define KABAR_EXTRACT_FLAT_HTML_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/html_blocks.h"

namespace kabar {

// The fewest blocks a flat page has. A page of fewer is an article's text alone, or close to
// it, which the block rules read as well.
constexpr size_t kMinFlatBlocks = 8;

// True when `blocks` (a page's body) holds kMinFlatBlocks blocks or more and no element but
// <html>, <body>, inline elements and the plain text blocks (<p>, <div>, <br>, <h1>..<h6>,
// <blockquote>, <pre>, <center>, <hr>), and no element's tag, class or id is a hint
// (html_hints.h: neither a boilerplate reason nor named like article content).
bool IsFlatDocument(const HtmlBlocks& blocks);

// The page as a text dump shows it: `title` (the <title> as written; skipped when empty) on
// the first line, then each block's text on a line of its own.
std::string FlatDocumentText(const HtmlBlocks& blocks, std::string_view title);

}  // namespace kabar

#endif  // KABAR_EXTRACT_FLAT_HTML_H_
