// RecordReader: turns one input file into its records (IngestItems), one format per reader.
//
// OpenRecordReader picks the reader from the file's content (gzip magic, then "WARC/1.", then a
// JSON object on the first line) and, when the content is not decisive, its name:
//   WARC 1.0/1.1, plain or gzipped      -> one record per WARC record (warc_reader.cc)
//   JSON Lines (.jsonl, .ndjson)        -> one record per non-blank line (jsonl_reader.cc)
//   anything else (.html, .txt, ...)    -> the whole (decompressed) file is one record
// Every record a reader meets comes out as exactly one IngestItem (a page or a reject), so
// inputs == pages + rejects holds at record level.
//
// Thread safety: a RecordReader is used by one thread.
#ifndef KABAR_INGEST_RECORD_READER_H_
#define KABAR_INGEST_RECORD_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "ingest/byte_stream.h"
#include "kabar/page_source.h"

namespace kabar {

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // The next record of the file, or nullopt when the file is exhausted.
  virtual std::optional<IngestItem> Next() = 0;
  // Stored bytes consumed so far.
  virtual uint64_t bytes_read() const = 0;
};

// An opened input: its decoded byte stream and what is known about the file.
struct InputFile {
  std::string path;
  std::string mtime;                   // ISO 8601 modification time (or the current time for stdin)
  std::unique_ptr<ByteStream> stream;  // decoded (gunzipped) bytes
  std::unique_ptr<StreamReader> reader;
};

// The reject for the stream error that ended `input` early (truncated gzip member, read
// failure), positioned where reading stopped. Returns it once: nullopt when the stream ended
// cleanly or when *reported is already true (which it then sets).
std::optional<IngestItem> TakeStreamEndError(const InputFile& input, bool* reported);

// Opens `path` and returns the reader for its format, or the Status explaining why the file
// cannot be read (the caller reports it as a reject of the whole file). `listed_regular`: a
// directory listing gave `path` as a regular file (DT_REG), so it is opened without a stat
// first (the same rejects, unless the file changes while it is opened).
Result<std::unique_ptr<RecordReader>> OpenRecordReader(const std::string& path,
                                                       const IngestOptions& options,
                                                       bool listed_regular = false);

// The readers, over an already opened input (used by OpenRecordReader and tests).
std::unique_ptr<RecordReader> NewWarcReader(InputFile input, const IngestOptions& options);
std::unique_ptr<RecordReader> NewJsonLinesReader(InputFile input, const IngestOptions& options);
std::unique_ptr<RecordReader> NewDocumentReader(InputFile input, const IngestOptions& options);

}  // namespace kabar

#endif  // KABAR_INGEST_RECORD_READER_H_
