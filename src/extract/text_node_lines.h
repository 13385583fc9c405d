// TextNodeLines: pages as a scraper's "one text node per line" text, read with each inline run
// on one line again.
//
// BeautifulSoup's get_text("\n", strip=True) (and any scraper that joins a page's text nodes
// with newlines) prints every text node on a line of its own: a paragraph with a link or a <b>
// inside comes out as several lines broken mid-sentence ("kata Teguh kepada", "Kontan.co.id",
// ", Senin (14/4)."), a byline as "Oleh", "Name", ",", "Name", a separator alone ("•", "|").
// No line is blank (empty nodes are dropped) and none is indented.
//
// The shape is sniffed from the page's own lines: at least kMinLines lines, at most one in
// kMaxBlankShare blank or indented, and at least kMinFragments lines that only a split inline
// run prints (a separator alone, a line opening with a comma or a full stop, a lower-case word
// opening a line after a sentence cut after a lower-case word). Common Crawl's WET text has no
// blank lines either, but it prints each block's inline runs on one line: a lower-case word
// opening a line is common there (tags, menus), after a name, a date or a bracket, and is no
// sign of the shape. A comma or a colon alone counts twice: no block is nothing else. A page
// with no line longer than 160 bytes (text wrapped at a width: a paragraph runs on over lines
// cut after lower-case words) is not in the shape. On such a
// page a line joins the one before it when:
//   - it is a separator alone (",", ":", "|", "•", "/", "-", "»", "and"/"dan"...): it joins
//     both neighbours ("Name, Name", "Reporter: Name", "Name • 16 April 2025"), but one of
//     the others than "," and ":" before the page's headline stays alone (it ends a rubric
//     or a breadcrumb: "Opinion", "|", headline);
//   - it opens with closing punctuation (", Senin (14/4).", ". Next"), glued;
//   - it opens with a lower-case word (no '.', '/' or '@' in it: "jpnn.com" opens a paragraph)
//     and the line before ends open (no sentence or colon end), one of the two of three words
//     or more ("... tumbuh 3,1% secara tahunan atau" + "year on year"); a byline word alone
//     ("by") takes the name after it instead;
//   - it opens with a bracket whose text goes on after it ("(YoY), jauh ...") and the line
//     before ends open;
//   - it opens with a dash and a space ("— Michigan health ...") and the line before is a short
//     open one (a dateline "ST. JOSEPH, Mich. (AP)");
//   - the line before is a label of at most kMaxLabelWords words ending in ':' ("Baca juga :",
//     "Reporter:") or a byline word ("By", "Oleh"), and this line is short and ends in no colon;
//   - it is a photo credit ("Outlet/Name", "Photo: Name") right after a sentence (a caption's
//     credit span);
//   - it is short and the line after it opens with closing punctuation or a lower-case word,
//     while the line before, of kMinProseWords words or more, is cut after a lower-case word or
//     a comma (a link or <b> inside a sentence: "kata Teguh kepada" + "Kontan.co.id" + ",
//     Senin"; a title-case headline, a date and "by" are no sentence);
//   - the line before is cut after a lower-case word ("in rebooted") and this one is short,
//     with no sentence's end inside it (an italic title: "Star Trek"), and the sentence ends
//     with it or goes on after it (the line after continues it, as above).
// A headline takes nothing by the rules from the lower-case word on, and no label takes it: a
// line of kMinHeadlineBytes or more that the page's first line (its <title>, which scrapers
// print first) holds; in sentence case it ends after a lower-case word too. A line opening with
// "| " joins only when it is label-short ("| Editor:"), not a rubric's headline.
// A page's known furniture ("Share this:", "Back to top") joins nothing by the rules from the
// lower-case word on (a read-also label takes its headline when the joined line is furniture
// too): the text rules end the story at it.
//
// Cost: the sniff is one pass over the page's bytes that stops early on a page with blank lines;
// joining is a second pass, linear in the page's size, on sniffed pages only.
#ifndef KABAR_EXTRACT_TEXT_NODE_LINES_H_
#define KABAR_EXTRACT_TEXT_NODE_LINES_H_

#include <cstddef>
#include <string_view>

#include "extract/joined_lines.h"

namespace kabar::extract {

// A page this short is not sniffed (lines).
inline constexpr int kTextNodeMinLines = 20;
// A line this long or longer (bytes) that the page's first line holds is its headline.
inline constexpr size_t kMinHeadlineBytes = 16;
// A first line longer than this (bytes) is not a <title>: the page has no headline to keep.
inline constexpr size_t kMaxTitleBytes = 1024;

// True when `text` is a page printed one text node per line (see above).
bool IsTextNodePerLine(std::string_view text);

// Joins the lines of `text` by the rules above (whether or not the page was sniffed).
JoinedLines JoinTextNodeLines(std::string_view text);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_NODE_LINES_H_
