// FlatU64Map against std::unordered_map on random operations (growth, key 0, collisions,
// bulk erasure).
#include "common/flat_u64_map.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

namespace kabar {
namespace {

TEST(FlatU64MapTest, MatchesUnorderedMap) {
  std::mt19937_64 rng(7);
  FlatU64Map<uint32_t> flat;
  std::unordered_map<uint64_t, uint32_t> ref;
  for (int i = 0; i < 200000; ++i) {
    uint64_t r = rng();
    // Small keys (dense, collide in low bits), key 0, and full 64-bit keys.
    uint64_t key = r % 3 == 0 ? r % 5000 : r % 3 == 1 ? (r % 7 == 0 ? 0 : r >> 40) : rng();
    bool inserted = false;
    uint32_t* v = flat.Upsert(key, &inserted);
    EXPECT_EQ(inserted, ref.count(key) == 0) << key;
    *v += static_cast<uint32_t>(i);
    ref[key] += static_cast<uint32_t>(i);
  }
  ASSERT_EQ(flat.size(), ref.size());
  for (const auto& [k, v] : ref) {
    const uint32_t* f = flat.Find(k);
    ASSERT_NE(f, nullptr) << k;
    EXPECT_EQ(*f, v) << k;
  }
  size_t seen = 0;
  flat.ForEach([&](uint64_t k, uint32_t v) {
    ++seen;
    EXPECT_EQ(ref.at(k), v);
  });
  EXPECT_EQ(seen, ref.size());
  for (uint64_t k = 5000; k < 5100; ++k) {  // absent keys (small keys stay below 5000)
    if (ref.count(k) == 0) EXPECT_EQ(flat.Find(k), nullptr) << k;
  }
  // Bulk erasure: odd values go, the rest stay findable; inserting goes on afterwards.
  flat.EraseIf([](uint64_t, uint32_t v) { return v % 2 == 1; });
  for (auto it = ref.begin(); it != ref.end();) it = it->second % 2 == 1 ? ref.erase(it) : ++it;
  ASSERT_EQ(flat.size(), ref.size());
  for (const auto& [k, v] : ref) {
    const uint32_t* f = flat.Find(k);
    ASSERT_NE(f, nullptr) << k;
    EXPECT_EQ(*f, v) << k;
  }
  for (int i = 0; i < 20000; ++i) {
    uint64_t key = rng() % 100000;
    if (ref.count(key) == 0) EXPECT_EQ(flat.Find(key), nullptr) << key;
    *flat.Upsert(key) += 2;
    ref[key] += 2;
  }
  ASSERT_EQ(flat.size(), ref.size());
  for (const auto& [k, v] : ref) EXPECT_EQ(*flat.Find(k), v) << k;
  flat.Clear();
  EXPECT_EQ(flat.size(), 0u);
  EXPECT_EQ(flat.Find(0), nullptr);
  EXPECT_EQ(flat.Find(42), nullptr);
}

}  // namespace
}  // namespace kabar
