// Api's pool of database connections: many request threads share a few connections (at most
// ServeOptions::db_connections) and every one of them gets the reply a lone request gets.
#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "kabar/search.h"
#include "kabar/server.h"
#include "kabar/store.h"
#include "serve/serve_test_util.h"

namespace kabar {
namespace {

using Params = std::multimap<std::string, std::string>;

std::unique_ptr<Api> OpenApi(const std::string& path, int db_connections) {
  ServeOptions options;
  options.db_path = path;
  options.cache_bytes = 0;  // every request runs its query
  options.db_connections = db_connections;
  auto api = Api::Open(options);
  EXPECT_TRUE(api.ok()) << api.status().ToString();
  return api.ok() ? std::move(*api) : nullptr;
}

TEST(ApiPool, SixteenThreadsOnOneOrTwoConnectionsGetTheRepliesOfLoneRequests) {
  testing::TempDir dir;
  std::string path = testing::MakeTopicStore(
      dir, {{"banjir jakarta", "gempa cianjur", "pemilu presiden", "harga beras"}, 40, 60, 40, 7});
  std::vector<Params> requests = {{{"q", "banjir"}},          {{"q", "gempa"}},
                                  {{"q", "presiden"}},        {{"q", "beras"}},
                                  {{"q", "berita"}},          {{"q", "jakarta OR cianjur"}},
                                  {{"q", "\"harga beras\""}}, {{"q", "pemilu"}, {"limit", "2"}}};
  auto lone = OpenApi(path, 1);
  ASSERT_NE(lone, nullptr);
  std::vector<std::string> expected;
  for (const Params& p : requests) {
    HttpReply r = lone->Handle("/api/search", p);
    ASSERT_EQ(r.status, 200) << r.body;
    expected.push_back(r.body);
  }
  for (int connections : {1, 2}) {
    auto api = OpenApi(path, connections);
    ASSERT_NE(api, nullptr);
    std::vector<std::string> got(16 * requests.size());
    std::vector<std::thread> threads;
    for (size_t t = 0; t < 16; ++t) {
      threads.emplace_back([&, t] {
        for (size_t i = 0; i < requests.size(); ++i) {
          size_t k = (i + t) % requests.size();  // threads ask in different orders
          got[t * requests.size() + k] = api->Handle("/api/search", requests[k]).body;
        }
      });
    }
    for (std::thread& t : threads) t.join();
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i], expected[i % requests.size()]) << "connections " << connections;
    }
  }
}

}  // namespace
}  // namespace kabar
