// JSON Lines reader: one object per line holding the page as HTML or text, optionally its URL,
// fetch time and title, under the names scrapers and web-corpus tools give them (below); every
// other field is carried through in RawPage::input_json. Blank lines are not records; any other
// line that is not such an object is a reject naming its line number.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "ingest/content_sniff.h"
#include "ingest/record_reader.h"

namespace kabar {
namespace {

// Field names for each role, the first one present (as a string) wins. "html"/"text"/"url"/
// "fetched_at" are kabar's own; the others are those of Scrapy items ("raw_html", "body"),
// news-please ("maintext", "date_download") and web corpora built from Common Crawl: C4/mC4
// and CulturaX ("text", "url", "timestamp"), OSCAR ("content"), RedPajama ("raw_content").
constexpr std::string_view kHtmlFields[] = {"html", "raw_html", "html_content", "content_html"};
constexpr std::string_view kTextFields[] = {"text", "content", "raw_content", "maintext",
                                            "body", "article", "article_text"};
constexpr std::string_view kUrlFields[] = {"url", "link", "source_url", "uri"};
constexpr std::string_view kFetchFields[] = {"fetched_at", "fetch_time", "crawled_at",
                                             "date_download", "timestamp"};
// OSCAR keeps the WARC headers of the page in an object.
constexpr std::string_view kWarcHeadersField = "warc_headers";

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The first of `names` that `j` holds as a string, or j.end().
template <size_t N>
nlohmann::json::iterator FindString(nlohmann::json& j, const std::string_view (&names)[N]) {
  for (std::string_view name : names) {
    auto it = j.find(name);
    if (it != j.end() && it->is_string()) return it;
  }
  return j.end();
}

// A fetch time only when it reads as an ISO 8601 date ("2019-04-25T12:57:54Z",
// "2021-03-01 10:00:00"): "timestamp" is a number in some tools.
bool LooksLikeIsoDate(const std::string& s) {
  if (s.size() < 10) return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return s[4] == '-' && s[7] == '-';
}

std::string TakeString(nlohmann::json& j, nlohmann::json::iterator it) {
  std::string value = it->get<std::string>();
  j.erase(it);
  return value;
}

class JsonLinesReader final : public RecordReader {
 public:
  JsonLinesReader(InputFile input, const IngestOptions& options)
      : in_(std::move(input)), options_(options) {}

  std::optional<IngestItem> Next() override {
    StreamReader& r = *in_.reader;
    std::string line;
    bool too_long = false;
    while (true) {
      uint64_t start = r.position();
      if (!r.ReadLine(&line, options_.max_record_bytes, &too_long)) return AtEnd();
      ++line_no_;
      if (!too_long && IsBlank(line)) continue;
      IngestItem item;
      item.page.source.path = in_.path;
      item.page.source.offset = r.StoredOffset(start);
      item.page.source.record_id = std::to_string(line_no_);
      if (too_long) {
        SkipRestOfLine();
        item.error =
            Status::ResourceExhausted(Where() + "longer than the limit of " +
                                      std::to_string(options_.max_record_bytes) + " bytes");
      } else {
        item.page.source.length = line.size();
        item.error = Parse(line, &item.page);
      }
      return item;
    }
  }

  uint64_t bytes_read() const override { return in_.stream->stored_bytes_read(); }

 private:
  std::string Where() const { return "line " + std::to_string(line_no_) + ": "; }

  std::optional<IngestItem> AtEnd() { return TakeStreamEndError(in_, &reported_end_error_); }

  void SkipRestOfLine() {
    std::string chunk;
    bool too_long = true;
    while (too_long && in_.reader->ReadLine(&chunk, size_t{1} << 20, &too_long)) {
    }
  }

  Status Parse(const std::string& line, RawPage* page) {
    if (!in_.reader->status().ok() && line.back() != '\n') {
      reported_end_error_ = true;
      return Status::Corruption(Where() + "cut short: " + in_.reader->status().message());
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Status::Corruption(Where() + "malformed JSON");
    if (!j.is_object()) return Status::Corruption(Where() + "not a JSON object");
    auto html = FindString(j, kHtmlFields);
    auto text = html == j.end() ? FindString(j, kTextFields) : j.end();
    if (html == j.end() && text == j.end()) {
      return Status::Corruption(Where() + "no string field \"html\" or \"text\"");
    }
    page->bytes = TakeString(j, html != j.end() ? html : text);
    // A text field that holds a whole HTML document (Scrapy's "body") is read as HTML.
    page->kind = html != j.end() || SniffContentKind("", page->bytes) == ContentKind::kHtml
                     ? ContentKind::kHtml
                     : ContentKind::kText;
    page->charset_hint = "utf-8";  // JSON text is Unicode
    ReadUrlAndFetchTime(j, page);
    auto title = j.find("title");
    if (title != j.end() && title->is_string()) page->title = title->get<std::string>();
    page->input_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return Status::OK();
  }

  // The URL and fetch time from their fields (taken out of the object), else from OSCAR's WARC
  // headers (left in place); the fetch time falls back to the file's mtime.
  void ReadUrlAndFetchTime(nlohmann::json& j, RawPage* page) const {
    auto url = FindString(j, kUrlFields);
    if (url != j.end()) page->url = TakeString(j, url);
    auto fetched = FindString(j, kFetchFields);
    if (fetched != j.end() && LooksLikeIsoDate(fetched->get<std::string>())) {
      page->fetched_at = TakeString(j, fetched);
    }
    auto warc = j.find(kWarcHeadersField);
    if (warc != j.end() && warc->is_object()) {
      auto uri = warc->find("warc-target-uri");
      if (page->url.empty() && uri != warc->end() && uri->is_string()) page->url = *uri;
      auto date = warc->find("warc-date");
      if (page->fetched_at.empty() && date != warc->end() && date->is_string() &&
          LooksLikeIsoDate(*date)) {
        page->fetched_at = *date;
      }
    }
    if (page->fetched_at.empty()) page->fetched_at = in_.mtime;
  }

  InputFile in_;
  IngestOptions options_;
  uint64_t line_no_ = 0;
  bool reported_end_error_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> NewJsonLinesReader(InputFile input, const IngestOptions& options) {
  return std::make_unique<JsonLinesReader>(std::move(input), options);
}

}  // namespace kabar
