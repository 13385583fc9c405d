// Helpers for store tests: temporary database paths and generated articles.
#ifndef KABAR_TESTS_STORE_STORE_TEST_UTIL_H_
#define KABAR_TESTS_STORE_STORE_TEST_UTIL_H_

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "kabar/article.h"

namespace kabar::testing {

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kabar-store-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Deterministic pseudo-words (not real language): "w<number>".
inline std::vector<std::string> RandomWords(std::mt19937_64* rng, size_t n, int vocab = 5000) {
  std::uniform_int_distribution<int> d(0, vocab - 1);
  std::vector<std::string> w;
  for (size_t i = 0; i < n; ++i) w.push_back("w" + std::to_string(d(*rng)));
  return w;
}

inline std::string JoinWords(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to && i < w.size(); ++i) {
    if (!s.empty()) s.push_back(' ');
    s += w[i];
  }
  return s;
}

// An article with `words` body words cut into paragraphs of 40 words.
inline Article MakeArticle(const std::string& site, const std::string& title,
                           const std::vector<std::string>& words, const std::string& published) {
  Article a;
  a.site = site;
  a.outlet = site;
  a.title = title;
  a.published = published;
  a.language = "en";
  a.source.path = site + "/" + title;
  for (size_t i = 0; i < words.size(); i += 40) a.body.push_back(JoinWords(words, i, i + 40));
  return a;
}

}  // namespace kabar::testing

#endif  // KABAR_TESTS_STORE_STORE_TEST_UTIL_H_
