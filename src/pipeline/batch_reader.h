// BatchReader: reads a PageSource on its own thread, ahead of the consumer, in chunks of a few
// pages. Chunks make up batches whose boundaries depend only on the input (so results do not
// depend on timing or thread count): a batch ends after 512 pages, after 64 MiB, or at the end
// of the input.
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
#include "kabar/site_line_stats.h"

namespace kabar {

// One input record and what became of it.
struct Slot {
  IngestItem item;
  Result<Article> result = Status::Internal("not extracted");
  std::string rendered;  // ArticleSink::Render's output
  // Set by the run's preparation step (on the reader thread) for pages read without error:
  std::string site;                   // GuessSite(item.page)
  SiteLineStats::PageKeys line_keys;  // SiteLineStats::PageLineKeys(item.page.bytes) if site
  bool done = false;                  // `result` and `rendered` are final
};

class BatchReader {
 public:
  // Starts reading `source` at once, in chunks of at most `chunk_pages` pages (>= 1); a chunk
  // also ends with the page that brings its bytes to `chunk_bytes` or more. At most `max_ahead`
  // chunks wait unconsumed. `prepare` (may be empty) runs on the reader thread on each slot as
  // it is read.
  BatchReader(std::unique_ptr<PageSource> source, size_t chunk_pages, size_t chunk_bytes,
              size_t max_ahead, std::function<void(Slot*)> prepare = nullptr);
  // Stops reading (at the next record) and joins the thread.
  ~BatchReader();
  BatchReader(const BatchReader&) = delete;
  BatchReader& operator=(const BatchReader&) = delete;

  // Moves the next chunk into *chunk and sets *ends_batch when it is the last chunk of its
  // batch; false at the end of the input (the batch read so far, if any, has then ended).
  bool Next(std::vector<Slot>* chunk, bool* ends_batch);
  // Bytes read by the chunks handed out so far.
  uint64_t bytes_consumed() const { return bytes_consumed_; }

 private:
  struct Chunk {
    std::vector<Slot> slots;
    bool ends_batch = false;
    uint64_t bytes_read_after = 0;
  };
  void Run();
  bool ReadChunk(Chunk* chunk);

  std::unique_ptr<PageSource> source_;
  const size_t chunk_pages_;
  const size_t chunk_bytes_;
  const size_t max_ahead_;
  const std::function<void(Slot*)> prepare_;
  size_t batch_pages_ = 0;  // reader thread only: the current batch so far
  size_t batch_bytes_ = 0;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Chunk> ready_;  // guarded by mu_
  bool done_ = false;        // guarded by mu_: the reader has finished
  bool stop_ = false;        // guarded by mu_: the consumer has gone
  uint64_t bytes_consumed_ = 0;
  std::thread thread_;
};

}  // namespace kabar

#endif  // KABAR_PIPELINE_BATCH_READER_H_
