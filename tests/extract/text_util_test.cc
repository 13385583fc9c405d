#include "extract/text_util.h"

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

// The reference: WordAt asked at every byte not inside a word found before (ForEachWord as
// first written, before it skipped WordAt's opening checks for ASCII letters and digits).
std::vector<std::string_view> WordsByWordAt(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < s.size();) {
    size_t n = WordAt(s, i);
    if (n > 0) {
      words.push_back(s.substr(i, n));
      i += n;
    } else {
      ++i;
    }
  }
  return words;
}

TEST(TextUtil, WordsAgreeWithWordAtEverywhere) {
  // Pieces: ASCII letters, digits, joiners and spaces; UTF-8 letters, U+2019, quotes, NBSP;
  // stray lead and continuation bytes.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "7",
                                           "-",
                                           "'",
                                           ".",
                                           "_",
                                           " ",
                                           "  ",
                                           ",",
                                           "\xC3\xA9",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x9C",
                                           "\xC2\xA0",
                                           "\x80",
                                           "\xC2",
                                           "\xE2",
                                           "\xE2\x80",
                                           "abcdefghij",
                                           "0123456789",
                                           "\xD0\x96"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    size_t n = rng() % 24;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    std::vector<std::string_view> want = WordsByWordAt(s);
    std::vector<std::string_view> got;
    ForEachWord(s, [&](std::string_view w) { got.push_back(w); });
    ASSERT_EQ(got, want) << "text '" << s << "'";
    ASSERT_EQ(Words(s), want) << "text '" << s << "'";
    ASSERT_EQ(CountWords(s), want.size()) << "text '" << s << "'";
  }
}

// ForEachAsciiWord finds ForEachWord's words in ASCII texts (across 64-byte blocks, up to its
// limit) and calls nothing for a text with a byte of 0x80 or more or over the limit.
TEST(TextUtil, AsciiWordsAgreeWithWordAt) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7",          "-",          "'",        ".",    "_",    " ",       "  ",
      ",", "(", "abcdefghij", "0123456789", "Kim-Jong", "U.S.", "x--y", "\xC3\xA9"};
  std::mt19937 rng(13);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    size_t n = rng() % (round % 100 == 0 ? 1500 : 60);
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    if (round % 3 != 0)
      std::erase_if(s, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    std::vector<std::string_view> got;
    bool ascii = ForEachAsciiWord(s, [&](std::string_view w) { got.push_back(w); });
    bool plain = s.size() <= kMaxAsciiWordText && std::none_of(s.begin(), s.end(), [](char c) {
                   return static_cast<unsigned char>(c) >= 0x80;
                 });
#ifdef __SSE2__
    ASSERT_EQ(ascii, plain) << "text '" << s << "'";
#endif
    if (ascii) {
      ASSERT_EQ(got, WordsByWordAt(s)) << "text '" << s << "'";
    } else {
      ASSERT_TRUE(got.empty()) << "text '" << s << "'";
    }
  }
}

// CollapseSpace against a plain reference: runs of white space (ASCII, U+00A0, U+200B, U+FEFF)
// become one space, none at either end; texts long enough for the 16- and 8-byte steps.
std::string CollapseByReference(std::string_view s) {
  auto space_at = [&](size_t i) -> size_t {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\x8B" || s.substr(i, 3) == "\xEF\xBB\xBF") return 3;
    return 0;
  };
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = space_at(i); n > 0) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(s[i++]);
  }
  return out;
}

TEST(TextUtil, CollapseSpaceAgreesWithReference) {
  const std::vector<std::string> pieces = {
      "a", "Kata", " ", " ", " ", "  ", "\t", "\n", "\x7F", "\xC2\xA0", "\xE2\x80\x8B",
      "\xEF\xBB\xBF", "\xC3\xA9", "0123456789abcdef", "x y z w",
      // UTF-8 whose lead byte starts no white space (the 16-byte step
      // takes it) and whose does (C2, E2: the byte path).
      "\xE3\x81\x82", "\xC5\xA1", "\xF0\x9F\x98\x80", "\xC2\xA9", "\xE2\x80\x9C",
      "Kata\xC3\xA9 kata \xD0\x96 kata"};
  std::mt19937 rng(17);
  for (int round = 0; round < 40000; ++round) {
    std::string s;
    size_t n = rng() % 40;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(CollapseSpace(s), CollapseByReference(s)) << "text '" << s << "'";
  }
}

// FindBytePair is find() of the two bytes from any start, in texts of every length around its
// 16-byte steps, with the pair at every place (a step's last byte and the next step's first).
TEST(TextUtil, FindBytePairAgreesWithFind) {
  const std::string pieces = "  ./ab";
  std::mt19937 rng(23);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const size_t n = rng() % 70;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    const size_t from = rng() % (n + 2);
    for (const char* pair : {"  ", ". ", " /", "ab"}) {
      ASSERT_EQ(FindBytePair(s, pair[0], pair[1], from), std::string_view(s).find(pair, from))
          << "text '" << s << "' pair '" << pair << "' from " << from;
    }
  }
  EXPECT_EQ(FindBytePair("", ' ', ' '), std::string_view::npos);
  EXPECT_EQ(FindBytePair(" ", ' ', ' '), std::string_view::npos);
}

TEST(TextUtil, ClosingParenthesisAfterASpaceOrASentence) {
  std::string_view inner;
  ASSERT_TRUE(ClosingParenthesis("kata dia. (Sumber: Antara)", &inner));
  EXPECT_EQ(inner, "Sumber: Antara");
  ASSERT_TRUE(ClosingParenthesis("x ()", &inner));
  EXPECT_EQ(inner, "");
  ASSERT_TRUE(ClosingParenthesis("kata dia.(AFP)", &inner));  // glued to the sentence's end
  EXPECT_EQ(inner, "AFP");
  for (std::string_view line : {"kata dia(AFP)", "(AFP)", "kata dia. [AFP]", "kata (dia).", ")"}) {
    EXPECT_FALSE(ClosingParenthesis(line, &inner)) << line;
  }
}

TEST(TextUtil, WordsOfProse) {
  EXPECT_EQ(
      Words("Kim Jong-un isn\xE2\x80\x99t in U.S. \xE2\x80\x9Ctoday\xE2\x80\x9D"),
      (std::vector<std::string_view>{"Kim", "Jong-un", "isn\xE2\x80\x99t", "in", "U.S", "today"}));
}

}  // namespace
}  // namespace kabar::extract
