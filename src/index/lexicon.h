// The Indonesian root-word lexicon, read from a hunspell .dic file.
//
// Format: the first line is the entry count; each further line is "word" or "word/FLAGS".
// Lower-case entries are roots; capitalised ones (names: "Jakarta") are skipped, because a
// name is recognised by its capital letter in running text instead. Entries are folded
// the way the analyzer folds words.
//
// Thread safety: immutable once loaded.
#ifndef KABAR_INDEX_LEXICON_H_
#define KABAR_INDEX_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "kabar/status.h"

namespace kabar::index {

class Lexicon {
 public:
  // Reads `path` into *lexicon (replacing its roots). NotFound when it cannot be opened;
  // Corruption when it holds no roots.
  static Status Load(const std::string& path, Lexicon* lexicon);

  bool Contains(std::string_view word) const { return roots_.count(std::string(word)) > 0; }
  // How many affix classes the lexicon gives the root (hunspell flags; 0 if none or not a
  // root): a measure of how productive, and so how likely, a root is.
  int AffixCount(std::string_view word) const {
    auto it = roots_.find(std::string(word));
    return it == roots_.end() ? 0 : it->second;
  }
  size_t size() const { return roots_.size(); }

 private:
  std::unordered_map<std::string, int> roots_;
};

}  // namespace kabar::index

#endif  // KABAR_INDEX_LEXICON_H_
