// PageLines: a page's text split into lines, the unit every text analyser works on.
//
// Lines keep their 1-based number in the page text, so every decision can be reported
// against the input (Article::removed). Text is trimmed; blank lines are kept (as empty
// text) because blank lines separate blocks.
#ifndef KABAR_EXTRACT_PAGE_LINES_H_
#define KABAR_EXTRACT_PAGE_LINES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kabar::extract {

struct PageLine {
  int number = 0;          // 1-based line number in the page text
  std::string_view text;   // trimmed; empty for a blank line
  bool oversized = false;  // longer than the line limit: never article text
  int indent = 0;          // leading white space (bytes) past the page's margin: text dumps
                           // indent list items
};

// Splits `text` at '\n' (a trailing '\r' is trimmed with the other white space). Lines whose
// untrimmed length exceeds `max_line_bytes` are marked oversized. Indents count from a text
// browser's margin (lynx, links and elinks set their text three spaces in) when more than half
// of the lines of 80 bytes or more are set so; else from the line's start. The views point into
// `text`, which must outlive the result.
std::vector<PageLine> SplitPageLines(std::string_view text, size_t max_line_bytes);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_PAGE_LINES_H_
