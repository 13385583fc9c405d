// WrappedLines: a dump wrapped at a fixed width read with each paragraph on one line, and a
// page that is not wrapped left alone.
#include "extract/wrapped_lines.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace kabar::extract {
namespace {

// Paragraphs of an invented story (original text), each a single line.
const std::vector<std::string> kParagraphs = {
    "The harbour authority said on Tuesday that the northern ferry terminal would reopen next "
    "month after a year of repairs to its pontoons, which were damaged when a storm surge pushed "
    "two fishing boats against the pier during the wet season.",
    "Engineers replaced more than forty steel piles and raised the boarding platform by half a "
    "metre, so that passengers no longer wait on a deck that floods at the highest spring "
    "tides, according to the project's final report.",
    "Commuters who used the temporary landing at the fish market will be moved back in stages, "
    "starting with the early morning crossings, while the evening timetable stays unchanged "
    "until the ticket gates have been tested with full crowds.",
    "Local traders welcomed the news but asked the authority to keep the market landing open on "
    "weekends, when tourists arrive with bicycles and prams that the narrow ramp of the old "
    "terminal could never take without long queues forming on the road.",
};

// The story: kParagraphs three times, enough lines to show a wrap width.
const std::vector<std::string> kStory = [] {
  std::vector<std::string> story;
  for (int i = 0; i < 3; ++i) story.insert(story.end(), kParagraphs.begin(), kParagraphs.end());
  return story;
}();

// Columns of `s`: every byte that starts a character is one column, three-byte Hangul and CJK
// characters (lead byte 0xEA-0xED, 0xE3-0xE9) `wide` columns.
int Columns(const std::string& s, int wide) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    n += (c >= 0xE3 && c <= 0xED) ? wide : 1;
  }
  return n;
}

// `text` filled greedily into lines of at most `width` columns as a text tool does: a line is
// broken before the word that would pass the width. The first line starts with `first`, the
// others with `rest` (the block's margin).
std::string Wrap(const std::string& text, int width, const std::string& first = "",
                 const std::string& rest = "", int wide = 2) {
  std::string out, line = first;
  bool empty = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(i, end - i);
    i = end + 1;
    if (!empty && Columns(line, wide) + 1 + Columns(word, wide) > width) {
      out += line + "\n";
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  return out + line;
}

std::string Joined(const std::vector<std::string>& paragraphs, const std::string& between) {
  std::string out;
  for (const std::string& p : paragraphs) out += (out.empty() ? "" : between) + p;
  return out;
}

TEST(WrappedLines, TheTestHelperWrapsGreedily) {
  // Hand-checked: "pontoons," would end at column 83.
  std::string wrapped = Wrap(kStory[0], 79);
  EXPECT_EQ(wrapped.substr(0, wrapped.find('\n')),
            "The harbour authority said on Tuesday that the northern ferry terminal would");
  EXPECT_EQ(Wrap("aaa bbb ccc", 7), "aaa bbb\nccc");
}

TEST(WrappedLines, ParagraphsWrappedAt80ComeBackWhole) {
  // w3m -cols 80 fills 79 columns, blank lines between paragraphs.
  std::vector<std::string> wrapped;
  for (const std::string& p : kStory) wrapped.push_back(Wrap(p, 79));
  const std::string page = "Ferry terminal to reopen\n\n" + Joined(wrapped, "\n\n") + "\n";
  EXPECT_EQ(DetectWrapWidth(page).columns, 79);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, "Ferry terminal to reopen\n\n" + Joined(kStory, "\n\n") + "\n");
  // Line 3 of the text is the first paragraph at page line 3, line 5 the second one: it starts
  // after the first paragraph's lines and a blank line.
  ASSERT_GE(u.first_line.size(), 5u);
  EXPECT_EQ(u.first_line[2], 3);
  int first_lines = 1;
  for (char c : wrapped[0]) first_lines += c == '\n';
  EXPECT_EQ(u.first_line[4], 3 + first_lines + 1);
}

TEST(WrappedLines, ParagraphsAt72WithTheBrowserMarginAndNoBlankLines) {
  // lynx sets text three columns in; html2text and links print no blank line between
  // paragraphs. Each paragraph's last line is short enough that the next paragraph's first
  // word would have fitted on it: the greedy test keeps them apart.
  std::vector<std::string> wrapped;
  for (const std::string& p : kStory) wrapped.push_back(Wrap(p, 72, "   ", "   "));
  const std::string page = Joined(wrapped, "\n");
  // The widest line the tool left may fall a column or two short of its width.
  EXPECT_GE(DetectWrapWidth(page).columns, 70);
  EXPECT_LE(DetectWrapWidth(page).columns, 72);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, "   " + Joined(kStory, "\n   "));
}

TEST(WrappedLines, HangingListItems) {
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 74, "   ", "   "));
  const std::string item_one =
      "The northern terminal reopens next month with a raised platform and new pontoons";
  const std::string item_two = "Evening timetable unchanged";
  const std::string page = Joined(body, "\n\n") + "\n\n" +
                           Wrap(item_one, 74, "     * ", "       ") + "\n" +
                           Wrap(item_two, 74, "     * ", "       ") + "\n";
  // The first item takes two lines, its text hanging under its first word.
  EXPECT_NE(Wrap(item_one, 74, "     * ", "       ").find("\n       "), std::string::npos);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_NE(u.text.find("\n     * " + item_one + "\n     * " + item_two + "\n"), std::string::npos)
      << u.text;
}

TEST(WrappedLines, ListItemsPrintedWholeDoNotHideTheWrap) {
  // Python's html2text wraps paragraphs at 78 columns but prints list items whole: a menu of
  // long items (an image's alt text, a link with its address) above the story.
  std::string menu;
  for (const std::string& p : kParagraphs) menu += "  * " + p + "\n";
  std::vector<std::string> wrapped;
  for (const std::string& p : kStory) wrapped.push_back(Wrap(p, 78));
  const std::string page = menu + "\n" + Joined(wrapped, "\n\n") + "\n";
  EXPECT_EQ(DetectWrapWidth(page).columns, 78);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, menu + "\n" + Joined(kStory, "\n\n") + "\n");
  // The same long lines as paragraphs of their own are prose the tool did not wrap.
  std::string prose;
  for (const std::string& p : kParagraphs) prose += p + "\n\n";
  EXPECT_EQ(DetectWrapWidth(prose + Joined(wrapped, "\n\n") + "\n").columns, 0);
}

TEST(WrappedLines, HeadingsPrintedWholeDoNotHideTheWrap) {
  // pandoc -t plain wraps paragraphs at 72 columns but prints a heading whole, however long:
  // a dek above the story (a sentence: it counts against the wrap, but one line is not enough
  // to hide it), headings between its paragraphs (one asks), and a date line with a heading
  // right under it.
  const std::string dek =
      "The harbour authority says the northern ferry terminal will reopen next month after a "
      "year of repairs to its pontoons.";
  ASSERT_GT(dek.size(), 100u);
  const std::vector<std::string> headings = {
      "Engineers replaced forty steel piles and raised the boarding platform by half a metre",
      "Will the evening timetable stay unchanged until the ticket gates have been tested?",
      "Traders want the market landing kept open on weekends for tourists with bicycles"};
  std::string page = "Ferry terminal to reopen\n\n" + dek + "\n\n";
  std::string expected = page;
  for (size_t i = 0; i < kStory.size(); ++i) {
    page += Wrap(kStory[i], 72) + "\n\n";
    expected += kStory[i] + "\n\n";
    if (i % 4 != 3) continue;
    const std::string heading = headings[(i / 4) % headings.size()];
    const std::string dated = i == 3 ? "12 May 2026, 9:42am\n" : "";
    page += dated + heading + "\n\n";
    expected += dated + heading + "\n\n";
  }
  // The widest line the tool left may fall a column or two short of its width.
  EXPECT_GE(DetectWrapWidth(page).columns, 70);
  EXPECT_LE(DetectWrapWidth(page).columns, 72);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, expected);
}

TEST(WrappedLines, OneLineParagraphsOfAnUnwrappedPageAreNoHeadings) {
  // An unwrapped page of short paragraphs, each a sentence on a line of its own, under a
  // block of address lines that happen to end near one width: the paragraphs end sentences,
  // so they are prose the tool did not wrap.
  std::string page;
  for (int i = 0; i < 12; ++i) {
    page += "Harbour office " + std::to_string(i) + ", Pier Road, Northern Terminal, Building " +
            std::to_string(10 + i) + "\n";
  }
  page += "\n";
  for (const std::string& p : kStory) {
    const size_t stop = p.find(", ");
    page += p.substr(0, stop) + ".\n\n";
  }
  EXPECT_EQ(DetectWrapWidth(page).columns, 0);
  // Without the full stops they would read as headings, which a width shown by this many lines
  // may pass: the address block's width shows.
  std::string headings = page;
  for (size_t dot = headings.find(".\n"); dot != std::string::npos; dot = headings.find(".\n")) {
    headings.erase(dot, 1);
  }
  EXPECT_NE(DetectWrapWidth(headings).columns, 0);
}

TEST(WrappedLines, HeadingsPastTheWidthNeedAClearWidth) {
  // An unwrapped short story, its one paragraph cut before its full stop, above a list of
  // headlines and times in one block: five headlines end within a few columns of each other.
  // The paragraph could be a heading printed whole, but five lines are too few to show a wrap
  // that a heading passes.
  std::string page = "Latest\nPolitics\n\nBy Kevin Nguyen\n\n";
  page += kParagraphs[0].substr(0, 100) + "\n\nTrending now\n";
  const char* const names[] = {"Maria Patel", "Sarah Larsen", "James Nguyen", "Laura Kowalski",
                               "David Larsen"};
  for (int i = 0; i < 5; ++i) {
    page += std::string(names[i]) + " Responds to " + std::to_string(20 + 7 * i) + " Claims\n" +
            std::to_string(i + 2) + " hours ago\n";
  }
  page += "\nCareers\n";
  EXPECT_EQ(DetectWrapWidth(page).columns, 0);
}

TEST(WrappedLines, TableRowsShowNoWidth) {
  // Rows of a table laid out in columns, all as wide, are not lines a tool broke.
  std::string table;
  for (int i = 0; i < 30; ++i) {
    table += "Pier " + std::to_string(10 + i) + "     northern terminal     reopens     " +
             "December 2026\n";
  }
  EXPECT_EQ(DetectWrapWidth(table).columns, 0);
}

TEST(WrappedLines, TitleAndDateLineAreNotJoinedWhenTheGreedyTestSaysNoWrap) {
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 100));
  // A title of 78 columns on a page wrapped at 100: "November" would have fitted after it.
  const std::string title =
      "Harbour authority reopens the northern ferry terminal after a year of repairs.";
  ASSERT_EQ(title.size(), 78u);
  const std::string head = title + "\nNovember 20, 2019\n\n";
  const std::string page = head + Joined(body, "\n\n");
  EXPECT_EQ(DetectWrapWidth(page).columns, 100);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, head + Joined(kStory, "\n\n"));
  // At 79 columns a title of 70 is kept apart from "Tuesday,": 70 + 1 + 8 columns fit.
  std::vector<std::string> narrow;
  for (const std::string& p : kStory) narrow.push_back(Wrap(p, 79));
  const std::string short_head = title.substr(0, 70) + "\nTuesday, 24 November 2026\n\n";
  const std::string page79 = short_head + Joined(narrow, "\n\n");
  ASSERT_TRUE(UnwrapLines(page79, page79, &u));
  EXPECT_EQ(u.text, short_head + Joined(kStory, "\n\n"));
}

TEST(WrappedLines, AStarHeadingEndsAtItsClosingStars) {
  // html2text prints a heading between runs of stars, wrapping it like a paragraph; the line
  // after its closing stars starts a block even when the greedy test would join it.
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 79));
  const std::string heading =
      "****** Harbour authority reopens the northern ferry terminal after repairs ******";
  ASSERT_EQ(heading.size(), 81u);
  const std::string wrapped_heading = Wrap(heading, 79);
  ASSERT_EQ(wrapped_heading.substr(wrapped_heading.size() - 7), "\n******");
  const std::string one_line =
      "***** Ferry timetable for the holidays, with all of the extra crossings *****";
  const std::string page = wrapped_heading + "\nReporter: Ani Wulandari | Editor: Budi\n" +
                           one_line + "\nReporter: Ani Wulandari | Editor: Budi\n" +
                           Joined(body, "\n");
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text.substr(0, u.text.find('\n', u.text.find('\n', u.text.find('\n') + 1) + 1)),
            heading + "\nReporter: Ani Wulandari | Editor: Budi\n" + one_line);
}

// A page of kStory wrapped at 79 columns with no blank lines between paragraphs (html2text),
// `block` set between the first and second paragraphs.
std::string StoryAround(const std::string& block) {
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 79));
  return body[0] + "\n" + block + "\n" + Joined({body.begin() + 1, body.end()}, "\n");
}

// The first lines of `u`'s text: the first paragraph and `n` more.
std::string FirstLines(const JoinedLines& u, int n) {
  size_t end = u.text.find('\n');
  for (int i = 0; i < n && end != std::string::npos; ++i) end = u.text.find('\n', end + 1);
  return u.text.substr(0, end);
}

TEST(WrappedLines, BlocksThatNoParagraphRunsInto) {
  // html2text prints no blank line between blocks: after a nearly full last line, the greedy
  // test alone would join the next block. A rule, a heading's opening stars (a heading that is
  // a link opens "***_", its words joined by '_'), an image's alt text in brackets that closes
  // at a line's end, and a bracket opening a line after a sentence's end start blocks.
  const std::string full =
      "The harbour authority said the terminal reopens next month, on a Monday.";
  ASSERT_GE(full.size(), 70u);
  const std::vector<std::string> blocks = {
      "=============================================================================",
      "*** Ferry timetable for the holidays ***", "***_Ferry_timetable_for_the_holidays_***",
      "[Passengers board the ferry at the northern terminal on the first morning of its\n"
      "reopening]",
      "[Passengers board the ferry at the northern terminal]"};
  for (const std::string& block : blocks) {
    const std::string page = StoryAround(full + "\n" + block +
                                         "\nWeather permitting, crossings "
                                         "start at six.");
    JoinedLines u;
    ASSERT_TRUE(UnwrapLines(page, page, &u)) << block;
    std::string joined_block = block;
    std::replace(joined_block.begin(), joined_block.end(), '\n', ' ');
    EXPECT_EQ(FirstLines(u, 3), kStory[0] + "\n" + full + "\n" + joined_block +
                                    "\nWeather permitting, crossings start at six.")
        << block;
  }
  // A link number opening a line (lynx, elinks: "[12]Ferry") goes on the sentence before it,
  // and so does a bracket after no sentence's end.
  for (const std::string& next : {"[12]Ferry timetable for the holidays", "[sic] and more"}) {
    const std::string open =
        "The harbour authority said that the northern terminal reopens next month, on a";
    const std::string page = StoryAround(open + "\n" + next);
    JoinedLines u;
    ASSERT_TRUE(UnwrapLines(page, page, &u));
    EXPECT_EQ(FirstLines(u, 1), kStory[0] + "\n" + open + " " + next) << next;
  }
}

TEST(WrappedLines, BulletsOfElinksAndW3m) {
  // elinks sets a no-break space after its bullet, w3m marks nested lists with "□" and "☆": a
  // hanging list item's lines are joined, and no item runs into the next.
  for (const std::string& bullet : {"\xE2\x80\xA2\xC2\xA0", "\xE2\x96\xA1 ", "\xE2\x98\x86 "}) {
    const std::string item_one =
        "The northern terminal reopens next month with a raised platform and new pontoons";
    const std::string item_two = "Evening timetable unchanged until the ticket gates are tested";
    const std::string items = Wrap(item_one, 79, "     " + bullet, "       ") + "\n" +
                              Wrap(item_two, 79, "     " + bullet, "       ");
    std::vector<std::string> body;
    for (const std::string& p : kStory) body.push_back(Wrap(p, 79, "   ", "   "));
    const std::string page = items + "\n\n" + Joined(body, "\n\n") + "\n";
    JoinedLines u;
    ASSERT_TRUE(UnwrapLines(page, page, &u));
    EXPECT_EQ(FirstLines(u, 1), "     " + bullet + item_one + "\n     " + bullet + item_two);
  }
}

TEST(WrappedLines, AnImageSetOneColumnInOpensItsCaptionsParagraph) {
  // html2text prints an inline image's alt text in brackets one column in; the caption after it
  // wraps on at the paragraph's margin.
  const std::string caption =
      "[Ferry at the pier] Passengers board the first ferry at the northern terminal on "
      "Monday, the day it reopened after a year of repairs. Harbour Authority/Ani Wulandari";
  const std::string page = StoryAround(Wrap(caption, 79, " "));
  ASSERT_NE(Wrap(caption, 79, " ").find("\non Monday"), std::string::npos);
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(FirstLines(u, 1), kStory[0] + "\n " + caption);
}

TEST(WrappedLines, AQuotationSetInIsWrappedNarrower) {
  // html2text sets a quotation five columns in and ends its lines at 74 columns, not 79: its
  // lines are joined by its own width, found as a page's is.
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 79));
  std::vector<std::string> quote;
  for (const std::string& p : kParagraphs) quote.push_back(Wrap(p, 74, "     ", "     "));
  const std::string page = Joined(body, "\n\n") + "\n\n" + Joined(quote, "\n\n") + "\n";
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, Joined(kStory, "\n\n") + "\n\n     " + Joined(kParagraphs, "\n\n     ") + "\n");
}

TEST(WrappedLines, WideCharactersCountTwoColumnsOrOne) {
  // w3m and elinks count a Hangul syllable two columns; lynx and links count it one.
  // Invented Korean words ("harbour", "the bridge", "today", "morning", "again", "opened",
  // "citizens", "greatly", "rejoiced", "new", "a boat", "arrived", "market", "traders too")
  // among Latin letters and figures, as Korean news prints them.
  const std::vector<std::string> words = {"\xED\x95\xAD\xEA\xB5\xAC",
                                          "\xEB\x8B\xA4\xEB\xA6\xAC\xEA\xB0\x80",
                                          "\xEC\x98\xA4\xEB\x8A\x98",
                                          "\xEC\x95\x84\xEC\xB9\xA8",
                                          "\xEB\x8B\xA4\xEC\x8B\x9C",
                                          "\xEC\x97\xB4\xEB\xA0\xB8\xEB\x8B\xA4\x2E",
                                          "\xEC\x8B\x9C\xEB\xAF\xBC\xEB\x93\xA4\xEC\x9D\x80",
                                          "\xED\x81\xAC\xEA\xB2\x8C",
                                          "\xEA\xB8\xB0\xEB\xBB\x90\xED\x96\x88\xEB\x8B\xA4\x2E",
                                          "\xEC\x83\x88",
                                          "\xEB\xB0\xB0\xEA\xB0\x80",
                                          "\xEB\x8F\x84\xEC\xB0\xA9\xED\x96\x88\xEB\x8B\xA4\x2E",
                                          "\xEC\x8B\x9C\xEC\x9E\xA5",
                                          "\xEC\x83\x81\xEC\x9D\xB8\xEB\x93\xA4\xEB\x8F\x84",
                                          "Busan",
                                          "KTX",
                                          "2026",
                                          "10%",
                                          "(Yonhap)"};
  std::string paragraph;
  for (unsigned i = 0, pick = 7; i < 90; ++i, pick = (pick * 1103515245u + 12345u) >> 3) {
    paragraph += (i ? " " : "") + words[pick % words.size()];
  }
  for (int wide : {2, 1}) {
    std::string page;
    for (int k = 0; k < 5; ++k) page += Wrap(paragraph, 60, "", "", wide) + "\n\n";
    WrapWidth w = DetectWrapWidth(page);
    EXPECT_GE(w.columns, 58) << wide;
    EXPECT_LE(w.columns, 60) << wide;
    EXPECT_EQ(w.wide_as_two, wide == 2);
    JoinedLines u;
    ASSERT_TRUE(UnwrapLines(page, page, &u));
    std::string expected;
    for (int k = 0; k < 5; ++k) expected += paragraph + "\n\n";
    EXPECT_EQ(u.text, expected);
  }
}

TEST(WrappedLines, UnwrappedPagesAreLeftAlone) {
  // One paragraph a line, as most pages come.
  const std::string plain = "Ferry terminal to reopen\n\n" + Joined(kStory, "\n\n") + "\n";
  EXPECT_EQ(DetectWrapWidth(plain).columns, 0);
  JoinedLines u;
  EXPECT_FALSE(UnwrapLines(plain, plain, &u));
  EXPECT_TRUE(u.text.empty());
  // A menu of short entries of many widths shows no edge.
  std::string menu;
  for (int i = 0; i < 60; ++i) menu += std::string(10 + (i * 7) % 60, 'm') + " entry\n";
  EXPECT_EQ(DetectWrapWidth(menu).columns, 0);
  // A few wrapped lines are not enough to tell.
  const std::string few = Wrap(kStory[0], 79);
  EXPECT_EQ(DetectWrapWidth(few).columns, 0);
}

TEST(WrappedLines, TablesListMarksAndUnbreakableWords) {
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 79));
  const std::string tail =
      "Pier                                          Reopens in\n"  // table row: columns
      "Northern terminal                             December\n"
      "12. https://www.example.com/harbour/northern-terminal/reopening-plan-and-timetable-2026\n"
      "13. https://www.example.com/harbour/\n";
  const std::string page = Joined(body, "\n\n") + "\n\n" + tail;
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.text, Joined(kStory, "\n\n") + "\n\n" + tail);
}

TEST(WrappedLines, ShownTextIsJoinedWhereTheLaidOutTextWasBroken) {
  std::vector<std::string> body;
  for (const std::string& p : kStory) body.push_back(Wrap(p, 79));
  const std::string laid_out = Joined(body, "\n\n");
  std::string shown = laid_out;
  shown.replace(0, 3, "THE");  // ReadDumpMarkup changes text, never the lines
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(laid_out, shown, &u));
  EXPECT_EQ(u.text.substr(0, 12), "THE harbour ");
  EXPECT_FALSE(UnwrapLines(laid_out, shown + "\nextra line", &u));
}

TEST(WrappedLines, JoinedLinesKnowTheirPageLines) {
  // Paragraphs broken at 79 columns, blank lines between, a short line, and the nothing after
  // the final '\n' (a line too).
  const std::string first = Wrap(kStory[0], 79);
  const int first_lines = static_cast<int>(std::count(first.begin(), first.end(), '\n')) + 1;
  ASSERT_GT(first_lines, 1);
  std::string page;
  for (const std::string& p : kStory) page += Wrap(p, 79) + "\n\n";
  page += "The end.\n";
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(page, page, &u));
  EXPECT_EQ(u.first_line.front(), 1);
  EXPECT_EQ(u.first_line[1], first_lines + 1);  // the blank line after the first paragraph
  EXPECT_EQ(u.page_lines, static_cast<int>(std::count(page.begin(), page.end(), '\n')) + 1);
}

double SecondsToUnwrap(const std::string& page) {
  auto start = std::chrono::steady_clock::now();
  JoinedLines u;
  UnwrapLines(page, page, &u);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(WrappedLines, HostileInputInLinearTime) {
  // A 2 MB line of words: one long prose line, never wrapped.
  std::string long_line;
  while (long_line.size() < (2u << 20)) long_line += "word ";
  EXPECT_EQ(DetectWrapWidth(long_line).columns, 0);
  EXPECT_LT(SecondsToUnwrap(long_line), 1.0);
  // 200,000 lines of 80 'x': single words, no edge of lines of words.
  std::string xs;
  for (int i = 0; i < 200000; ++i) xs += std::string(80, 'x') + "\n";
  EXPECT_EQ(DetectWrapWidth(xs).columns, 0);
  EXPECT_LT(SecondsToUnwrap(xs), 2.0);
  // 200,000 lines of words at 79 columns: wrapped, joined into lines of at most kMaxJoinedBytes.
  std::string words;
  const std::string line = Wrap(kStory[0], 79).substr(0, 76);
  for (int i = 0; i < 200000; ++i) words += line + "\n";
  JoinedLines u;
  ASSERT_TRUE(UnwrapLines(words, words, &u));
  size_t longest = 0, start = 0;
  for (size_t end = u.text.find('\n'); end != std::string::npos; end = u.text.find('\n', start)) {
    longest = std::max(longest, end - start);
    start = end + 1;
  }
  EXPECT_LE(longest, kMaxJoinedBytes);
  EXPECT_GT(longest, kMaxJoinedBytes / 2);
  EXPECT_LT(SecondsToUnwrap(words), 2.0);
  // Alternating widths: 79 and 40 columns.
  std::string alternating;
  for (int i = 0; i < 100000; ++i) alternating += line + "\n" + line.substr(0, 40) + "\n";
  EXPECT_LT(SecondsToUnwrap(alternating), 2.0);
}

}  // namespace
}  // namespace kabar::extract
