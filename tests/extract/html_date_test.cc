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
      {"03/04/2024", "2024-03-04"},                      // slashes and both <= 12: the US order
      {"11.02.2020, 17:29 Uhr", "2020-02-11T17:29:00"},  // dots: day first
      {"Rabu 03-09-2025,11:05 WIB", "2025-09-03T11:05:00+07:00"},  // hyphens: day first
      {"12-25-2020", "2020-12-25"},  // hyphens, but 25 is no month: the US order
      {"2.9.2020 klo 12.45", "2020-09-02"},
      {"1718793420", "2024-06-19T10:37:00+00:00"},
      {"martes 17 de marzo de 2020", "2020-03-17"},
      {"Domenica 06 Dicembre 2020 | 00:36", "2020-12-06T00:36:00"},
      {"lundi 24 août 2020", "2020-08-24"},
      {"17. März 2020", "2020-03-17"},
      {"Unica.md, 20 septembrie 2020 16:20", "2020-09-20T16:20:00"},
      {"20 июня 2020 г., 10:00", "2020-06-20T10:00:00"},
      {"3 Ağustos 2020", "2020-08-03"},
      {"2020年07月03日 17:16", "2020-07-03T17:16:00"},
      {"2020년 7월 3일", "2020-07-03"},
      {"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07T12:09:00"},
      {"تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22:00"},
      {"the 3rd of May 2021", "2021-05-03"},
      {"Publié le 12 juin 2025 à 10h32, modifié le 12 juin 2025 à 15h05", "2025-06-12T10:32:00"},
      {"12.06.2025, 10.32 Uhr", "2025-06-12T10:32:00"},
      {"13/06/2025 10h32", "2025-06-13T10:32:00"},
      {"12.06.2025, 10.32", "2025-06-12"},  // dots alone are no time without "Uhr"
      {"01:38:07 PM IST Nov 20, 2019", "2019-11-20T13:38:07+05:30"},
      {"13 gusht 2020, 09:08", "2020-08-13T09:08:00"},   // Albanian
      {"10. marts 2020", "2020-03-10"},                  // Danish
      {"2020. június 4. 11:27", "2020-06-04T11:27:00"},  // Hungarian: year, month, day
      {"2. září 2020", "2020-09-02"},                    // Czech
      {"Selasa, 18 Mac 2025", "2025-03-18"},             // Malay
      {"Hulyo 3, 2020", "2020-07-03"},                   // Tagalog
      {"no date here", ""},
      {"2 days ago 2020", ""},
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
  // A seven-digit id is not YYYYMMD: the day must have two digits.
  EXPECT_EQ(DateFromUrl("https://blog.example.com/2028064/some-title"), "");
  EXPECT_EQ(DateFromUrl("https://a.com/p/2020061/"), "");
  EXPECT_EQ(DateFromUrl("https://2024.06.19.com/"), "");
}

}  // namespace
}  // namespace kabar
