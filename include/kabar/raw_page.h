// RawPage: what the ingest stage hands to extraction. One RawPage is one input record:
// a whole text or HTML file, one WARC response record, or one JSON Lines object.
#ifndef KABAR_RAW_PAGE_H_
#define KABAR_RAW_PAGE_H_

#include <cstdint>
#include <string>

namespace kabar {

// Where a record's bytes came from, so a user can go back to them exactly.
struct SourceRef {
  std::string path;       // file path as given (or "-" for standard input)
  uint64_t offset = 0;    // byte offset of the record in that file (0 for a whole file)
  uint64_t length = 0;    // byte length of the record as stored (compressed, for .gz)
  std::string record_id;  // WARC-Record-ID or JSONL line number; empty for whole files
};

// What kind of document the bytes hold, as the ingest stage detected it.
enum class ContentKind { kText, kHtml };

struct RawPage {
  SourceRef source;
  ContentKind kind = ContentKind::kText;
  std::string bytes;         // decoded payload (decompressed, not yet charset-converted)
  std::string charset_hint;  // from HTTP headers or the container; empty when unknown
  std::string url;           // where the page was fetched from; empty for plain dumps
  std::string fetched_at;    // ISO 8601 time of the fetch (WARC-Date, fetched_at, file mtime)
  std::string input_json;    // JSONL only: the other fields of the input object, as JSON text
  std::string title;         // JSONL only: the record's "title"; a text page's headline
};

}  // namespace kabar

#endif  // KABAR_RAW_PAGE_H_
