#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <string_view>

#include "kabar/normalize.h"
#include "normalize/normalize_internal.h"

namespace kabar {
namespace {

std::string Clean(std::string s) {
  CleanText(&s);
  return s;
}

TEST(CleanText, FoldsWhiteSpaceAndTrims) {
  EXPECT_EQ(Clean("  Jakarta \t\r\n  -  Presiden  "), "Jakarta - Presiden");
  EXPECT_EQ(Clean("a\n\nb"), "a b");
  EXPECT_EQ(Clean(" \t\n"), "");
  EXPECT_EQ(Clean(""), "");
}

// The eight-byte path takes chunks that open or end with a space: the space must still fold
// with the white space, invisible characters and text edges around it.
TEST(CleanText, SpacesAtTheEdgesOfEightByteChunks) {
  EXPECT_EQ(Clean(" abcdefg hijklmn"), "abcdefg hijklmn");
  EXPECT_EQ(Clean("abcdefg  hijklmno "), "abcdefg hijklmno");
  EXPECT_EQ(Clean("abcdefg \xE2\x80\x8B hijklmno"), "abcdefg hijklmno");
  EXPECT_EQ(Clean("abcdefg\t abcdefg abcdefgh"), "abcdefg abcdefg abcdefgh");
  EXPECT_EQ(Clean("abcdefg \x01 abcdefg"), "abcdefg abcdefg");
  EXPECT_EQ(Clean("Harga naik 12 persen pada Senin (3/6) di pasar @kota "),
            "Harga naik 12 persen pada Senin (3/6) di pasar @kota");
  std::string s = " 1234567 89@ 1234567 ";
  TextTraits t = CleanText(&s);
  EXPECT_EQ(s, "1234567 89@ 1234567");
  EXPECT_EQ(t.digits, 16);
  EXPECT_TRUE(t.email_possible);
  EXPECT_TRUE(t.ascii);
}

TEST(CleanText, TurnsUnicodeSpacesIntoSpaces) {
  EXPECT_EQ(Clean("Rp\xC2\xA0"
                  "3\xE2\x80\xAFtriliun"),
            "Rp 3 triliun");  // NBSP, NNBSP
  EXPECT_EQ(Clean("a\xE3\x80\x80"
                  "b\xE2\x80\x83"
                  "c"),
            "a b c");  // ideographic, em
  EXPECT_EQ(Clean("a\xE2\x80\xA8"
                  "b\xC2\x85"
                  "c"),
            "a b c");  // LS, NEL
  EXPECT_EQ(Clean("\xC2\xA0\xC2\xA0x\xC2\xA0"), "x");
}

TEST(CleanText, DropsControlAndInvisibleCharacters) {
  EXPECT_EQ(Clean(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(Clean("a\x01\x1B\x7F"
                  "b"),
            "ab");
  EXPECT_EQ(Clean("a\xC2\x80\xC2\x9F"
                  "b"),
            "ab");                                                       // C1
  EXPECT_EQ(Clean("zero\xE2\x80\x8Bwidth"), "zerowidth");                // ZWSP
  EXPECT_EQ(Clean("\xEF\xBB\xBFtitle"), "title");                        // BOM
  EXPECT_EQ(Clean("pe\xC2\xADme\xC2\xADrin\xC2\xADtah"), "pemerintah");  // soft hyphens
  EXPECT_EQ(Clean("\xE2\x80\x8E"
                  "a\xE2\x81\xA0"
                  "b\xE2\x80\xAE"),
            "ab");  // LRM, WJ, RLO
}

TEST(CleanText, KeepsOtherText) {
  const std::string kept[] = {
      "caf\xC3\xA9",                                    // é
      "\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 ok",  // curly quotes, em dash
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",   // emoji with ZWJ
      "\xD9\x85\xE2\x80\x8C\xD9\x8A",                   // ZWNJ in Persian
      "\xEF\xBF\xBD",                                   // U+FFFD from UTF-8 repair
      "\xE4\xB8\xAD\xE6\x96\x87",                       // CJK
  };
  for (const std::string& s : kept) EXPECT_EQ(Clean(s), s);
}

TEST(CleanText, ReportsTraits) {
  std::string s = "Telp 0812 @ x";
  TextTraits t = CleanText(&s);
  EXPECT_TRUE(t.ascii);
  EXPECT_TRUE(t.email_possible);
  EXPECT_EQ(t.digits, 4);
  s = "caf\xC3\xA9";
  EXPECT_FALSE(CleanText(&s).ascii);
  s = "a\xC2\xA0"
      "b";  // NBSP becomes a space: the result is ASCII
  EXPECT_TRUE(CleanText(&s).ascii);
}

// CleanText one character at a time, as documented, for the random test below (its input
// pieces are whole characters: ASCII, NBSP, ZWSP, U+00E9).
std::string CleanReference(std::string_view in, TextTraits* t) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < in.size();) {
    std::string_view rest = in.substr(i);
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (rest.starts_with("\xC2\xA0") || c == ' ' || (c >= '\t' && c <= '\r')) {
      pending_space = true;
      i += c < 0x80 ? 1 : 2;
      continue;
    }
    size_t len = c < 0x80 ? 1 : rest.starts_with("\xE2\x80\x8B") ? 3 : 2;
    bool drop = (c < 0x20 || c == 0x7F) || len == 3;  // controls, DEL and ZWSP
    if (!drop) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.append(in.substr(i, len));
      t->digits += c >= '0' && c <= '9';
      t->email_possible |= c == '@' || c == ')' || c == ']';
      t->ascii &= c < 0x80;
    }
    i += len;
  }
  return out;
}

// Random mixes of words, runs of spaces, controls, digits, email marks and multi-byte characters at
// every offset of the sixteen- and eight-byte chunks.

// CleanText on `in` gives the text and traits CleanReference does.
void ExpectCleanedAsTheReference(const std::string& in) {
  TextTraits want;
  const std::string expected = CleanReference(in, &want);
  std::string got = in;
  const TextTraits t = CleanText(&got);
  ASSERT_EQ(got, expected) << "input: " << testing::PrintToString(in);
  EXPECT_EQ(t.digits, want.digits) << testing::PrintToString(in);
  EXPECT_EQ(t.email_possible, want.email_possible) << testing::PrintToString(in);
  EXPECT_EQ(t.ascii, want.ascii) << testing::PrintToString(in);
}
TEST(CleanText, MatchesTheByteAtATimeReference) {
  const char* pieces[] = {
      "a",  "Jakarta", " ",    "  ",   "0",        "2024",         "@",       "]", ".",
      "\t", "\n",      "\x01", "\x7F", "\xC2\xA0", "\xE2\x80\x8B", "\xC3\xA9"};
  std::mt19937 rng(15);
  for (int round = 0; round < 12000; ++round) {
    std::string in;
    int n = static_cast<int>(rng() % 80);
    // Every other input is plain text (the first eight pieces but the double space) with at
    // most one other piece near its end: the paths for text with nothing removed yet.
    bool plain = round % 2 == 1;
    for (int k = 0; k < n; ++k) {
      size_t piece = rng() % (plain ? 8 : std::size(pieces));
      if (plain && piece == 3) piece = 2;
      if (plain && k == n - 1 - static_cast<int>(rng() % 4)) piece = rng() % std::size(pieces);
      in += pieces[piece];
    }
    ExpectCleanedAsTheReference(in);
    if (HasFatalFailure()) return;
  }
}

// Long plain text (digits in every lane for more than 255 sixteen-byte steps) and its
// one-piece changes, against the reference: CleanText's pass for text it leaves as it is.
TEST(CleanText, LongPlainTextMatchesTheReference) {
  const char* pieces[] = {"a", "Jakarta", " ", "0", "2024", "@", ")", ".", "  ", "\xC3\xA9", "\t"};
  std::mt19937 rng(18);
  for (int round = 0; round < 300; ++round) {
    std::string in;
    int n = 500 + static_cast<int>(rng() % 2500);
    for (int k = 0; k < n; ++k) in += pieces[rng() % 8];
    if (round % 3 == 1) in[rng() % in.size()] = ' ';  // maybe two spaces, or one at an end
    if (round % 3 == 2) in.insert(rng() % in.size(), pieces[8 + rng() % 3]);
    ExpectCleanedAsTheReference(in);
    if (HasFatalFailure()) return;
  }
}

// Every field of one to twenty bytes drawn from plain bytes, spaces and a few others, against
// the reference: the short fields' own test (the first and last eight bytes) and its edges.
TEST(CleanText, ShortFieldsMatchTheReference) {
  const char bytes[] = {'a', 'Z', '0', '9', '@', ')', ' ', ' ', '.', '\t', '\x7F', '\x01'};
  std::mt19937 rng(1818);
  for (int round = 0; round < 60000; ++round) {
    std::string in;
    size_t n = 1 + rng() % 20;
    bool plain = round % 2 == 0;  // half of them only letters, digits, '@', ')' and spaces
    for (size_t k = 0; k < n; ++k) in += bytes[rng() % (plain ? 8 : std::size(bytes))];
    ExpectCleanedAsTheReference(in);
    if (HasFatalFailure()) return;
  }
}

TEST(ToNfc, ComposesAndLeavesNfcAlone) {
  std::string s = "cafe\xCC\x81";  // e + combining acute
  ToNfc(&s);
  EXPECT_EQ(s, "caf\xC3\xA9");
  std::string nfc = "caf\xC3\xA9 \xE2\x80\x94 ascii";
  std::string copy = nfc;
  ToNfc(&copy);
  EXPECT_EQ(copy, nfc);
  std::string hangul = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB";  // conjoining jamo
  ToNfc(&hangul);
  EXPECT_EQ(hangul, "\xED\x95\x9C");  // 한
}

std::string Utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

// ToNfc leaves text of these characters to itself without asking ICU: each must be one that NFC
// maps to itself and never combines with a neighbour (a normalization boundary before it,
// combining class 0, quick check Yes), and IsPlainlyNfc must take exactly these.
TEST(ToNfc, PlainlyNfcCharactersAreInertInIcu) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (UChar32 c = 1; c < 0x3000; ++c) {
    bool plain = c < 0x300 || (c >= 0x2010 && c < 0x2040);
    ASSERT_EQ(IsPlainlyNfc(Utf8(c)), plain) << std::hex << c;
    if (!plain) continue;
    EXPECT_TRUE(nfc->hasBoundaryBefore(c)) << std::hex << c;
    EXPECT_EQ(nfc->getCombiningClass(c), 0) << std::hex << c;
    EXPECT_EQ(nfc->quickCheck(icu::UnicodeString(c), status), UNORM_YES) << std::hex << c;
  }
  EXPECT_TRUE(
      IsPlainlyNfc("Caf\xC3\xA9 \xE2\x80\x9C"
                   "berita\xE2\x80\x9D \xE2\x80\x94 ok"));
  EXPECT_FALSE(IsPlainlyNfc("cafe\xCC\x81"));    // combining acute
  EXPECT_FALSE(IsPlainlyNfc("\xE2\x82\xAC 5"));  // the euro sign: left to ICU
}

}  // namespace
}  // namespace kabar
