#include "extract/line_facts.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace kabar::extract {
namespace {

TEST(LineFacts, LowerIsAsciiLoweredCopy) {
  const LineFacts facts("Baca JUGA: Ekspor \xC3\x89TAT naik");
  EXPECT_EQ(facts.text(), "Baca JUGA: Ekspor \xC3\x89TAT naik");
  EXPECT_EQ(facts.lower(), "baca juga: ekspor \xC3\x89tat naik");  // only ASCII letters change
  EXPECT_TRUE(facts.ContainsLower("juga:"));
  EXPECT_FALSE(facts.ContainsLower("JUGA"));
  EXPECT_TRUE(facts.Has(':'));
  EXPECT_FALSE(facts.Has('|'));
}

TEST(LineFacts, NestedFactsKeepTheirOwnCopy) {
  const LineFacts outer("ALL RIGHTS RESERVED");
  {
    const LineFacts inner("Something Else Entirely, Longer Than The Outer Line");
    EXPECT_EQ(inner.lower(), "something else entirely, longer than the outer line");
  }
  EXPECT_EQ(outer.lower(), "all rights reserved");
}

// Contains must answer exactly as find: random texts over a small alphabet, so needles occur
// at the start, at the end, overlapping and not at all.
TEST(LineFacts, ContainsAgreesWithFind) {
  std::mt19937 rng(7);
  const std::string alphabet = "aelruvw .";
  auto random_string = [&](size_t max) {
    std::string s(rng() % (max + 1), ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int i = 0; i < 20000; ++i) {
    std::string text = random_string(24), needle = random_string(5);
    ASSERT_EQ(Contains(text, needle), text.find(needle) != std::string::npos)
        << "text '" << text << "' needle '" << needle << "'";
  }
  // Texts long enough for the sixteen-starts steps and their tail, needles up to 12 bytes, some
  // cut from the text itself (a match at any start, long needles included).
  for (int i = 0; i < 40000; ++i) {
    std::string text = random_string(90), needle = random_string(12);
    if (i % 2 == 1 && !text.empty()) {
      size_t at = rng() % text.size();
      needle = text.substr(at, 1 + rng() % 20);
      if (i % 4 == 3) needle.back() = alphabet[rng() % alphabet.size()];
    }
    ASSERT_EQ(Contains(text, needle), text.find(needle) != std::string::npos)
        << "text '" << text << "' needle '" << needle << "'";
  }
}

}  // namespace
}  // namespace kabar::extract
