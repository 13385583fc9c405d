// CJK bigrams: the terms Chinese and Japanese text is compared by, and the count of its
// characters (a line's length in words, prose.cc).
//
// Chinese and Japanese are written without spaces between words, so a space-split "word" of
// such text is a whole clause. Two characters in a row stand in for its words: a headline and
// the story under it share "商標" and "違反" where they share no space-split word. Pairs of
// hiragana alone are grammar ("した", "です"), not content, and are left out.
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_CJK_BIGRAMS_H_
#define KABAR_EXTRACT_CJK_BIGRAMS_H_

#include <cstddef>
#include <string_view>

namespace kabar::extract {

enum class CjkChar { kNone, kHiragana, kOther };

// The kind of the character whose three-byte UTF-8 form starts at word[i]: hiragana
// (U+3041-U+309F), other Chinese or Japanese writing (katakana U+30A0-U+30FF, ideographs
// U+3400-U+9FFF and U+F900-U+FAFF), or none of them (any other byte or character).
inline CjkChar CjkCharAt(std::string_view word, size_t i) {
  if (i + 3 > word.size()) return CjkChar::kNone;
  const auto b0 = static_cast<unsigned char>(word[i]);
  const auto b1 = static_cast<unsigned char>(word[i + 1]);
  if (b0 == 0xE3) {
    if (b1 == 0x81 || (b1 == 0x82 && static_cast<unsigned char>(word[i + 2]) < 0xA0)) {
      return CjkChar::kHiragana;  // U+3041-U+309F
    }
    return (b1 == 0x82 || b1 == 0x83 || b1 >= 0x90) ? CjkChar::kOther : CjkChar::kNone;
  }
  if (b0 >= 0xE4 && b0 <= 0xE9) return CjkChar::kOther;
  if (b0 == 0xEF && b1 >= 0xA4 && b1 <= 0xAB) return CjkChar::kOther;
  return CjkChar::kNone;
}

// How many Chinese or Japanese characters (CjkCharAt, hiragana or other) `token` holds.
inline int CountCjkCharacters(std::string_view token) {
  int n = 0;
  for (size_t i = 0; i < token.size();) {
    const bool cjk = CjkCharAt(token, i) != CjkChar::kNone;
    n += cjk;
    i += cjk ? 3 : 1;
  }
  return n;
}

// Calls f(pair) for each two Chinese or Japanese characters in a row in `word` (valid UTF-8)
// of which at least one is not hiragana; `pair` is the six bytes of `word` they take. Returns
// how many such characters `word` has: 0 when none, and then f was not called.
template <typename F>
int ForEachCjkBigram(std::string_view word, F&& f) {
  int count = 0;
  CjkChar previous = CjkChar::kNone;
  for (size_t i = 0; i < word.size();) {
    const CjkChar c = CjkCharAt(word, i);
    if (c == CjkChar::kNone) {
      previous = CjkChar::kNone;
      ++i;
      continue;
    }
    ++count;
    if (previous != CjkChar::kNone && (previous != CjkChar::kHiragana || c != CjkChar::kHiragana)) {
      f(word.substr(i - 3, 6));
    }
    previous = c;
    i += 3;
  }
  return count;
}

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_CJK_BIGRAMS_H_
