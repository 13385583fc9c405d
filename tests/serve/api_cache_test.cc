// Api's reply cache seen from outside: a cached reply is identical to a fresh one, and a
// commit by another connection (an ingest while the server runs) is visible to the next
// request.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "kabar/search.h"
#include "kabar/server.h"
#include "kabar/store.h"
#include "store/store_test_util.h"

namespace kabar {
namespace {

using nlohmann::json;
using Params = std::multimap<std::string, std::string>;

class ApiCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("k.db");
    Add("satu.example", "Banjir di Jakarta", "banjir jakarta", "2024-02-01T09:00:00+07:00");
  }

  // Adds one article through a writer connection of its own, as `kabar ingest` would.
  void Add(const std::string& site, const std::string& title, const std::string& words,
           const std::string& date) {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    SearchIndex index;
    ASSERT_TRUE((*store)->AddHook(&index).ok());
    std::mt19937_64 rng(site.size());
    std::vector<std::string> body = testing::RandomWords(&rng, 80);
    body.insert(body.begin(), words);
    std::vector<Article> v{testing::MakeArticle(site, title, body, date)};
    ASSERT_TRUE((*store)->Add(&v).ok());
  }

  std::unique_ptr<Api> Open(size_t cache_bytes) {
    ServeOptions options;
    options.db_path = path_;
    options.cache_bytes = cache_bytes;
    auto api = Api::Open(options);
    EXPECT_TRUE(api.ok()) << api.status().ToString();
    return api.ok() ? std::move(*api) : nullptr;
  }

  testing::TempDir dir_;
  std::string path_;
};

TEST_F(ApiCacheTest, CachedRepliesEqualUncachedOnes) {
  auto cached = Open(1 << 20);
  auto uncached = Open(0);
  for (const Params& p : {Params{{"q", "banjir"}}, Params{{"q", "banjir"}, {"limit", "1"}},
                          Params{{"q", "jakarta"}}, Params{{"q", "\"unclosed"}}}) {
    HttpReply first = cached->Handle("/api/search", p);
    HttpReply again = cached->Handle("/api/search", p);
    HttpReply fresh = uncached->Handle("/api/search", p);
    EXPECT_EQ(first.status, fresh.status);
    EXPECT_EQ(first.body, fresh.body);
    EXPECT_EQ(again.body, fresh.body);
  }
  // Parameters are part of the key: another page size is another reply.
  EXPECT_NE(cached->Handle("/api/search", {{"q", "banjir"}, {"limit", "1"}}).body,
            cached->Handle("/api/search", {{"q", "banjir"}, {"limit", "1"}, {"offset", "1"}}).body);
}

TEST_F(ApiCacheTest, AnIngestWhileServingIsSeenByTheNextRequest) {
  auto api = Open(1 << 20);
  auto count = [&] {
    HttpReply r = api->Handle("/api/search", {{"q", "banjir"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body)["hits"].size();
  };
  EXPECT_EQ(count(), 1u);
  EXPECT_EQ(count(), 1u);  // from the cache
  Add("dua.example", "Banjir di Bekasi", "banjir bekasi", "2024-02-02T09:00:00+07:00");
  EXPECT_EQ(count(), 2u);
  HttpReply stories = api->Handle("/api/stories", {});
  ASSERT_EQ(stories.status, 200);
  Add("tiga.example", "Gempa di Cianjur", "gempa cianjur", "2024-03-02T09:00:00+07:00");
  EXPECT_NE(api->Handle("/api/stories", {}).body, stories.body);
}

}  // namespace
}  // namespace kabar
