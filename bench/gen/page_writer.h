// Writers for generated pages. TextDumpWriter writes each page as a text dump (one file per
// page, 1,000 per folder) and, when asked, one ground-truth JSON line per page. Later
// writers (HTML, WARC, JSON Lines) render the same GeneratedPage differently.
#ifndef KABAR_BENCH_GEN_PAGE_WRITER_H_
#define KABAR_BENCH_GEN_PAGE_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <string>

#include "gen/page_model.h"

namespace kabar::gen {

class TextDumpWriter {
 public:
  // Writes under `out_dir`/pages/; truth (when `with_truth`) to `out_dir`/truth.jsonl.
  TextDumpWriter(std::string out_dir, bool with_truth);
  ~TextDumpWriter();
  TextDumpWriter(const TextDumpWriter&) = delete;
  TextDumpWriter& operator=(const TextDumpWriter&) = delete;

  // Writes page number `index`; returns false (with *error set) when the disk refuses.
  bool Write(uint64_t index, const GeneratedPage& page, std::string* error);
  uint64_t bytes_written() const { return bytes_; }

 private:
  std::string PagePath(uint64_t index);
  void WriteTruth(const std::string& path, const GeneratedPage& page);

  std::string out_dir_;
  std::FILE* truth_ = nullptr;
  uint64_t bytes_ = 0;
  uint64_t last_folder_ = UINT64_MAX;
};

// `s` as a JSON string literal (quotes included).
std::string JsonString(const std::string& s);

}  // namespace kabar::gen

#endif  // KABAR_BENCH_GEN_PAGE_WRITER_H_
