// BatchReader: reads a PageSource on its own thread, ahead of the consumer, in batches whose
// boundaries depend only on the input (so results do not depend on timing or thread count).
#ifndef KABAR_PIPELINE_BATCH_READER_H_
#define KABAR_PIPELINE_BATCH_READER_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "kabar/article.h"
#include "kabar/page_source.h"

namespace kabar {

// One input record and what became of it.
struct Slot {
  IngestItem item;
  Result<Article> result = Status::Internal("not extracted");
  std::string rendered;  // ArticleSink::Render's output
  // Set by the run's preparation step (on the reader thread) for pages read without error:
  std::string site;                 // GuessSite(item.page)
  std::vector<uint64_t> line_keys;  // SiteLineStats::PageLineKeys(item.page.bytes) if site
};

class BatchReader {
 public:
  // Starts reading `source` at once. At most `max_ahead` batches wait unconsumed. `prepare`
  // (may be empty) runs on the reader thread on each slot as it is read.
  BatchReader(std::unique_ptr<PageSource> source, size_t max_ahead,
              std::function<void(Slot*)> prepare = nullptr);
  // Stops reading (at the next record) and joins the thread.
  ~BatchReader();
  BatchReader(const BatchReader&) = delete;
  BatchReader& operator=(const BatchReader&) = delete;

  // Moves the next batch into *batch; false at the end of the input.
  bool Next(std::vector<Slot>* batch);
  // Bytes read by the batches handed out so far.
  uint64_t bytes_consumed() const { return bytes_consumed_; }

 private:
  struct Batch {
    std::vector<Slot> slots;
    uint64_t bytes_read_after = 0;
  };
  void Run();
  bool ReadBatch(Batch* batch);

  std::unique_ptr<PageSource> source_;
  const size_t max_ahead_;
  const std::function<void(Slot*)> prepare_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Batch> ready_;  // guarded by mu_
  bool done_ = false;        // guarded by mu_: the reader has finished
  bool stop_ = false;        // guarded by mu_: the consumer has gone
  uint64_t bytes_consumed_ = 0;
  std::thread thread_;
};

}  // namespace kabar

#endif  // KABAR_PIPELINE_BATCH_READER_H_
