// TimeFromStatusUrl: the post time a Twitter/X status id encodes. Expected times were worked
// out by hand from the snowflake layout (milliseconds since 2010-11-04T01:42:54.657Z in the
// top 42 bits) and checked with `date -u -d @SECONDS`.
#include "extract/status_url_time.h"

#include <gtest/gtest.h>

namespace kabar {
namespace {

TEST(StatusUrlTime, StatusIdGivesThePostTimeInUtc) {
  // A Reuters photo tweet: (1281836879789404160 >> 22) + epoch = 1594448702176 ms.
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/Reuters/status/1281836879789404160/photo/1"),
            "2020-07-11T06:25:02+00:00");
  EXPECT_EQ(TimeFromStatusUrl("https://x.com/someone/status/1803419964011458617?s=20"),
            "2024-06-19T13:30:00+00:00");
  EXPECT_EQ(TimeFromStatusUrl("https://mobile.twitter.com/i/web/status/1803419964011458617"),
            "2024-06-19T13:30:00+00:00");
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/a/statuses/20992602006368313"),
            "2011-01-01T00:00:00+00:00");
}

TEST(StatusUrlTime, OtherUrlsAndOldIdsHaveNone) {
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/jack/status/20"), "");  // before snowflakes
  EXPECT_EQ(TimeFromStatusUrl("https://example.com/user/status/1281836879789404160"), "");
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/Reuters"), "");
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/a/status/1281836879789404160abc"), "");
  EXPECT_EQ(TimeFromStatusUrl("https://twitter.com/a/status/99999999999999999999999"), "");
  EXPECT_EQ(TimeFromStatusUrl("twitter.com/a/status/1281836879789404160"), "");
  EXPECT_EQ(TimeFromStatusUrl(""), "");
}

}  // namespace
}  // namespace kabar
