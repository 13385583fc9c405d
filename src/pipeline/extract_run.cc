// RunExtract: a reader thread fills batches (and guesses each page's site and hashes its
// lines on the way); the calling thread adds each batch to the site statistics, then extracts it
// with the workers while it delivers the previous batch to the sink, then joins the extraction.
// Timeline with -j 2 (R = read, X = extract+render, D = deliver):
//
//   reader:  R1 R2 R3 ........ R4 ........
//   caller:      X1 | D1 X2    | D2 X3   |
//   worker:      X1 |    X2    |    X3   |
//
// Batch boundaries depend only on the input and every page of batch k sees exactly the
// statistics of batches 1..k, so the output is the same for every -j.
#include "kabar/extract_run.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include "common/progress.h"
#include "kabar/normalize.h"
#include "kabar/site_line_stats.h"
#include "kabar/understand.h"
#include "pipeline/batch_reader.h"

namespace kabar {
namespace {

constexpr size_t kBatchesAhead = 2;

// Runs on the reader thread as each page is read: the page's site guess (extraction needs it
// again) and its line keys, so that the caller, which must count them before the batch's
// extraction starts, only counts.
void PreparePage(Slot* slot) {
  if (!slot->item.error.ok()) return;
  slot->site = GuessSite(slot->item.page);
  if (!slot->site.empty()) slot->line_keys = SiteLineStats::PageLineKeys(slot->item.page.bytes);
}

void AddBatchToStats(std::vector<Slot>* batch, SiteLineStats* stats) {
  for (Slot& slot : *batch) {
    if (!slot.item.error.ok()) continue;
    stats->AddPageKeys(slot.site, slot.line_keys);
    slot.line_keys = std::vector<uint64_t>();
  }
}

void ProcessSlot(Slot* slot, const ExtractOptions& options, const SiteLineStats& stats,
                 const Understander* understander, const ArticleSink& sink) {
  if (!slot->item.error.ok()) {
    slot->result = slot->item.error;
    return;
  }
  slot->result = ExtractArticle(slot->item.page, options, &stats, slot->site);
  if (slot->result.ok()) {
    Status s = NormalizeArticle(&*slot->result);
    if (!s.ok()) slot->result = s;
  }
  if (slot->result.ok() && understander != nullptr) understander->Understand(&*slot->result);
  if (slot->result.ok()) slot->rendered = sink.Render(*slot->result);
  slot->item.page.bytes = std::string();  // the page text is no longer needed
}

// Extracts one batch on `threads` threads: threads - 1 helpers start at once; the caller
// runs `meanwhile`, then helps, then joins.
template <typename F>
void ExtractBatch(std::vector<Slot>* batch, size_t threads, const RunOptions& options,
                  const SiteLineStats& stats, const Understander* understander,
                  const ArticleSink& sink, F&& meanwhile) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch->size(); i = next++) {
      ProcessSlot(&(*batch)[i], options.extract, stats, understander, sink);
    }
  };
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  meanwhile();
  work();
  for (std::thread& t : helpers) t.join();
}

bool HasRejects(const std::vector<Slot>& batch) {
  for (const Slot& slot : batch) {
    if (!slot.result.ok()) return true;
  }
  return false;
}

Status Deliver(std::vector<Slot>* batch, ArticleSink* sink, RunCounts* counts) {
  for (Slot& slot : *batch) {
    ++counts->inputs;
    Status s;
    if (slot.result.ok()) {
      ++counts->articles;
      s = sink->OnRendered(std::move(*slot.result), std::move(slot.rendered));
    } else {
      ++counts->rejected;
      s = sink->OnReject({slot.item.page.source, slot.result.status().ToString()});
    }
    if (!s.ok()) return s;
  }
  batch->clear();
  return Status::OK();
}

// The Understander of a run (null when the stage is off); *owned keeps one built here.
Result<const Understander*> SetUpUnderstander(const RunOptions& options,
                                              std::unique_ptr<Understander>* owned) {
  if (!options.understand) return static_cast<const Understander*>(nullptr);
  if (options.understander != nullptr) return options.understander;
  if (options.understand_options.aliases_file.empty() && std::getenv("KABAR_ALIASES") == nullptr) {
    const Understander* u = DefaultUnderstander();
    if (u == nullptr) return Status::Internal("the understand stage's built-in data is broken");
    return u;
  }
  Result<std::unique_ptr<Understander>> u = Understander::Create(options.understand_options);
  if (!u.ok()) return u.status();
  *owned = std::move(*u);
  return static_cast<const Understander*>(owned->get());
}

}  // namespace

Result<RunCounts> RunExtract(const std::vector<std::string>& paths, const RunOptions& options,
                             ArticleSink* sink) {
  std::unique_ptr<Understander> owned;
  Result<const Understander*> understander = SetUpUnderstander(options, &owned);
  if (!understander.ok()) return understander.status();
  BatchReader reader(PageSource::Open(paths, options.ingest), kBatchesAhead, PreparePage);
  const size_t threads = static_cast<size_t>(std::max(options.jobs, 1));
  SiteLineStats stats;
  RunCounts counts;
  Progress progress(options.progress);
  std::vector<Slot> current, previous;
  Status delivered;
  while (reader.Next(&current)) {
    AddBatchToStats(&current, &stats);
    ExtractBatch(&current, threads, options, stats, *understander, *sink, [&] {
      // Reject messages go to stderr: clear the progress line before them.
      if (HasRejects(previous)) progress.Finish();
      delivered = Deliver(&previous, sink, &counts);
    });
    if (!delivered.ok()) return delivered;
    progress.Update(counts.inputs, reader.bytes_consumed(), "inputs");
    previous.swap(current);
  }
  if (HasRejects(previous)) progress.Finish();
  delivered = Deliver(&previous, sink, &counts);
  if (!delivered.ok()) return delivered;
  counts.bytes = reader.bytes_consumed();
  progress.Finish();
  return counts;
}

}  // namespace kabar
