// CenteredLines: text browsers centre a heading or a paragraph the page centres (links and
// elinks centre every <h1>, and text-align: center) by setting it in half the free width. Such
// a line is set in far more than any list item, yet it is not one: its indent says nothing.
#ifndef KABAR_EXTRACT_CENTERED_LINES_H_
#define KABAR_EXTRACT_CENTERED_LINES_H_

#include <vector>

#include "extract/page_lines.h"

namespace kabar::extract {

// Lines set in by kMinCenteredIndent columns or more whose middle lies at the middle of the
// page's width are centred: their indent becomes 0. The width is not known, but no line
// reaches past it, so a line is centred when twice its indent plus its width in characters
// reaches the right end of the page's widest line (less one: an odd free width is split
// unevenly) and it leaves half kMinCenteredIndent columns or more free before that end (a
// wrapped list item's lines run on to it). Pages without such deep lines cost one look at
// each line's indent.
inline constexpr int kMinCenteredIndent = 16;
void FlushCenteredLines(std::vector<PageLine>* lines);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_CENTERED_LINES_H_
