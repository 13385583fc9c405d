#include "understand/word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kabar::understand {
namespace {

// The same words give the same answers whether the table grew one word at a time or was
// reserved for all of them first.
TEST(WordTable, ReserveKeepsLookups) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("kata" + std::to_string(i * 7));
  WordTable<unsigned char> grown, reserved;
  reserved.Reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    unsigned char v = static_cast<unsigned char>(1 + i % 3);
    grown.Add(words[i], v);
    reserved.Add(words[i], v);
  }
  reserved.Add(words[10], 4);  // values of one word combine by OR
  grown.Add(words[10], 4);
  for (const std::string& w : words) {
    EXPECT_TRUE(reserved.Contains(w)) << w;
    EXPECT_EQ(reserved.Get(w), grown.Get(w)) << w;
  }
  EXPECT_EQ(reserved.Get(words[10]), (1 + 10 % 3) | 4);
  for (std::string absent : {"kata1", "kata8", "", "x"}) {
    EXPECT_FALSE(reserved.Contains(absent)) << absent;
    EXPECT_EQ(reserved.Get(absent), 0);
  }
  WordTable<unsigned char> empty;
  empty.Reserve(0);
  EXPECT_FALSE(empty.Contains("kata"));
}

}  // namespace
}  // namespace kabar::understand
