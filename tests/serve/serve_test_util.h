// A small store for the API tests: articles on a few topics with random words, indexed for
// search.
#ifndef KABAR_TESTS_SERVE_SERVE_TEST_UTIL_H_
#define KABAR_TESTS_SERVE_SERVE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kabar/search.h"
#include "kabar/store.h"
#include "store/store_test_util.h"

namespace kabar::testing {

struct TopicStore {
  std::vector<std::string> topics;  // article i opens with topics[i % size] and is titled so
  int articles = 12;
  size_t words = 40;  // random words after the topic
  int sites = 4;      // article i is on site "s<i % sites>.example"
  uint64_t seed = 3;
};

// Writes the store to dir/k.db and returns its path. Article i is published on
// 2024-02-0<1 + i % 9> at 09:00 WIB.
inline std::string MakeTopicStore(const TempDir& dir, const TopicStore& spec) {
  std::string path = dir.File("k.db");
  auto store = Store::Open(path);
  EXPECT_TRUE(store.ok());
  SearchIndex index;
  EXPECT_TRUE((*store)->AddHook(&index).ok());
  std::mt19937_64 rng(spec.seed);
  std::vector<Article> articles;
  for (int i = 0; i < spec.articles; ++i) {
    const std::string& topic = spec.topics[i % spec.topics.size()];
    std::vector<std::string> body = RandomWords(&rng, spec.words);
    body.insert(body.begin(), topic);
    articles.push_back(MakeArticle("s" + std::to_string(i % spec.sites) + ".example",
                                   "Berita " + topic, body,
                                   "2024-02-0" + std::to_string(1 + i % 9) + "T09:00:00+07:00"));
  }
  EXPECT_TRUE((*store)->Add(&articles).ok());
  return path;
}

}  // namespace kabar::testing

#endif  // KABAR_TESTS_SERVE_SERVE_TEST_UTIL_H_
