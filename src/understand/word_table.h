// WordTable: a fixed map from short words to small values, for the word lists of the
// understand stage (role words, attribution verbs, calendar words), which are consulted for
// every token. Open addressing in one flat array: a lookup hashes the word once (a few
// instructions a byte, no allocation) and compares at most a few keys, where
// std::unordered_set<std::string_view> pays a generic byte hash, a modulo and a node walk.
//
// Keys are views: the words passed to the constructor must outlive the table (the lists are
// static constexpr arrays). Built once; lookups are const and thread-safe.
#ifndef KABAR_UNDERSTAND_WORD_TABLE_H_
#define KABAR_UNDERSTAND_WORD_TABLE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace kabar::understand {

template <typename V>
class WordTable {
 public:
  // Sets `value` for `word` (combining with an earlier value of the same word by OR).
  void Add(std::string_view word, V value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = slots_[Index(word)];
    if (s.word.data() == nullptr) {
      s.word = word;
      ++size_;
    }
    s.value = static_cast<V>(s.value | value);
  }

  // The value of `word`, or V() when absent.
  V Get(std::string_view word) const { return slots_.empty() ? V() : slots_[Index(word)].value; }

  bool Contains(std::string_view word) const {
    return !slots_.empty() && slots_[Index(word)].word.data() != nullptr;
  }

 private:
  struct Slot {
    std::string_view word;  // data() == nullptr: empty
    V value{};
  };

  // FNV-1a: cheap for the short words of these lists; the table is at most half full.
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : w) h = (h ^ c) * 0x100000001b3ULL;
    return h ^ (h >> 29);
  }

  // The index of the slot of `word`, or of the empty slot where it would go.
  // REQUIRES: slots_ is not empty.
  size_t Index(std::string_view word) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = Hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.word.data() == nullptr || s.word == word) return i;
    }
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    for (const Slot& s : old) {
      if (s.word.data() != nullptr) slots_[Index(s.word)] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_WORD_TABLE_H_
