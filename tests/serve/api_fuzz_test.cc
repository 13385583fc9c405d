// The API under random requests: every route with random parameters (numbers out of range,
// malformed dates and ids, query syntax, markup, bytes that are not UTF-8) answers 200, 400
// or 404 with a body that parses as JSON (so request text echoed in it is escaped and valid
// UTF-8), never 500.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "kabar/search.h"
#include "kabar/server.h"
#include "kabar/store.h"
#include "serve/serve_test_util.h"

namespace kabar {
namespace {

using Params = std::multimap<std::string, std::string>;

TEST(ApiFuzz, RandomRequestsGetJsonAndNoServerError) {
  testing::TempDir dir;
  ServeOptions options;
  options.db_path = testing::MakeTopicStore(
      dir, {{"banjir jakarta", "gempa cianjur", "Kim Jong Un bertemu Putin"}, 12, 40, 4, 3});
  options.cache_bytes = 0;
  auto api = Api::Open(options);
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  const char* paths[] = {"/api/search",
                         "/api/stories",
                         "/api/timeline",
                         "/api/entities",
                         "/api/quotes",
                         "/api/articles/",
                         "/api/stories/",
                         "/api/articles/zz",
                         "/api/stories/1",
                         "/api/stories/-1",
                         "/api/nothing",
                         "/api/articles/../x",
                         "/api/stories/9999999999999999999999"};
  const char* names[] = {"q",      "limit",   "offset", "from",       "to",    "since",
                         "until",  "lang",    "site",   "outlet",     "story", "storyline",
                         "entity", "speaker", "type",   "duplicates", "x"};
  const char* values[] = {"",
                          "0",
                          "-1",
                          "1",
                          "100",
                          "101",
                          "10001",
                          "99999999999999999999",
                          "1e3",
                          "abc",
                          "2024-02-01",
                          "2024-13-45",
                          "2024",
                          "kim",
                          "\"kim",
                          "(",
                          "kim OR",
                          "<script>alert(1)</script>",
                          "'; DROP TABLE x; --",
                          "\xff\xfe",
                          "Jakarta",
                          "id",
                          "PER",
                          "true",
                          "s1.example",
                          "*"};
  std::mt19937 rng(11);
  for (int round = 0; round < 1500; ++round) {
    std::string path = paths[rng() % std::size(paths)];
    Params params;
    int n = static_cast<int>(rng() % 4);
    for (int k = 0; k < n; ++k) {
      params.emplace(names[rng() % std::size(names)], values[rng() % std::size(values)]);
    }
    HttpReply r = (*api)->Handle(path, params);
    std::string request = path;
    for (const auto& [k, v] : params) request += " " + k + "=" + v;
    EXPECT_TRUE(r.status == 200 || r.status == 400 || r.status == 404)
        << request << " -> " << r.status << " " << r.body;
    EXPECT_EQ(r.content_type, "application/json") << request;
    nlohmann::json body = nlohmann::json::parse(r.body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << request << " -> " << r.body;
  }
}

}  // namespace
}  // namespace kabar
