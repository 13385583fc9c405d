// WordScanner: splits UTF-8 text into words and folds them (the first two steps of
// kabar::Analyzer, see include/kabar/analyzer.h for the rules).
//
// Thread safety: the functions are pure; safe from many threads.
#ifndef KABAR_INDEX_WORD_SCANNER_H_
#define KABAR_INDEX_WORD_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kabar::index {

// A word as it appears in the text.
struct RawWord {
  size_t begin = 0;  // byte offsets into the scanned text
  size_t end = 0;
  bool capitalised = false;     // first letter upper or title case
  bool sentence_start = false;  // first word of the text or after . ! ? or a line break
};

// Scans `text` from byte `*pos` for the next word. Returns false at the end of the text.
// On success fills *word and advances *pos past it. Invalid UTF-8 bytes separate words.
// `*after_boundary` carries the sentence state between calls: start it as true.
bool NextWord(std::string_view text, size_t* pos, bool* after_boundary, RawWord* word);

// Folds one word: case folding, compatibility forms (NFKC), accents removed, a trailing
// possessive "'s" dropped, other apostrophes removed. Writes the result to *out.
void FoldWord(std::string_view word, std::string* out);

}  // namespace kabar::index

#endif  // KABAR_INDEX_WORD_SCANNER_H_
