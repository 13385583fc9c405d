#include "pipeline/batch_reader.h"

#include <utility>

namespace kabar {
namespace {

constexpr size_t kBatchPages = 512;
constexpr size_t kBatchBytes = size_t{64} << 20;

}  // namespace

BatchReader::BatchReader(std::unique_ptr<PageSource> source, size_t max_ahead,
                         std::function<void(Slot*)> prepare)
    : source_(std::move(source)),
      max_ahead_(max_ahead),
      prepare_(std::move(prepare)),
      thread_([this] { Run(); }) {}

BatchReader::~BatchReader() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

bool BatchReader::ReadBatch(Batch* batch) {
  size_t bytes = 0;
  while (batch->slots.size() < kBatchPages && bytes < kBatchBytes) {
    std::optional<IngestItem> item = source_->Next();
    if (!item) break;
    bytes += item->page.bytes.size();
    batch->slots.push_back(Slot{std::move(*item)});
    if (prepare_) prepare_(&batch->slots.back());
  }
  batch->bytes_read_after = source_->bytes_read();
  return !batch->slots.empty();
}

void BatchReader::Run() {
  while (true) {
    Batch batch;
    bool more = ReadBatch(&batch);
    std::unique_lock<std::mutex> lock(mu_);
    if (more) {
      changed_.wait(lock, [&] { return stop_ || ready_.size() < max_ahead_; });
      if (!stop_) ready_.push_back(std::move(batch));
    }
    if (!more || stop_) {
      done_ = true;
      lock.unlock();
      changed_.notify_all();
      return;
    }
    lock.unlock();
    changed_.notify_all();
  }
}

bool BatchReader::Next(std::vector<Slot>* batch) {
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait(lock, [&] { return done_ || !ready_.empty(); });
  if (ready_.empty()) return false;
  *batch = std::move(ready_.front().slots);
  bytes_consumed_ = ready_.front().bytes_read_after;
  ready_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return true;
}

}  // namespace kabar
