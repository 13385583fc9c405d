// Date forms found in HTML metadata, as a table of input and expected ISO 8601.
#include <gtest/gtest.h>

#include "extract/html_date.h"

namespace kabar {
namespace {

TEST(ParseHtmlDate, FormsPublishersUse) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"2024-06-19T10:37:00+07:00", "2024-06-19T10:37:00+07:00"},
      {"2024-06-19T03:37:00.000Z", "2024-06-19T03:37:00+00:00"},
      {"2024-06-19T10:37:00-0500", "2024-06-19T10:37:00-05:00"},
      {"2024-06-19 10:37", "2024-06-19T10:37:00"},
      {"2024-06-19", "2024-06-19"},
      {"2024/06/19", "2024-06-19"},
      {"20240619", "2024-06-19"},
      {"Wed, 19 Jun 2024 10:37:00 GMT", "2024-06-19T10:37:00+00:00"},
      {"June 19, 2024", "2024-06-19"},
      {"Nov. 19, 2019 5:50 PM", "2019-11-19T17:50:00"},
      {"Rabu, 19 Juni 2024 10:37 WIB", "2024-06-19T10:37:00+07:00"},
      {"19 Agustus 2023", "2023-08-19"},
      {"19/06/2024", "2024-06-19"},
      {"1718793420", "2024-06-19T10:37:00+00:00"},
      {"no date here", ""},
      {"1850-01-01", ""},
      {"2024-13-45", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(ParseHtmlDate(c.in), c.out) << c.in;
}

TEST(DateFromUrl, PathDatesOnly) {
  EXPECT_EQ(DateFromUrl("https://a.com/news/2024/06/19/story"), "2024-06-19");
  EXPECT_EQ(DateFromUrl("https://a.com/read/20240619/123/x"), "2024-06-19");
  EXPECT_EQ(DateFromUrl("https://a.com/2024-06-19-story.html"), "2024-06-19");
  EXPECT_EQ(DateFromUrl("https://a.com/story/123456789"), "");
  EXPECT_EQ(DateFromUrl("https://2024.06.19.com/"), "");
}

}  // namespace
}  // namespace kabar
