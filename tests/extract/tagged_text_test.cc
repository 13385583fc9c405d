#include "extract/tagged_text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/dump_markup.h"

namespace kabar::extract {
namespace {

std::string Shown(std::string_view line) {
  std::string out;
  ShowTaggedLine(line, &out);
  return out;
}

TEST(TaggedText, FourMarksOutsideTagsMakeTaggedText) {
  EXPECT_TRUE(IsTaggedText("<p>Satu</p>\n<p>Dua</p>\n"));
  EXPECT_TRUE(IsTaggedText("&quot;Kami siap,&quot; kata Kim.\nHarga&nbsp;naik &amp; turun.\n"));
  EXPECT_TRUE(IsTaggedText("<P CLASS=\"lead\">Satu<BR/>dua &#8217; tiga</P>"));
  // Plain text: comparisons, an ampersand between words, three marks only.
  EXPECT_FALSE(IsTaggedText("Inflation < 3% and rates > 5%, said AT&T & co. <3"));
  EXPECT_FALSE(IsTaggedText("<p>Satu</p> &amp; dua"));
  EXPECT_FALSE(IsTaggedText("<notatag> <x> </y>"));
  // A dump's <noscript> tracking pixels: images, and references inside the tags.
  EXPECT_FALSE(IsTaggedText(
      "<img height=\"1\" width=\"1\" style=\"display:none\" "
      "src=\"http://b.example/p?c1=2&amp;c2=1&amp;cv=2.0&amp;cj=1\"> <img src=\"x?a=1&amp;b=2\">\n"
      "Politics\n"));
}

TEST(TaggedText, LinesShowTheirTextWithReferencesDecoded) {
  EXPECT_EQ(Shown("<p>JAKARTA - Kim <strong>berkata</strong> &quot;siap&quot;.</p>"),
            "JAKARTA - Kim berkata \"siap\".");
  EXPECT_EQ(Shown("<strong>Baca juga:</strong> <a href=\"/x?a=1&amp;b=2\">Judul</a>"),
            "Baca juga: Judul");
  // A block's tag or <br> inside a line keeps the words apart; an inline one does not.
  EXPECT_EQ(Shown("satu<br>dua</p><p>tiga"), "satu dua tiga");
  EXPECT_EQ(Shown("Ko<b>re</b>a"), "Korea");
  // What opens no tag stays; a line of tags alone stays as printed.
  EXPECT_EQ(Shown("x < y, <notatag> & z"), "x < y, <notatag> & z");
  EXPECT_EQ(Shown("<img src=\"a.jpg\"><br/>"), "<img src=\"a.jpg\"><br/>");
}

TEST(TaggedText, ReadAsDumpMarkupLineForLine) {
  const std::string page = "<h1>Judul</h1>\n\n<p>Satu &amp; dua.</p>\n  <p>Tiga</p>\n";
  ASSERT_EQ(SniffDumpMarkup(page), DumpMarkup::kHtmlTags);
  EXPECT_EQ(ReadDumpMarkup(page, DumpMarkup::kHtmlTags), "Judul\n\nSatu & dua.\n  Tiga\n");
}

// How much slower the sanitizer build runs these loops (the release build holds the bounds).
#if defined(__SANITIZE_ADDRESS__)
constexpr double kTimeScale = 10;
#else
constexpr double kTimeScale = 1;
#endif

// Lines of 2 MB of what opens a mark but never closes one: each read once (a run of '&' took
// 20 s when each looked for its ';' to the end of the line).
TEST(TaggedText, HostileLinesInLinearTime) {
  for (const std::string& line : {"&amp;" + std::string(2 << 20, '&'),
                                  [] {
                                    std::string s;
                                    while (s.size() < (2u << 20)) s += "<p ";
                                    return s;
                                  }(),
                                  "&#" + std::string(2 << 20, '9') + ";"}) {
    const auto start = std::chrono::steady_clock::now();
    const std::string shown = Shown(line);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(shown.size(), line.size() - (line.starts_with("&amp;") ? 4 : 0));
    EXPECT_LT(seconds, 0.5 * kTimeScale) << line.substr(0, 8);
  }
}

}  // namespace
}  // namespace kabar::extract
