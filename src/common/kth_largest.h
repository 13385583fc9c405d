// KthLargest: the k-th largest of a list of floats, by radix selection on their bits instead
// of std::nth_element's comparisons (whose branches, on weights in random order, are
// mispredicted about every other time). The clusterer cuts every article vector and story
// centroid to its heaviest terms with it.
//
// Non-negative floats order as their bit patterns do (as unsigned integers), so the value is
// found by counting: a 256-bucket histogram over the span [min, max] of the remaining bits,
// the bucket holding the k-th largest kept, and again on that bucket until one value is
// left, or until a few values are left (std::nth_element then finishes). Each round is a few
// branch-free passes; the span shrinks by 256x per round (4 rounds at most for 32 bits).
// Lists holding a negative number or a NaN go to std::nth_element.
//
// The result is exactly std::nth_element's value at position k - 1 under std::greater.
//
// Thread safety: none needed (the scratch space is the caller's).
#ifndef KABAR_COMMON_KTH_LARGEST_H_
#define KABAR_COMMON_KTH_LARGEST_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace kabar {

// Scratch space of KthLargest, reused from call to call (no allocation once grown).
struct KthLargestScratch {
  std::vector<uint32_t> bits;
  std::vector<float> floats;  // the fallback's copy
};

// Below this many values left, KthLargest finishes with std::nth_element.
inline constexpr size_t kKthLargestFew = 24;

// The k-th largest of `n` values read as `value(i)` for i in [0, n). REQUIRES: 1 <= k <= n.
template <typename Value>
float KthLargest(size_t n, size_t k, Value value, KthLargestScratch* scratch) {
  std::vector<uint32_t>& bits = scratch->bits;
  bits.resize(n);
  uint32_t lo = UINT32_MAX, hi = 0;
  for (size_t i = 0; i < n; ++i) {
    uint32_t b = std::bit_cast<uint32_t>(value(i));
    bits[i] = b;
    lo = std::min(lo, b);
    hi = std::max(hi, b);
  }
  if (hi > 0x7f800000u) {  // a negative number (sign bit) or a NaN: compare instead
    std::vector<float>& f = scratch->floats;
    f.resize(n);
    for (size_t i = 0; i < n; ++i) f[i] = value(i);
    std::nth_element(f.begin(), f.begin() + static_cast<long>(k - 1), f.end(),
                     std::greater<float>());
    return f[k - 1];
  }
  std::array<uint32_t, 256> counts;
  while (lo != hi) {
    if (bits.size() <= kKthLargestFew) {  // a few values left: comparisons are cheap now
      std::nth_element(bits.begin(), bits.begin() + static_cast<long>(k - 1), bits.end(),
                       std::greater<uint32_t>());
      return std::bit_cast<float>(bits[k - 1]);
    }
    int shift = std::max(0, static_cast<int>(std::bit_width(hi - lo)) - 8);
    counts.fill(0);
    for (uint32_t b : bits) ++counts[(b - lo) >> shift];
    // The bucket holding the k-th largest: count down from the top one.
    size_t bucket = (hi - lo) >> shift, above = 0;
    while (above + counts[bucket] < k) above += counts[bucket--];
    k -= above;
    // Keep that bucket's values (branch-free compaction) and their span.
    size_t kept = 0;
    uint32_t new_lo = UINT32_MAX, new_hi = 0;
    for (uint32_t b : bits) {
      bits[kept] = b;
      bool in = ((b - lo) >> shift) == bucket;
      kept += in;
      new_lo = std::min(new_lo, in ? b : UINT32_MAX);
      new_hi = std::max(new_hi, in ? b : 0u);
    }
    bits.resize(kept);
    lo = new_lo;
    hi = new_hi;
  }
  return std::bit_cast<float>(lo);
}

}  // namespace kabar

#endif  // KABAR_COMMON_KTH_LARGEST_H_
