// Small text helpers shared by the text analysers: trimming, ASCII case, word iteration.
// All functions are pure and allocation-free unless they return a std::string.
#ifndef KABAR_EXTRACT_TEXT_UTIL_H_
#define KABAR_EXTRACT_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

// `s` without leading and trailing white space (ASCII space, tab, CR, LF, and U+00A0 NBSP).
std::string_view Trim(std::string_view s);

// ASCII lower-casing; bytes >= 0x80 are copied unchanged.
std::string AsciiLower(std::string_view s);

// True when `s` begins with `prefix`, comparing ASCII letters case-insensitively.
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// True when `needle` occurs in `s`, comparing ASCII letters case-insensitively.
bool ContainsIgnoreCase(std::string_view s, std::string_view needle);

// Folds runs of white space to one ASCII space and trims the ends.
std::string CollapseSpace(std::string_view s);

// The words of `s`: maximal runs of letters, digits and in-word marks ('-', '\'', '.', U+2019
// between letters). Views into `s`.
std::vector<std::string_view> Words(std::string_view s);

// Length of the word starting at s[i] (0 when s[i] does not start one), and where the next
// word may start. The allocation-free primitive under Words() and ForEachWord().
size_t WordAt(std::string_view s, size_t i);

// Number of words of `s` (as Words(s).size(), without allocating).
size_t CountWords(std::string_view s);

// Calls f(word) for each word of `s`, in order, without allocating.
template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t n = WordAt(s, i);
    if (n > 0) {
      f(s.substr(i, n));
      i += n;
    } else {
      ++i;
    }
  }
}

// Title case for a place or name written in capitals: "PYONGYANG" -> "Pyongyang",
// "NEW YORK" -> "New York". Words already in mixed case are kept.
std::string TitleCaseWords(std::string_view s);

// True for an ASCII upper-case letter at the start of `w` (UTF-8 upper-case Latin-1 letters too).
bool StartsUpper(std::string_view w);
bool StartsLower(std::string_view w);
// True when every letter in `w` is upper case and it has at least one letter.
bool IsAllUpper(std::string_view w);

// Number of Unicode code points in valid UTF-8 `s` (continuation bytes are not counted).
size_t Utf8Length(std::string_view s);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_UTIL_H_
