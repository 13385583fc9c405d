// Micro-benchmarks of the normalize stage (and extraction, JSON output), each reported in
// bytes/s next to a reference over the same bytes in the same run:
//   BM_Reference_Copy   copying the paragraphs (what every in-place step needs first),
//   BM_Reference_Scan   one read-only pass over the paragraphs (a byte histogram).
// Text: the articles the corpus generator uses (../shared/data), so figures are for real
// Indonesian and English news text.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "gen/source_texts.h"
#include "kabar/article_json.h"
#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

struct Corpus {
  std::vector<gen::SourceArticle> articles;
  std::vector<std::string> paragraphs;
  int64_t bytes = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::string error;
    c.articles = gen::LoadSourceArticles(KABAR_SHARED_DIR "/data", &error);
    if (c.articles.size() > 2000) c.articles.resize(2000);  // detik + IndoSum, mostly
    for (const auto& a : c.articles) {
      for (const auto& p : a.paragraphs) {
        c.paragraphs.push_back(p);
        c.bytes += static_cast<int64_t>(p.size());
      }
    }
    return c;
  }();
  return corpus;
}

void BM_Reference_Copy(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::string s;
  for (auto _ : state) {
    for (const std::string& p : c.paragraphs) {
      s = p;
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_Reference_Copy);

void BM_Reference_Scan(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    uint64_t hist[4] = {0, 0, 0, 0};
    for (const std::string& p : c.paragraphs) {
      for (unsigned char ch : p) ++hist[ch >> 6];
    }
    benchmark::DoNotOptimize(hist);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_Reference_Scan);

void BM_CleanText(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::string s;
  for (auto _ : state) {
    for (const std::string& p : c.paragraphs) {
      s = p;
      benchmark::DoNotOptimize(CleanText(&s));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_CleanText);

void BM_ToNfc(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::string s;
  for (auto _ : state) {
    for (const std::string& p : c.paragraphs) {
      s = p;
      ToNfc(&s);
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_ToNfc);

void BM_RedactPii(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::string s;
  for (auto _ : state) {
    for (const std::string& p : c.paragraphs) {
      s = p;
      RedactPii(&s, nullptr);
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_RedactPii);

void BM_IdentifyLanguage(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::vector<std::string> texts;
  int64_t bytes = 0;
  for (const auto& a : c.articles) {
    std::string t = a.title;
    for (const auto& p : a.paragraphs) t += "\n" + p;
    bytes += static_cast<int64_t>(std::min<size_t>(t.size(), 16 << 10));
    texts.push_back(std::move(t));
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(IdentifyLanguage(t));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_IdentifyLanguage);

Article ArticleOf(const gen::SourceArticle& s) {
  Article a;
  a.title = s.title;
  a.body = s.paragraphs;
  a.authors = {"Budi Santoso"};
  return a;
}

void BM_NormalizeArticle(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    for (const auto& s : c.articles) {
      Article a = ArticleOf(s);
      benchmark::DoNotOptimize(NormalizeArticle(&a));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_NormalizeArticle);

void BM_ArticleToJson(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::vector<Article> articles;
  for (const auto& s : c.articles) articles.push_back(ArticleOf(s));
  for (auto _ : state) {
    for (const Article& a : articles) benchmark::DoNotOptimize(ArticleToJson(a));
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_ArticleToJson);

void BM_ExtractArticle(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::vector<RawPage> pages;
  int64_t bytes = 0;
  for (const auto& s : c.articles) {
    RawPage p;
    p.bytes = "Beranda\nNasional\n\n" + s.title + "\n\n";
    for (const auto& para : s.paragraphs) p.bytes += para + "\n\n";
    p.bytes += "Baca Juga\nIklan\n";
    bytes += static_cast<int64_t>(p.bytes.size());
    pages.push_back(std::move(p));
  }
  ExtractOptions options;
  options.now = "2024-06-19T12:00:00+07:00";
  for (auto _ : state) {
    for (const RawPage& p : pages) benchmark::DoNotOptimize(ExtractArticle(p, options, nullptr));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ExtractArticle);

}  // namespace
}  // namespace kabar

BENCHMARK_MAIN();
