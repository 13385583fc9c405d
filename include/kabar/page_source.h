// PageSource: the ingest stage. Turns the paths a user gives into a stream of RawPages.
//
// A path is a file, a directory (walked recursively, entries in byte order of their names so
// runs are reproducible) or "-" (standard input). Each input record becomes one IngestItem:
// either a page, or a reject that names the record and the reason. A record is never
// silently skipped, so `inputs == pages + rejects` always holds.
//
// Thread safety: a PageSource is used by one thread.
#ifndef KABAR_PAGE_SOURCE_H_
#define KABAR_PAGE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kabar/raw_page.h"
#include "kabar/status.h"

namespace kabar {

struct IngestOptions {
  // Records larger than this are rejected unread (kResourceExhausted) so one gigantic file
  // cannot exhaust memory.
  size_t max_record_bytes = size_t{64} << 20;
};

// One input record: `error.ok()` means `page` holds it; otherwise the record is rejected
// and `page.source` still says which record it was.
struct IngestItem {
  RawPage page;
  Status error;
};

class PageSource {
 public:
  // The returned source reads `paths` lazily; paths that do not exist become rejects.
  static std::unique_ptr<PageSource> Open(std::vector<std::string> paths,
                                          const IngestOptions& options);
  virtual ~PageSource() = default;

  // The next record, or nullopt at the end of all inputs.
  virtual std::optional<IngestItem> Next() = 0;
  // Bytes consumed so far (for progress reports).
  virtual uint64_t bytes_read() const = 0;
};

}  // namespace kabar

#endif  // KABAR_PAGE_SOURCE_H_
