// TaggedText: text a scraper took with the page's markup left in. Some keep an element's inner
// HTML ("<p>JAKARTA - ...</p>", "<strong>Baca juga:</strong> <a href=\"...\">...</a>"), some its
// text still HTML-escaped ("&quot;Kami siap,&quot; kata Kim", "&nbsp;"). Such a page is read
// line for line as a browser shows it (dump_markup.h's kHtmlTags): the tags dropped, the
// character references decoded (char_refs.h).
#ifndef KABAR_EXTRACT_TAGGED_TEXT_H_
#define KABAR_EXTRACT_TAGGED_TEXT_H_

#include <string>
#include <string_view>

namespace kabar::extract {

// True when `head` (a page's first bytes) holds at least four HTML marks: tags of HTML's common
// text elements ("<p>", "</a>", "<br/>", "<span class=...>"; not <img>, which text dumps print
// for <noscript> tracking pixels) or character references outside tags ("&amp;", "&quot;",
// "&nbsp;", "&#8217;", "&#x2019;"). Plain text has "&" between words and "<" in comparisons,
// not these.
bool IsTaggedText(std::string_view head);

// Appends what `line` (one line of such a page, without its '\n') shows to *out: each tag
// dropped (a block element's tag or <br> inside the line leaves one space, so the words on its
// two sides stay apart), then the character references decoded. A '<' that opens no such tag
// stays, and so does a line that would show nothing (tags alone): the text rules then file it
// in `removed` with its reason.
void ShowTaggedLine(std::string_view line, std::string* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TAGGED_TEXT_H_
