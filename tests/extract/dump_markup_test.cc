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
  // lynx prints a link without text as its mark alone ("[1]", an image link without alt) or
  // with the link's leading space ("[3] Menu"): "[1]" to "[4]" in order, two of them glued.
  EXPECT_EQ(SniffDumpMarkup("   [1]\n\nBinge eating\n\n   Written by [2]Rachael Link\n"
                            "   The most common disorder ([3]1).\n     * [4] Menu\n"),
            DumpMarkup::kReferences);
  EXPECT_EQ(SniffDumpMarkup("[1]\nCaption one\n[2]\nCaption two\n[3] [4]\n"), DumpMarkup::kNone);
  // No link in the first 4 KB, but the page ends with the list of addresses lynx appends.
  const std::string story = "   Teachers rallied at the Statehouse on Tuesday.\n";
  EXPECT_EQ(SniffDumpMarkup(story + "References\n\n   1. https://www.example.com/\n"
                                    "   2. file:///news/\n\n"),
            DumpMarkup::kReferences);
  // A story's own numbered sources at its end, under no "References" heading: plain text.
  EXPECT_EQ(SniffDumpMarkup(story + "Sources:\n1. https://www.who.int/report\n"),
            DumpMarkup::kNone);
  // A converter's headline as an ATX heading, on a page without links: Markdown. Hashtags, a
  // short "# " line, a '#' inside a line or seven of them are not.
  EXPECT_EQ(SniffDumpMarkup("Menu\n\n# Harga Beras Naik Lagi\n\nJakarta - Harga beras...\n"),
            DumpMarkup::kMarkdown);
  EXPECT_EQ(SniffDumpMarkup("Menu\n  ## Harga Beras Naik Lagi\n"), DumpMarkup::kMarkdown);
  // A no-break space after the marks, as some converters print it.
  EXPECT_EQ(SniffDumpMarkup("Menu\n\n#\u00a0Harga Beras Naik Lagi\n"), DumpMarkup::kMarkdown);
  EXPECT_EQ(SniffDumpMarkup("#beritaterkini #politik #harga beras naik\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("# Ekonomi\nHarga naik.\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("Pintu # 3 dan # 4 ditutup untuk umum hari ini\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("####### Harga Beras Naik Lagi\n"), DumpMarkup::kNone);
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
      "Warga antre air sejak pagi. (*)\n"  // a story's end mark
      "**Pekalongan**\u00a0-\u00a0Banjir rob kembali menggenangi jalur Pantura.\n"  // no-break
      "1.   [First](https://x.com/1)\n"
      "##\u00a0Related news";
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
      "Warga antre air sejak pagi. (*)\n"
      "Pekalongan\u00a0-\u00a0Banjir rob kembali menggenangi jalur Pantura.\n"
      "1. First\n"
      "Related news";
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
  // The margin of three spaces dropped; the list of addresses under "References" left blank.
  const std::string shown =
      "Skip to main content [Logo]\n"
      "  \xE2\x80\xA2 News\n"
      "\n"
      "Rep: Wulan/ Red: Fitria\n"
      "[IMG]\n"
      "Kapanewon Wonosari [a] [ Cari ]\r\n"
      "\n";
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kReferences), shown);
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kNone), page);
}

// lynx -dump (2.9) and elinks -dump (0.13) as they print a page: the head's <link> elements
// ("#[1]alternate", elinks's "Link: [n]rel"), lynx's "IFRAME:" lines and its "[INS: :INS]"
// marks for advertising slots, headings flush and text three spaces in, and at the end the
// list of every link's address ("References", "Visible links", "Hidden links:", numbered
// addresses, a long one going on over lines of its own).
TEST(DumpMarkup, TextBrowsersHeadFramesMarksAndReferenceList) {
  const std::string lynx =
      "   #[1]alternate [2]Harbour News RSS\n"
      "   IFRAME: [3]https://www.googletagmanager.com/ns.html?id=GTM-X\n"
      "\n"
      "Harbour bridge reopens\n"
      "\n"
      "   [INS: :INS]\n"
      "   The bridge [4]reopened on Monday, [DEL: two :DEL] [INS: three :INS] days late.\n"
      "     * [5]Ferries\n"
      "          + [6]Timetable\n"
      "\n"
      "References\n"
      "\n"
      "   Visible links:\n"
      "   1. https://www.example.com/feed\n"
      "   4. file:///news/bridge\n"
      "\n"
      "   Hidden links:\n"
      "  12. javascript:void(0);\n";
  ASSERT_EQ(SniffDumpMarkup(lynx), DumpMarkup::kReferences);
  EXPECT_EQ(ReadDumpMarkup(lynx, DumpMarkup::kReferences),
            "\n\n\nHarbour bridge reopens\n\n \n"  // the empty "[INS: :INS]" a blank
            "The bridge reopened on Monday,  two   three  days late.\n"
            "  \xE2\x80\xA2 Ferries\n"
            "       \xE2\x80\xA2 Timetable\n"
            "\n\n\n\n\n\n\n\n\n");
  const std::string elinks =
      "   Link: [1]canonical\n"
      "   Link: [2]alternate\n"
      "   [3]Home [4]News\n"
      "   [5]IFrame\n"
      "   The bridge reopened.\n"
      "References\n"
      "\n"
      "   Visible links\n"
      "   1. https://www.example.com/\n"
      "   2. mailto:desk@example.com?body=Read%20this\n"
      "\thttps://www.example.com/news/bridge\n";
  ASSERT_EQ(SniffDumpMarkup(elinks), DumpMarkup::kReferences);
  EXPECT_EQ(ReadDumpMarkup(elinks, DumpMarkup::kReferences),
            "\n\nHome News\n\nThe bridge reopened.\n\n\n\n\n\n\n");
  // A page's own "References" heading over its sources (no addresses) is the page's text.
  const std::string sources =
      "   [1]Home [2]News [3]Sport\n"
      "References\n"
      "   1. Harbour Authority, Annual report 2024.\n";
  EXPECT_EQ(ReadDumpMarkup(sources, DumpMarkup::kReferences),
            "Home News Sport\nReferences\n1. Harbour Authority, Annual report 2024.\n");
}

// html2text 1.3 (Debian's html2text -utf8): headings between runs of '*' (six for <h1>, one
// for <h6>), lists bulleted "*", "o", "#" by level and set in, a link's spaces printed as '_',
// images as "[alt]" or "[address]" (glued to the text after them), no Markdown link targets,
// table rows padded with spaces to the table's width.
TEST(DumpMarkup, StarHeadingsOfAPlainTextConverter) {
  const std::string page =
      "    * News\n"
      "          o Personal_Technology:_Review\n"
      "                # Harbour_News_RSS\n"
      "****** Harbour bridge reopens ******\n"
      "***** The city's bridge is open again *****      \n"
      "(Sydney)The bridge reopened on Monday, according_to_the_city's_transport_office, after "
      "repairs.\n"
      "**** Volker_'surprised'_by_the_news ****\n"
      "****** Harbour_bridge_reopens_after_repairs ******\n"
      "[                    ]Search\n"
      "[Penumpang kapal]  Penumpang antre di Pelabuhan Tenau. (Beritasatu.com/Emanuel)\n"
      "[https://cdn.example.com/a.jpg?width=640]The price fell to $99.\n"
      "[The bridge at dawn]\n"
      "[[https://cdn.example.com/b.jpg]]\n"
      "===========\n"
      "__________\n";
  ASSERT_EQ(SniffDumpMarkup(page), DumpMarkup::kStarHeadings);
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kStarHeadings),
            "    \xE2\x80\xA2 News\n"
            "          \xE2\x80\xA2 Personal_Technology:_Review\n"  // a link alone stays
            "                \xE2\x80\xA2 Harbour_News_RSS\n"
            "Harbour bridge reopens\n"
            "The city's bridge is open again\n"
            "(Sydney)The bridge reopened on Monday, according to the city's transport office, "
            "after repairs.\n"
            "Volker_'surprised'_by_the_news\n"
            "Harbour bridge reopens after repairs\n"  // a linked <h1>: the headline
            "Search\n"  // an input field's box, like an image's alt, opens the line
            "Penumpang antre di Pelabuhan Tenau. (Beritasatu.com/Emanuel)\n"
            "The price fell to $99.\n"
            "[The bridge at dawn]\n"  // an image alone on its line stays
            "[[https://cdn.example.com/b.jpg]]\n"
            "===========\n"
            "__________\n");
  // At -width 100000 a layout table's rows are padded to 100,000 columns: a heading's cell
  // goes on with the next cells, and the gaps between cells are cut to 256 spaces.
  const std::string gap(99000, ' ');
  const std::string table = std::string(200000, '\n') + "****** Amnesty report ******" + gap +
                            "[Share]\n" + "Protesters were killed." + gap + "[Top stories]\n";
  ASSERT_EQ(SniffDumpMarkup(table), DumpMarkup::kStarHeadings);
  EXPECT_EQ(ReadDumpMarkup(table, DumpMarkup::kStarHeadings),
            std::string(200000, '\n') + "Amnesty report\n" + "Protesters were killed." +
                std::string(256, ' ') + "[Top stories]\n");
  // One star each side could be anyone's emphasis; a heading must close with its own run.
  EXPECT_EQ(SniffDumpMarkup("* Sale *\nPrices fall.\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("*** Breaking **\nPrices fall.\n"), DumpMarkup::kNone);
  EXPECT_EQ(SniffDumpMarkup("Prices fall.\n  ** Note **  \n"), DumpMarkup::kStarHeadings);
}

TEST(DumpMarkup, ReaderPublishedTimeHeader) {
  EXPECT_EQ(ReaderPublishedTime("Title: Harbour bridge\n\nURL Source: https://x.com/a\n\n"
                                "Published Time: 2024-06-18T10:30:00+07:00 \n\n"
                                "Markdown Content:\nText\n"),
            "2024-06-18T10:30:00+07:00");
  EXPECT_EQ(ReaderPublishedTime("Harbour bridge\nPublished Time: 2024-06-18\n"), "");
  EXPECT_EQ(ReaderPublishedTime("Title: Harbour bridge\nURL Source: https://x.com/a\n"), "");
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
