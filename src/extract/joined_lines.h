// JoinedLines: a page's text with some of its lines joined, and for each line of the result the
// page lines it came from.
//
// The text path reads some pages with lines joined before the text rules see them: a dump a
// tool wrapped at a fixed width has each paragraph on one line again (wrapped_lines.h), a
// scraper's one-text-node-per-line text has its split inline runs joined (text_node_lines.h).
// The rules report the lines they drop (Article::removed) by their number in the joined text;
// MapJoinedLines gives them the page's numbers back, and RestorePrintedText the page's text.
// Lines are counted as TextLines counts them (text_lines.h: a final '\n' starts an empty line).
#ifndef KABAR_EXTRACT_JOINED_LINES_H_
#define KABAR_EXTRACT_JOINED_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/article.h"

namespace kabar::extract {

// A page's text with runs of its lines joined, each run on one line.
struct JoinedLines {
  std::string text;             // the lines, each run joined on one line
  std::vector<int> first_line;  // first_line[i]: the 1-based page line that line i + 1 of
                                // `text` starts at; rising, the first 1
  int page_lines = 0;           // lines in the page; line i + 1 of `text` ends at page line
                                // first_line[i + 1] - 1, the last at page_lines
};

// No joined line grows past this (bytes): the page line that would pass it starts a line of its
// own.
inline constexpr size_t kMaxJoinedBytes = 16 << 10;

// Maps each of `removed` (its `line` counting lines of `joined.text`) back to the page: `line`
// becomes the page line it starts at, `last_line` the one it ends at when it joins several
// (else `last_line` is left as it is). The text stays as read. An entry whose `line` is not a
// line of `joined.text` is left alone.
void MapJoinedLines(const JoinedLines& joined, std::vector<RemovedLine>* removed);

// Which of `removed` RestorePrintedText gives the page's text.
enum class PrintedText {
  kJoined,  // only those that join several page lines
  kAll,     // all (the page was read through ReadDumpMarkup, which may change a line's text)
};

// Sets the text of each of `removed` that `which` names (its `line`..`last_line`, or `line`
// alone when `last_line` is not past it, counting lines of `printed`, the page's bytes) to
// those lines of `printed`, trimmed and joined with single spaces. An entry whose lines are not
// all lines of `printed` is left alone.
void RestorePrintedText(std::string_view printed, PrintedText which,
                        std::vector<RemovedLine>* removed);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_JOINED_LINES_H_
