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

TEST(IncrementalTest, DayByDayEqualsAllAtOnce) {
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
