// /api/entities, /api/quotes and /api/timeline?entity= through Api::Handle (no network), on a
// store of hand-made articles whose entities and quotes are set by hand.
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

class EntitiesApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("k.db");
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    SearchIndex index;
    ASSERT_TRUE((*store)->AddHook(&index).ok());
    std::mt19937_64 rng(3);
    std::vector<Article> v;
    const char* dates[] = {"2024-02-01T09:00:00+07:00", "2023-05-01T09:00:00+07:00",
                           "2024-06-19T09:00:00+07:00"};
    for (int i = 0; i < 3; ++i) {
      v.push_back(testing::MakeArticle("s" + std::to_string(i) + ".example",
                                       "Judul " + std::to_string(i),
                                       testing::RandomWords(&rng, 100), dates[i]));
      v.back().entities = {{"Kim Jong Un", "PER", 2 + i, {"Kim Jong-un", "Kim"}}};
      v.back().quotes = {{"Kim Jong Un", "Kutipan nomor " + std::to_string(i), "kata", 0, true}};
    }
    v[0].entities.push_back({"Korea Utara", "LOC", 1, {"<b>Korut</b>"}});
    ASSERT_TRUE((*store)->Add(&v).ok());
    ServeOptions options;
    options.db_path = path_;
    auto api = Api::Open(options);
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(*api);
  }

  json Get(const std::string& path, std::multimap<std::string, std::string> params,
           int want_status = 200) {
    HttpReply r = api_->Handle(path, params);
    EXPECT_EQ(r.status, want_status) << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    return json::parse(r.body);
  }

  testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<Api> api_;
};

TEST_F(EntitiesApiTest, EntitiesArePagedMostMentionedFirst) {
  json page = Get("/api/entities", {{"limit", "1"}});
  ASSERT_EQ(page["entities"].size(), 1u);
  EXPECT_EQ(page["entities"][0]["name"], "Kim Jong Un");
  EXPECT_EQ(page["entities"][0]["articles"], 3);
  EXPECT_EQ(page["entities"][0]["mentions"], 9);  // 2 + 3 + 4
  EXPECT_EQ(page["has_more"], true);
  json next = Get("/api/entities", {{"limit", "1"}, {"offset", "1"}});
  ASSERT_EQ(next["entities"].size(), 1u);
  EXPECT_EQ(next["entities"][0]["name"], "Korea Utara");
  // Stored text is data: the alias comes back as the string it was, for the page to escape.
  EXPECT_EQ(next["entities"][0]["aliases"][0], "<b>Korut</b>");
  EXPECT_EQ(next["has_more"], false);
  EXPECT_EQ(Get("/api/entities", {{"type", "LOC"}})["entities"].size(), 1u);
  EXPECT_EQ(Get("/api/entities", {{"since", "2024-03-01"}})["entities"][0]["articles"], 1);
  Get("/api/entities", {{"type", "<script>"}}, 400);
  Get("/api/entities", {{"since", "yesterday"}}, 400);
  Get("/api/entities", {{"limit", "101"}}, 400);
  Get("/api/entities", {{"offset", "-1"}}, 400);
}

TEST_F(EntitiesApiTest, QuotesBySpeakerOldestFirst) {
  json page = Get("/api/quotes", {{"speaker", "kim jong-un"}, {"limit", "2"}});
  ASSERT_EQ(page["quotes"].size(), 2u);
  EXPECT_EQ(page["quotes"][0]["text"], "Kutipan nomor 1");  // 2023
  EXPECT_EQ(page["quotes"][0]["date"], "2023-05-01");
  EXPECT_EQ(page["quotes"][1]["text"], "Kutipan nomor 0");
  EXPECT_EQ(page["quotes"][1]["outlet"], "s0.example");
  EXPECT_EQ(page["has_more"], true);
  EXPECT_EQ(Get("/api/quotes", {{"q", "nomor 2"}})["quotes"].size(), 1u);
  EXPECT_EQ(Get("/api/quotes", {{"speaker", "Someone Else"}})["quotes"].size(), 0u);
  Get("/api/quotes", {{"speaker", std::string(2000, 'x')}}, 400);
}

TEST_F(EntitiesApiTest, TimelineByEntity) {
  json page = Get("/api/timeline", {{"entity", "Kim Jong-un"}});
  ASSERT_EQ(page["stories"].size(), 3u);
  EXPECT_EQ(page["stories"][0]["first_date"], "2023-05-01");
  EXPECT_EQ(page["stories"][2]["first_date"], "2024-06-19");
  EXPECT_EQ(page["entity"], "Kim Jong-un");
  EXPECT_EQ(Get("/api/timeline", {{"entity", "North Korea"}})["stories"].size(), 1u);
}

}  // namespace
}  // namespace kabar
