// A small seeded PRNG (SplitMix64) so the corpus is the same on every machine and libc:
// std::uniform_int_distribution is not specified bit-exactly across standard libraries.
#ifndef KABAR_BENCH_GEN_PRNG_H_
#define KABAR_BENCH_GEN_PRNG_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kabar::gen {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0. (Modulo bias is irrelevant at these sizes.)
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1)));
  }
  // True with probability p.
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }
  // An independent generator for a sub-task (e.g. one page), so adding draws in one place
  // does not shift every later page.
  Rng Fork(uint64_t salt) { return Rng(Next() ^ (salt * 0xD1B54A32D192ED03ull)); }

 private:
  uint64_t state_;
};

}  // namespace kabar::gen

#endif  // KABAR_BENCH_GEN_PRNG_H_
