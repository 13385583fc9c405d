// RunExtract: reads pages in batches, extracts each batch on N threads, and hands results to
// the sink in input order.
//
// Batching keeps memory bounded and lets SiteLineStats see a batch's pages before any of
// them is extracted. The batch size does not depend on the thread count, so the output
// is the same for every -j.
#include "kabar/extract_run.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "common/progress.h"
#include "kabar/normalize.h"
#include "kabar/site_line_stats.h"

namespace kabar {
namespace {

constexpr size_t kBatchPages = 512;
constexpr size_t kBatchBytes = size_t{64} << 20;

struct Slot {
  IngestItem item;
  Result<Article> result = Status::Internal("not extracted");
};

// Reads up to one batch of records. Returns false when the source is exhausted and the
// batch is empty.
bool ReadBatch(PageSource* source, std::vector<Slot>* batch) {
  batch->clear();
  size_t bytes = 0;
  while (batch->size() < kBatchPages && bytes < kBatchBytes) {
    std::optional<IngestItem> item = source->Next();
    if (!item) break;
    bytes += item->page.bytes.size();
    batch->push_back(Slot{std::move(*item)});
  }
  return !batch->empty();
}

void AddBatchToStats(const std::vector<Slot>& batch, SiteLineStats* stats) {
  for (const Slot& slot : batch) {
    if (!slot.item.error.ok()) continue;
    stats->AddPage(GuessSite(slot.item.page), slot.item.page.bytes);
  }
}

Result<Article> ExtractOne(const IngestItem& item, const ExtractOptions& options,
                           const SiteLineStats& stats) {
  if (!item.error.ok()) return item.error;
  Result<Article> article = ExtractArticle(item.page, options, &stats);
  if (!article.ok()) return article;
  Status s = NormalizeArticle(&*article);
  if (!s.ok()) return s;
  return article;
}

void ExtractBatch(std::vector<Slot>* batch, const RunOptions& options, const SiteLineStats& stats) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch->size(); i = next++) {
      (*batch)[i].result = ExtractOne((*batch)[i].item, options.extract, stats);
    }
  };
  size_t threads = std::min<size_t>(std::max(options.jobs, 1), batch->size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

Status Deliver(std::vector<Slot>* batch, ArticleSink* sink, RunCounts* counts) {
  for (Slot& slot : *batch) {
    ++counts->inputs;
    Status s;
    if (slot.result.ok()) {
      ++counts->articles;
      s = sink->OnArticle(std::move(*slot.result));
    } else {
      ++counts->rejected;
      s = sink->OnReject({slot.item.page.source, slot.result.status().ToString()});
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

Result<RunCounts> RunExtract(const std::vector<std::string>& paths, const RunOptions& options,
                             ArticleSink* sink) {
  std::unique_ptr<PageSource> source = PageSource::Open(paths, options.ingest);
  SiteLineStats stats;
  RunCounts counts;
  Progress progress(options.progress);
  std::vector<Slot> batch;
  while (ReadBatch(source.get(), &batch)) {
    AddBatchToStats(batch, &stats);
    ExtractBatch(&batch, options, stats);
    Status s = Deliver(&batch, sink, &counts);
    if (!s.ok()) return s;
    counts.bytes = source->bytes_read();
    progress.Update(counts.inputs, counts.bytes, "inputs");
  }
  progress.Finish();
  return counts;
}

}  // namespace kabar
