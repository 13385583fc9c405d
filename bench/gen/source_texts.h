// Source article texts for the generated corpus, read from ../shared/data (never copied into
// the repository): detik-1000-summ bodies, IndoSum dev paragraphs (detokenised), ECB+
// documents and the AEB gold bodies.
#ifndef KABAR_BENCH_GEN_SOURCE_TEXTS_H_
#define KABAR_BENCH_GEN_SOURCE_TEXTS_H_

#include <string>
#include <vector>

namespace kabar::gen {

struct SourceArticle {
  std::string origin;    // "detik", "indosum", "ecbplus", "aeb"
  std::string id;        // the data set's id of the article
  std::string language;  // "id" or "en" (what the data set holds; AEB has a few others)
  std::string title;
  std::vector<std::string> paragraphs;
};

// Loads every usable article under `shared_data` (the path of ../shared/data), in a fixed
// order: detik, IndoSum (deduplicated by id), ECB+, AEB. Sets *error and returns what it
// could read when a data set is missing.
std::vector<SourceArticle> LoadSourceArticles(const std::string& shared_data, std::string* error);

// Detokenises IndoSum's space-separated tokens: "( 27 / 3 ) ." -> "(27/3).".
std::string Detokenize(const std::vector<std::string>& tokens);

}  // namespace kabar::gen

#endif  // KABAR_BENCH_GEN_SOURCE_TEXTS_H_
