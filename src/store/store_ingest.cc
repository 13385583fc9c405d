#include "kabar/store_ingest.h"

#include <utility>

namespace kabar {
namespace {

void Accumulate(const AddCounts& c, AddCounts* total) {
  total->added += c.added;
  total->already_stored += c.already_stored;
  total->exact_duplicates += c.exact_duplicates;
  total->near_duplicates += c.near_duplicates;
  total->syndicated += c.syndicated;
  total->new_stories += c.new_stories;
  total->new_storylines += c.new_storylines;
}

class StoreSink final : public ArticleSink {
 public:
  StoreSink(Store* store, size_t batch_size, const std::function<void(const Reject&)>& on_reject)
      : store_(store), batch_size_(batch_size), on_reject_(on_reject) {}

  Status OnArticle(Article&& article) override {
    batch_.push_back(std::move(article));
    if (batch_.size() >= batch_size_) return Flush();
    return Status::OK();
  }

  Status OnReject(const Reject& reject) override {
    if (on_reject_) on_reject_(reject);
    return store_->AddReject(reject.source, reject.reason);
  }

  Status Flush() {
    if (batch_.empty()) return Status::OK();
    Result<AddCounts> c = store_->Add(&batch_);
    batch_.clear();
    if (!c.ok()) return c.status();
    Accumulate(*c, &counts_);
    return Status::OK();
  }

  const AddCounts& counts() const { return counts_; }

 private:
  Store* store_;
  size_t batch_size_;
  const std::function<void(const Reject&)>& on_reject_;
  std::vector<Article> batch_;
  AddCounts counts_;
};

}  // namespace

Result<StoreIngestCounts> IngestIntoStore(const std::vector<std::string>& paths,
                                          const StoreIngestOptions& options, Store* store,
                                          const std::function<void(const Reject&)>& on_reject) {
  StoreSink sink(store, options.batch_size < 1 ? 1 : options.batch_size, on_reject);
  Result<RunCounts> run = RunExtract(paths, options.run, &sink);
  if (!run.ok()) return run.status();
  Status s = sink.Flush();
  if (!s.ok()) return s;
  StoreIngestCounts out;
  out.run = *run;
  out.store = sink.counts();
  return out;
}

}  // namespace kabar
