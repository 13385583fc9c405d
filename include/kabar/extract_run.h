// ExtractRun: ingest -> extract -> normalize over many inputs, on N threads, with results
// delivered in input order (so output does not depend on the thread count).
//
// Pages are taken in batches (512 pages or 64 MiB). Every page of a batch is added to the
// run's SiteLineStats before a page that reads them (a text dump, see
// ExtractionReadsSiteStats) is extracted, so lines repeated across one site's pages count as
// boilerplate; other pages (HTML) are extracted as soon as they are read, a few at a time, and
// their bytes released. Reading runs ahead on its own thread, so I/O and extraction overlap.
#ifndef KABAR_EXTRACT_RUN_H_
#define KABAR_EXTRACT_RUN_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kabar/article.h"
#include "kabar/extract.h"
#include "kabar/page_source.h"
#include "kabar/status.h"
#include "kabar/understand.h"

namespace kabar {

struct Reject {
  SourceRef source;
  std::string reason;  // "<code>: <message>", e.g. "corruption: binary data (NUL bytes)"
};

// Receives results in input order, always from the thread that called RunExtract.
class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  virtual Status OnArticle(Article&& article) = 0;
  virtual Status OnReject(const Reject& reject) = 0;

  // Optional parallel half of a sink's per-article work (e.g. formatting JSON). Render is
  // called on worker threads, concurrently and in any order, once per article; it must be
  // thread-safe. Its result is handed to OnRendered with the article, in input order, on the
  // RunExtract thread. The defaults render nothing and pass the article to OnArticle.
  virtual std::string Render(const Article& /*article*/) const { return {}; }
  virtual Status OnRendered(Article&& article, std::string&& /*rendered*/) {
    return OnArticle(std::move(article));
  }
};

struct RunOptions {
  IngestOptions ingest;
  ExtractOptions extract;
  // Run the understand stage (entities and quotes) after normalize, on the worker threads.
  // Off: articles carry empty `entities` and `quotes` (extraction only).
  bool understand = true;
  // The Understander to use (not owned; must outlive the run). When null, RunExtract uses the
  // process-wide DefaultUnderstander() if understand_options names no alias file and
  // KABAR_ALIASES is unset, else builds one from understand_options before reading any input
  // (a bad alias file fails the run at once, kIOError / kCorruption naming the file).
  const Understander* understander = nullptr;
  UnderstandOptions understand_options;
  int jobs = 1;           // worker threads; < 1 means one
  bool progress = false;  // draw a progress line on stderr
  // The reader thread's heap in huge pages, as PrepareBatchHeap does for the caller's (which
  // must have been called).
  bool batch_heap = false;
};

// For batch commands (`kabar extract`), before they allocate: glibc's malloc keeps freed
// memory mapped (large blocks come from the heap, which is not trimmed) and the calling
// thread's heap grows by 30 MiB marked for transparent huge pages, so that each page's
// buffers reuse memory already mapped, faulted in 2 MiB at a time. A first touch of a 4 KiB
// page costs about 16 microseconds on the shared VM: 8,300 of them were over 15% of a run over
// the 181 AEB pages. Process-wide; not for long-running servers.
void PrepareBatchHeap();

struct RunCounts {
  uint64_t inputs = 0;
  uint64_t articles = 0;
  uint64_t rejected = 0;
  uint64_t bytes = 0;
};

// Runs the pipeline over `paths`. Per-record problems become rejects and the run goes on;
// the returned Status is non-OK only when the sink fails (e.g. the output disk is full) or
// the understand stage cannot be set up (before any input is read).
Result<RunCounts> RunExtract(const std::vector<std::string>& paths, const RunOptions& options,
                             ArticleSink* sink);

}  // namespace kabar

#endif  // KABAR_EXTRACT_RUN_H_
