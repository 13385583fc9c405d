// JoinedLines: lines the text rules removed from a joined reading of a page, given the page's
// line numbers and its text as printed.
#include "extract/joined_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/text_lines.h"

namespace kabar::extract {
namespace {

// "a b" wrapped over three page lines (the second printed with a link mark the reading drops),
// a blank line, "g h", and the nothing after the final '\n'.
constexpr std::string_view kPrinted = "a b\n[1]c d\ne f\n\ng h\n";

JoinedLines Wrapped() {
  JoinedLines j;
  j.text = "a b c d e f\n\ng h\n";
  j.first_line = {1, 4, 5, 6};
  j.page_lines = 6;
  return j;
}

TEST(JoinedLines, RemovedLinesMapToTheirPageLines) {
  std::vector<RemovedLine> removed = {
      {1, "a b c d e f", "navigation"}, {3, "g h", "footer"}, {4, "", "blank"}};
  MapJoinedLines(Wrapped(), &removed);
  EXPECT_EQ(removed[0].line, 1);
  EXPECT_EQ(removed[0].last_line, 3);
  EXPECT_EQ(removed[0].text, "a b c d e f");  // the text stays as read
  EXPECT_EQ(removed[1].line, 5);
  EXPECT_EQ(removed[1].last_line, 0);
  EXPECT_EQ(removed[2].line, 6);  // the last line ends at the page's last
}

TEST(JoinedLines, LinesNotInTheJoinedTextAreLeftAlone) {
  std::vector<RemovedLine> removed = {{0, "x", "ad"}, {5, "y", "ad"}};
  MapJoinedLines(Wrapped(), &removed);
  EXPECT_EQ(removed[0].line, 0);
  EXPECT_EQ(removed[1].line, 5);
  EXPECT_EQ(removed[1].last_line, 0);
}

TEST(JoinedLines, PrintedTextOfJoinedLinesOnlyOrOfAll) {
  std::vector<RemovedLine> joined_only = {{1, "a b c d e f", "ad", 3}, {5, "G H", "footer"}};
  RestorePrintedText(kPrinted, PrintedText::kJoined, &joined_only);
  EXPECT_EQ(joined_only[0].text, "a b [1]c d e f");
  EXPECT_EQ(joined_only[1].text, "G H");
  std::vector<RemovedLine> all = {{1, "a b c d e f", "ad", 3}, {5, "G H", "footer"}};
  RestorePrintedText(kPrinted, PrintedText::kAll, &all);
  EXPECT_EQ(all[0].text, "a b [1]c d e f");
  EXPECT_EQ(all[1].text, "g h");
  // Lines past the page's end keep their text.
  std::vector<RemovedLine> past = {{5, "g h", "ad", 7}, {9, "z", "ad"}};
  RestorePrintedText(kPrinted, PrintedText::kAll, &past);
  EXPECT_EQ(past[0].text, "g h");
  EXPECT_EQ(past[1].text, "z");
}

TEST(JoinedLines, TextLinesCountTheNothingAfterTheFinalNewline) {
  const auto count = [](std::string_view text, FinalNewline final_newline) {
    int lines = 0;
    TextLines walk(text, final_newline);
    for (std::string_view line; walk.Next(&line);) ++lines;
    return lines;
  };
  constexpr FinalNewline kEmpty = FinalNewline::kStartsEmptyLine;
  constexpr FinalNewline kEnds = FinalNewline::kEndsLastLine;
  EXPECT_EQ(count(kPrinted, kEmpty), 6);
  EXPECT_EQ(count(kPrinted, kEnds), 5);
  EXPECT_EQ(count("a", kEmpty), 1);
  EXPECT_EQ(count("a", kEnds), 1);
  EXPECT_EQ(count("", kEmpty), 1);
  EXPECT_EQ(count("", kEnds), 0);
  EXPECT_EQ(count("\n\n", kEnds), 2);
  TextLines walk("a\n\nb");
  std::string_view line;
  ASSERT_TRUE(walk.Next(&line));
  EXPECT_EQ(line, "a");
  ASSERT_TRUE(walk.Next(&line));
  EXPECT_EQ(line, "");
  ASSERT_TRUE(walk.Next(&line));
  EXPECT_EQ(line, "b");
  EXPECT_FALSE(walk.Next(&line));
}

}  // namespace
}  // namespace kabar::extract
