// FlatU64Map: an open-addressing hash map from 64-bit keys (already well mixed, e.g. xxhash
// values) to small values, for the hot lookups of dedup and clustering. One probe sequence
// in one flat array: no node allocation, one cache miss per lookup in the common case.
//
// Keys are arbitrary uint64_t (0 is allowed: it is stored out of line). Erasure only in bulk
// (EraseIf rebuilds the table). Pointers returned by Find/Upsert stay valid until the next
// insertion or EraseIf.
//
// V: trivially copyable, and a value-initialised V is all zero bytes (integers, flags, plain
// structs of them): the slot array starts zeroed (ZeroedArray), every slot empty.
//
// Thread safety: none (like std::unordered_map).
#ifndef KABAR_COMMON_FLAT_U64_MAP_H_
#define KABAR_COMMON_FLAT_U64_MAP_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

#include "common/zeroed_array.h"

namespace kabar {

template <typename V>
class FlatU64Map {
 public:
  FlatU64Map() : slots_(16) {}

  size_t size() const { return size_ + (zero_ ? 1 : 0); }

  V* Find(uint64_t key) {
    if (key == 0) return zero_ ? &*zero_ : nullptr;
    for (size_t i = Home(key);; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
    }
  }
  const V* Find(uint64_t key) const { return const_cast<FlatU64Map*>(this)->Find(key); }

  // Hints the CPU to load the slot where a probe for `key` starts (no effect on contents):
  // prefetching the keys of a batch first lets their cache misses overlap.
  void Prefetch(uint64_t key) const { __builtin_prefetch(&slots_[Home(key)]); }

  // The value of `key`, inserted value-initialised when absent; `*inserted` says which.
  V* Upsert(uint64_t key, bool* inserted = nullptr) {
    if (key == 0) {
      if (inserted != nullptr) *inserted = !zero_;
      if (!zero_) zero_.emplace();
      return &*zero_;
    }
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    for (size_t i = Home(key);; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.key == key) {
        if (inserted != nullptr) *inserted = false;
        return &s.value;
      }
      if (s.key == 0) {
        s.key = key;
        s.value = V();
        ++size_;
        if (inserted != nullptr) *inserted = true;
        return &s.value;
      }
    }
  }

  // Calls f(key, value&) for every entry, in no particular order.
  template <typename F>
  void ForEach(F&& f) {
    if (zero_) f(uint64_t{0}, *zero_);
    for (Slot& s : slots_) {
      if (s.key != 0) f(s.key, s.value);
    }
  }
  template <typename F>
  void ForEach(F&& f) const {
    if (zero_) f(uint64_t{0}, *zero_);
    for (const Slot& s : slots_) {
      if (s.key != 0) f(s.key, s.value);
    }
  }

  // Removes every entry for which pred(key, value) is true, and shrinks the table to fit the
  // rest. O(capacity).
  template <typename F>
  void EraseIf(F&& pred) {
    if (zero_ && pred(uint64_t{0}, *zero_)) zero_.reset();
    size_t kept = 0;
    for (Slot& s : slots_) {
      if (s.key != 0 && !pred(s.key, s.value))
        ++kept;
      else
        s.key = 0;
    }
    size_t cap = 16;
    while ((kept + 1) * 4 > cap * 3 / 2) cap *= 2;  // at most 3/8 full after the rebuild
    Slots old = std::move(slots_);
    slots_ = Slots(cap);
    size_ = kept;
    Reinsert(&old);
  }

  void Clear() {
    slots_ = Slots(16);
    size_ = 0;
    zero_.reset();
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };
  static_assert(std::is_trivially_copyable_v<V>);
  using Slots = ZeroedArray<Slot>;

  size_t mask() const { return slots_.size() - 1; }
  size_t Home(uint64_t key) const {
    // Fibonacci hashing spreads keys that are not uniformly mixed in their low bits.
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ULL) >> 20) & mask();
  }

  void Grow() {
    Slots old = std::move(slots_);
    slots_ = Slots(old.size() * 2);
    Reinsert(&old);
  }

  void Reinsert(Slots* old) {
    for (Slot& s : *old) {
      if (s.key == 0) continue;
      size_t i = Home(s.key);
      while (slots_[i].key != 0) i = (i + 1) & mask();
      slots_[i] = std::move(s);
    }
  }

  Slots slots_;
  size_t size_ = 0;
  std::optional<V> zero_;
};

}  // namespace kabar

#endif  // KABAR_COMMON_FLAT_U64_MAP_H_
