#include "pipeline/batch_reader.h"

#include <algorithm>
#include <utility>

namespace kabar {
namespace {

constexpr size_t kBatchPages = 512;
constexpr size_t kBatchBytes = size_t{64} << 20;

}  // namespace

BatchReader::BatchReader(std::unique_ptr<PageSource> source, size_t chunk_pages, size_t chunk_bytes,
                         size_t max_ahead, std::function<void(Slot*)> prepare)
    : source_(std::move(source)),
      chunk_pages_(std::max<size_t>(chunk_pages, 1)),
      chunk_bytes_(chunk_bytes),
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

bool BatchReader::ReadChunk(Chunk* chunk) {
  size_t bytes = 0;
  while (chunk->slots.size() < chunk_pages_ && bytes < chunk_bytes_) {
    std::optional<IngestItem> item = source_->Next();
    if (!item) {
      chunk->ends_batch = true;
      break;
    }
    bytes += item->page.bytes.size();
    ++batch_pages_;
    batch_bytes_ += item->page.bytes.size();
    chunk->slots.push_back(Slot{std::move(*item)});
    if (prepare_) prepare_(&chunk->slots.back());
    if (batch_pages_ == kBatchPages || batch_bytes_ >= kBatchBytes) {
      chunk->ends_batch = true;
      batch_pages_ = 0;
      batch_bytes_ = 0;
      break;
    }
  }
  chunk->bytes_read_after = source_->bytes_read();
  return !chunk->slots.empty();
}

void BatchReader::Run() {
  while (true) {
    Chunk chunk;
    bool more = ReadChunk(&chunk);
    std::unique_lock<std::mutex> lock(mu_);
    if (more) {
      changed_.wait(lock, [&] { return stop_ || ready_.size() < max_ahead_; });
      if (!stop_) ready_.push_back(std::move(chunk));
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

bool BatchReader::Next(std::vector<Slot>* chunk, bool* ends_batch) {
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait(lock, [&] { return done_ || !ready_.empty(); });
  if (ready_.empty()) return false;
  *chunk = std::move(ready_.front().slots);
  *ends_batch = ready_.front().ends_batch;
  bytes_consumed_ = ready_.front().bytes_read_after;
  ready_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return true;
}

}  // namespace kabar
