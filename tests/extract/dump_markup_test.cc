// DumpMarkup: what the marks of Markdown converters, reader APIs and text browsers say a page
// is, and each line read as the text it shows.
#include "extract/dump_markup.h"

#include <gtest/gtest.h>

#include <string>

namespace kabar::extract {
namespace {

TEST(DumpMarkup, SniffsTheToolFromItsOwnMarks) {
  EXPECT_EQ(SniffDumpMarkup("* [News](https://a.id/news)\n* [Sport](https://a.id/sport)\n"
                            "[Home](/) > [Ekonomi](/ekonomi)\n"),
            DumpMarkup::kMarkdown);
  EXPECT_EQ(SniffDumpMarkup("   [1]Skip to content [2][Logo]\n     * [3]News\n"),
            DumpMarkup::kReferences);
  // Plain text, w3m's image placeholders alone on their lines, a footnote or two, a single
  // link: not enough.
  EXPECT_EQ(SniffDumpMarkup("Harbour bridge reopens\n\nThe bridge reopened.\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("[1]\nCaption one\n[2]\nCaption two\n[3]\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("As the report says [1], costs rose [2].\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("Read the [report](https://a.id/r) first.\n"), DumpMarkup::kNone);
}

TEST(DumpMarkup, MarkdownLinesAsTheyShow) {
  const std::string page =
      "Title: Harbour bridge reopens - Example News\n"     // a reader API's header
      "URL Source: https://www.example.com/news/bridge\n"  //
      "# Harbour bridge reopens\n"                         // a heading
      "*   [News](https://www.example.com/news)\n"         // a menu entry
      "[![Logo](https://cdn.example.com/logo.png)](/)\n"   // an image alone, linked
      "![Image 2: The bridge at dawn](https://cdn.example.com/b.jpg)\n"
      "**SYDNEY** - The [bridge](https://x.com/t \"tag\") reopened, _said_ the minister.\n"
      "Ekonomi \\> Bisnis\n"  // escapes
      "* * *\n"               // a rule stays
      "[rob](https://x.com/rob)[banjir](https://x.com/banjir)\n"
      "See <https://wa.me/123>. snake_case stays; 2 * 3 = 6\n"
      "1.   [First](https://x.com/1)";
  const std::string shown =
      "Harbour bridge reopens - Example News\n"
      "URL Source: https://www.example.com/news/bridge\n"
      "Harbour bridge reopens\n"
      "\xE2\x80\xA2 News\n"
      "[Logo]\n"
      "[Image 2: The bridge at dawn]\n"
      "SYDNEY - The bridge reopened, said the minister.\n"
      "Ekonomi > Bisnis\n"
      "* * *\n"
      "rob banjir\n"
      "See https://wa.me/123. snake_case stays; 2 * 3 = 6\n"
      "1. First";
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kMarkdown), shown);
  EXPECT_EQ(ReaderSourceUrl(page), "https://www.example.com/news/bridge");
  EXPECT_EQ(ReaderSourceUrl("Harbour bridge\nURL Source: https://x.com/\n"), "");
}

TEST(DumpMarkup, ReferenceMarksDroppedLinesKept) {
  const std::string page =
      "   [1]Skip to main content [2][Logo]\n"
      "     * [3]News\n"
      "\n"
      "   Rep: [12]Wulan/ Red: [13]Fitria\n"
      "   [14][IMG]\n"
      "   Kapanewon [18]Wonosari [a] [ Cari ]\r\n"
      "References\n"
      "   1. https://www.example.com/";
  const std::string shown =
      "   Skip to main content [Logo]\n"
      "     \xE2\x80\xA2 News\n"
      "\n"
      "   Rep: Wulan/ Red: Fitria\n"
      "   [IMG]\n"
      "   Kapanewon Wonosari [a] [ Cari ]\r\n"
      "References\n"
      "   1. https://www.example.com/";
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kReferences), shown);
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kNone), page);
}

// Hostile lines: a million unclosed brackets, links without a closing parenthesis, images,
// "<http" marks without '>' or with spaces, and links nested a hundred thousand deep. Each is
// read in time linear in its length (an unbounded bracket scan per mark took minutes on two
// megabytes), without deep recursion; marks that never close are shown as they are.
TEST(DumpMarkup, HostileMarkdownLinesAreReadInLinearTime) {
  const std::string head = "[a](https://a.id/1) [b](https://a.id/2) [c](https://a.id/3)\n";
  auto repeat = [](std::string_view unit, size_t n) {
    std::string s;
    s.reserve(unit.size() * n);
    for (size_t i = 0; i < n; ++i) s.append(unit);
    return s;
  };
  for (const std::string& line :
       {repeat("[", 1 << 21), repeat("[x](", 1 << 19), repeat("![", 1 << 20),
        repeat("<http", 1 << 19), repeat("<http x> ", 1 << 18)}) {
    const std::string page = head + line + "\n";
    ASSERT_EQ(SniffDumpMarkup(page), DumpMarkup::kMarkdown);
    const std::string shown = ReadDumpMarkup(page, DumpMarkup::kMarkdown);
    EXPECT_EQ(shown, "a b c\n" + line + "\n") << line.substr(0, 12);
  }
  const std::string nested = repeat("[", 100000) + "x" + repeat("]", 100000) + "(https://a.id/n)";
  const std::string shown = ReadDumpMarkup(head + nested + "\n", DumpMarkup::kMarkdown);
  EXPECT_LT(shown.size(), head.size() + nested.size());  // the outer links were read
  EXPECT_NE(shown.find('x'), std::string::npos);
}

}  // namespace
}  // namespace kabar::extract
