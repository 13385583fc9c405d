// ASCII case folding for protocol and markup text (charset labels, HTTP and WARC headers, tag
// and attribute names, file suffixes) and for the analysers' cue words. Only 'A'..'Z' and
// 'a'..'z' are folded; every other byte, UTF-8 included, compares and copies as itself, so the
// results do not depend on the C locale.
#ifndef KABAR_COMMON_ASCII_CASE_H_
#define KABAR_COMMON_ASCII_CASE_H_

#include <string>
#include <string_view>

namespace kabar {

// `s` with 'A'..'Z' lowered.
std::string AsciiLower(std::string_view s);

bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);
// True when `needle` occurs in `s` (an empty needle occurs everywhere).
bool ContainsIgnoreCase(std::string_view s, std::string_view needle);

}  // namespace kabar

#endif  // KABAR_COMMON_ASCII_CASE_H_
