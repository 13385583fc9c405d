#include "kabar/analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kabar {
namespace {

std::unique_ptr<Analyzer> OpenOrSkip(Stemming stemming) {
  AnalyzerOptions options;
  options.stemming = stemming;
  if (!std::filesystem::exists(options.lexicon_path)) return nullptr;
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Open(options);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  return analyzer.ok() ? std::move(analyzer).value() : nullptr;
}

#define OPEN_OR_SKIP(var, stemming)                     \
  std::unique_ptr<Analyzer> var = OpenOrSkip(stemming); \
  if (var == nullptr) GTEST_SKIP() << "hunspell-id lexicon is not installed"

TEST(AnalyzerTest, TokenizesAndFolds) {
  OPEN_OR_SKIP(analyzer, Stemming::kNone);
  auto session = analyzer->NewSession();
  struct Case {
    std::string text, terms;
  } cases[] = {
      {"Kim Jong-un tiba di Vladivostok.", "kim jong un tiba di vladivostok"},
      {"Café Ñoño ÉLAN", "cafe nono elan"},
      {"Jum'at, 12/3/2023: Trump's plan", "jumat 12 3 2023 trump plan"},
      {"anak-anak   (bermain)\tdi—taman", "anak anak bermain di taman"},
      {"ＡＢＣ１２３", "abc123"},  // full-width forms fold to ASCII
      {"北京市", "北 京 市"},      // Han characters are words of their own
      {"", ""},
      {"!!! ??? ...", ""},
      {"\xff\xfe bad \xc3 bytes", "bad bytes"},  // invalid UTF-8 separates words
  };
  for (const Case& c : cases) EXPECT_EQ(session->Terms(c.text), c.terms) << c.text;
}

TEST(AnalyzerTest, ReportsOffsetsAndSentenceStarts) {
  OPEN_OR_SKIP(analyzer, Stemming::kNone);
  auto session = analyzer->NewSession();
  std::string text = "Presiden Jokowi datang. Dia senang";
  std::vector<Token> tokens;
  std::vector<std::string> words;
  session->Analyze(text, [&](const Token& t) {
    tokens.push_back(t);
    words.push_back(text.substr(t.begin, t.end - t.begin));
  });
  ASSERT_EQ(words, (std::vector<std::string>{"Presiden", "Jokowi", "datang", "Dia", "senang"}));
  EXPECT_TRUE(tokens[0].sentence_start);
  EXPECT_TRUE(tokens[1].capitalised);
  EXPECT_FALSE(tokens[1].sentence_start);
  EXPECT_TRUE(tokens[3].sentence_start);
  EXPECT_FALSE(tokens[4].capitalised);
}

TEST(AnalyzerTest, SkipsOverlongWords) {
  OPEN_OR_SKIP(analyzer, Stemming::kNone);
  auto session = analyzer->NewSession();
  EXPECT_EQ(session->Terms("a " + std::string(65, 'x') + " b"), "a b");
}

// The plain Snowball stemmer mangles names and common words; kabar's analysis does not.
TEST(AnalyzerTest, PlainSnowballMangles) {
  OPEN_OR_SKIP(analyzer, Stemming::kSnowball);
  auto session = analyzer->NewSession();
  EXPECT_EQ(session->StemFolded("megawati", false), "gawat");
  EXPECT_EQ(session->StemFolded("berita", false), "ita");
}

TEST(AnalyzerTest, KabarStemsIndonesianWithoutMangling) {
  OPEN_OR_SKIP(analyzer, Stemming::kKabar);
  auto session = analyzer->NewSession();
  struct Case {
    std::string word, term;
  } cases[] = {
      // common words that are roots stay intact
      {"berita", "berita"},
      {"gawat", "gawat"},
      {"makan", "makan"},
      {"pantai", "pantai"},
      // derived forms reach their root
      {"menulis", "tulis"},
      {"ditulis", "tulis"},
      {"penulis", "tulis"},
      {"tulisan", "tulis"},
      {"mengirim", "kirim"},
      {"memukul", "pukul"},
      {"menyapu", "sapu"},
      {"memberikan", "beri"},
      {"berikan", "beri"},
      {"makanan", "makan"},
      {"makanannya", "makan"},
      {"bermain", "main"},
      {"pemain", "main"},
      {"pertanyaan", "tanya"},
      {"kebijakan", "bijak"},
      {"memperbaiki", "baik"},
      {"pemerintahan", "perintah"},
      // pe- of agents before any consonant
      {"petenis", "tenis"},
      {"pesinetron", "sinetron"},
      {"pebisnis", "bisnis"},
      {"petani", "tani"},
      // a lower-case name with no Indonesian analysis is not mangled
      {"megawati", "megawati"},
      // English words go through the English stemmer
      {"meetings", "meet"},
      {"running", "run"},
      // numbers stay
      {"2023", "2023"},
  };
  for (const Case& c : cases) EXPECT_EQ(session->StemFolded(c.word, false), c.term) << c.word;
}

TEST(AnalyzerTest, KabarKeepsCapitalisedNames) {
  OPEN_OR_SKIP(analyzer, Stemming::kKabar);
  auto session = analyzer->NewSession();
  EXPECT_EQ(session->Terms("Kemarin Megawati bertemu Presiden di Bekasi"),
            "kemarin megawati temu presiden di bekasi");
  // A capitalised word at the start of a sentence is stemmed like any other.
  EXPECT_EQ(session->Terms("Pemerintahan baru. Memperbaiki jalan"), "perintah baru baik jalan");
}

TEST(AnalyzerTest, ParsesStemmingNames) {
  EXPECT_EQ(*ParseStemming("none"), Stemming::kNone);
  EXPECT_EQ(*ParseStemming("kabar"), Stemming::kKabar);
  EXPECT_FALSE(ParseStemming("porter").ok());
}

TEST(AnalyzerTest, MissingLexiconIsNotFound) {
  AnalyzerOptions options;
  options.lexicon_path = "/nonexistent/id_ID.dic";
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Open(options);
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace kabar
