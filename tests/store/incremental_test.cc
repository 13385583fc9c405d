// Ingesting day by day (a new Store each day, so all state is reloaded from the database)
// gives the same duplicates, stories and storylines as ingesting everything at once.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "kabar/store.h"
#include "store/store_test_util.h"
#include "story_corpus.h"

namespace kabar {
namespace {

std::string Dump(Store* store) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(store->handle(),
                     "SELECT a.id, a.duplicate_of, a.duplicate_kind, a.duplicate_similarity, "
                     "a.story_id, s.storyline_id, s.first_date, s.last_date FROM articles a "
                     "LEFT JOIN stories s ON s.id = a.story_id ORDER BY a.seq",
                     -1, &st, nullptr);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < 8; ++c) {
      const unsigned char* t = sqlite3_column_text(st, c);
      out += t ? reinterpret_cast<const char*>(t) : "-";
      out += c == 7 ? "\n" : " ";
    }
  }
  sqlite3_finalize(st);
  return out;
}

// The generated corpus in date order (copies share their original's date).
std::vector<Article> DatedCorpus() {
  bench::CorpusOptions o;
  o.articles = 800;
  o.days = 20;
  o.outlets = 15;
  bench::StoryCorpus corpus(o);
  std::vector<Article> all;
  for (int i = 0; i < o.articles; ++i) all.push_back(corpus.Next().article);
  std::stable_sort(all.begin(), all.end(), [](const Article& a, const Article& b) {
    return a.published.substr(0, 10) < b.published.substr(0, 10);
  });
  return all;
}

// Ingests `all` into `path` in one batch, then `late` in a second one; returns the dump.
std::string Once(const std::string& path, const std::vector<Article>& all,
                 const std::vector<Article>& late, const StoreOptions& options,
                 AddCounts* counts = nullptr) {
  auto store = Store::Open(path, options);
  EXPECT_TRUE(store.ok());
  if (!store.ok()) return "";
  std::vector<Article> batch = all;
  auto c = (*store)->Add(&batch);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  if (c.ok() && counts != nullptr) *counts = *c;
  batch = late;
  if (!batch.empty()) EXPECT_TRUE((*store)->Add(&batch).ok());
  return Dump(store->get());
}

// The same, a day at a time in several transactions, reopening the store each day.
std::string Daily(const std::string& path, const std::vector<Article>& all,
                  const std::vector<Article>& late, const StoreOptions& options) {
  std::map<std::string, std::vector<Article>> by_day;
  for (const Article& a : all) by_day[a.published.substr(0, 10)].push_back(a);
  EXPECT_GE(by_day.size(), 15u);
  for (auto& [day, articles] : by_day) {
    auto store = Store::Open(path, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    if (!store.ok()) return "";
    for (size_t i = 0; i < articles.size(); i += 17) {
      std::vector<Article> part(
          articles.begin() + static_cast<long>(i),
          articles.begin() + static_cast<long>(std::min(i + 17, articles.size())));
      EXPECT_TRUE((*store)->Add(&part).ok());
    }
  }
  auto store = Store::Open(path, options);
  EXPECT_TRUE(store.ok());
  if (!store.ok()) return "";
  std::vector<Article> batch = late;
  if (!batch.empty()) EXPECT_TRUE((*store)->Add(&batch).ok());
  return Dump(store->get());
}

// Memory windows much shorter than the corpus: stories, storylines and LSH entries leave
// memory while it is ingested. In date order nothing that could still match is freed, so the
// result equals a run that keeps everything; day by day equals all at once; and a late exact
// copy of the first article joins that article's story, read back from the database.
TEST(IncrementalTest, MemoryWindowsChangeNothingInDateOrder) {
  std::vector<Article> all = DatedCorpus();
  Article copy = all.front();
  copy.site = "late-copy.example";
  copy.url = "https://late-copy.example/1";
  copy.title = "Another headline for the same body";
  std::vector<Article> late = {copy};

  StoreOptions forever;
  forever.cluster.storyline_window_days = 6;
  forever.cluster.story_memory_days = 0;
  forever.cluster.storyline_memory_days = 0;
  forever.dedup.window_days = 0;
  StoreOptions small = forever;
  small.cluster.story_memory_days = 4;
  small.cluster.storyline_memory_days = 7;
  small.cluster.memory_articles = 50;
  small.dedup.window_days = 1;
  small.dedup.window_articles = 50;

  testing::TempDir dir;
  AddCounts kept, freed;
  std::string reference = Once(dir.File("forever.db"), all, late, forever, &kept);
  std::string once = Once(dir.File("once.db"), all, late, small, &freed);
  EXPECT_EQ(kept.stories_in_memory, kept.new_stories);
  EXPECT_LT(freed.stories_in_memory * 4, freed.new_stories);
  EXPECT_LT(freed.dedup_keys_in_memory * 4, kept.dedup_keys_in_memory);
  EXPECT_EQ(once, reference);
  EXPECT_EQ(Daily(dir.File("daily.db"), all, late, small), reference);

  // The late copy is an exact duplicate of the first article and shares its story.
  auto store = Store::Open(dir.File("once.db"), small);
  ASSERT_TRUE(store.ok());
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2((*store)->handle(),
                     "SELECT a.duplicate_kind, a.story_id = b.story_id FROM articles a, articles "
                     "b WHERE a.seq = (SELECT max(seq) FROM articles) AND b.seq = 1",
                     -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "exact");
  EXPECT_EQ(sqlite3_column_int(st, 1), 1);
  sqlite3_finalize(st);
}

TEST(IncrementalTest, DayByDayEqualsAllAtOnce) {
  std::vector<Article> all = DatedCorpus();

  testing::TempDir dir;
  std::string once_path = dir.File("once.db"), daily_path = dir.File("daily.db");
  std::string once;
  {
    auto store = Store::Open(once_path);
    ASSERT_TRUE(store.ok());
    std::vector<Article> batch = all;
    auto c = (*store)->Add(&batch);
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_GT(c->exact_duplicates + c->near_duplicates + c->syndicated, 80u);
    std::printf("%llu exact, %llu near, %llu syndicated, %llu stories, %llu storylines\n",
                (unsigned long long)c->exact_duplicates, (unsigned long long)c->near_duplicates,
                (unsigned long long)c->syndicated, (unsigned long long)c->new_stories,
                (unsigned long long)c->new_storylines);
    EXPECT_GT(c->new_stories, 20u);
    EXPECT_LT(c->new_stories, 400u);
    once = Dump(store->get());
  }
  std::map<std::string, std::vector<Article>> by_day;
  for (const Article& a : all) by_day[a.published.substr(0, 10)].push_back(a);
  ASSERT_GE(by_day.size(), 15u);
  for (auto& [day, articles] : by_day) {
    auto store = Store::Open(daily_path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    // Within a day, several transactions too.
    for (size_t i = 0; i < articles.size(); i += 17) {
      std::vector<Article> part(
          articles.begin() + static_cast<long>(i),
          articles.begin() + static_cast<long>(std::min(i + 17, articles.size())));
      ASSERT_TRUE((*store)->Add(&part).ok());
    }
  }
  auto store = Store::Open(daily_path);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(Dump(store->get()), once);
}

}  // namespace
}  // namespace kabar
