// WordTable: a fixed map from short words to small values, for the word lists of the
// understand stage (role words, attribution verbs, calendar words), which are consulted for
// every token. Open addressing in one flat array: a lookup hashes the word once (a few
// instructions a byte, no allocation) and compares at most a few keys, where
// std::unordered_set<std::string_view> pays a generic byte hash, a modulo and a node walk.
//
// Keys are views: the words passed to Add must outlive the table (the word lists are static
// constexpr arrays; CommonWords keeps the dictionary file's bytes beside its table). Built
// once; lookups are const and thread-safe.
#ifndef KABAR_UNDERSTAND_WORD_TABLE_H_
#define KABAR_UNDERSTAND_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace kabar::understand {

// A few loads and multiplications whatever the length: the first and last 8 bytes (4 bytes,
// or 3 single bytes, for shorter words), which may overlap, mixed with the length. Longer
// words that share their ends collide, and are told apart by a comparison.
inline uint64_t WordHash(std::string_view w) {
  const char* p = w.data();
  size_t n = w.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
        static_cast<unsigned char>(p[n - 1]) << 16;
  }
  uint64_t h = (a ^ 0x9e3779b97f4a7c15ULL) * 0xff51afd7ed558ccdULL;
  h ^= (b + n) * 0xc4ceb93fe53ec5ffULL;
  return h ^ (h >> 31);
}

template <typename V>
class WordTable {
 public:
  // Sets `value` for `word` (combining with an earlier value of the same word by OR).
  void Add(std::string_view word, V value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    uint64_t h = Hash(word);
    Slot& s = slots_[Index(word, h)];
    if (s.word.data() == nullptr) {
      s.word = word;
      s.hash = h;
      ++size_;
    }
    s.value = static_cast<V>(s.value | value);
  }

  // The value of `word`, or V() when absent.
  V Get(std::string_view word) const {
    return slots_.empty() ? V() : slots_[Index(word, Hash(word))].value;
  }

  bool Contains(std::string_view word) const {
    return !slots_.empty() && slots_[Index(word, Hash(word))].word.data() != nullptr;
  }

 private:
  struct Slot {
    std::string_view word;  // data() == nullptr: empty
    uint64_t hash = 0;      // Hash(word): most other words differ here, without a memcmp
    V value{};
  };

  static uint64_t Hash(std::string_view w) { return WordHash(w); }

  // The index of the slot of `word` (whose Hash is `h`), or of the empty slot where it would
  // go. REQUIRES: slots_ is not empty.
  size_t Index(std::string_view word, uint64_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.word.data() == nullptr || (s.hash == h && s.word == word)) return i;
    }
  }

  void Grow() { Rehash(slots_.empty() ? 64 : slots_.size() * 2); }

  void Rehash(size_t slots) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(slots, Slot());
    for (const Slot& s : old) {
      if (s.word.data() != nullptr) slots_[Index(s.word, s.hash)] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_WORD_TABLE_H_
