#include "extract/page_lines.h"

#include "extract/centered_lines.h"
#include "extract/text_lines.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Lines at least this long (bytes) are the ones whose indentation tells a page's margin: prose
// paragraphs, not menu entries.
constexpr size_t kMarginLineBytes = 80;
// The text browsers (lynx, links, elinks) set a dump's text this many spaces in, their list
// items further.
constexpr int kBrowserMargin = 3;

// When more than half of a page's long lines are set kBrowserMargin spaces in, or more of them
// than are flush (the browser sets its headings flush, and a thread of comments indented as
// list items may outnumber the article's paragraphs), the page is a text browser's dump and the
// lines' indents count from that margin.
void DropBrowserMargin(std::vector<PageLine>* lines) {
  int long_lines = 0, at_margin = 0, flush = 0;
  for (const PageLine& l : *lines) {
    if (l.text.size() < kMarginLineBytes || l.oversized) continue;
    ++long_lines;
    at_margin += l.indent == kBrowserMargin;
    flush += l.indent == 0;
  }
  if (2 * at_margin <= long_lines && at_margin <= flush) return;
  for (PageLine& l : *lines) l.indent = l.indent > kBrowserMargin ? l.indent - kBrowserMargin : 0;
}

// A margin every line of the page keeps (a scraper that sets all of its text two spaces or a
// tab in) tells nothing of its structure: the lines' indents count from it.
void DropCommonIndent(std::vector<PageLine>* lines) {
  int common = -1;
  for (const PageLine& l : *lines) {
    if (l.text.empty() || l.oversized) continue;  // an oversized line keeps its spaces
    if (common < 0 || l.indent < common) common = l.indent;
    if (common == 0) return;
  }
  if (common <= 0) return;
  for (PageLine& l : *lines) {
    if (!l.text.empty() && !l.oversized) l.indent -= common;
  }
}

}  // namespace

std::vector<PageLine> SplitPageLines(std::string_view text, size_t max_line_bytes) {
  std::vector<PageLine> lines;
  lines.reserve(text.size() / 40 + 1);
  int number = 0;
  TextLines page(text, FinalNewline::kEndsLastLine);
  for (std::string_view raw; page.Next(&raw);) {
    PageLine line;
    line.number = ++number;
    line.oversized = raw.size() > max_line_bytes;
    line.text = line.oversized ? raw : Trim(raw);
    if (!line.text.empty()) line.indent = static_cast<int>(line.text.data() - raw.data());
    lines.push_back(line);
  }
  FlushCenteredLines(&lines);  // first: a centred line is told by its place on the whole width
  DropBrowserMargin(&lines);
  DropCommonIndent(&lines);  // last: a browser's margin is told by its width of three
  return lines;
}

}  // namespace kabar::extract
