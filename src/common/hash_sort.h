// HashSort: sorts a vector whose keys are well-mixed 64-bit hashes (xxhash, SplitMix64) in
// about linear time: one counting pass distributes the elements into ~n buckets by their top
// key bits (in order), then an insertion sort finishes within the buckets. The result is
// exactly std::sort's for the same strict weak order `less`, when that order sorts by key
// first (elements equal under `less` are interchangeable: the caller's values then tie
// completely, e.g. (term, weight) pairs).
//
// Keys that are not spread (many equal keys with different values, hostile input) cannot make
// it quadratic: once the insertion sort has moved more than a few elements per element, the
// rest is left to std::sort.
//
// Thread safety: none needed (the scratch space is the caller's).
#ifndef KABAR_COMMON_HASH_SORT_H_
#define KABAR_COMMON_HASH_SORT_H_

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kabar {

// Longer vectors go to std::sort: the scratch space (about 3x the vector) stays allocated.
inline constexpr size_t kHashSortMax = size_t{1} << 20;

// Scratch space of HashSort, reused from call to call (no allocation once grown).
template <typename T>
struct HashSortScratch {
  std::vector<T> out;
  std::vector<uint32_t> counts;
};

// Sorts `*v` by `less`. `key(x)` is x's 64-bit hash; REQUIRES: key(a) < key(b) implies
// less(a, b).
template <typename T, typename Key, typename Less>
void HashSort(std::vector<T>* v, Key key, Less less, HashSortScratch<T>* scratch) {
  size_t n = v->size();
  if (n < 64 || n > kHashSortMax) {  // small, or too big to keep its scratch space around
    std::sort(v->begin(), v->end(), less);
    return;
  }
  int bits = std::bit_width(n - 1);  // 2^bits >= n buckets: about one element per bucket
  int shift = 64 - bits;
  std::vector<uint32_t>& counts = scratch->counts;
  counts.assign((size_t{1} << bits) + 1, 0);
  for (const T& x : *v) ++counts[(key(x) >> shift) + 1];
  for (size_t b = 1; b < counts.size(); ++b) counts[b] += counts[b - 1];
  std::vector<T>& out = scratch->out;
  out.resize(n);
  for (const T& x : *v) out[counts[key(x) >> shift]++] = x;
  // Every element is at most its bucket's size away from its place.
  size_t budget = 8 * n, moves = 0;
  for (size_t i = 1; i < n; ++i) {
    if (!less(out[i], out[i - 1])) continue;
    T x = std::move(out[i]);
    size_t j = i;
    do {
      out[j] = std::move(out[j - 1]);
      --j;
      ++moves;
    } while (j > 0 && less(x, out[j - 1]));
    out[j] = std::move(x);
    if (moves > budget) {
      std::sort(out.begin(), out.end(), less);
      break;
    }
  }
  std::copy(out.begin(), out.end(), v->begin());  // not a swap: *v keeps its own capacity
}

// Sorts hashes ascending.
inline void HashSort(std::vector<uint64_t>* v, HashSortScratch<uint64_t>* scratch) {
  HashSort(
      v, [](uint64_t x) { return x; }, [](uint64_t a, uint64_t b) { return a < b; }, scratch);
}

}  // namespace kabar

#endif  // KABAR_COMMON_HASH_SORT_H_
