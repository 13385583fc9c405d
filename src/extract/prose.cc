#include "extract/prose.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "extract/cjk_bigrams.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Indonesian and English function words.
constexpr std::string_view kStopwords[] = {
    "a",       "about",   "adalah",  "after",   "agar",    "akan",     "al",       "all",
    "also",    "an",      "and",     "antara",  "any",     "are",      "as",       "at",
    "atas",    "atau",    "bagi",    "bahwa",   "banyak",  "be",       "because",  "been",
    "before",  "being",   "belum",   "berada",  "between", "bisa",     "both",     "but",
    "by",      "can",     "could",   "dalam",   "dan",     "dari",     "demikian", "dengan",
    "di",      "dia",     "did",     "do",      "does",    "during",   "each",     "for",
    "from",    "had",     "hanya",   "has",     "have",    "he",       "her",      "hingga",
    "his",     "how",     "i",       "ia",      "if",      "in",       "ini",      "into",
    "is",      "it",      "its",     "itu",     "jika",    "juga",     "kami",     "karena",
    "kata",    "ke",      "kepada",  "kita",    "lagi",    "lebih",    "maka",     "masih",
    "may",     "me",      "melalui", "menjadi", "menurut", "mereka",   "more",     "most",
    "mungkin", "my",      "namun",   "no",      "not",     "of",       "oleh",     "on",
    "one",     "only",    "or",      "other",   "our",     "out",      "over",     "pada",
    "para",    "pun",     "said",    "saat",    "sebagai", "sebuah",   "sedang",   "sehingga",
    "sejak",   "sekitar", "selain",  "seperti", "she",     "should",   "so",       "some",
    "sudah",   "such",    "tak",     "telah",   "tentang", "terhadap", "tersebut", "tetapi",
    "than",    "that",    "the",     "their",   "them",    "then",     "there",    "these",
    "they",    "this",    "those",   "tidak",   "to",      "untuk",    "up",       "very",
    "was",     "we",      "were",    "what",    "when",    "where",    "which",    "while",
    "who",     "will",    "with",    "would",   "ya",      "yaitu",    "yakni",    "yang",
    "you",     "your",    "dapat",   "harus",   "ketika",  "kalau",    "sampai",   "setelah",
};

constexpr int kLongLine = 25;

// A word of 1..8 ASCII letters, lower-cased and packed into an integer in the byte order of
// memory (the first letter the lowest byte, as Load8 reads it); 0 for any other word. Every
// stopword fits.
uint64_t PackedLower(std::string_view word) {
  if (word.empty() || word.size() > 8) return 0;
  uint64_t key = 0;
  bool letters = true;
  for (size_t i = 0; i < word.size(); ++i) {
    // c | 0x20 is a lower-case ASCII letter exactly when c is an ASCII letter.
    unsigned char lower = static_cast<unsigned char>(word[i]) | 0x20;
    letters &= static_cast<unsigned char>(lower - 'a') <= 'z' - 'a';
    key |= uint64_t{lower} << (8 * i);
  }
  return letters ? key : 0;
}

// The low `n` bytes of a word, for n = 0..8.
constexpr std::array<uint64_t, 9> kLowBytes = {
    0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ~0ull};

// The stopwords' packed keys in an open-addressing hash table (linear probing, at most a
// third full): one or two probes per lookup, no allocation.
class StopwordTable {
 public:
  StopwordTable() {
    for (std::string_view w : kStopwords) Insert(PackedLower(w));
  }

  // True when `key` is a stopword's key. The table is a third full: most other keys meet an
  // empty slot at once, which is cheaper than any first test by length and letter.
  bool Contains(uint64_t key) const {
    for (size_t i = Slot(key); slots_[i] != 0; i = (i + 1) % kSlots) {
      if (slots_[i] == key) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kSlots = 512;  // a power of two

  static size_t Slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 55; }  // top 9 bits

  void Insert(uint64_t key) {
    size_t i = Slot(key);
    while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) % kSlots;
    slots_[i] = key;
  }

  std::array<uint64_t, kSlots> slots_{};
};

// PackedLower(line.substr(at, n)) for 1 <= n <= 8 when at + 8 <= line.size(): the eight bytes
// are read at once, masked to the word and checked to be letters without a loop.
uint64_t PackedLowerAt(std::string_view line, size_t at, size_t n) {
  uint64_t x = Load8(line.data() + at);  // little-endian: the word's first byte is the lowest
  uint64_t mask = kLowBytes[n];
  uint64_t lower = (x | 0x20 * kOnes) & mask;
  uint64_t letters = BytesInRange8(lower & ~kHigh, 'a', 'z') & ~lower;  // ASCII 'a'..'z'
  if (((letters ^ kHigh) & mask) != 0) return 0;  // a byte of the word is not a letter
  return lower;
}

const StopwordTable& Stopwords() {
  static const StopwordTable table;
  return table;
}

bool IsBulletStart(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '*' || s[0] == '-' || s[0] == '>') return s.size() > 1 && s[1] == ' ';
  if (s[0] != '\xE2' && s[0] != '\xC2') return false;  // every bullet below starts so
  // U+2022 •, U+25A1 □, U+00B7 ·, U+25CF ●, U+25AA ▪, U+2023 ‣
  for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x96\xA1", "\xC2\xB7", "\xE2\x97\x8F",
                             "\xE2\x96\xAA", "\xE2\x80\xA3"}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

// True when `tag` (the text inside the brackets) holds only ASCII letters, '*' and '/', or
// letters with digits, '-' and '.' (desk and editor codes: "H-2", "Uu.G005"), a space only
// after a full stop or by a dash ("Uu. G005", "gk - 33"; not between words: "kata dia"); at
// least one letter, so not "(2019)".
bool IsEndTag(std::string_view tag) {
  bool letter = false, star = false;
  for (size_t i = 0; i < tag.size(); ++i) {
    char c = tag[i];
    bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    letter |= alpha;
    star |= c == '*';
    bool code = c == '*' || c == '/' || c == '-' || c == '.' || (c >= '0' && c <= '9');
    bool spacer = c == ' ' && i > 0 && i + 1 < tag.size() &&
                  (tag[i - 1] == '.' || tag[i - 1] == '-' || tag[i + 1] == '-');
    if (!alpha && !code && !spacer) return false;
  }
  return letter || star;
}

// True when `tag` is a reporter's name signing a story off: two or three capitalised ASCII
// words, one space apart ("Aidil Sikumbang"); "kata dia" is not one.
bool IsNameTag(std::string_view tag) {
  int words = 0;
  for (size_t i = 0; i < tag.size();) {
    if (tag[i] < 'A' || tag[i] > 'Z') return false;
    size_t end = i + 1;
    while (end < tag.size() && tag[end] >= 'a' && tag[end] <= 'z') ++end;
    if (end - i < 2) return false;
    ++words;
    if (end == tag.size()) break;
    if (tag[end] != ' ') return false;
    i = end + 1;
  }
  return words >= 2 && words <= 3;
}

// True when `tag` credits wires or desks joined by slashes, the first capitalised: "Antara/
// Reuters", "Reuters/AFP/AP" (two or three parts of letters, up to 24 bytes in all).
bool IsCreditTag(std::string_view tag) {
  constexpr size_t kMaxCredit = 24;
  if (tag.size() > kMaxCredit || tag.empty() || tag[0] < 'A' || tag[0] > 'Z') return false;
  int parts = 1;
  bool letter_before = false;
  for (char c : tag) {
    bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c == '/') {
      if (!letter_before) return false;
      ++parts;
    } else if (!alpha) {
      return false;
    }
    letter_before = alpha;
  }
  return letter_before && parts >= 2 && parts <= 3;
}

// True when `tag` names the story's source after a label: "Sumber: Antara", "Source: Reuters,
// AFP" (one to four words after the colon).
bool IsSourceTag(std::string_view tag) {
  for (std::string_view label : {"sumber:", "source:"}) {
    if (!StartsWithIgnoreCase(tag, label)) continue;
    const size_t words = CountWords(tag.substr(label.size()));
    return words >= 1 && words <= 4;
  }
  return false;
}

// The text inside the bracketed tag that closes `s` ("... dia. (ant)", "... itu. [cob]", a
// tokenised "[ cob ]"), spaces inside trimmed, and in `*before` what precedes the tag (one
// space before its opening bracket); false when `s` ends with no such tag.
bool ClosingTag(std::string_view s, std::string_view* tag, std::string_view* before) {
  constexpr size_t kMaxTag = 32;
  std::string_view bracketed;
  if (!ClosingBracketed(s, &bracketed)) return false;
  const size_t open = static_cast<size_t>(bracketed.data() - s.data());
  if (open < 2) return false;
  std::string_view inner = bracketed.substr(1, bracketed.size() - 2);
  if (inner.size() > kMaxTag) return false;
  if (inner.starts_with(' ')) inner.remove_prefix(1);
  if (inner.ends_with(' ')) inner.remove_suffix(1);
  if (inner.empty()) return false;
  *tag = inner;
  *before = s.substr(0, s[open - 1] == ' ' ? open - 1 : open);  // a glued tag keeps the '.'
  return true;
}

// The longest sign-off word ("Associated" is no sign-off; "Bernama", "Reuters", "Antara"), and
// the longest outlet's domain as one ("Rappler.com", "Tribunnews.com").
constexpr size_t kMaxSignOffWord = 12;
constexpr size_t kMaxSignOffDomain = 24;

// Where the word that ends `s` starts: its letters, or an outlet's domain ("Rappler.com",
// "Kompas.co.id": a top-level label of two to four letters and at most one more level).
size_t LastWordStart(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && IsAsciiLetter(s[i - 1])) --i;
  for (int level = 0; level < 2; ++level) {
    const size_t label = s.size() - i;
    if (i < 2 || s[i - 1] != '.' || label < 2 || (level == 0 && label > 4)) break;
    size_t j = i - 1;
    while (j > 0 && IsAsciiLetter(s[j - 1])) --j;
    if (j == i - 1) break;  // no letters before the dot
    i = j;
  }
  return i;
}

}  // namespace

bool EndsWithWireSignOff(std::string_view s) {
  const size_t i = LastWordStart(s);
  const std::string_view word = s.substr(i);
  const bool domain = word.find('.') != std::string_view::npos;
  if (word.empty() || word.size() > (domain ? kMaxSignOffDomain : kMaxSignOffWord) || s[i] < 'A' ||
      s[i] > 'Z') {
    return false;
  }
  size_t dash_end = i;
  while (dash_end > 0 && s[dash_end - 1] == ' ') --dash_end;
  size_t dash = dash_end;
  while (dash > 0 && s[dash - 1] == '-' && dash_end - dash < 2) --dash;
  for (std::string_view long_dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {  // U+2013, U+2014
    if (dash == dash_end && s.substr(0, dash_end).ends_with(long_dash)) {
      dash = dash_end - long_dash.size();
    }
  }
  if (dash == dash_end || dash < 2 || s[dash - 1] != ' ') return false;
  std::string_view before = s.substr(0, dash - 1);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with("\xE2\x80\x9D")) before.remove_suffix(3);  // U+201D
  if (!before.empty() && before.back() == '"') before.remove_suffix(1);
  return !before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?');
}

// The fewest words of a paragraph closed by its labelled sources.
constexpr size_t kMinSourcedParagraphWords = 12;

bool EndsWithUnbracketedSources(std::string_view s, std::string_view* credit) {
  constexpr size_t kMaxCreditTail = 48;
  constexpr std::string_view kLabels[] = {"sumber", "source"};  // six letters each
  // A source's name ends the line with a letter; most paragraphs end with a full stop or a
  // quotation mark instead, and need no further look.
  if (s.empty() || (s.back() | 0x20) < 'a' || (s.back() | 0x20) > 'z') return false;
  // The label's colon, in the line's last bytes (most lines hold no colon there).
  const size_t from = s.size() > kMaxCreditTail ? s.size() - kMaxCreditTail : 0;
  const void* found = memrchr(s.data() + from, ':', s.size() - from);
  if (found == nullptr) return false;
  const size_t colon = static_cast<const char*>(found) - s.data();
  if (colon < 7 || s[colon - 7] != ' ') return false;
  const std::string_view label = s.substr(colon - 6, 6);
  if (!EqualsIgnoreCase(label, kLabels[0]) && !EqualsIgnoreCase(label, kLabels[1])) return false;
  const size_t start = colon - 7;  // the label's space
  if (!IsSourceTag(s.substr(start + 1))) return false;
  std::string_view before = s.substr(0, start);
  while (!before.empty() && (before.back() == '"' || before.back() == '\'')) {
    before.remove_suffix(1);
  }
  if (before.ends_with("\xE2\x80\x9D")) before.remove_suffix(3);  // U+201D
  if (before.empty() || (before.back() != '.' && before.back() != '!' && before.back() != '?')) {
    return false;
  }
  // A paragraph's length: a picture's caption closed by its source is shorter ("People enjoy
  // outdoor eating on Lygon Street. Source: AAP").
  if (CountWords(before) < kMinSourcedParagraphWords) return false;
  *credit = s.substr(start + 1);
  return true;
}

namespace {

// `s` less the closing quotation marks (", ', U+201D, U+2019) and spaces at its end.
std::string_view WithoutClosingQuotes(std::string_view s) {
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '"' || s.back() == '\'') {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

bool EndsSentence(std::string_view s) {
  if (EndsWithWireSignOff(s)) return true;
  // A sentence closed by a short tag of letters, '*' and '/' in brackets: "... tersebut. (*)",
  // "... kata dia. (ant)", "... WIB. (yopi/b)", "... tertinggal. (H-2)", "... itu. [cob]", a
  // quotation's end before it: "... ini." (as/rer)", "... rendah. ” (embun)" (not a duration:
  // "... Sound Like? (4:22)", nor a year: "... (2019)"); or by the reporter's name: "...
  // katanya. (Aidil Sikumbang)", or by credits: "... lalu. (Antara/Reuters)", "... dia.
  // (Sumber: Antara)".
  std::string_view tag, before;
  if (ClosingTag(s, &tag, &before) && ((tag.size() <= 10 && IsEndTag(tag)) || IsNameTag(tag) ||
                                       IsCreditTag(tag) || IsSourceTag(tag))) {
    before = WithoutClosingQuotes(before);
    if (!before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?'))
      return true;
  }
  // A story's end mark of one to three asterisks after its last sentence ("... kendaraan. ***",
  // Pikiran Rakyat's network; "... itu.*").
  size_t stars = 0;
  while (stars < s.size() && s[s.size() - 1 - stars] == '*') ++stars;
  if (stars > 0 && stars <= 3) {
    s.remove_suffix(stars);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  // Strip closing quotes and brackets, and the spaces a tokenised text puts before them
  // ("... grandchildren. \"").
  bool closed = false;  // a quote or bracket stripped
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']' ||
        (closed && s.back() == ' ')) {
      closed = true;
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                                 s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      closed = true;
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // "... kantornya. Sumber: Reuters, AFP": a letter ends it (nothing was stripped).
  if (std::string_view credit; !closed && EndsWithUnbracketedSources(s, &credit)) return true;
  if (s.size() < 3) return false;
  std::string_view last = s.substr(s.size() - 3);
  // … 。 ！ ？
  return last == "\xE2\x80\xA6" || last == "\xE3\x80\x82" || last == "\xEF\xBC\x81" ||
         last == "\xEF\xBC\x9F";
}

// True when the line holds a comma or full stop inside it (not at its end): ", ", ". ", or
// U+3001 、 / U+3002 。 before the last byte.
bool HasInnerPunctuation(std::string_view s) {
  auto at = [s](size_t i) {
    if ((s[i] == ',' || s[i] == '.') && s[i + 1] == ' ') return true;
    return s[i] == '\xE3' && i + 2 < s.size() - 1 && s[i + 1] == '\x80' &&
           (s[i + 2] == '\x81' || s[i + 2] == '\x82');
  };
  size_t i = 0;
#ifdef __SSE2__
  // Sixteen positions a step: x holds s[i..i+16), y the byte after each.
  for (; i + 17 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
    const __m128i stop =
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')), _mm_cmpeq_epi8(x, _mm_set1_epi8('.')));
    if (_mm_movemask_epi8(_mm_and_si128(stop, _mm_cmpeq_epi8(y, _mm_set1_epi8(' ')))) != 0) {
      return true;
    }
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('\xE3'))) == 0) continue;
    for (size_t k = i; k < i + 16; ++k) {
      if (at(k)) return true;
    }
  }
#endif
  // Eight positions a step: x holds s[i..i+8), y the byte after each.
  for (; i + 9 <= s.size(); i += 8) {
    uint64_t x = Load8(s.data() + i), y = Load8(s.data() + i + 1);
    if (((BytesEqual8(x, ',') | BytesEqual8(x, '.')) & BytesEqual8(y, ' ')) != 0) return true;
    if (BytesEqual8(x, 0xE3) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) {
      if (at(k)) return true;
    }
  }
  for (; i + 1 < s.size(); ++i) {
    if (at(i)) return true;
  }
  return false;
}

// True when `s` holds " | " (a separator of menu items or of a headline and its site).
bool HasSpacedBar(std::string_view s) {
  for (size_t p = s.find('|'); p != std::string_view::npos; p = s.find('|', p + 1)) {
    if (p > 0 && p + 1 < s.size() && s[p - 1] == ' ' && s[p + 1] == ' ') return true;
  }
  return false;
}

// What ScoreProse counts over a line's words: all words, words starting with a lower-case
// letter, words starting with a letter that has case (lower or upper), and stopwords.
struct WordCounts {
  int words = 0;
  int lower = 0;
  int cased = 0;
  int stop = 0;
  int cjk = 0;  // Chinese and Japanese characters (CountCjkCharacters)
};

// Byte classes of the one-pass scan of an ASCII line.
enum ScanClass : uint8_t { kOther, kLower, kUpper, kDigit, kJoiner, kNonAscii };

constexpr std::array<uint8_t, 256> kScanClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80)
      t[c] = kNonAscii;
    else if (c >= 'a' && c <= 'z')
      t[c] = kLower;
    else if (c >= 'A' && c <= 'Z')
      t[c] = kUpper;
    else if (c >= '0' && c <= '9')
      t[c] = kDigit;
    else if (c == '-' || c == '\'' || c == '.' || c == '_')
      t[c] = kJoiner;
  }
  return t;
}();

bool IsAlnumClass(uint8_t k) { return k == kLower || k == kUpper || k == kDigit; }

// The end of the run of ASCII letters and digits starting at s[i], eight bytes a step.
[[gnu::always_inline]] inline size_t AlnumRunEnd(const unsigned char* s, size_t i, size_t n) {
  for (; i + 8 <= n; i += 8) {
    size_t run = text_util_internal::LeadingAlnum8(Load8(s + i));
    if (run < 8) return i + run;
  }
  while (i < n && IsAlnumClass(kScanClass[s[i]])) ++i;
  return i;
}

// The stopword key of the `len` (1..8) bytes at s[start]: each byte with the 0x20 bit set (an
// ASCII letter in lower case), packed as PackedLower packs them. Digits and joiners stay
// non-letters, so a word holding one never matches a stopword.
[[gnu::always_inline]] inline uint64_t FoldedKey(const unsigned char* s, size_t start, size_t len,
                                                 size_t n) {
  if (start + 8 <= n) return (Load8(s + start) | 0x20 * kOnes) & kLowBytes[len];
  uint64_t key = 0;
  for (size_t k = 0; k < len; ++k) key |= uint64_t{s[start + k] | 0x20u} << (8 * k);
  return key;
}

// Counts the words of `line` in one pass over its bytes, as ForEachWord + StartsLower +
// StartsUpper + IsStopword would: in ASCII text a word is a run of letters and digits, joined
// by single '-', '\'', '.' or '_'. Returns false (counts unusable) when the line holds a byte
// of 0x80 or more, whose words follow the UTF-8 rules of WordAt.
bool CountAsciiWords(std::string_view line, const StopwordTable& stopwords, WordCounts& c) {
  const auto* s = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  size_t i = 0;
  while (i < n) {
    const uint8_t first = kScanClass[s[i]];
    if (first == kNonAscii) return false;
    if (!IsAlnumClass(first)) {
      ++i;
      continue;
    }
    const size_t start = i;
    i = AlnumRunEnd(s, i, n);
    while (i + 1 < n && kScanClass[s[i]] == kJoiner && IsAlnumClass(kScanClass[s[i + 1]])) {
      i = AlnumRunEnd(s, i + 1, n);  // a joiner between two parts: "Kim-Jong", "U.S"
    }
    ++c.words;
    c.lower += first == kLower;
    c.cased += first != kDigit;
    const size_t len = i - start;
    if (len <= 8 && stopwords.Contains(FoldedKey(s, start, len, n))) ++c.stop;
  }
  return true;
}

#ifdef __SSE2__
// The set bits of `x`. std::popcount is a library call on the baseline x86-64 the build targets
// (no POPCNT instruction); these dozen operations inline.
inline int CountBits(uint64_t x) {
  x = x - (x >> 1 & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + (x >> 2 & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<int>((x * 0x0101010101010101ull) >> 56);
}

// The longest line CountAsciiWordsMasked takes (its masks live on the stack).
constexpr size_t kMaxMaskedLine = 4096;

// CountAsciiWords' counts from bit masks, 64 bytes a step; `line` has at most kMaxMaskedLine
// bytes. A word (CountAsciiWords' rule) starts at a letter or digit unless the byte before is
// one, or is a joiner after one; it ends at a letter or digit unless the byte after is one, or
// is a joiner before one. The k-th start and the k-th end bound the k-th word.
bool CountAsciiWordsMasked(std::string_view line, const StopwordTable& stopwords, WordCounts& c) {
  constexpr size_t kBlocks = kMaxMaskedLine / 64;
  const auto* s = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  const size_t blocks = (n + 63) / 64;
  std::array<uint64_t, kBlocks + 1> alnum, joiner;
  std::array<uint64_t, kBlocks> starts;
  uint64_t prev_alnum = 0, prev_joiner = 0;
  // Counted in locals: a store through `c` is reloaded after every byte read (char aliasing).
  int words = 0, lower = 0, cased = 0, stop = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const text_util_internal::WordMasks64 m = text_util_internal::WordMasksOfBlock(s, n, b);
    if (m.high != 0) return false;
    const uint64_t a = m.alnum, j = m.joiner;
    const uint64_t a1 = a << 1 | prev_alnum >> 63, a2 = a << 2 | prev_alnum >> 62;
    const uint64_t j1 = j << 1 | prev_joiner >> 63;
    const uint64_t start = a & ~a1 & ~(j1 & a2);
    words += CountBits(start);
    lower += CountBits(start & m.lower);
    cased += CountBits(start & ~m.digit);
    alnum[b] = a;
    joiner[b] = j;
    starts[b] = start;
    prev_alnum = a;
    prev_joiner = j;
  }
  alnum[blocks] = joiner[blocks] = 0;
  auto ends = [&](size_t b) {
    const uint64_t a = alnum[b], na = alnum[b + 1], nj = joiner[b + 1];
    const uint64_t a1 = a >> 1 | na << 63, a2 = a >> 2 | na << 62;
    const uint64_t j1 = joiner[b] >> 1 | nj << 63;
    return a & ~a1 & ~(j1 & a2);
  };
  size_t end_block = 0;
  uint64_t end_bits = blocks > 0 ? ends(0) : 0;
  for (size_t b = 0; b < blocks; ++b) {
    for (uint64_t bits = starts[b]; bits != 0; bits &= bits - 1) {
      const size_t start = 64 * b + static_cast<size_t>(std::countr_zero(bits));
      while (end_bits == 0) end_bits = ends(++end_block);
      const size_t last = 64 * end_block + static_cast<size_t>(std::countr_zero(end_bits));
      end_bits &= end_bits - 1;
      const size_t len = last - start + 1;
      if (len <= 8 && stopwords.Contains(FoldedKey(s, start, len, n))) ++stop;
    }
  }
  c = WordCounts{words, lower, cased, stop};
  return true;
}
// Where CountAsciiWordsMasked can count a line that holds bytes of 0x80 or more: when each of
// them belongs to a character that ends any word it follows and never joins or starts one
// (WordLengthFrom breaks at E2 80 xx, U+2000..U+203F: quotes, dashes, ellipsis; and at C2 xx,
// U+0080..U+00BF: NBSP, the pound sign), the line's words are those of the line with each such
// character written as one ASCII space. U+2019 (E2 80 99) is the exception: inside a word
// ("isn’t") it joins what a word byte follows, as '\'' does, so it is written as '\''. That
// holds only when no joiner ('-', '\'', '.', '_', U+2019) stands right before a byte of 0x80
// or more: a joiner takes any such byte as a word byte ("a-”" is the word "a-", "dogs’”" the
// word "dogs’"), which a space or '\'' would not.
//
// Writes that ASCII form of `line` to `out` (room for line.size() bytes) and returns its size,
// which is also Utf8Length(line): one byte a character; returns SIZE_MAX for any other line.
size_t PunctuationAsAscii(std::string_view line, char* out) {
  const auto* s = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  size_t i = 0, o = 0;
  auto is_joiner = [](unsigned char c) { return c == '-' || c == '\'' || c == '.' || c == '_'; };
  while (i < n) {
    // Copy the ASCII bytes up to the next byte of 0x80 or more, sixteen a step.
    while (i + 16 <= n) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), x);
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(x));
      if (high != 0) {
        const auto run = static_cast<size_t>(std::countr_zero(high));
        i += run;
        o += run;
        break;
      }
      i += 16;
      o += 16;
    }
    while (i < n && s[i] < 0x80) out[o++] = static_cast<char>(s[i++]);
    if (i == n) break;
    if (i > 0 && is_joiner(s[i - 1])) return SIZE_MAX;
    const bool continuation1 = i + 1 < n && (s[i + 1] & 0xC0) == 0x80;
    if (s[i] == 0xC2 && continuation1) {
      out[o++] = ' ';
      i += 2;
    } else if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      const bool apostrophe = s[i + 2] == 0x99;
      if (apostrophe && i + 3 < n && s[i + 3] >= 0x80) return SIZE_MAX;
      out[o++] = apostrophe ? '\'' : ' ';
      i += 3;
    } else {
      return SIZE_MAX;  // a letter, another script, a symbol, or a stray byte
    }
  }
  return o;
}

// CountAsciiWordsMasked's counts for a line of at most kMaxMaskedLine bytes whose bytes of
// 0x80 or more are word-breaking punctuation (PunctuationAsAscii), and its Utf8Length in
// *chars; false for any other line.
bool CountPunctuatedWordsMasked(std::string_view line, const StopwordTable& stopwords,
                                WordCounts& c, size_t* chars) {
  std::array<char, kMaxMaskedLine> ascii;
  const size_t size = PunctuationAsAscii(line, ascii.data());
  if (size == SIZE_MAX) return false;
  *chars = size;
  return CountAsciiWordsMasked(std::string_view(ascii.data(), size), stopwords, c);
}
#endif  // __SSE2__

// Chinese and Japanese are written without spaces between words: a run of their characters
// counts as a word per kCjkCharactersPerWord characters (a word of those languages is one to
// three characters long), so a paragraph counts as many words as its length says.
constexpr int kCjkCharactersPerWord = 2;

// The same counts for any line, by ForEachWord (UTF-8 words, Latin-1 and Cyrillic case).
WordCounts CountWordsUtf8(std::string_view line, const StopwordTable& stopwords) {
  WordCounts c;
  ForEachWord(line, [&](std::string_view w) {
    ++c.words;
    const int cjk = CountCjkCharacters(w);
    c.cjk += cjk;
    if (cjk > kCjkCharactersPerWord) c.words += cjk / kCjkCharactersPerWord - 1;
    if (StartsLower(w)) {
      ++c.lower;
      ++c.cased;
    } else if (StartsUpper(w)) {
      ++c.cased;
    }
    if (w.size() > 8) return;  // no stopword is longer
    size_t at = static_cast<size_t>(w.data() - line.data());
    uint64_t key = at + 8 <= line.size() ? PackedLowerAt(line, at, w.size()) : PackedLower(w);
    if (key != 0 && stopwords.Contains(key)) ++c.stop;
  });
  return c;
}

// How many letters of an alphabet a Chinese or Japanese character counts as in a line's length.
constexpr int kCjkLettersPerCharacter = 3;

// The language-agnostic score of a line, from `c`, its words' counts (`cased`: words starting
// with a letter that has case).
double AgnosticScore(std::string_view line, const ProseStats& st, const WordCounts& c) {
  // A Chinese or Japanese character says about as much as three letters of an alphabet.
  double q = 0.3 * std::min((st.chars + (kCjkLettersPerCharacter - 1) * c.cjk) / 120.0, 1.0);
  q += st.sentence_end ? 0.3 : 0.0;
  q += HasInnerPunctuation(line) ? 0.2 : 0.0;
  // Case: the share of lower-case words where the script is cased, else half marks.
  q += c.cased > 0 ? 0.2 * std::min(static_cast<double>(st.lower) / c.cased / 0.5, 1.0) : 0.1;
  if (st.bullet) q -= 0.25;
  if (!st.sentence_end && st.chars < 150) q = std::min(q, 0.45);
  return std::clamp(q, 0.0, 1.0);
}

}  // namespace

bool IsStopword(std::string_view word) {
  uint64_t key = PackedLower(word);
  return key != 0 && Stopwords().Contains(key);
}

ProseStats ScoreProse(std::string_view line) {
  ProseStats st;
  st.bullet = IsBulletStart(line);
  st.sentence_end = EndsSentence(line);
  const StopwordTable& stopwords = Stopwords();
  WordCounts c;
  size_t chars = line.size();  // for an ASCII line
#ifdef __SSE2__
  const bool counted = line.size() <= kMaxMaskedLine
                           ? CountAsciiWordsMasked(line, stopwords, c) ||
                                 CountPunctuatedWordsMasked(line, stopwords, c, &chars)
                           : CountAsciiWords(line, stopwords, c);
#else
  const bool counted = CountAsciiWords(line, stopwords, c);
#endif
  if (!counted) {
    c = CountWordsUtf8(line, stopwords);
    chars = Utf8Length(line);
  }
  st.words = c.words;
  st.lower = c.lower;
  st.stop = c.stop;
  if (st.words == 0) return st;
  st.chars = static_cast<int>(chars);
  st.agnostic = AgnosticScore(line, st, c);
  double n = st.words;
  double q = 0;
  q += std::min(st.stop / n / 0.22, 1.0) * 0.35;
  q += std::min(st.lower / n / 0.5, 1.0) * 0.25;
  q += st.sentence_end ? 0.2 : 0.0;
  q += std::min(n / 15.0, 1.0) * 0.2;
  if (st.bullet) q -= 0.25;
  if (HasSpacedBar(line)) q -= 0.2;
  if (st.lower == 0 && st.words >= 3) q -= 0.15;
  // A line without closing punctuation is a headline, a label or a list item unless it is long
  // (a paragraph whose last sentence lost its full stop).
  if (!st.sentence_end && st.words < kLongLine) q = std::min(q, 0.45);
  st.score = std::clamp(q, 0.0, 1.0);
  return st;
}

}  // namespace kabar::extract
