// WARC 1.0/1.1 reader (plain or gzipped, usually one gzip member per record).
//
// Each WARC record becomes one IngestItem. `response` records holding an HTML (or plain text)
// 2xx HTTP response become pages, as do `resource` records and `conversion` records (the plain
// text of Common Crawl's WET files); every other record becomes a reject that says why it is not
// an article: request/metadata/warcinfo records, redirects and error statuses, images and
// other media types. A record whose Content-Length does not match its bytes is rejected and
// the reader resynchronises on the next "WARC/1." line, so records after it are not lost.
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/ascii_case.h"
#include "ingest/content_sniff.h"
#include "ingest/http_response.h"
#include "ingest/record_reader.h"

namespace kabar {
namespace {

constexpr size_t kMaxHeaderLine = size_t{64} << 10;
constexpr int kMaxHeaderLines = 1000;

struct WarcHeader {
  std::string type;
  std::string target_uri;
  std::string date;
  std::string record_id;
  std::string content_type;
  int64_t content_length = -1;
};

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

bool IsBlank(std::string_view line) { return TrimLine(line).empty(); }

void SetHeader(std::string_view name, std::string_view value, WarcHeader* h) {
  if (EqualsIgnoreCase(name, "WARC-Type")) {
    h->type = value;
  } else if (EqualsIgnoreCase(name, "WARC-Target-URI")) {
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
      value = value.substr(1, value.size() - 2);
    }
    h->target_uri = value;
  } else if (EqualsIgnoreCase(name, "WARC-Date")) {
    h->date = value;
  } else if (EqualsIgnoreCase(name, "WARC-Record-ID")) {
    h->record_id = value;
  } else if (EqualsIgnoreCase(name, "Content-Type")) {
    h->content_type = value;
  } else if (EqualsIgnoreCase(name, "Content-Length")) {
    char* end = nullptr;
    std::string v(value);
    long long n = std::strtoll(v.c_str(), &end, 10);
    h->content_length = (!v.empty() && *end == '\0' && n >= 0) ? n : -2;
  }
}

// "2024-06-19T06:30:00Z" -> "2024-06-19T06:30:00+00:00"; other forms are kept.
std::string IsoFromWarcDate(const std::string& d) {
  if (!d.empty() && d.back() == 'Z') return d.substr(0, d.size() - 1) + "+00:00";
  return d;
}

class WarcReader final : public RecordReader {
 public:
  WarcReader(InputFile input, const IngestOptions& options)
      : in_(std::move(input)), options_(options) {}

  std::optional<IngestItem> Next() override {
    StreamReader& r = *in_.reader;
    if (resync_) Resync();
    std::string line;
    bool too_long = false;
    do {
      if (!r.ReadLine(&line, kMaxHeaderLine, &too_long)) return AtEnd();
    } while (IsBlank(line) && !too_long);
    uint64_t start = r.position() - line.size();
    IngestItem item;
    item.page.source.path = in_.path;
    item.page.source.offset = r.StoredOffset(start);
    if (line.rfind("WARC/", 0) != 0) {
      resync_ = true;
      item.error = Status::Corruption("not a WARC record: expected a 'WARC/1.x' line");
      return item;
    }
    WarcHeader h;
    item.error = ReadHeader(&h);
    item.page.source.record_id = h.record_id;
    if (item.error.ok()) item.error = ReadBlock(h, &item.page);
    if (!item.error.ok() && !r.status().ok()) reported_end_error_ = true;  // named in the reason
    uint64_t end = r.position();
    uint64_t stored_end = r.StoredOffset(end);
    item.page.source.length =
        stored_end > item.page.source.offset ? stored_end - item.page.source.offset : end - start;
    return item;
  }

  uint64_t bytes_read() const override { return in_.stream->stored_bytes_read(); }

 private:
  std::optional<IngestItem> AtEnd() { return TakeStreamEndError(in_, &reported_end_error_); }

  // Skips to the next line that opens a WARC record.
  void Resync() {
    resync_ = false;
    StreamReader& r = *in_.reader;
    std::string line;
    bool too_long = false;
    while (r.ReadLine(&line, kMaxHeaderLine, &too_long)) {
      if (!too_long && line.rfind("WARC/1.", 0) == 0) {
        r.Unread(line);
        return;
      }
    }
  }

  Status ReadHeader(WarcHeader* h) {
    StreamReader& r = *in_.reader;
    std::string line;
    bool too_long = false;
    for (int n = 0; n < kMaxHeaderLines; ++n) {
      if (!r.ReadLine(&line, kMaxHeaderLine, &too_long)) {
        return Status::Corruption("truncated WARC record: the header never ends" + Cause());
      }
      if (too_long) return Status::Corruption("WARC header line longer than 64 KiB");
      if (IsBlank(line)) return CheckHeader(*h);
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      SetHeader(TrimLine(std::string_view(line).substr(0, colon)),
                TrimLine(std::string_view(line).substr(colon + 1)), h);
    }
    return Status::Corruption("WARC header with more than 1000 lines");
  }

  Status CheckHeader(const WarcHeader& h) {
    if (h.content_length < 0) {
      resync_ = true;
      return Status::Corruption("WARC record without a valid Content-Length");
    }
    return Status::OK();
  }

  std::string Cause() const {
    const Status& s = in_.reader->status();
    return s.ok() ? "" : " (" + s.message() + ")";
  }

  Status ReadBlock(const WarcHeader& h, RawPage* page) {
    StreamReader& r = *in_.reader;
    uint64_t length = static_cast<uint64_t>(h.content_length);
    if (length > options_.max_record_bytes) {
      r.Skip(length);
      SkipTrailer();
      return Status::ResourceExhausted("WARC record of " + std::to_string(length) +
                                       " bytes is larger than the limit of " +
                                       std::to_string(options_.max_record_bytes) + " bytes");
    }
    std::string block;
    size_t got = r.Read(static_cast<size_t>(length), &block);
    if (got < length) {
      // Either the file ends early or the Content-Length is too large: look for records
      // inside what was read.
      r.Unread(block);
      resync_ = true;
      return Status::Corruption("truncated WARC record: Content-Length is " +
                                std::to_string(length) + " bytes but only " + std::to_string(got) +
                                " follow" + Cause());
    }
    if (!SkipTrailer()) {
      r.Unread(block);
      resync_ = true;
      return Status::Corruption("WARC record does not end where its Content-Length (" +
                                std::to_string(length) + ") says");
    }
    return ToPage(h, std::move(block), page);
  }

  // Consumes the CR LF CR LF after a block; false when it is not there.
  bool SkipTrailer() {
    StreamReader& r = *in_.reader;
    std::string_view next = r.Peek(4);
    if (next == "\r\n\r\n") {
      r.Skip(4);
      return true;
    }
    if (next.empty()) return true;  // a missing trailer at the end of the file is harmless
    return next.substr(0, 2) == "\n\n" ? (r.Skip(2), true) : false;
  }

  Status ToPage(const WarcHeader& h, std::string block, RawPage* page) {
    page->url = h.target_uri;
    page->fetched_at = IsoFromWarcDate(h.date);
    std::string type = h.type;
    for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (type == "response") return FromResponse(h, block, page);
    // A `conversion` record holds a page converted to another format: Common Crawl's WET files
    // are made of them, each the plain text of one fetched page.
    if (type == "resource" || type == "conversion")
      return FromPayload(MediaType(h.content_type), h.content_type, block, page);
    return Status::Unsupported("WARC " + (type.empty() ? std::string("untyped") : type) +
                               " record (not a response)");
  }

  Status FromResponse(const WarcHeader& h, std::string_view block, RawPage* page) {
    std::string warc_type = MediaType(h.content_type);
    if (!warc_type.empty() && warc_type != "application/http" && block.substr(0, 5) != "HTTP/") {
      return FromPayload(warc_type, h.content_type, block, page);
    }
    Result<HttpResponse> http = ParseHttpResponse(block, options_.max_record_bytes);
    if (!http.ok()) return http.status();
    int code = http->status;
    if (code >= 300 && code < 400) {
      std::string to = http->Header("location");
      return Status::Unsupported("HTTP " + std::to_string(code) + " redirect" +
                                 (to.empty() ? "" : " to " + to));
    }
    if (code < 200 || code >= 300) {
      return Status::Unsupported("HTTP " + std::to_string(code) + " response (not a page)");
    }
    std::string content_type = http->Header("content-type");
    return FromPayload(MediaType(content_type), content_type, http->body, page);
  }

  static Status FromPayload(const std::string& media, const std::string& content_type,
                            std::string_view payload, RawPage* page) {
    if (media == "text/html" || media == "application/xhtml+xml") {
      page->kind = ContentKind::kHtml;
    } else if (media == "text/plain") {
      page->kind = ContentKind::kText;
    } else if (media.empty() || media == "application/octet-stream") {
      page->kind = SniffContentKind("", payload);
      if (page->kind != ContentKind::kHtml) {
        return Status::Unsupported("payload without a content type that is not HTML");
      }
    } else {
      return Status::Unsupported("not an HTML page: content type " + media);
    }
    page->charset_hint = CharsetParam(content_type);
    page->bytes.assign(payload);
    return Status::OK();
  }

  InputFile in_;
  IngestOptions options_;
  bool resync_ = false;
  bool reported_end_error_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> NewWarcReader(InputFile input, const IngestOptions& options) {
  return std::make_unique<WarcReader>(std::move(input), options);
}

}  // namespace kabar
