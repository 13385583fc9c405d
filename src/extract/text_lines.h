// TextLines: walking a text's lines, the one way every line reader of the text path splits a
// page.
//
// A line is a '\n'-separated piece of the text, its '\r' and other white space left to the
// caller. The nothing after a final '\n' is a line too (empty), as is an empty text: the joined
// readings (wrapped_lines.h, text_node_lines.h) count the page's lines so, and their line
// numbers are mapped back against the same count. SplitPageLines (page_lines.h) stops at the
// final '\n' instead: see EndsText.
#ifndef KABAR_EXTRACT_TEXT_LINES_H_
#define KABAR_EXTRACT_TEXT_LINES_H_

#include <cstddef>
#include <string_view>

namespace kabar::extract {

// Calls f(line) for each line of `text` in order, until f returns false. Returns false when f
// did.
template <typename F>
bool ForEachTextLine(std::string_view text, F&& f) {
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return f(text.substr(start));
    if (!f(text.substr(start, end - start))) return false;
    start = end + 1;
  }
}

// True when `line`, one ForEachTextLine passed, is the empty line after the final '\n' of
// `text` (or the empty text itself): a reader that takes the final '\n' as the end of the page's
// last line skips it.
inline bool EndsText(std::string_view text, std::string_view line) {
  return line.data() == text.data() + text.size();
}

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_LINES_H_
