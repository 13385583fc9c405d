// Dense term ids. See term_ids.h.
#include "cluster/term_ids.h"

#include <mutex>

#include "common/flat_u64_map.h"

namespace kabar::cluster {

uint32_t TermId(uint64_t term_hash) {
  static std::mutex mu;
  static auto* ids = new FlatU64Map<uint32_t>();  // never destroyed: used until exit
  std::lock_guard<std::mutex> lock(mu);
  bool inserted = false;
  uint32_t* id = ids->Upsert(term_hash, &inserted);
  if (inserted) *id = static_cast<uint32_t>(ids->size() - 1);
  return *id;
}

}  // namespace kabar::cluster
