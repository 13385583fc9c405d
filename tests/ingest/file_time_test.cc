// FileTimeIso8601 against gmtime_r + strftime, which it replaced for years 1000..9999.
#include "ingest/file_time.h"

#include <gtest/gtest.h>

#include <ctime>
#include <random>
#include <string>

namespace kabar {
namespace {

std::string Reference(time_t t) {
  struct tm tm;
  gmtime_r(&t, &tm);
  char buf[64];
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
  return buf;
}

std::string Format(time_t t) {
  struct stat st = {};
  st.st_mtime = t;
  return FileTimeIso8601(st);
}

TEST(FileTimeIso8601, WritesUtc) {
  EXPECT_EQ(Format(0), "1970-01-01T00:00:00+00:00");
  EXPECT_EQ(Format(1718778600), "2024-06-19T06:30:00+00:00");
  EXPECT_EQ(Format(951782400), "2000-02-29T00:00:00+00:00");
  EXPECT_EQ(Format(-1), "1969-12-31T23:59:59+00:00");
}

TEST(FileTimeIso8601, MatchesStrftime) {
  // Day and year edges, leap days, before 1970, and years outside 1000..9999.
  for (time_t t :
       {time_t{0}, time_t{-1}, time_t{86399}, time_t{86400}, time_t{-86400}, time_t{-86401},
        time_t{951868799}, time_t{4107542399}, time_t{-30610224000}, time_t{-30610224001},
        time_t{253402300799}, time_t{253402300800}, time_t{-62135596800}}) {
    EXPECT_EQ(Format(t), Reference(t)) << t;
  }
  std::mt19937_64 rng(15);
  for (int i = 0; i < 20000; ++i) {
    auto t = static_cast<time_t>(rng() % 400000000000ull) - 100000000000;
    ASSERT_EQ(Format(t), Reference(t)) << t;
  }
}

}  // namespace
}  // namespace kabar
