// PageSpaces: a text page's line breaks and spaces in the one form the text rules read.
//
// Scrapers and exporters end a line with "\n", "\r\n" or (old Mac text) a lone "\r", and write
// a space as U+0020 or as one of Unicode's space separators: NBSP (U+00A0, from "&nbsp;"),
// narrow NBSP (U+202F), the typographic spaces U+2000..U+200A, the ideographic space U+3000.
// Some also keep invisible format characters inside words and dates: SOFT HYPHEN (U+00AD),
// ZERO WIDTH SPACE (U+200B), LRM and RLM (U+200E/F), WORD JOINER (U+2060), and U+FEFF. The
// rules split lines at '\n' and read dates, datelines and bylines with ASCII spaces and whole
// words ("12&nbsp;Juni 2023 | 10.37&nbsp;WIB" is a date, "Reu&shy;ters" a wire), so the text is
// made so first. The output's text is the same either way: CleanText (kabar/normalize.h) makes
// every such space an ASCII space and drops those characters in each field. (ZWNJ and ZWJ stay:
// they change how Persian, Indic scripts and emoji are written.)
//
// The two steps come at different times: line breaks before the page's reading (a wrapped
// dump's lines must be found first), spaces after it (a tool that wraps lines does not break
// them at a non-breaking space, and its reading tells wrapped lines by their words' widths).
#ifndef KABAR_EXTRACT_PAGE_SPACES_H_
#define KABAR_EXTRACT_PAGE_SPACES_H_

#include <string>
#include <string_view>

namespace kabar::extract {

// In place: each lone '\r' (not followed by '\n') becomes '\n'. "\r\n" is left for the line
// reader, which trims the '\r'.
void UnifyLineBreaks(std::string* text);

// When `text` holds one of the space separators or invisible characters above: sets *out to
// `text` with each separator made ' ' and each invisible character dropped (and ideographic
// spaces opening a line, a CJK paragraph's indent, dropped), and returns true.
// Else returns false and leaves *out alone (nothing is copied).
// REQUIRES: `text` is valid UTF-8.
bool UnifySpaces(std::string_view text, std::string* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_PAGE_SPACES_H_
