// RegexTree: the shape of a regular expression in the subset of RE2 syntax kabar's phrase lists
// are written in (literals, escapes, character classes, groups, alternation, ?, *, +, {n,m}),
// with every character reduced to what a line lowered to ASCII lower case can hold there. It
// lets code reason about the strings a pattern can match without running it (the phrase index
// lists the words a pattern can open with; tests generate strings a pattern matches).
//
// Contract (case-insensitive reading, as the phrase lists are compiled): a kChar node's
// `ascii` holds every ASCII byte b such that a line byte that lowers to b can match the
// character; it may hold more (negated classes are widened, not narrowed). `non_ascii` is true
// when the character may match a non-ASCII character other than KELVIN SIGN and LONG S, which
// case folding matches to 'k' and 's': users treat those two as the letters. Zero-width
// assertions (^, $, \b, \B) are kEmpty: they only narrow what matches, so ignoring them
// over-approximates.
//
// Thread safety: a parsed tree is a plain value.
#ifndef KABAR_EXTRACT_REGEX_TREE_H_
#define KABAR_EXTRACT_REGEX_TREE_H_

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

struct RegexNode {
  enum class Kind { kEmpty, kChar, kSequence, kAlternation, kRepeat };
  static constexpr int kUnbounded = -1;

  Kind kind = Kind::kEmpty;
  std::bitset<128> ascii;           // kChar: the lowered ASCII bytes it can match
  bool non_ascii = false;           // kChar: it may match a non-ASCII character
  std::string literal;              // kChar: the UTF-8 bytes of a literal non-ASCII character
  std::vector<RegexNode> children;  // kSequence, kAlternation; kRepeat: its one child
  int min = 0, max = 0;             // kRepeat: bounds (max kUnbounded for * and +)
};

// The tree of `regex`; nullopt when it uses syntax outside the subset (look-around, back
// references, named groups, \p classes, ...), so that callers fall back to the regex itself.
std::optional<RegexNode> ParseRegexTree(std::string_view regex);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_REGEX_TREE_H_
