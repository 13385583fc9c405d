// kabar_gen: writes a deterministic corpus of news-page text dumps for benchmarks.
//
//   kabar_gen --out DIR [--pages N] [--seed S] [--truth] [--data SHARED_DATA_DIR]
//
// Page i takes an article from ../shared/data and a layout of the article's language, both
// drawn from a generator seeded with (S, i): the same S and data give the same bytes. With
// --truth, DIR/truth.jsonl says for every page which line is what (see page_writer.cc).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gen/page_writer.h"
#include "gen/site_layouts.h"
#include "gen/source_texts.h"

namespace {

struct Args {
  std::string out, data = KABAR_SHARED_DIR "/data";
  uint64_t pages = 100000, seed = 1;
  bool truth = false;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    bool has_value = i + 1 < argc;
    if (k == "--out" && has_value) {
      a->out = argv[++i];
    } else if (k == "--data" && has_value) {
      a->data = argv[++i];
    } else if (k == "--pages" && has_value) {
      a->pages = std::strtoull(argv[++i], nullptr, 10);
    } else if (k == "--seed" && has_value) {
      a->seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (k == "--truth") {
      a->truth = true;
    } else {
      return false;
    }
  }
  return !a->out.empty();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kabar::gen;
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr,
                 "usage: kabar_gen --out DIR [--pages N] [--seed S] [--truth] [--data DIR]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  std::string error;
  std::vector<SourceArticle> sources = LoadSourceArticles(args.data, &error);
  if (sources.empty()) {
    std::fprintf(stderr, "kabar_gen: %s\n", error.c_str());
    return 1;
  }
  std::vector<const SiteLayout*> by_lang[2];  // 0: Indonesian, 1: other
  for (const SiteLayout& l : BuiltinLayouts()) by_lang[l.language == "id" ? 0 : 1].push_back(&l);
  TextDumpWriter writer(args.out, args.truth);
  for (uint64_t i = 0; i < args.pages; ++i) {
    Rng rng = Rng(args.seed).Fork(i + 1);
    const SourceArticle& article = sources[rng.Below(sources.size())];
    const auto& layouts = by_lang[article.language == "id" ? 0 : 1];
    const SiteLayout& layout = *layouts[rng.Below(layouts.size())];
    if (!writer.Write(i, RenderPage(article, layout, &rng), &error)) {
      std::fprintf(stderr, "kabar_gen: %s\n", error.c_str());
      return 1;
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "kabar_gen: %llu pages, %.1f MB from %zu source articles in %.1f s\n",
               static_cast<unsigned long long>(args.pages), writer.bytes_written() / 1e6,
               sources.size(), secs);
  return 0;
}
