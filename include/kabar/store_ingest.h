// IngestIntoStore: the `kabar ingest` pipeline. Extraction (RunExtract, N threads) streams
// articles in input order into the store, which commits them in batches of
// StoreIngestOptions::batch_size (one transaction each: dedup, clustering and every
// StoreHook such as the search index run inside it). Rejected records are stored in the
// rejects table and passed to `on_reject`.
//
// Crash safety: a run killed at any point leaves every committed batch intact and nothing of
// the batch in flight; running the same ingest again stores exactly what was missing.
#ifndef KABAR_STORE_INGEST_H_
#define KABAR_STORE_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "kabar/extract_run.h"
#include "kabar/store.h"

namespace kabar {

struct StoreIngestOptions {
  RunOptions run;
  size_t batch_size = 2000;
};

struct StoreIngestCounts {
  RunCounts run;
  AddCounts store;
};

// Returns the counts, or the first store error (the run stops there; committed batches stay).
Result<StoreIngestCounts> IngestIntoStore(const std::vector<std::string>& paths,
                                          const StoreIngestOptions& options, Store* store,
                                          const std::function<void(const Reject&)>& on_reject);

}  // namespace kabar

#endif  // KABAR_STORE_INGEST_H_
