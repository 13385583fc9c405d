#include "extract/page_lines.h"

#include "extract/text_util.h"

namespace kabar::extract {

std::vector<PageLine> SplitPageLines(std::string_view text, size_t max_line_bytes) {
  std::vector<PageLine> lines;
  lines.reserve(text.size() / 40 + 1);
  size_t start = 0;
  int number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    PageLine line;
    line.number = ++number;
    line.oversized = raw.size() > max_line_bytes;
    line.text = line.oversized ? raw : Trim(raw);
    if (!line.text.empty()) line.indent = static_cast<int>(line.text.data() - raw.data());
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

}  // namespace kabar::extract
