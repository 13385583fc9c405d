// Analyzer: turns text into search terms, for the full-text index, the query parser and
// anything else that compares words (story clustering).
//
// Steps, for every word of the text:
//  1. Tokenize (fast UTF-8 scanner using ICU character properties): a word is a run of
//     letters, digits and combining marks; an apostrophe between letters stays inside the
//     word ("Jum'at", "Trump's"); hyphens split ("anak-anak" is two words). Each Han, kana
//     or Hangul character is a word of its own, so CJK text degrades to unigrams.
//  2. Fold: case folding (ICU full case folding), accents removed (NFD, drop non-spacing
//     marks), a trailing possessive "'s" dropped, other apostrophes removed: "Jum'at" ->
//     "jumat", "Trump's" -> "trump", "Café" -> "cafe". Words longer than
//     AnalyzerOptions::max_word_bytes after folding are skipped.
//  3. Stem, by AnalyzerOptions::stemming:
//     - kNone: the folded word.
//     - kSnowball: the Snowball Indonesian stemmer on every word (the evaluation baseline).
//     - kKabar (default): names and common words stay intact. A word that is a root of the
//       Indonesian lexicon (Debian hunspell-id) stays as it is ("berita", "gawat"). A
//       capitalised word that does not start a sentence is a name and stays as it is
//       ("Megawati"). Otherwise the word is split into Indonesian prefixes, root and
//       suffixes with the language's sound changes ("menulis" -> "tulis", "memperbaiki" ->
//       "baik"); a split is accepted only when its root is in the lexicon, and the first
//       accepted split wins (most-stripped suffixes first). A word with no such split keeps
//       its form, minus "-nya", "-lah", "-kah", "-pun", and then goes through the Snowball
//       English stemmer ("meetings" -> "meet"), so English text is stemmed too.
//
// Thread safety: an Analyzer is immutable once opened and may be shared by many threads.
// An AnalyzerSession holds per-thread scratch (the Snowball stemmers, a word cache): use
// one per thread.
#ifndef KABAR_ANALYZER_H_
#define KABAR_ANALYZER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "kabar/status.h"

namespace kabar {

enum class Stemming {
  kNone,      // folded words only
  kSnowball,  // Snowball Indonesian on every word (baseline for the evaluation)
  kKabar,     // lexicon-checked Indonesian, names kept, English Snowball for the rest
};

// "none", "snowball", "kabar" -> Stemming; InvalidArgument for anything else.
Result<Stemming> ParseStemming(std::string_view name);

struct AnalyzerOptions {
  Stemming stemming = Stemming::kKabar;
  // The Indonesian root-word lexicon: a hunspell .dic file (first line a count, then
  // "word/FLAGS" lines). Lower-case entries are roots. Only read for kKabar.
  std::string lexicon_path = "/usr/share/hunspell/id_ID.dic";
  // Longer words (in bytes, after folding) are not indexed (xapian's default is 64 too).
  size_t max_word_bytes = 64;
};

// One word of the analysed text.
struct Token {
  std::string_view term;    // the search term (stemmed); valid until the callback returns
  std::string_view folded;  // the folded surface form; same lifetime
  size_t begin = 0;         // byte offsets of the word in the analysed text
  size_t end = 0;
  bool capitalised = false;     // the word's first letter is upper case
  bool sentence_start = false;  // no word before it in the sentence
};

class AnalyzerSession;

class Analyzer {
 public:
  // Opens an analyzer. Fails with NotFound when the lexicon cannot be read (kKabar only) and
  // Internal when libstemmer lacks the Indonesian or English stemmer.
  static Result<std::unique_ptr<Analyzer>> Open(const AnalyzerOptions& options);

  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  ~Analyzer();

  const AnalyzerOptions& options() const { return options_; }
  // True when `folded` (already folded) is a root of the Indonesian lexicon.
  bool IsRoot(std::string_view folded) const;
  // How many affix classes the lexicon lists for the root `folded` (0 when not a root); the
  // analyzer prefers productive roots when a word splits more than one way.
  int RootAffixCount(std::string_view folded) const;

  // A new per-thread session. The Analyzer must outlive it.
  std::unique_ptr<AnalyzerSession> NewSession() const;

  struct Lexicon;

 private:
  Analyzer(const AnalyzerOptions& options, std::unique_ptr<Lexicon> lexicon);
  friend class AnalyzerSession;

  AnalyzerOptions options_;
  std::unique_ptr<Lexicon> lexicon_;
};

class AnalyzerSession {
 public:
  using TokenSink = std::function<void(const Token&)>;

  AnalyzerSession(const AnalyzerSession&) = delete;
  AnalyzerSession& operator=(const AnalyzerSession&) = delete;
  ~AnalyzerSession();

  // Calls `sink` once per word of `text`, in order. `text` should be valid UTF-8; invalid
  // bytes are treated as separators. Never fails. In kQuery mode every capitalised word is
  // a name, also the first one (a query has no sentences).
  enum class AnalyzeMode { kDocument, kQuery };
  void Analyze(std::string_view text, AnalyzeMode mode, const TokenSink& sink);
  // Analyze(text, kDocument, sink).
  void Analyze(std::string_view text, const TokenSink& sink);

  // The term of one folded word. `capitalised_name` = a capitalised word that does not
  // start a sentence (kept as it is under kKabar).
  std::string StemFolded(std::string_view folded, bool capitalised_name);

  // The analysed terms of `text`, joined by single spaces (tests, clustering).
  std::string Terms(std::string_view text);

 private:
  friend class Analyzer;
  explicit AnalyzerSession(const Analyzer* analyzer);
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace kabar

#endif  // KABAR_ANALYZER_H_
