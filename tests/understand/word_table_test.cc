#include "understand/word_table.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "understand/common_words.h"

namespace kabar::understand {
namespace {

// A table grown one word at a time through several rehashes keeps every word and value.
TEST(WordTable, LookupsAcrossGrowth) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("kata" + std::to_string(i * 7));
  WordTable<unsigned char> table;
  for (size_t i = 0; i < words.size(); ++i) {
    table.Add(words[i], static_cast<unsigned char>(1 + i % 3));
  }
  table.Add(words[10], 4);  // values of one word combine by OR
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_TRUE(table.Contains(words[i])) << words[i];
    EXPECT_EQ(table.Get(words[i]), (1 + i % 3) | (i == 10 ? 4 : 0)) << words[i];
  }
  for (std::string absent : {"kata1", "kata8", "", "x"}) {
    EXPECT_FALSE(table.Contains(absent)) << absent;
    EXPECT_EQ(table.Get(absent), 0);
  }
}

// The dictionary's compact set against a WordTable of the same words, over every word of
// hunspell-id and words it lacks.
TEST(CommonWords, SameWordsAsAWordTable) {
  CommonWords common;
  if (!common.LoadHunspell(kHunspellIndonesian).ok()) GTEST_SKIP() << "hunspell-id absent";
  ASSERT_TRUE(common.loaded());
  WordTable<unsigned char> table;
  std::vector<std::string> words;
  std::ifstream in(kHunspellIndonesian);
  std::string line;
  std::getline(in, line);  // the count
  while (std::getline(in, line)) {
    std::string w = line.substr(0, line.find('/'));
    while (!w.empty() && (w.back() == '\r' || w.back() == ' ')) w.pop_back();
    if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) continue;
    words.push_back(w);
  }
  for (const std::string& w : words) table.Add(w, 1);
  size_t found = 0;
  for (const std::string& w : words) {
    EXPECT_TRUE(common.Contains(w)) << w;  // a word, or its stem, is a dictionary word
    found += table.Contains(w);
  }
  EXPECT_EQ(found, words.size());
  for (std::string absent : {"jokowi", "prabowo", "xqzv", "", "kabarnya123"}) {
    bool stem_known = false;  // only the word itself can be told here
    if (!table.Contains(absent)) EXPECT_EQ(common.Contains(absent), stem_known) << absent;
  }
}

}  // namespace
}  // namespace kabar::understand
