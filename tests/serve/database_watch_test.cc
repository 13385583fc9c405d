// DatabaseWatch: a write to the database file or its log moves the generation; replies are
// not to be cached until the change has settled.
#include "serve/database_watch.h"

#include <gtest/gtest.h>

#include <fstream>

#include "store/store_test_util.h"

namespace kabar::serve {
namespace {

using namespace std::chrono_literals;

void Append(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::app) << bytes;
}

TEST(DatabaseWatch, GenerationMovesWhenTheDatabaseOrItsLogChanges) {
  testing::TempDir dir;
  std::string db = dir.File("k.db");
  Append(db, "pages");
  DatabaseWatch watch(db, 0s);
  uint64_t g0 = watch.Check().generation;
  EXPECT_EQ(watch.Check().generation, g0);  // nothing changed
  Append(db + "-wal", "frame");             // a log appears: a commit
  uint64_t g1 = watch.Check().generation;
  EXPECT_NE(g1, g0);
  EXPECT_EQ(watch.Check().generation, g1);
  Append(db + "-wal", "frame");  // the log grows
  uint64_t g2 = watch.Check().generation;
  EXPECT_NE(g2, g1);
  Append(db, "checkpoint");  // the database file changes
  EXPECT_NE(watch.Check().generation, g2);
}

TEST(DatabaseWatch, NotSettledRightAfterAChange) {
  testing::TempDir dir;
  std::string db = dir.File("k.db");
  Append(db, "pages");
  DatabaseWatch watch(db, 1h);
  EXPECT_TRUE(watch.Check().settled);  // no change seen since it opened
  Append(db + "-wal", "frame");
  EXPECT_FALSE(watch.Check().settled);
  EXPECT_FALSE(watch.Check().settled);  // still within the hour
}

}  // namespace
}  // namespace kabar::serve
