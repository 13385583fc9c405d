// DecodeHtmlBytes: valid UTF-8 comes back as the input itself (no copy); everything else is
// converted or repaired into DecodedHtml::utf8.
#include "extract/html_charset.h"

#include <gtest/gtest.h>

#include <string>

namespace kabar {
namespace {

TEST(DecodeHtmlBytes, ValidUtf8IsTheInputUnchanged) {
  for (std::string page :
       {std::string("<p>plain ascii</p>"), std::string("<meta charset=utf-8><p>caf\xC3\xA9</p>"),
        std::string("<meta charset=iso-8859-1><p>caf\xC3\xA9</p>")}) {
    DecodedHtml d = DecodeHtmlBytes(page, "");
    EXPECT_TRUE(d.unchanged) << page;
    EXPECT_TRUE(d.utf8.empty());
    EXPECT_EQ(d.Text(page), page);
    EXPECT_EQ(d.Text(page).data(), page.data());
    EXPECT_EQ(d.charset, "utf-8");
    EXPECT_EQ(d.repaired, 0);
  }
}

TEST(DecodeHtmlBytes, RepairedConvertedOrBomPagesAreCopies) {
  std::string bad = "<meta charset=utf-8><p>caf\xC3\xA9 \xFF and \xC3\xA9t\xC3\xA9</p>";
  DecodedHtml d = DecodeHtmlBytes(bad, "");
  EXPECT_FALSE(d.unchanged);
  EXPECT_EQ(d.repaired, 1);
  EXPECT_EQ(d.Text(bad),
            "<meta charset=utf-8><p>caf\xC3\xA9 \xEF\xBF\xBD and \xC3\xA9t\xC3\xA9</p>");

  std::string latin1 = "<meta charset=windows-1252><p>caf\xE9</p>";
  d = DecodeHtmlBytes(latin1, "");
  EXPECT_FALSE(d.unchanged);
  EXPECT_EQ(d.Text(latin1), "<meta charset=windows-1252><p>caf\xC3\xA9</p>");

  std::string bom = "\xEF\xBB\xBF<p>caf\xC3\xA9</p>";
  d = DecodeHtmlBytes(bom, "");
  EXPECT_FALSE(d.unchanged);
  EXPECT_EQ(d.Text(bom), "<p>caf\xC3\xA9</p>");
}

}  // namespace
}  // namespace kabar
