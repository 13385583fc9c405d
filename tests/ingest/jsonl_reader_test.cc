// JSON Lines input: one record per non-blank line; other fields carried through.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace kabar {
namespace {

using testing::Gzip;
using testing::ReadAll;
using testing::WriteTempFile;

const char kLines[] =
    "{\"url\": \"https://a.com/1\", \"html\": \"<p>Hello</p>\", \"fetched_at\": "
    "\"2024-06-19T06:30:00+00:00\", \"lang\": \"id\", \"tags\": [1, 2]}\n"
    "\n"
    "{\"url\": \"https://a.com/2\", \"text\": \"Judul\\nIsi berita.\"}\n"
    "{\"url\": \"https://a.com/3\", \"html\": \n"
    "[1, 2]\n"
    "{\"url\": \"https://a.com/5\"}\n";

TEST(JsonLines, PagesAndRejectsNameTheirLines) {
  for (bool gz : {false, true}) {
    SCOPED_TRACE(gz);
    std::string path = WriteTempFile(gz ? "in.jsonl.gz" : "in.jsonl", gz ? Gzip(kLines) : kLines);
    std::vector<IngestItem> items = ReadAll({path});
    ASSERT_EQ(items.size(), 5u);
    EXPECT_TRUE(items[0].error.ok());
    EXPECT_EQ(items[0].page.kind, ContentKind::kHtml);
    EXPECT_EQ(items[0].page.url, "https://a.com/1");
    EXPECT_EQ(items[0].page.fetched_at, "2024-06-19T06:30:00+00:00");
    EXPECT_EQ(items[0].page.input_json, "{\"lang\":\"id\",\"tags\":[1,2]}");
    EXPECT_EQ(items[0].page.source.record_id, "1");
    EXPECT_TRUE(items[1].error.ok());
    EXPECT_EQ(items[1].page.kind, ContentKind::kText);
    EXPECT_EQ(items[1].page.bytes, "Judul\nIsi berita.");
    EXPECT_EQ(items[1].page.source.record_id, "3");
    EXPECT_EQ(items[2].error.ToString(), "corruption: line 4: malformed JSON");
    EXPECT_EQ(items[3].error.ToString(), "corruption: line 5: not a JSON object");
    EXPECT_EQ(items[4].error.ToString(),
              "corruption: line 6: no string field \"html\" or \"text\"");
    if (!gz)
      EXPECT_EQ(items[1].page.source.offset,
                std::string(kLines).find("{\"url\": \"https://a.com/2"));
  }
}

}  // namespace
}  // namespace kabar
