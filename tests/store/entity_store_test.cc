// The store's entity, mention and quote tables (schema version 2): written with the article
// in Store::Add, read by ListEntities / FindQuotes / Store::EntityStories, and filled from the
// stored JSON when a version 1 database is migrated.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <random>

#include "kabar/entity_query.h"
#include "kabar/store.h"
#include "store/store_test_util.h"
#include "test_util.h"

namespace kabar {
namespace {

using testing::ExecSqlOnFile;
using testing::TempDir;

EntityMention Mention(const std::string& name, const std::string& type, int n,
                      std::vector<std::string> aliases) {
  return {name, type, n, std::move(aliases)};
}

// Three unrelated articles (different words, so different stories) naming entities by hand.
std::vector<Article> Articles() {
  std::mt19937_64 rng(7);
  std::vector<Article> v;
  v.push_back(testing::MakeArticle("a.example", "One", testing::RandomWords(&rng, 120),
                                   "2024-01-05T10:00:00+07:00"));
  v.push_back(testing::MakeArticle("b.example", "Two", testing::RandomWords(&rng, 120),
                                   "2024-03-01T10:00:00+07:00"));
  v.push_back(testing::MakeArticle("c.example", "Three", testing::RandomWords(&rng, 120),
                                   "2023-07-01T10:00:00+07:00"));
  v[0].entities = {Mention("Kim Jong Un", "PER", 4, {"Kim", "Kim Jong-un"}),
                   Mention("Korea Utara", "LOC", 2, {"Korea Utara"})};
  v[0].quotes = {{"Kim Jong Un", "Keadilan pasti menang", "kata", 1, true},
                 {"Seorang pejabat", "Kami menunggu", "ujar", 2, true}};
  v[1].entities = {Mention("Kim Jong Un", "PER", 1, {"Kim Jong Un"}),
                   Mention("Vladimir Putin", "PER", 3, {"Putin", "Vladimir Putin"})};
  v[1].quotes = {{"Vladimir Putin", "Kami sangat menghargai dukungan", "ucapnya", 0, true}};
  v[2].entities = {Mention("Korea Utara", "LOC", 5, {"DPRK", "Korea Utara"})};
  v[2].quotes = {{"Kim Jong Un", "Rudal itu siap", "tutur", 0, true}};
  return v;
}

std::map<std::string, EntitySummary> ByName(const std::vector<EntitySummary>& v) {
  std::map<std::string, EntitySummary> m;
  for (const EntitySummary& e : v) m[e.name] = e;
  return m;
}

void ExpectEntityFigures(sqlite3* db) {
  auto all = ListEntities(db, {});
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  // Most mentioned first: Korea Utara 7, Kim Jong Un 5, Vladimir Putin 3.
  EXPECT_EQ((*all)[0].name, "Korea Utara");
  EXPECT_EQ((*all)[1].name, "Kim Jong Un");
  EXPECT_EQ((*all)[2].name, "Vladimir Putin");
  auto m = ByName(*all);
  EXPECT_EQ(m["Korea Utara"].articles, 2u);
  EXPECT_EQ(m["Korea Utara"].mentions, 7u);
  EXPECT_EQ(m["Korea Utara"].type, "LOC");
  EXPECT_EQ(m["Korea Utara"].aliases, (std::vector<std::string>{"DPRK", "Korea Utara"}));
  EXPECT_EQ(m["Kim Jong Un"].articles, 2u);
  EXPECT_EQ(m["Kim Jong Un"].mentions, 5u);
  EXPECT_EQ(m["Kim Jong Un"].aliases,
            (std::vector<std::string>{"Kim", "Kim Jong Un", "Kim Jong-un"}));
}

TEST(EntityStoreTest, ListsEntitiesWithCountsTypeAndDateFilters) {
  TempDir dir;
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Article> batch = Articles();
  ASSERT_TRUE((*store)->Add(&batch).ok());
  sqlite3* db = (*store)->handle();
  ExpectEntityFigures(db);

  EntityFilter per;
  per.type = "PER";
  auto people = ListEntities(db, per);
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(people->size(), 2u);
  for (const EntitySummary& e : *people) EXPECT_EQ(e.type, "PER");

  EntityFilter since;
  since.since = "2024-01-01";  // drops the 2023 article: Korea Utara keeps 1 article, 2 mentions
  auto recent = ByName(*ListEntities(db, since));
  EXPECT_EQ(recent["Korea Utara"].articles, 1u);
  EXPECT_EQ(recent["Korea Utara"].mentions, 2u);

  EntityFilter paged;
  paged.limit = 1;
  paged.offset = 1;
  auto second = ListEntities(db, paged);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].name, "Kim Jong Un");

  EntityFilter bad;
  bad.type = "XYZ";
  EXPECT_EQ(ListEntities(db, bad).status().code(), Status::Code::kInvalidArgument);
  bad.type.clear();
  bad.since = "2024-1-1";
  EXPECT_EQ(ListEntities(db, bad).status().code(), Status::Code::kInvalidArgument);
}

TEST(EntityStoreTest, QuotesBySpeakerSpellingAndWords) {
  TempDir dir;
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Article> batch = Articles();
  ASSERT_TRUE((*store)->Add(&batch).ok());
  sqlite3* db = (*store)->handle();

  QuoteFilter kim;
  kim.speaker = "KIM JONG-UN";  // another spelling of the stored key
  auto q = FindQuotes(db, kim, nullptr);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  ASSERT_EQ(q->size(), 2u);
  // Oldest article first: the 2023 quote, then the 2024 one.
  EXPECT_EQ((*q)[0].text, "Rudal itu siap");
  EXPECT_EQ((*q)[0].date, "2023-07-01");
  EXPECT_EQ((*q)[1].text, "Keadilan pasti menang");
  EXPECT_EQ((*q)[1].verb, "kata");
  EXPECT_EQ((*q)[1].paragraph, 1);
  EXPECT_EQ((*q)[1].outlet, "a.example");
  EXPECT_EQ((*q)[1].article_id, batch[0].id);

  QuoteFilter words;
  words.query = "menghargai KAMI";
  auto w = FindQuotes(db, words, nullptr);
  ASSERT_TRUE(w.ok());
  ASSERT_EQ(w->size(), 1u);
  EXPECT_EQ((*w)[0].speaker, "Vladimir Putin");

  QuoteFilter raw;
  raw.speaker = "seorang pejabat";  // a speaker that is no entity is found as written
  EXPECT_EQ(FindQuotes(db, raw, nullptr)->size(), 1u);

  QuoteFilter none;
  none.speaker = "Joe Biden";
  EXPECT_TRUE(FindQuotes(db, none, nullptr)->empty());
  EXPECT_EQ(FindQuotes(db, {}, nullptr)->size(), 4u);
}

TEST(EntityStoreTest, EntityStoriesOldestFirst) {
  TempDir dir;
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Article> batch = Articles();
  ASSERT_TRUE((*store)->Add(&batch).ok());
  auto stories = (*store)->EntityStories(EntityKeys("Korea Utara", nullptr));
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories->size(), 2u);
  EXPECT_EQ((*stories)[0].first_date, "2023-07-01");
  EXPECT_EQ((*stories)[1].first_date, "2024-01-05");
  EXPECT_TRUE((*store)->EntityStories(EntityKeys("Nobody Here", nullptr))->empty());
}

TEST(EntityStoreTest, ReingestAddsNoRows) {
  TempDir dir;
  auto store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Article> batch = Articles();
  ASSERT_TRUE((*store)->Add(&batch).ok());
  std::vector<Article> again = Articles();
  auto counts = (*store)->Add(&again);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->already_stored, 3u);
  ExpectEntityFigures((*store)->handle());
  EXPECT_EQ(FindQuotes((*store)->handle(), {}, nullptr)->size(), 4u);
}

// A version 1 database is the version 2 one without the entity tables (the version 1 step of
// src/store/schema.cc is unchanged). Opening it migrates: the tables are created and filled
// from the articles' stored JSON, with the same figures as a fresh version 2 store.
TEST(EntityStoreTest, MigratesVersion1Database) {
  TempDir dir;
  std::string path = dir.File("old.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    std::vector<Article> batch = Articles();
    ASSERT_TRUE((*store)->Add(&batch).ok());
  }
  ASSERT_TRUE(ExecSqlOnFile(path,
                            "DROP TABLE quotes; DROP TABLE article_entities; DROP TABLE entities; "
                            "UPDATE meta SET value='1' WHERE key='schema_version'"));

  // A reader cannot migrate: it sees the old schema and no entity tables.
  {
    auto reader = Store::OpenReadOnly(path);
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ((*reader)->schema_version(), 1);
    EXPECT_FALSE(ListEntities((*reader)->handle(), {}).ok());
  }
  // The entity commands' opener migrates it first.
  {
    auto reader = OpenForEntityQueries(path);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    EXPECT_EQ((*reader)->schema_version(), kStoreSchemaVersion);
    ExpectEntityFigures((*reader)->handle());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ExpectEntityFigures((*store)->handle());
  EXPECT_EQ(FindQuotes((*store)->handle(), {}, nullptr)->size(), 4u);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2((*store)->handle(), "SELECT value FROM meta WHERE key='schema_version'",
                         -1, &st, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
            std::to_string(kStoreSchemaVersion));
  sqlite3_finalize(st);
  // New articles after the migration go into the tables too.
  std::mt19937_64 rng(99);
  std::vector<Article> more = {testing::MakeArticle(
      "d.example", "Four", testing::RandomWords(&rng, 120), "2024-05-01T10:00:00+07:00")};
  more[0].entities = {Mention("Vladimir Putin", "PER", 2, {"Putin"})};
  ASSERT_TRUE((*store)->Add(&more).ok());
  auto m = ByName(*ListEntities((*store)->handle(), {}));
  EXPECT_EQ(m["Vladimir Putin"].articles, 2u);
  EXPECT_EQ(m["Vladimir Putin"].mentions, 5u);
}

}  // namespace
}  // namespace kabar
