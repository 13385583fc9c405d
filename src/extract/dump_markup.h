// DumpMarkup: text dumps from tools that print a page's links, images and headings as marks in
// the text itself. Markdown converters and reader APIs (html2text, markdownify, Jina Reader's
// "Title: / URL Source: / Markdown Content:" output, Firecrawl) write "# " headings, "* " or
// "- " bullets, links as "[text](url)", images as "![alt](src)" and "**bold**"; the text
// browsers' dumps (lynx -dump, elinks -dump) glue a reference number "[12]" before each link's
// text and list the URLs under "References" at the end. Such a page is read line for line into
// the text a browser shows (a link's text, an image as lynx prints it, "[alt]"), so the text
// rules read it as any other dump.
#ifndef KABAR_EXTRACT_DUMP_MARKUP_H_
#define KABAR_EXTRACT_DUMP_MARKUP_H_

#include <string>
#include <string_view>

namespace kabar::extract {

enum class DumpMarkup {
  kNone,          // plain text: read as it is
  kMarkdown,      // Markdown from an HTML converter or a reader API
  kReferences,    // a text browser's numbered link references ("[12]Text")
  kStarHeadings,  // a plain-text converter's dump (html2text 1.x): "*** Heading ***", link
                  // words joined by '_'
  kHtmlTags,      // text with HTML tags or character references left in (tagged_text.h)
};

// How much of a page SniffDumpMarkup reads for link marks, and for a converter's headings: a
// page may open with a long menu, and html2text pads each row of a layout table to its width
// (at -width 100000, forty rows above the headline are 4 MB; only '*' is looked for there).
inline constexpr size_t kDumpSniffBytes = 4096;
inline constexpr size_t kHeadingSniffBytes = 4 << 20;

// What the page's own marks say it is, from its first kDumpSniffBytes bytes: Markdown when they
// hold a reader API's "Markdown Content:" header or at least three link or image targets
// ("](http", "](/"), references when they hold the marks "[1]", "[2]" and "[3]" in that order,
// each glued to the text after it ("[2]Berita"; "[1]" alone is w3m's image placeholder), or
// "[1]" to "[4]" in order with two of them glued, or when the page ends with lynx's list of
// addresses ("References", then "  12. https://...");
// else Markdown when they hold an ATX heading of three words or more ("# X Y Z" opening a line);
// else star headings when the first kHeadingSniffBytes hold a line that is a heading between
// two runs of two to six '*' ("***** Most Popular *****", html2text's mark); else HTML tags
// when the first kDumpSniffBytes are IsTaggedText.
DumpMarkup SniffDumpMarkup(std::string_view text);

// `text` with each line replaced by what it shows, line for line (the same number of lines, each
// keeping its indentation): for kMarkdown, heading marks, emphasis marks and backslash escapes
// dropped, a link as its text, a bullet as "•", a line holding images alone as "[alt]" and other
// images left out, a reader API's "Title: X" header line as X; for kReferences, the reference
// marks dropped, a bullet as "•" and the list of link addresses under "References" left out
// (its lines blank); for kStarHeadings, a heading's star runs dropped, a bullet ("*", "o",
// "#" set in) as "•", each '_' as a space (the converter prints a link's spaces as '_') except
// on a line that is one link alone, which stays as printed unless it is the <h1> headline,
// an image's "[alt]" opening a line of text dropped, the spaces padding a line's end dropped
// and those between a wide table's cells cut to 256 (a heading's line shows the heading
// alone); for kHtmlTags, each line as ShowTaggedLine shows it. kNone returns `text` unchanged.
std::string ReadDumpMarkup(std::string_view text, DumpMarkup kind);

// The page's address a reader API prints in its header ("URL Source: https://..."), trimmed;
// empty when the text does not open with such a header ("Title:" or "URL Source:" first).
std::string_view ReaderSourceUrl(std::string_view text);

// The publication time a reader API prints in its header ("Published Time: 2024-06-18T10:30:00
// +07:00", taken from the page's metadata), trimmed and as printed; empty when there is none.
std::string_view ReaderPublishedTime(std::string_view text);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_DUMP_MARKUP_H_
