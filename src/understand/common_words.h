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
#include <vector>

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
  // Adds the word at [offset, offset + size) of text_ (size 1..kMaxWord).
  void Add(uint32_t offset, uint32_t size);
  bool Has(std::string_view word) const;

  static constexpr size_t kMaxWord = 64;  // longer words are never asked about

  // The file's bytes, read at once; the set's words are ranges of it.
  std::string text_;
  // Open addressing (linear probing, at most half full) in 8-byte slots: offset << 32 |
  // size << 24 | the top 24 bits of the word's hash; 0 is empty. A table of string views
  // (32-byte slots, 2 MB for hunspell-id's 31k words) cost ~500 page faults at every start-up.
  std::vector<uint64_t> slots_;
  bool loaded_ = false;
};

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_COMMON_WORDS_H_
