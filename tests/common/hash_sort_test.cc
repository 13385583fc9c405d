// HashSort against std::sort: hashes of every size around the bucketing threshold, (hash,
// weight) pairs with repeated hashes, and keys that are not spread at all (the fallback).
#include "common/hash_sort.h"

#include <gtest/gtest.h>

#include <random>
#include <utility>

namespace kabar {
namespace {

using Weighted = std::pair<uint64_t, float>;

void SortWeighted(std::vector<Weighted>* v, HashSortScratch<Weighted>* scratch) {
  HashSort(
      v, [](const Weighted& e) { return e.first; },
      [](const Weighted& a, const Weighted& b) { return a < b; }, scratch);
}

TEST(HashSortTest, HashesMatchStdSort) {
  std::mt19937_64 rng(11);
  HashSortScratch<uint64_t> scratch;
  for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{63}, size_t{64}, size_t{65}, size_t{100},
                   size_t{1000}, size_t{5000}, kHashSortMax + 1}) {
    std::vector<uint64_t> v(n);
    for (auto& x : v) x = rng() >> (rng() % 2 ? 0 : 1);  // some with the top bit clear
    if (n > 10) v[3] = v[7] = v[9];                      // repeats
    std::vector<uint64_t> want = v;
    std::sort(want.begin(), want.end());
    HashSort(&v, &scratch);
    EXPECT_EQ(v, want) << n;
  }
}

TEST(HashSortTest, WeightedPairsMatchStdSort) {
  std::mt19937_64 rng(12);
  HashSortScratch<Weighted> scratch;
  for (int round = 0; round < 50; ++round) {
    size_t n = 1 + rng() % 3000;
    std::vector<uint64_t> terms(1 + rng() % 400);
    for (auto& t : terms) t = rng();
    std::vector<Weighted> v(n);
    const float weights[] = {1.0f, 3.0f, 1.5f, 4.5f};
    for (auto& e : v) e = {terms[rng() % terms.size()], weights[rng() % 4]};
    std::vector<Weighted> want = v;
    std::sort(want.begin(), want.end());
    SortWeighted(&v, &scratch);
    EXPECT_EQ(v, want) << round;
  }
}

TEST(HashSortTest, UnspreadKeysFallBackAndStaySorted) {
  // One key, weights in falling order: insertion sort alone would be quadratic.
  HashSortScratch<Weighted> scratch;
  std::vector<Weighted> v;
  for (int i = 200000; i > 0; --i) v.emplace_back(42, static_cast<float>(i));
  std::vector<Weighted> want = v;
  std::sort(want.begin(), want.end());
  SortWeighted(&v, &scratch);
  EXPECT_EQ(v, want);
  // Small keys: all in the first bucket.
  std::mt19937_64 rng(13);
  std::vector<uint64_t> small(50000);
  for (auto& x : small) x = rng() % 1000;
  std::vector<uint64_t> want_small = small;
  std::sort(want_small.begin(), want_small.end());
  HashSortScratch<uint64_t> s2;
  HashSort(&small, &s2);
  EXPECT_EQ(small, want_small);
}

}  // namespace
}  // namespace kabar
