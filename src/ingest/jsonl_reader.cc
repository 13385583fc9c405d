// JSON Lines reader: one object per line with "url" and "html" or "text", optionally
// "fetched_at"; every other field is carried through in RawPage::input_json. Blank lines are
// not records; any other line that is not such an object is a reject naming its line number.
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/record_reader.h"

namespace kabar {
namespace {

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r\n") == std::string::npos;
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
    auto url = j.find("url");
    auto html = j.find("html");
    auto text = j.find("text");
    bool has_html = html != j.end() && html->is_string();
    bool has_text = text != j.end() && text->is_string();
    if (!has_html && !has_text) {
      return Status::Corruption(Where() + "no string field \"html\" or \"text\"");
    }
    if (url != j.end() && url->is_string()) page->url = url->get<std::string>();
    page->kind = has_html ? ContentKind::kHtml : ContentKind::kText;
    page->bytes = has_html ? html->get<std::string>() : text->get<std::string>();
    page->charset_hint = "utf-8";  // JSON text is Unicode
    auto fetched = j.find("fetched_at");
    page->fetched_at =
        fetched != j.end() && fetched->is_string() ? fetched->get<std::string>() : in_.mtime;
    for (const char* key : {"url", "html", "text", "fetched_at"}) j.erase(key);
    page->input_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return Status::OK();
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
