#include "extract/prose.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// --- The reference: ScoreProse as first written (word by word through ForEachWord), kept
// plain so the one-pass scan of prose.cc can be checked against it. -------------------------

bool RefBulletStart(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '*' || s[0] == '-' || s[0] == '>') return s.size() > 1 && s[1] == ' ';
  for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x96\xA1", "\xC2\xB7", "\xE2\x97\x8F",
                             "\xE2\x96\xAA", "\xE2\x80\xA3"}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

// "... unchanged. - Bernama": a sentence end, a dash and one capitalised word of at most 12
// letters.
bool RefEndsWithSignOff(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s.back()))) return false;
  static const std::regex sign_off(
      "[.!?]\"?(?:\xE2\x80\x9D)? +(?:--?|\xE2\x80\x93|\xE2\x80\x94) *[A-Z][A-Za-z]{0,11}$");
  return std::regex_search(std::string(s), sign_off);
}

bool RefEndsSentence(std::string_view s) {
  if (RefEndsWithSignOff(s)) return true;
  // "... tersebut. (*)": a sentence end, a space and a parenthesised tag of one to 10 ASCII
  // letters, '*' and '/'.
  size_t open = s.rfind(" (");
  if (s.ends_with(")") && open != std::string_view::npos && open >= 1 && s.size() - open <= 13) {
    std::string_view tag = s.substr(open + 2, s.size() - open - 3);
    char before = s[open - 1];
    bool letters = !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || c == '*' || c == '/';
    });
    if (letters && (before == '.' || before == '!' || before == '?')) return true;
  }
  // One to three asterisks closing the story, and the spaces before them.
  const size_t kept = s.find_last_not_of('*');
  const size_t stars = kept == std::string_view::npos ? s.size() : s.size() - kept - 1;
  if (stars >= 1 && stars <= 3) {
    s.remove_suffix(stars);
    while (s.ends_with(' ')) s.remove_suffix(1);
  }
  // Closing quotes and brackets, and the spaces before them once one is stripped.
  bool closed = false;
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']' ||
        (closed && s.back() == ' ')) {
      closed = true;
      s.remove_suffix(1);
    } else if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {
      closed = true;
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return s.ends_with("\xE2\x80\xA6") || s.ends_with("\xE3\x80\x82") ||
         s.ends_with("\xEF\xBC\x81") || s.ends_with("\xEF\xBC\x9F");
}

bool RefInnerPunctuation(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if ((s[i] == ',' || s[i] == '.') && s[i + 1] == ' ') return true;
    if (s[i] == '\xE3' && i + 2 < s.size() - 1 && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x81' || s[i + 2] == '\x82')) {
      return true;
    }
  }
  return false;
}

bool RefSpacedBar(std::string_view s) { return s.find(" | ") != std::string_view::npos; }

// The Chinese and Japanese characters of `w` (kana, CJK ideographs and their compatibility
// block), decoded code point by code point.
int RefCjkCharacters(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size();) {
    const unsigned char b = static_cast<unsigned char>(w[i]);
    const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (len == 3 && i + 3 <= w.size()) {
      const unsigned cp = (b & 0x0Fu) << 12 | (static_cast<unsigned char>(w[i + 1]) & 0x3Fu) << 6 |
                          (static_cast<unsigned char>(w[i + 2]) & 0x3Fu);
      n += (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
    }
    i += len;
  }
  return n;
}

ProseStats RefScoreProse(std::string_view line) {
  ProseStats st;
  st.bullet = RefBulletStart(line);
  st.sentence_end = RefEndsSentence(line);
  int cased = 0, cjk = 0;
  ForEachWord(line, [&](std::string_view w) {
    ++st.words;
    // Two such characters count as a word (a lone one, or a run of two or three, as one).
    st.words += std::max(RefCjkCharacters(w) / 2 - 1, 0);
    cjk += RefCjkCharacters(w);
    if (StartsLower(w)) {
      ++st.lower;
      ++cased;
    } else if (StartsUpper(w)) {
      ++cased;
    }
    if (IsStopword(w)) ++st.stop;
  });
  if (st.words == 0) return st;
  st.chars = static_cast<int>(Utf8Length(line));
  // A Chinese or Japanese character counts as three letters of the line's length.
  double a = 0.3 * std::min((st.chars + 2 * cjk) / 120.0, 1.0);
  a += st.sentence_end ? 0.3 : 0.0;
  a += RefInnerPunctuation(line) ? 0.2 : 0.0;
  a += cased > 0 ? 0.2 * std::min(static_cast<double>(st.lower) / cased / 0.5, 1.0) : 0.1;
  if (st.bullet) a -= 0.25;
  if (!st.sentence_end && st.chars < 150) a = std::min(a, 0.45);
  st.agnostic = std::clamp(a, 0.0, 1.0);
  double n = st.words;
  double q = 0;
  q += std::min(st.stop / n / 0.22, 1.0) * 0.35;
  q += std::min(st.lower / n / 0.5, 1.0) * 0.25;
  q += st.sentence_end ? 0.2 : 0.0;
  q += std::min(n / 15.0, 1.0) * 0.2;
  if (st.bullet) q -= 0.25;
  if (RefSpacedBar(line)) q -= 0.2;
  if (st.lower == 0 && st.words >= 3) q -= 0.15;
  if (!st.sentence_end && st.words < 25) q = std::min(q, 0.45);
  st.score = std::clamp(q, 0.0, 1.0);
  return st;
}

// --- Tests ----------------------------------------------------------------------------------

// ScoreProse on `line` gives every figure RefScoreProse does.
void ExpectStatsOfTheReference(const std::string& line) {
  const ProseStats got = ScoreProse(line), want = RefScoreProse(line);
  ASSERT_EQ(got.words, want.words) << line;
  ASSERT_EQ(got.lower, want.lower) << line;
  ASSERT_EQ(got.stop, want.stop) << line;
  ASSERT_EQ(got.chars, want.chars) << line;
  ASSERT_EQ(got.sentence_end, want.sentence_end) << line;
  ASSERT_EQ(got.bullet, want.bullet) << line;
  ASSERT_EQ(got.score, want.score) << line;
  ASSERT_EQ(got.agnostic, want.agnostic) << line;
}
TEST(ScoreProse, ASentenceClosedByATagEndsASentence) {
  EXPECT_TRUE(ScoreProse("Polisi juga meminta keterangan dua saksi. (*)").sentence_end);
  EXPECT_TRUE(ScoreProse("Harga naik lagi, kata dia. (ant)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi (ant)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. (kata dia)").sentence_end);
  EXPECT_TRUE(ScoreProse("Rombongan berangkat pukul 14.00 WIB. (yopi/b)").sentence_end);
  EXPECT_TRUE(ScoreProse("Mutunya perlu dijaga agar tidak tertinggal. (H-2)").sentence_end);
  // A quotation closed before the tag; editor codes with a full stop or spaces.
  EXPECT_TRUE(ScoreProse("\"Kami amat bahagia dengan gelar ini.\" (as/rer)").sentence_end);
  EXPECT_TRUE(ScoreProse("Itu tidak bisa diterima. \xE2\x80\x9D (embun)").sentence_end);
  EXPECT_TRUE(ScoreProse("Dewan akan bertemu pada Rabu. (Uu. G005)").sentence_end);
  EXPECT_TRUE(ScoreProse("Kami harus hati-hati, katanya. (gk - 33)").sentence_end);
  EXPECT_FALSE(ScoreProse("\"Kami amat bahagia dengan gelar ini (as/rer)").sentence_end);
  EXPECT_FALSE(ScoreProse("The figures come from the census. (2019)").sentence_end);
  EXPECT_FALSE(ScoreProse("What Did the Rebel Yell Sound Like? (4:22)").sentence_end);
  // Asterisks closing the story ("***", Pikiran Rakyat's network); not a heading's stars.
  EXPECT_TRUE(
      ScoreProse("Petugas berjaga di persimpangan untuk mengurai kepadatan. ***").sentence_end);
  EXPECT_TRUE(ScoreProse("Petugas berjaga di persimpangan.*").sentence_end);
  EXPECT_FALSE(ScoreProse("*** Most Popular ***").sentence_end);
  EXPECT_FALSE(ScoreProse("Petugas berjaga. ****").sentence_end);
}

// Chinese and Japanese run their words together: a paragraph counts its characters two to a
// word, and reads as prose by the language-agnostic score.
TEST(ScoreProse, ChineseAndJapaneseWordsAreCountedByCharacters) {
  const ProseStats ja = ScoreProse(
      "今年の4月に新卒で販売業に就職"
      "したものです。毎月15日区切"
      "りでシフトが出ます。");
  EXPECT_GE(ja.words, 14);
  EXPECT_TRUE(ja.sentence_end);
  const ProseStats zh = ScoreProse("藝人日前錄製節目。");
  EXPECT_EQ(zh.words, 4);  // eight characters
  EXPECT_EQ(ScoreProse("Kindle for PC").words, 3);
  EXPECT_EQ(ScoreProse("東京").words, 1);
}

// Square brackets close a story as parentheses do ("[cob]" on merdeka.com-style pages, a
// tokenised "[ cob ]" in text corpora), and so does the reporter's name in brackets.
TEST(ScoreProse, ABracketedCodeOrAReportersNameAfterTheSentenceEndsIt) {
  EXPECT_TRUE(ScoreProse("Korban masih memakai seragam dinas, tuturnya. [cob]").sentence_end);
  EXPECT_TRUE(ScoreProse("Korban masih memakai seragam dinas, tuturnya. [ cob ]").sentence_end);
  EXPECT_TRUE(ScoreProse("Harga naik lagi, kata dia. ( ant )").sentence_end);
  EXPECT_TRUE(ScoreProse("\"Semua sudah habis,\" tegasnya. [ Antara ]").sentence_end);
  EXPECT_TRUE(
      ScoreProse("Makannya sama nasi, \xE2\x80\x9D katanya. (Aidil Sikumbang)").sentence_end);
  EXPECT_TRUE(ScoreProse("Target sipil tidak diserang. [ Anadolu Agency ]").sentence_end);
  EXPECT_TRUE(ScoreProse("Gempa itu menewaskan 471 orang. (Antara/Reuters)").sentence_end);
  EXPECT_TRUE(ScoreProse("Gempa itu menewaskan 471 orang. (Sumber: Antara)").sentence_end);
  EXPECT_TRUE(ScoreProse("Gempa bermagnitudo 6,2 yang mengguncang kawasan itu pada Senin "
                         "pagi menewaskan 471 orang. Sumber: Reuters, AFP")
                  .sentence_end);
  // A picture's caption closed by its source: short, no paragraph.
  EXPECT_FALSE(ScoreProse("People eat outdoors on Lygon Street. Source: AAP").sentence_end);
  EXPECT_FALSE(ScoreProse("Gempa itu menewaskan 471 orang menurut Sumber: Reuters").sentence_end);
  EXPECT_FALSE(ScoreProse("Gempa itu menewaskan 471 orang. (Sumber: data BNPB tahun 2024 "
                          "yang dirilis Senin)")
                   .sentence_end);
  EXPECT_TRUE(ScoreProse("Kami siap, kata dia. (Reuters/AFP/AP)").sentence_end);
  // A tokenised text's space before the closing quote.
  EXPECT_TRUE(ScoreProse("\"The man is an emotional wreck. \"").sentence_end);
  // No sentence before the tag, words in lower case, four names, an initial, a bare bracket.
  EXPECT_FALSE(ScoreProse("Korban masih memakai seragam dinas [cob]").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. [kata dia]").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. (Ani Budi Cici Dedi)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. (Budi S)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. [ ]").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. (Antara/reuters/AFP/AP)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi. (antara/Reuters)").sentence_end);
  EXPECT_FALSE(ScoreProse("Harga naik lagi \"").sentence_end);
}

TEST(ScoreProse, AWireSignOffAfterTheSentenceEndsIt) {
  EXPECT_TRUE(EndsWithWireSignOff("Fares would stay unchanged. - Bernama"));
  EXPECT_TRUE(EndsWithWireSignOff("Prices rose, he said. -- Reuters"));
  EXPECT_TRUE(EndsWithWireSignOff("\"Kami siap,\" kata dia. \xE2\x80\x94 AFP"));
  EXPECT_TRUE(ScoreProse("Fares would stay unchanged. - Bernama").sentence_end);
  // No sentence before the dash, a lower-case word, several words, a word too long for a
  // wire name: no sign-off.
  EXPECT_FALSE(EndsWithWireSignOff("Liverpool - Manchester United"));
  EXPECT_FALSE(EndsWithWireSignOff("Fares would stay unchanged. - yes"));
  // An outlet's domain as the sign-off (Rappler's "– Rappler.com").
  EXPECT_TRUE(EndsWithWireSignOff("Some areas were under water for a week. \u2013 Rappler.com"));
  EXPECT_TRUE(EndsWithWireSignOff("Warga diminta waspada. - Kompas.co.id"));
  EXPECT_FALSE(EndsWithWireSignOff("Details are posted at Example.com"));
  EXPECT_FALSE(EndsWithWireSignOff("Fares would stay unchanged. - example.com"));
  EXPECT_FALSE(EndsWithWireSignOff("Fares would stay unchanged. - Example.longtld"));
  EXPECT_FALSE(EndsWithWireSignOff("Fares would stay unchanged. - Read More"));
  EXPECT_FALSE(EndsWithWireSignOff("Fares would stay unchanged. - Internationalisation"));
  EXPECT_FALSE(EndsWithWireSignOff("- Bernama"));
}

TEST(ScoreProse, CountsWordsCaseAndStopwords) {
  ProseStats st = ScoreProse("Presiden Joko Widodo mengatakan bahwa ekonomi tumbuh 5,2 persen.");
  EXPECT_EQ(st.words, 10);  // "5,2" is two words
  EXPECT_EQ(st.lower, 5);
  EXPECT_EQ(st.stop, 1);  // bahwa
  EXPECT_TRUE(st.sentence_end);
  EXPECT_EQ(st.chars, 64);
  st = ScoreProse("The U.S. economy, THE dollar and don't-stop items");
  EXPECT_EQ(st.words, 8);
  EXPECT_EQ(st.stop, 3);  // The, THE, and; not "U.S." or "don't-stop"
  EXPECT_EQ(ScoreProse("Ekonomi Bogot\xC3\xA1 d\xC3\xA1n dan \xC3\x89tat").stop, 1);
}

// Random lines of real words, stopwords in any case, digits, joiners, punctuation and
// non-ASCII letters and marks: every field must equal the reference's, bit for bit.
TEST(ScoreProse, AgreesWithReferenceOnRandomLines) {
  const std::vector<std::string> pieces = {"yang",
                                           "dan",
                                           "di",
                                           "The",
                                           "OF",
                                           "sehingga",
                                           "Tersebut",
                                           "demikian",
                                           "ketersebut",
                                           "pemerintah",
                                           "Jakarta",
                                           "Reuters",
                                           ". - Bernama",
                                           ". -- AFP",
                                           "ekonomi",
                                           "mengatakan",
                                           "a",
                                           "I",
                                           "x",
                                           "2026",
                                           "5,2",
                                           "12.30",
                                           "Kim-Jong",
                                           "don't",
                                           "isn\xE2\x80\x99t",
                                           "U.S.",
                                           "e_mail",
                                           "Bogot\xC3\xA1",
                                           "\xC3\x89tat",
                                           "\xC3\xA9t\xC3\xA9",
                                           "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
                                           "\xD0\xBC\xD0\xB8\xD1\x80",
                                           "\xE5\x8C\x97\xE4\xBA\xAC",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "\xE2\x80\x94",
                                           "\xC2\xA0",
                                           "\xE2\x80\xA2",
                                           "\xC2\xB7",
                                           "\xE3\x80\x82",
                                           "\xE2\x80\xA6",
                                           ",",
                                           ".",
                                           ";",
                                           ":",
                                           "!",
                                           "?",
                                           "-",
                                           "'",
                                           "_",
                                           "\"",
                                           "(",
                                           ")",
                                           "|",
                                           " | ",
                                           "*",
                                           ">",
                                           "/"};
  std::mt19937 rng(20261123);
  int ascii_lines = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    // Some lines over 1 KB, a few over 4 KB (past the masked scan's limit).
    const int parts = static_cast<int>(rng() % (n % 500 == 0 ? 3000 : n % 50 == 0 ? 400 : 40));
    for (int p = 0; p < parts; ++p) {
      const std::string& piece = pieces[rng() % pieces.size()];
      if (rng() % 4 != 0)
        line += piece;
      else
        line += static_cast<char>(' ' + rng() % 95);  // any printable ASCII byte
      if (rng() % 3 != 0) line += ' ';
    }
    if (n % 2 == 0) {  // half the lines without a byte of 0x80 or more (the scan's fast case)
      std::erase_if(line, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
      ++ascii_lines;
    }
    ExpectStatsOfTheReference(line);
    if (HasFatalFailure()) return;
  }
  EXPECT_EQ(ascii_lines, 10000);
}

// Lines whose only non-ASCII characters are punctuation (quotes, dashes, NBSP, U+2019 in and
// around words, next to joiners) take the masked count of their ASCII form: the same counts as
// the reference; and so do lines with one stray, cut or other non-ASCII byte among them.
TEST(ScoreProse, AgreesWithReferenceOnPunctuatedLines) {
  const std::vector<std::string> pieces = {"yang",
                                           "dan",
                                           "The",
                                           "of",
                                           "a",
                                           "his",
                                           "I",
                                           "isn",
                                           "t",
                                           "s",
                                           "2026",
                                           "U.S.",
                                           "e_mail",
                                           "-",
                                           "'",
                                           ".",
                                           "_",
                                           ",",
                                           " ",
                                           " ",
                                           " ",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x98",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "\xE2\x80\x94",
                                           "\xE2\x80\x93",
                                           "\xE2\x80\xA6",
                                           "\xE2\x80\xA2",
                                           "\xC2\xA0",
                                           "\xC2\xA3",
                                           "\xC2\xB7"};
  const std::vector<std::string> strays = {"\xE2\x80",
                                           "\xE2",
                                           "\xC2",
                                           "\x80",
                                           "\xE2\x82\xAC",
                                           "\xC3\xA9",
                                           "\xE3\x80\x82",
                                           "\xE2\x80"
                                           "a",
                                           "\xC2"
                                           "b"};
  std::mt19937 rng(20261124);
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    const int parts = static_cast<int>(rng() % (n % 100 == 0 ? 1500 : 60));
    for (int p = 0; p < parts; ++p) line += pieces[rng() % pieces.size()];
    if (n % 10 == 0 && !line.empty()) {
      line.insert(rng() % (line.size() + 1), strays[rng() % strays.size()]);
    }
    ExpectStatsOfTheReference(line);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace kabar::extract
