// SplitMix64Finalize: the finaliser of the SplitMix64 generator, a cheap bijection that
// spreads every input bit over the output. Dedup and clustering combine word hashes with it.
#ifndef KABAR_COMMON_HASH_MIX_H_
#define KABAR_COMMON_HASH_MIX_H_

#include <cstdint>

namespace kabar {

inline uint64_t SplitMix64Finalize(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace kabar

#endif  // KABAR_COMMON_HASH_MIX_H_
