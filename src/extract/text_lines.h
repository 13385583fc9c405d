// TextLines: walking a text's lines, the one way every line reader of the text path splits a
// page.
//
// A line is a '\n'-separated piece of the text, its '\r' and other white space left to the
// caller. The nothing after a final '\n' is a line too (empty), as is an empty text: the joined
// readings (wrapped_lines.h, text_node_lines.h) count the page's lines so, and their line
// numbers are mapped back against the same count (joined_lines.h). SplitPageLines
// (page_lines.h) and the text-node sniff take a final '\n' as the end of the last line instead
// (FinalNewline::kEndsLastLine): a page "a\n" is one line to them, two to the others.
//
// A cursor, not a callback: the loops it drives stay plain loops the compiler inlines
// (SplitPageLines runs on every page).
#ifndef KABAR_EXTRACT_TEXT_LINES_H_
#define KABAR_EXTRACT_TEXT_LINES_H_

#include <cstddef>
#include <string_view>

namespace kabar::extract {

// What a final '\n' does.
enum class FinalNewline {
  kStartsEmptyLine,  // "a\n" is "a" and "", "" is ""
  kEndsLastLine,     // "a\n" is "a", "" is nothing
};

class TextLines {
 public:
  explicit TextLines(std::string_view text,
                     FinalNewline final_newline = FinalNewline::kStartsEmptyLine)
      : text_(text),
        end_(final_newline == FinalNewline::kEndsLastLine ? text.size() : text.size() + 1) {}

  // Sets *line to the next line and returns true; false after the last.
  bool Next(std::string_view* line) {
    if (start_ >= end_) return false;
    size_t stop = text_.find('\n', start_);
    if (stop == std::string_view::npos) stop = text_.size();
    *line = std::string_view(text_.data() + start_, stop - start_);
    start_ = stop + 1;
    return true;
  }

 private:
  std::string_view text_;
  size_t end_;  // no line starts at or past this
  size_t start_ = 0;
};

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_TEXT_LINES_H_
