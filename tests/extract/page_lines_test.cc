// SplitPageLines: lines with their numbers, and indents that say what a text browser meant.
#include "extract/page_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kabar::extract {
namespace {

std::vector<int> Indents(const std::string& text) {
  std::vector<int> out;
  for (const PageLine& l : SplitPageLines(text, 1 << 16)) out.push_back(l.indent);
  return out;
}

const std::string kParagraph =
    "The city's harbour bridge reopened on Monday after two years of repairs, officials said.";

// lynx, links and elinks set text three spaces in and headings flush. A thread of comments set
// in as list items may hold most of the page's long lines: the margin still counts from three
// spaces when more long lines stand at it than flush.
TEST(PageLines, BrowserMarginWhenMoreLongLinesStandAtItThanFlush) {
  const std::string page = "Comments\n\n   " + kParagraph + "\n     * Ann said:\n       " +
                           kParagraph + "\n       " + kParagraph + "\n       " + kParagraph + "\n";
  EXPECT_EQ(Indents(page), (std::vector<int>{0, 0, 0, 2, 4, 4, 4}));
  // A page of flush paragraphs with one set in keeps its indents.
  const std::string flush = kParagraph + "\n" + kParagraph + "\n   " + kParagraph + "\n";
  EXPECT_EQ(Indents(flush), (std::vector<int>{0, 0, 3}));
}

// links and elinks centre <h1> and centred paragraphs: at a width of 100 a 20-character
// heading stands 40 spaces in. Twice the indent plus the width reaches the widest line's end
// (less one for an odd free width): the line is centred, its indent says nothing. A list item
// set in as deep does not reach it, nor does a wrapped one leave a gap at the right end;
// widths count characters, not UTF-8 bytes. (The long line
// set three spaces in makes the page a browser's dump: indents then count from the margin.)
TEST(PageLines, CentredLinesCountAsFlush) {
  std::string accented;
  for (int i = 0; i < 30; ++i) accented += "\xC3\xA9";  // 30 characters, 60 bytes
  const std::string page = std::string(40, ' ') + "Harbour bridge opens\n" +       // 2*40+20 = 100
                           std::string(37, ' ') + "The bridge is open again.\n" +  // 99
                           "   " + std::string(96, 'x') + "\n" +                   // ends at 99
                           std::string(20, ' ') + "* Ferries\n" +               // 49: a list item
                           std::string(30, ' ') + accented + "\n" +             // 90 (120 in bytes)
                           std::string(20, ' ') + std::string(75, 'y') + "\n";  // ends at 95
  // The last: a wrapped list item's line, running on to the right edge (a gap of 4).
  EXPECT_EQ(Indents(page), (std::vector<int>{0, 0, 0, 17, 27, 17}));
}

// A margin every line keeps (a scraper that sets its whole text two spaces or a tab in) is no
// structure: indents count from it, and a list item set further in keeps its own.
TEST(PageLines, MarginEveryLineKeepsCountsAsFlush) {
  const std::string page =
      "  Headline\n\n  " + kParagraph + "\n    * item\n\t\t" + kParagraph + "\n";
  EXPECT_EQ(Indents(page), (std::vector<int>{0, 0, 0, 2, 0}));
  const std::string tabbed = "\tHeadline\n\t" + kParagraph + "\n";
  EXPECT_EQ(Indents(tabbed), (std::vector<int>{0, 0}));
}

}  // namespace
}  // namespace kabar::extract
