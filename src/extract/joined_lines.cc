#include "extract/joined_lines.h"

#include <algorithm>

#include "extract/text_lines.h"
#include "extract/text_util.h"

namespace kabar::extract {

void MapJoinedLines(const JoinedLines& joined, std::vector<RemovedLine>* removed) {
  const std::vector<int>& first = joined.first_line;
  for (RemovedLine& r : *removed) {
    if (r.line < 1 || r.line > static_cast<int>(first.size())) continue;
    const size_t k = static_cast<size_t>(r.line);
    const int from = first[k - 1];
    const int to = k < first.size() ? first[k] - 1 : joined.page_lines;
    if (from < 1 || to > joined.page_lines) continue;
    r.line = from;
    if (to > from) r.last_line = to;
  }
}

void RestorePrintedText(std::string_view printed, PrintedText which,
                        std::vector<RemovedLine>* removed) {
  if (removed->empty()) return;
  std::vector<std::string_view> lines;
  TextLines printed_lines(printed);
  for (std::string_view line; printed_lines.Next(&line);) lines.push_back(line);
  for (RemovedLine& r : *removed) {
    const int from = r.line;
    const int to = std::max(r.line, r.last_line);
    if (from < 1 || to > static_cast<int>(lines.size())) continue;
    if (to == from && which == PrintedText::kJoined) continue;
    r.text.clear();
    for (int i = from; i <= to; ++i) {
      if (!r.text.empty()) r.text += ' ';
      r.text += Trim(lines[i - 1]);
    }
  }
}

}  // namespace kabar::extract
