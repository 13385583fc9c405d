// ForEachCjkBigram: the two-character terms Chinese and Japanese titles are matched by.
#include "extract/cjk_bigrams.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kabar::extract {
namespace {

std::vector<std::string> Bigrams(std::string_view word, int* count) {
  std::vector<std::string> out;
  *count = ForEachCjkBigram(word, [&](std::string_view pair) { out.emplace_back(pair); });
  EXPECT_EQ(CountCjkCharacters(word), *count) << word;  // the same characters counted
  return out;
}

TEST(CjkBigrams, PairsOfCharactersInARow) {
  int count = 0;
  // Kanji and katakana pair with their neighbours; two hiragana in a row are grammar.
  EXPECT_EQ(Bigrams("商標法違反", &count),
            (std::vector<std::string>{"商標", "標法", "法違", "違反"}));
  EXPECT_EQ(count, 5);
  EXPECT_EQ(Bigrams("改造したiPhone", &count), (std::vector<std::string>{"改造", "造し"}));
  EXPECT_EQ(count, 4);
  // Punctuation and Latin letters break a run.
  EXPECT_EQ(Bigrams("財政部，發票", &count), (std::vector<std::string>{"財政", "政部", "發票"}));
  EXPECT_EQ(Bigrams("アップル", &count), (std::vector<std::string>{"アッ", "ップ", "プル"}));
}

TEST(CjkBigrams, OtherScriptsHaveNone) {
  int count = 0;
  EXPECT_TRUE(Bigrams("Pyongyang", &count).empty());
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(Bigrams("Пхеньян", &count).empty());
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(Bigrams("평양", &count).empty());  // Hangul is written with spaces
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(Bigrams("す", &count).empty());
  EXPECT_EQ(count, 1);
  EXPECT_TRUE(Bigrams("\xE4\xB8", &count).empty());  // a cut character
  EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace kabar::extract
