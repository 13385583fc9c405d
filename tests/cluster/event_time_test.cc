// The event time an article is clustered by (include/kabar/cluster.h, ArticleEventTime).
#include <gtest/gtest.h>

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

TEST(EventTimeTest, PublicationDateComesFirst) {
  EventTime t =
      ArticleEventTime(Dated("2024-06-19T13:30:00+07:00", "2024-06-20T01:00:00Z", {"2024-06-18"}));
  EXPECT_EQ(t.date, "2024-06-19");
  EXPECT_EQ(t.basis, "published");
}

TEST(EventTimeTest, LocalPublicationDateADayAheadOfAUtcFetchIsKept) {
  EventTime t = ArticleEventTime(Dated("2024-06-20T06:00:00+07:00", "2024-06-19T23:30:00Z", {}));
  EXPECT_EQ(t.date, "2024-06-20");
  EXPECT_EQ(t.basis, "published");
}

TEST(EventTimeTest, PublicationDateAfterTheFetchIsAMisread) {
  EventTime t = ArticleEventTime(
      Dated("2099-01-01T00:00:00+07:00", "2024-06-20T01:00:00Z", {"2024-06-18", "2030-01-01"}));
  EXPECT_EQ(t.date, "2024-06-18");  // the latest mentioned date not after the fetch
  EXPECT_EQ(t.basis, "mentioned");
}

TEST(EventTimeTest, FetchDateWhenNothingElseIsUsable) {
  EventTime t = ArticleEventTime(Dated("2099-01-01", "2024-06-20T01:00:00Z", {"2031-05-05"}));
  EXPECT_EQ(t.date, "2024-06-20");
  EXPECT_EQ(t.basis, "fetched");
}

TEST(EventTimeTest, WithoutAFetchTimeThePublicationDateIsTrusted) {
  EventTime t = ArticleEventTime(Dated("2099-01-01", "", {}));
  EXPECT_EQ(t.date, "2099-01-01");
  EXPECT_EQ(t.basis, "published");
}

TEST(EventTimeTest, NothingDatedIsUnknown) {
  EventTime t = ArticleEventTime(Dated("", "", {}));
  EXPECT_EQ(t.day, EventTime::kUnknown);
  EXPECT_EQ(t.date, "");
}

}  // namespace
}  // namespace kabar
