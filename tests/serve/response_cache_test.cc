// ResponseCache: generations, LRU budget, status filter and single flight.
#include "serve/response_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace kabar::serve {
namespace {

HttpReply Reply(int status, const std::string& body) { return {status, "application/json", body}; }

TEST(ResponseCache, SameKeyAndGenerationIsComputedOnce) {
  ResponseCache cache(1 << 20);
  int calls = 0;
  auto compute = [&] {
    ++calls;
    return Reply(200, "a" + std::to_string(calls));
  };
  EXPECT_EQ(cache.GetOrCompute("k", 1, compute).body, "a1");
  EXPECT_EQ(cache.GetOrCompute("k", 1, compute).body, "a1");
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(cache.hits(), 1u);
}

TEST(ResponseCache, ANewGenerationRecomputes) {
  ResponseCache cache(1 << 20);
  int calls = 0;
  auto compute = [&] { return Reply(200, "v" + std::to_string(++calls)); };
  cache.GetOrCompute("k", 1, compute);
  EXPECT_EQ(cache.GetOrCompute("k", 2, compute).body, "v2");
  EXPECT_EQ(cache.GetOrCompute("k", 2, compute).body, "v2");
  EXPECT_EQ(calls, 2);
}

TEST(ResponseCache, ErrorsAreNotKept) {
  ResponseCache cache(1 << 20);
  int calls = 0;
  auto compute = [&] {
    ++calls;
    return Reply(500, "database error");
  };
  cache.GetOrCompute("k", 1, compute);
  cache.GetOrCompute("k", 1, compute);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(ResponseCache, LeastRecentlyUsedGoesFirstWhenOverBudget) {
  ResponseCache cache(8 * 1024);
  std::string body(500, 'x');
  int calls = 0;
  auto compute = [&] {
    ++calls;
    return Reply(200, body);
  };
  for (int i = 0; i < 40; ++i) cache.GetOrCompute("k" + std::to_string(i), 1, compute);
  EXPECT_LE(cache.bytes(), 8u * 1024);
  EXPECT_EQ(calls, 40);
  cache.GetOrCompute("k39", 1, compute);  // newest: still there
  EXPECT_EQ(calls, 40);
  cache.GetOrCompute("k0", 1, compute);  // oldest: evicted
  EXPECT_EQ(calls, 41);
}

TEST(ResponseCache, ZeroBudgetTurnsItOff) {
  ResponseCache cache(0);
  int calls = 0;
  auto compute = [&] { return Reply(200, std::to_string(++calls)); };
  cache.GetOrCompute("k", 1, compute);
  cache.GetOrCompute("k", 1, compute);
  EXPECT_EQ(calls, 2);
}

TEST(ResponseCache, ConcurrentMissesOfOneKeyRunOnce) {
  ResponseCache cache(1 << 20);
  std::atomic<int> calls{0};
  auto slow = [&] {
    ++calls;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return Reply(200, "slow");
  };
  std::vector<std::thread> threads;
  std::atomic<int> right{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] { right += cache.GetOrCompute("k", 1, slow).body == "slow"; });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(calls.load(), 1);
  EXPECT_EQ(right.load(), 8);
}

}  // namespace
}  // namespace kabar::serve
