// Dense term ids: every distinct term hash the clusterer meets gets a 32-bit id, in the order
// the terms are first met (0, 1, 2, ...), so that per-term tables (document frequencies) are
// plain arrays whose entries for one event's terms, met together, sit together.
#ifndef KABAR_CLUSTER_TERM_IDS_H_
#define KABAR_CLUSTER_TERM_IDS_H_

#include <cstdint>

namespace kabar::cluster {

// The id of `term_hash`, given on first call and the same for the life of the process.
// Thread-safe (one lock per call: meant for a term's first sight, which the word cache
// remembers, and for the rarer terms no cache holds). Ids are never freed.
uint32_t TermId(uint64_t term_hash);

}  // namespace kabar::cluster

#endif  // KABAR_CLUSTER_TERM_IDS_H_
