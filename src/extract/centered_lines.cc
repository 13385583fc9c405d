#include "extract/centered_lines.h"

#include <algorithm>

#include "extract/text_util.h"

namespace kabar::extract {

void FlushCenteredLines(std::vector<PageLine>* lines) {
  bool any_deep = false;
  for (const PageLine& l : *lines) any_deep |= l.indent >= kMinCenteredIndent && !l.oversized;
  if (!any_deep) return;
  int right_end = 0;  // of the widest line
  for (const PageLine& l : *lines) {
    if (!l.text.empty() && !l.oversized) {
      right_end = std::max(right_end, l.indent + static_cast<int>(Utf8Length(l.text)));
    }
  }
  for (PageLine& l : *lines) {
    if (l.indent < kMinCenteredIndent || l.oversized) continue;
    // Twice the indent plus the width reaches the right end (less one: an odd free width
    // splits unevenly); a line of a wrapped list item that runs on to the page's right edge
    // does too, but leaves no gap there.
    const int right_gap = right_end - l.indent - static_cast<int>(Utf8Length(l.text));
    if (right_gap <= l.indent + 1 && right_gap >= kMinCenteredIndent / 2) l.indent = 0;
  }
}

}  // namespace kabar::extract
