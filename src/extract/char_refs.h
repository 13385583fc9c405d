// HTML character references left in metadata text.
//
// Many sites escape their titles twice: <meta property="og:title" content="Here&amp;#8217;s">
// parses to "Here&#8217;s", and JSON-LD headlines carry "&#8220;...&#8221;" or "&quot;" as
// written. DecodeCharRefs turns what is left into the characters meant: numeric references
// (decimal and hex, with HTML's Windows-1252 reading of 128..159) and the named references
// that occur in such text (amp, quot, nbsp, the typographic quotes and dashes, the accented
// Latin letters, currency and a few signs). A reference needs its ';'; anything else is kept
// as written, as are references to NUL, surrogates and code points beyond U+10FFFF.
#ifndef KABAR_EXTRACT_CHAR_REFS_H_
#define KABAR_EXTRACT_CHAR_REFS_H_

#include <string>
#include <string_view>

namespace kabar {

// `text` with its character references decoded (a copy; unchanged when it holds no '&').
std::string DecodeCharRefs(std::string_view text);

}  // namespace kabar

#endif  // KABAR_EXTRACT_CHAR_REFS_H_
