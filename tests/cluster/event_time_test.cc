// The event time an article is clustered by (include/kabar/cluster.h, ArticleEventTime).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kabar/article.h"
#include "kabar/cluster.h"

namespace kabar {
namespace {

Article Dated(std::string published, std::string fetched, std::vector<std::string> mentioned) {
  Article a;
  a.published = std::move(published);
  a.fetched_at = std::move(fetched);
  a.dates_mentioned = std::move(mentioned);
  return a;
}

// The date and basis of the event time of an article published, fetched and mentioning so.
std::string TimeOf(std::string published, std::string fetched,
                   std::vector<std::string> mentioned = {}) {
  EventTime t = ArticleEventTime(Dated(std::move(published), std::move(fetched), mentioned));
  return t.date + " " + t.basis;
}

TEST(EventTimeTest, PublicationDateComesFirst) {
  EXPECT_EQ(TimeOf("2024-06-19T13:30:00+07:00", "2024-06-20T01:00:00Z", {"2024-06-18"}),
            "2024-06-19 published");
}

TEST(EventTimeTest, LocalPublicationDateADayAheadOfAUtcFetchIsKept) {
  EXPECT_EQ(TimeOf("2024-06-20T06:00:00+07:00", "2024-06-19T23:30:00Z"), "2024-06-20 published");
}

TEST(EventTimeTest, PublicationDateAfterTheFetchIsAMisread) {
  // The latest mentioned date not after the fetch.
  EXPECT_EQ(
      TimeOf("2099-01-01T00:00:00+07:00", "2024-06-20T01:00:00Z", {"2024-06-18", "2030-01-01"}),
      "2024-06-18 mentioned");
}

TEST(EventTimeTest, FetchDateWhenNothingElseIsUsable) {
  EXPECT_EQ(TimeOf("2099-01-01", "2024-06-20T01:00:00Z", {"2031-05-05"}), "2024-06-20 fetched");
}

TEST(EventTimeTest, WithoutAFetchTimeThePublicationDateIsTrusted) {
  EXPECT_EQ(TimeOf("2099-01-01", ""), "2099-01-01 published");
}

TEST(EventTimeTest, NothingDatedIsUnknown) {
  EventTime t = ArticleEventTime(Dated("", "", {}));
  EXPECT_EQ(t.day, EventTime::kUnknown);
  EXPECT_EQ(t.date, "");
}

}  // namespace
}  // namespace kabar
