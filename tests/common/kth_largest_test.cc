// KthLargest against std::nth_element: random weights of the clusterer's kind, many ties,
// spans of every width, and the lists that take the comparison path (negative numbers).
#include "common/kth_largest.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>
#include <vector>

namespace kabar {
namespace {

float Reference(std::vector<float> v, size_t k) {
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k - 1), v.end(), std::greater<float>());
  return v[k - 1];
}

float Fast(const std::vector<float>& v, size_t k, KthLargestScratch* scratch) {
  return KthLargest(
      v.size(), k, [&v](size_t i) { return v[i]; }, scratch);
}

TEST(KthLargestTest, MatchesNthElementOnRandomWeights) {
  std::mt19937_64 rng(21);
  KthLargestScratch scratch;
  for (int round = 0; round < 2000; ++round) {
    size_t n = 1 + rng() % 400;
    std::vector<float> v(n);
    int kind = round % 4;
    for (auto& x : v) {
      double u = std::uniform_real_distribution<double>(0, 1)(rng);
      if (kind == 0) x = static_cast<float>(u);                       // one narrow span
      if (kind == 1) x = static_cast<float>(std::exp(40 * u - 20));   // many exponents
      if (kind == 2) x = static_cast<float>(1 + std::floor(4 * u));   // heavy ties
      if (kind == 3) x = u < 0.1 ? 0.0f : static_cast<float>(u / 7);  // zeros
    }
    for (size_t k : {size_t{1}, n / 3 + 1, n / 2 + 1, n}) {
      ASSERT_EQ(Fast(v, k, &scratch), Reference(v, k)) << round << " " << n << " " << k;
    }
  }
}

TEST(KthLargestTest, SpecialValues) {
  KthLargestScratch scratch;
  std::vector<float> same(50, 0.25f);
  EXPECT_EQ(Fast(same, 17, &scratch), 0.25f);
  std::vector<float> inf = {1.0f, INFINITY, 3.0f, 0.0f};
  EXPECT_EQ(Fast(inf, 1, &scratch), INFINITY);
  EXPECT_EQ(Fast(inf, 4, &scratch), 0.0f);
  std::vector<float> mixed = {0.5f, -2.0f, 3.0f, -0.0f, 0.0f, 1.5f, -7.0f};
  for (size_t k = 1; k <= mixed.size(); ++k) {
    EXPECT_EQ(Fast(mixed, k, &scratch), Reference(mixed, k)) << k;
  }
}

}  // namespace
}  // namespace kabar
