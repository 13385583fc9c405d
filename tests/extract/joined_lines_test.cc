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
  const auto count = [](std::string_view text, bool skip_end) {
    int lines = 0;
    ForEachTextLine(text, [&](std::string_view line) {
      lines += !(skip_end && EndsText(text, line));
      return true;
    });
    return lines;
  };
  EXPECT_EQ(count(kPrinted, false), 6);
  EXPECT_EQ(count(kPrinted, true), 5);
  EXPECT_EQ(count("a", false), 1);
  EXPECT_EQ(count("a", true), 1);
  EXPECT_EQ(count("", false), 1);
  EXPECT_EQ(count("", true), 0);
  EXPECT_EQ(count("\n\n", true), 2);
  int seen = 0;
  EXPECT_FALSE(ForEachTextLine("a\nb\nc", [&](std::string_view) { return ++seen < 2; }));
  EXPECT_EQ(seen, 2);
}

}  // namespace
}  // namespace kabar::extract
