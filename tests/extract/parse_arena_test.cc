#include "extract/parse_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace kabar {
namespace {

// Allocations are 16-byte aligned, distinct and writable, across arenas that take over the
// previous arena's block (the thread's spare) and across blocks of any size.
TEST(ParseArena, BlocksAreReusedAcrossArenas) {
  for (int round = 0; round < 4; ++round) {
    ParseArena arena(4096 << round);
    std::vector<std::pair<char*, size_t>> got;
    for (size_t i = 0; i < 3000; ++i) {
      size_t size = (i * 37) % 700 + (i % 500 == 0 ? 100000 : 0);
      auto* p = static_cast<char*>(arena.Allocate(size));
      ASSERT_NE(p, nullptr);
      EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % 16, 0u);
      std::memset(p, static_cast<int>(i & 0xFF), size);
      got.push_back({p, size});
    }
    for (size_t i = 0; i < got.size(); ++i) {  // nothing overlapped
      for (size_t k = 0; k < got[i].second; ++k) {
        ASSERT_EQ(static_cast<unsigned char>(got[i].first[k]), i & 0xFF);
      }
      arena.Deallocate(got[i].first);  // a no-op inside the arena
    }
    EXPECT_FALSE(arena.overflowed());
  }
}

TEST(ParseArena, PastTheCapMallocs) {
  ParseArena arena(4096, 65536);
  void* a = arena.Allocate(60000);
  // Past the cap (and larger than any block kept from an earlier arena on this thread):
  // malloc'ed, freed by Deallocate.
  void* b = arena.Allocate(size_t{17} << 20);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(arena.overflowed());
  arena.Deallocate(b);
  arena.Deallocate(a);
}

}  // namespace
}  // namespace kabar
