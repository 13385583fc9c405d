// understand_bench: throughput of the understand stage (entities + quotes) as a ratio to
// extraction alone (ExtractArticle + NormalizeArticle), in the same run, on one core.
//
//   build/kabar_gen --out /tmp/gen --pages 2000 && build/bench/understand_bench /tmp/gen
//   build/bench/understand_bench DIR [--repeat N]
//
// Reads every regular file under DIR (text dumps or HTML), extracts and normalises each once
// (timed: the reference), then runs UnderstandArticle on the extracted articles (timed),
// N times each (default 3; the best run counts). Prints articles per CPU-second of the thread
// for both and the ratio.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kabar/extract.h"
#include "kabar/normalize.h"
#include "kabar/understand.h"

namespace {

// CPU time of this thread: on a shared machine, wall time counts other processes' work too.
double ThreadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::vector<kabar::RawPage> ReadPages(const std::string& dir) {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<kabar::RawPage> pages;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    kabar::RawPage page;
    page.source.path = p;
    page.bytes = buf.str();
    page.fetched_at = "2024-06-19T12:00:00+07:00";
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: understand_bench DIR [--repeat N]\n");
    return 2;
  }
  int repeat = 3;
  if (argc > 3 && std::string(argv[2]) == "--repeat") repeat = std::max(1, std::atoi(argv[3]));
  std::vector<kabar::RawPage> pages = ReadPages(argv[1]);
  if (kabar::DefaultUnderstander() == nullptr) return 1;
  kabar::ExtractOptions options;
  std::vector<kabar::Article> articles;
  double extract_best = 1e30, understand_best = 1e30;
  size_t paragraphs = 0, entities = 0, quotes = 0;
  for (int r = 0; r < repeat; ++r) {
    std::vector<kabar::Article> extracted;
    double t0 = ThreadSeconds();
    for (const kabar::RawPage& page : pages) {
      kabar::Result<kabar::Article> a = kabar::ExtractArticle(page, options, nullptr);
      if (!a.ok()) continue;
      if (!kabar::NormalizeArticle(&*a).ok()) continue;
      extracted.push_back(std::move(*a));
    }
    double t1 = ThreadSeconds();
    for (kabar::Article& a : extracted) kabar::UnderstandArticle(&a);
    double t2 = ThreadSeconds();
    extract_best = std::min(extract_best, t1 - t0);
    understand_best = std::min(understand_best, t2 - t1);
    articles = std::move(extracted);
  }
  for (const kabar::Article& a : articles) {
    paragraphs += a.body.size();
    entities += a.entities.size();
    quotes += a.quotes.size();
  }
  double n = static_cast<double>(articles.size());
  std::printf("%zu pages, %zu articles, %zu paragraphs, %zu entities, %zu quotes (best of %d)\n",
              pages.size(), articles.size(), paragraphs, entities, quotes, repeat);
  std::printf("extract+normalize (reference): %9.0f articles/s\n", n / extract_best);
  std::printf("understand (entities+quotes):  %9.0f articles/s\n", n / understand_best);
  std::printf("ratio understand/extract speed: %.2f (understand adds %.0f%% to extraction time)\n",
              extract_best / understand_best, 100.0 * understand_best / extract_best);
  return 0;
}
