// The seeds, through the whole pipeline (extraction, store, dedup, clustering): three
// stories {000, 002}, {001, 003}, {004}; one storyline holding all three; the timeline lists
// 2023-06-12, 2023-08-15 and 2024-06-18/19 in that order.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "kabar/store.h"
#include "kabar/store_ingest.h"
#include "store/store_test_util.h"

namespace kabar {
namespace {

std::string SeedsDir() { return std::string(KABAR_SHARED_DIR) + "/seeds"; }

// The 3-digit prefix of a seed file name.
std::string SeedNumber(const std::string& path) {
  return std::filesystem::path(path).filename().string().substr(0, 3);
}

TEST(SeedStoriesTest, StoriesStorylineAndTimeline) {
  if (!std::filesystem::exists(SeedsDir())) GTEST_SKIP() << "no " << SeedsDir();
  testing::TempDir dir;
  auto store = Store::Open(dir.File("seeds.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::vector<std::string> pages;
  for (const auto& e : std::filesystem::directory_iterator(SeedsDir())) {
    if (e.path().extension() == ".txt") pages.push_back(e.path().string());
  }
  std::sort(pages.begin(), pages.end());
  ASSERT_EQ(pages.size(), 5u);
  StoreIngestOptions options;
  auto counts = IngestIntoStore(pages, options, store->get(), nullptr);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  ASSERT_EQ(counts->store.added, 5u);

  auto stories = (*store)->ListStories({});
  ASSERT_TRUE(stories.ok());
  std::set<std::set<std::string>> groups;
  std::set<std::string> storylines;
  for (const StorySummary& s : *stories) {
    std::set<std::string> members;
    for (const std::string& id : s.article_ids) {
      auto a = (*store)->GetArticle(id);
      ASSERT_TRUE(a.ok());
      members.insert(SeedNumber(a->source.path));
    }
    groups.insert(members);
    storylines.insert(s.storyline_id);
  }
  std::set<std::set<std::string>> expected = {{"000", "002"}, {"001", "003"}, {"004"}};
  EXPECT_EQ(groups, expected);
  ASSERT_EQ(storylines.size(), 1u);

  auto timeline = (*store)->StorylineStories(*storylines.begin());
  ASSERT_TRUE(timeline.ok());
  ASSERT_EQ(timeline->size(), 3u);
  EXPECT_EQ((*timeline)[0].first_date, "2023-06-12");
  EXPECT_EQ((*timeline)[0].last_date, "2023-06-12");
  EXPECT_EQ((*timeline)[1].first_date, "2023-08-15");
  EXPECT_EQ((*timeline)[2].first_date, "2024-06-18");
  EXPECT_EQ((*timeline)[2].last_date, "2024-06-19");
  EXPECT_EQ((*timeline)[2].outlets.size(), 2u);  // Tempo and Kompas TV

  // Stories by id (as a search finds them, best match first) come back oldest first.
  auto by_id = (*store)->StoriesWithIds(
      {(*timeline)[2].id, "st-unknown", (*timeline)[0].id, (*timeline)[1].id});
  ASSERT_TRUE(by_id.ok());
  ASSERT_EQ(by_id->size(), 3u);
  EXPECT_EQ((*by_id)[0].first_date, "2023-06-12");
  EXPECT_EQ((*by_id)[2].last_date, "2024-06-19");
  EXPECT_EQ((*by_id)[2].outlets, (*timeline)[2].outlets);
}

}  // namespace
}  // namespace kabar
