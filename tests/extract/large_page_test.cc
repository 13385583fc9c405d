// A 50 MB page, generated at test time: extracted within the default limits, and rejected
// cleanly when over a configured limit. (Integration: too slow for the sanitizer run.)
#include <gtest/gtest.h>

#include <string>

#include "kabar/extract.h"

namespace kabar {
namespace {

TEST(LargePage, FiftyMegabytes) {
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes = "<html><head><title>Big</title></head><body><article>";
  const std::string para =
      "<p>Paragraph number NNN of a very long page that keeps going, with enough words.</p>\n";
  const std::string nav = "<nav><a href=/a>Home</a> <a href=/b>News</a></nav>\n";
  for (int i = 0; page.bytes.size() < (size_t{50} << 20); ++i) {
    page.bytes += (i % 10 == 0) ? nav : para;
  }
  page.bytes += "</article></body></html>";
  Result<Article> a = ExtractArticle(page, {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_GT(a->body.size(), 400000u);
  ExtractOptions small;
  small.max_page_bytes = size_t{10} << 20;
  EXPECT_EQ(ExtractArticle(page, small, nullptr).status().code(), Status::Code::kResourceExhausted);
}

}  // namespace
}  // namespace kabar
