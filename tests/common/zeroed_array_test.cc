// ZeroedArray: zero bytes at the start, small (calloc) and big (mapped) alike; copies and moves.
#include "common/zeroed_array.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace kabar {
namespace {

struct Pair {
  uint64_t key;
  uint32_t value;
};

TEST(ZeroedArrayTest, StartsZeroSmallAndBig) {
  for (size_t n : {size_t{1}, size_t{1000}, size_t{1} << 20}) {  // 16 B .. 16 MB
    ZeroedArray<Pair> a(n);
    ASSERT_EQ(a.size(), n);
    for (const Pair& p : a) ASSERT_TRUE(p.key == 0 && p.value == 0) << n;
    a[n - 1] = {7, 9};
    EXPECT_EQ(a[n - 1].key, 7u);
  }
  ZeroedArray<Pair> big(size_t{1} << 20);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(&big[0]) % (size_t{2} << 20), 0u);  // a huge page's edge
}

TEST(ZeroedArrayTest, CopiesAndMoves) {
  ZeroedArray<Pair> a(size_t{1} << 18);  // 4 MB
  a[5] = {1, 2};
  ZeroedArray<Pair> copy = a;
  EXPECT_EQ(copy[5].value, 2u);
  copy[5].value = 3;
  EXPECT_EQ(a[5].value, 2u);
  ZeroedArray<Pair> moved = std::move(a);
  EXPECT_EQ(moved[5].value, 2u);
  EXPECT_EQ(a.size(), 0u);  // NOLINT: the moved-from array is empty
  moved = ZeroedArray<Pair>(3);
  EXPECT_EQ(moved.size(), 3u);
  EXPECT_EQ(moved[2].key, 0u);
}

}  // namespace
}  // namespace kabar
