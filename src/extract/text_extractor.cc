// Placeholder text extractor: first non-blank line is the title, the rest is body.
// (Replaced by the real line classifier.)
#include <string>
#include <string_view>

#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar {

std::string GuessSite(const RawPage& /*page*/) { return ""; }

Result<Article> ExtractArticle(const RawPage& page, const ExtractOptions& options,
                               const SiteLineStats* /*site_stats*/) {
  if (page.bytes.size() > options.max_page_bytes) {
    return Status::ResourceExhausted("page larger than the limit");
  }
  Article a;
  a.source = page.source;
  a.url = page.url;
  a.fetched_at = page.fetched_at;
  a.input_json = page.input_json;
  std::string text = RepairUtf8(page.bytes, &a.repaired_utf8);
  size_t start = 0;
  int line_no = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    ++line_no;
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (a.title.empty()) {
      a.title = line;
    } else {
      a.body.push_back(line);
    }
  }
  if (a.title.empty()) return Status::NotFound("no article text");
  return a;
}

}  // namespace kabar
