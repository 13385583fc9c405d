// WrappedLines: text dumps whose tool wrapped each paragraph at a fixed width, read with each
// paragraph on one line again.
//
// Text browsers and HTML-to-text converters (w3m, lynx, links, elinks, html2text) print a page
// at a fixed width, about 80 columns unless told otherwise. They fill a paragraph greedily: a
// line is broken before the word that would pass the width, and the continuation lines keep the
// block's left margin (a list item's text hangs under its first word, past the bullet). The text
// rules read one line as one paragraph, so a wrapped dump's paragraphs are joined first.
//
// A page is wrapped at width W when its own lines show it. Counting the lines of two or more
// words that another line of their block follows (the lines a tool may have broken), at least
// kMinEdgeLines end within kEdgeColumns columns of W, more than end in the kEdgeColumns columns
// before those, and W ranks first (those lines, minus the ones before, minus kPastEdgeWeight
// times the ones just past W); and of all lines of words at most one in kMaxPastEdgeShare passes
// W (an unbreakable word, a URL, may). Some lines count neither way: list items (some
// converters print them whole), the browsers' numbered link references and a table's rows
// (three spaces inside: laid out in columns, never wrapped). A block's last line that ends no
// sentence with '.' or '!' is a heading, which pandoc prints whole however long (a paragraph
// that an unwrapped page prints on one line ends a sentence): it counts against W only when
// fewer than kMinEdgeLinesPastHeadings lines show W. A page with long prose lines
// (wider than any wrap width) is not wrapped, unless they are few next to the lines it broke
// before them.
//
// Within one block (no blank line between, the same margin), line B continues line A when the
// greedy test says the tool broke there: A's width, a space and B's first word together are
// wider than the block's width: W, or a narrower one that the lines of its margin show as a
// page's lines show W (html2text sets a quotation five columns in and ends its lines short of W
// too). A line that opens with a list mark ("* ", "• " with a space or elinks' no-break space,
// w3m's "□ " and "☆ " of nested lists, "12. ") starts a new block; a table row is never joined.
// html2text sets an inline image's alt text ("[alt]") one column in: the block it opens (a
// caption) goes on at the margin of the text, not at the bracket's.
// html2text and links print no blank line between blocks, so a block whose last line is nearly
// full would run into the next: a rule ("====="), a heading's opening stars ("** ", or "**_"
// when the heading is a link, its words joined by '_'), and a line opening with a bracket (an
// image's alt text, "[...]", but no link number "[12]") after a sentence's end start blocks; a
// heading ends at its closing stars, a rule at itself, and a block that opens with a bracket
// where that bracket closes at a line's end.
//
// Widths are display columns: w3m and elinks count an East Asian wide character as two columns,
// lynx, links and html2text as one; a page with such characters is measured both ways and the
// way that shows a width is taken.
//
// Cost: one pass over the lines, each line's width counted only up to kMaxWrapColumns + 1
// columns; a page stops being looked at when its long prose lines are more than one in
// kMaxPastEdgeShare of the lines it may have broken so far (an unwrapped page does at its first
// long paragraph). Joining is a second pass, linear in the page's size, after a pass that
// finds the margins' widths (wrapped pages only).
#ifndef KABAR_EXTRACT_WRAPPED_LINES_H_
#define KABAR_EXTRACT_WRAPPED_LINES_H_

#include <string_view>

#include "extract/joined_lines.h"

namespace kabar::extract {

// The widest wrap looked for, in columns (tools' defaults are 72 to 80; people ask for 100-132).
inline constexpr int kMaxWrapColumns = 160;
// The narrowest.
inline constexpr int kMinWrapColumns = 30;

// How a page was wrapped: `columns` is 0 when it was not.
struct WrapWidth {
  int columns = 0;
  bool wide_as_two = true;  // an East Asian wide character counts two columns
};

// The wrap width of `laid_out`, the text as the tool printed it (lynx and elinks count their
// link reference marks "[12]" in the width, Markdown converters their link targets).
WrapWidth DetectWrapWidth(std::string_view laid_out);

// When `laid_out` is wrapped (DetectWrapWidth), fills *out with `shown` with the lines the tool
// broke joined again (with single spaces) and returns true; else returns false and leaves *out
// alone. `shown` is the text to read, line for line the same lines as `laid_out`
// (ReadDumpMarkup's output, or `laid_out` itself). A joined line keeps its first line's margin
// and grows to kMaxJoinedBytes at most (joined_lines.h).
// REQUIRES: `shown` has as many lines as `laid_out` (else returns false).
bool UnwrapLines(std::string_view laid_out, std::string_view shown, JoinedLines* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_WRAPPED_LINES_H_
