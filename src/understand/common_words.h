// CommonWords: the Indonesian dictionary (hunspell-id's root words, read from the system at
// run time) with Snowball stemming, to tell ordinary words from names. Used only by the
// role-name back-off (ner.h); without the dictionary that back-off is off, nothing else
// changes.
//
// Thread safety: Contains may be called from many threads once loaded.
#ifndef KABAR_UNDERSTAND_COMMON_WORDS_H_
#define KABAR_UNDERSTAND_COMMON_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "kabar/status.h"
#include "understand/word_table.h"

namespace kabar::understand {

// Where Debian's hunspell-id installs the dictionary.
constexpr const char* kHunspellIndonesian = "/usr/share/hunspell/id_ID.dic";

class CommonWords {
 public:
  // Reads a hunspell .dic file (a count, then `word/FLAGS` lines); proper nouns (capitalised
  // entries) are skipped. kIOError when the file cannot be read.
  Status LoadHunspell(const std::string& path);

  bool loaded() const { return loaded_; }

  // True when the lower-case word, or its Snowball Indonesian stem, is a dictionary word.
  bool Contains(std::string_view lower) const;

 private:
  // The file's bytes, read at once; the table's keys are views into it (a heap buffer, so
  // they stay valid when a CommonWords is moved).
  std::string text_;
  WordTable<uint8_t> words_;  // every word maps to 1
  bool loaded_ = false;
};

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_COMMON_WORDS_H_
