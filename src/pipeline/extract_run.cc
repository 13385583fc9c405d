// RunExtract: a reader thread reads chunks of a few pages (and guesses each page's site and
// hashes its lines on the way); the calling thread adds each chunk to the site statistics and
// extracts it with the workers, then delivers the results that are ready, in input order. Pages
// whose extraction reads the statistics (text dumps) wait for the end of their batch, so each sees
// exactly the statistics of batches 1..k for every -j; the others (HTML) are extracted as their
// chunk arrives and their bytes released, so a run does not hold a whole batch of pages (up to 64
// MiB) at once. Timeline with -j 2 (R = read, X = extract+render, D = deliver):
//
//   reader:  R1 R2 R3 ........ R4 ........
//   caller:      X1 D1 | X2 D2 | X3 D3 |
//   worker:      X1    | X2    | X3    |
#include "kabar/extract_run.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <functional>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include "common/heap_pages.h"
#include "common/progress.h"
#include "kabar/normalize.h"
#include "kabar/site_line_stats.h"
#include "kabar/understand.h"
#include "pipeline/batch_reader.h"

namespace kabar {
namespace {

// How much a chunk holds. One thread takes small chunks by their bytes (a run holds few pages
// that wait for nothing, and every page held is memory first touched: with 16 pages a chunk, the
// 181 AEB pages (34 KB each) took 10% more page faults and 8 MB more peak memory than with 4) but
// up to 32 small pages: each chunk is a hand-over between the reader thread and the caller (a
// futex wake and a thread switch each way), and with 4 pages of 3 KB a chunk those took ~5% of
// the CPU time of a run. Several threads take 64 pages each, because at the end of every chunk
// all but one wait for the last page (with 16 per thread, -j 2 on generated WARC.gz took 5-15%
// more wall time), and a chunk ends after 8 MiB so chunks of large pages stay small.
struct ChunkSize {
  size_t pages, bytes;
};
constexpr ChunkSize kChunkOneThread = {32, size_t{128} << 10};
constexpr size_t kChunkPagesPerThread = 64;
constexpr size_t kChunkBytesSeveralThreads = size_t{8} << 20;

ChunkSize ChunkSizeFor(size_t threads) {
  if (threads == 1) return kChunkOneThread;
  return {kChunkPagesPerThread * threads, kChunkBytesSeveralThreads};
}

constexpr size_t kChunksAhead = 2;

// With RunOptions::batch_heap: the reader thread's heap (the pages read ahead) in huge pages.
constexpr size_t kReaderHeapBytes = size_t{8} << 20;

// Runs on the reader thread as each page is read: the page's site guess (extraction needs it
// again) and its line keys, so that the caller, which must count them before the batch's
// extraction starts, only counts.
void PreparePage(Slot* slot) {
  if (!slot->item.error.ok()) return;
  slot->site = GuessSite(slot->item.page);
  if (!slot->site.empty()) slot->line_keys = SiteLineStats::PageLineKeys(slot->item.page.bytes);
}

void AddToStats(std::vector<Slot>* slots, size_t begin, SiteLineStats* stats) {
  for (size_t i = begin; i < slots->size(); ++i) {
    Slot& slot = (*slots)[i];
    if (!slot.item.error.ok()) continue;
    stats->AddPageKeys(slot.site, slot.line_keys);
    slot.line_keys = SiteLineStats::PageKeys();
  }
}

bool WaitsForStats(const Slot& slot) {
  return slot.item.error.ok() && ExtractionReadsSiteStats(slot.item.page);
}

// Frees the page's bytes, no longer needed. (Assigning an empty std::string would keep the
// buffer: libstdc++ copies a short string into the existing allocation.)
void ReleasePageBytes(Slot* slot) { std::string().swap(slot->item.page.bytes); }

void ProcessSlot(Slot* slot, const ExtractOptions& options, const SiteLineStats& stats,
                 const Understander* understander, const ArticleSink& sink) {
  slot->done = true;
  if (!slot->item.error.ok()) {
    slot->result = slot->item.error;
    ReleasePageBytes(slot);
    return;
  }
  slot->result = ExtractArticle(slot->item.page, options, &stats, slot->site);
  if (slot->result.ok()) {
    Status s = NormalizeArticle(&*slot->result);
    if (!s.ok()) slot->result = s;
  }
  if (slot->result.ok() && understander != nullptr) understander->Understand(&*slot->result);
  if (slot->result.ok()) slot->rendered = sink.Render(*slot->result);
  ReleasePageBytes(slot);
}

// Extracts `todo` on `threads` threads: threads - 1 helpers start at once; the caller helps,
// then joins.
void ExtractSlots(const std::vector<Slot*>& todo, size_t threads, const RunOptions& options,
                  const SiteLineStats& stats, const Understander* understander,
                  const ArticleSink& sink) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < todo.size(); i = next++) {
      ProcessSlot(todo[i], options.extract, stats, understander, sink);
    }
  };
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < std::min(threads, todo.size()); ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();
}

// The slots of slots[begin..] not yet extracted that `wait` (for the batch's statistics) or not.
std::vector<Slot*> Undone(std::vector<Slot>* slots, size_t begin, bool wait) {
  std::vector<Slot*> todo;
  for (size_t i = begin; i < slots->size(); ++i) {
    Slot& slot = (*slots)[i];
    if (!slot.done && WaitsForStats(slot) == wait) todo.push_back(&slot);
  }
  return todo;
}

bool HasRejects(const std::vector<Slot>& slots, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!slots[i].result.ok()) return true;
  }
  return false;
}

// Delivers the extracted slots from *delivered on, up to the first one not yet extracted.
Status Deliver(std::vector<Slot>* slots, size_t* delivered, ArticleSink* sink, RunCounts* counts,
               Progress* progress) {
  size_t end = *delivered;
  while (end < slots->size() && (*slots)[end].done) ++end;
  // Reject messages go to stderr: clear the progress line before them.
  if (HasRejects(*slots, *delivered, end)) progress->Finish();
  for (; *delivered < end; ++*delivered) {
    Slot& slot = (*slots)[*delivered];
    ++counts->inputs;
    Status s;
    if (slot.result.ok()) {
      ++counts->articles;
      s = sink->OnRendered(std::move(*slot.result), std::move(slot.rendered));
      // The sink need not have taken the line: free it now, not at the end of the batch
      // (a batch's JSON, megabytes, would otherwise stay until then).
      std::string().swap(slot.rendered);
    } else {
      ++counts->rejected;
      s = sink->OnReject({slot.item.page.source, slot.result.status().ToString()});
    }
    slot.result = Status::Internal("delivered");
    if (!s.ok()) return s;
  }
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

void PrepareBatchHeap() {
  KeepFreedMemory();
  AdviseHugePagesForHeap(size_t{30} << 20);
}

Result<RunCounts> RunExtract(const std::vector<std::string>& paths, const RunOptions& options,
                             ArticleSink* sink) {
  std::unique_ptr<Understander> owned;
  Result<const Understander*> understander = SetUpUnderstander(options, &owned);
  if (!understander.ok()) return understander.status();
  const size_t threads = static_cast<size_t>(std::max(options.jobs, 1));
  std::function<void(Slot*)> prepare = PreparePage;
  if (options.batch_heap) {
    prepare = [advised = false](Slot* slot) mutable {
      if (!std::exchange(advised, true)) AdviseHugePagesForHeap(kReaderHeapBytes);
      PreparePage(slot);
    };
  }
  const ChunkSize chunk_size = ChunkSizeFor(threads);
  BatchReader reader(PageSource::Open(paths, options.ingest), chunk_size.pages, chunk_size.bytes,
                     kChunksAhead, std::move(prepare));
  SiteLineStats stats;
  RunCounts counts;
  Progress progress(options.progress);
  std::vector<Slot> batch, chunk;
  size_t delivered = 0;
  bool ends_batch = false;
  while (true) {
    bool more = reader.Next(&chunk, &ends_batch);
    if (!more) ends_batch = true;  // the end of the input ends the batch read so far
    size_t begin = batch.size();
    for (Slot& slot : chunk) batch.push_back(std::move(slot));
    chunk.clear();
    AddToStats(&batch, begin, &stats);
    ExtractSlots(Undone(&batch, begin, false), threads, options, stats, *understander, *sink);
    if (ends_batch) {
      ExtractSlots(Undone(&batch, 0, true), threads, options, stats, *understander, *sink);
    }
    Status s = Deliver(&batch, &delivered, sink, &counts, &progress);
    if (!s.ok()) return s;
    if (ends_batch) {
      batch.clear();
      delivered = 0;
    }
    progress.Update(counts.inputs, reader.bytes_consumed(), "inputs");
    if (!more) break;
  }
  counts.bytes = reader.bytes_consumed();
  progress.Finish();
  return counts;
}

}  // namespace kabar
