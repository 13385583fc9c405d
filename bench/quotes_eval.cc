// quotes_eval: runs the understand stage over articles given as JSON Lines
// ({"title": ..., "body": [paragraph, ...]}) and reports how many quotes it finds, then prints
// a deterministic sample of quotes with their paragraph, for checking speakers by hand.
//
//   python3 bench/detik_to_jsonl.py DETIK_CSV > /tmp/detik.jsonl   (DETIK_CSV:
//     ../shared/data/indonesian/detik-1000-summ/data_berita.csv)
//   build/bench/quotes_eval /tmp/detik.jsonl [--sample 50]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kabar/understand.h"

int main(int argc, char** argv) {
  if (argc < 2) return std::fprintf(stderr, "usage: quotes_eval FILE.jsonl [--sample N]\n"), 2;
  size_t sample = 50;
  if (argc > 3 && std::string(argv[2]) == "--sample") sample = std::stoul(argv[3]);
  std::ifstream in(argv[1]);
  std::string line;
  std::vector<kabar::Article> articles;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    kabar::Article a;
    a.title = j.value("title", "");
    for (const auto& p : j["body"]) a.body.push_back(p.get<std::string>());
    kabar::UnderstandArticle(&a);
    articles.push_back(std::move(a));
  }
  size_t direct = 0, reported = 0, with_speaker = 0, with_quotes = 0;
  std::vector<std::pair<size_t, size_t>> all;  // (article, quote)
  for (size_t i = 0; i < articles.size(); ++i) {
    with_quotes += articles[i].quotes.empty() ? 0 : 1;
    for (size_t q = 0; q < articles[i].quotes.size(); ++q) {
      const kabar::Quote& x = articles[i].quotes[q];
      (x.direct ? direct : reported)++;
      with_speaker += x.speaker.empty() ? 0 : 1;
      all.emplace_back(i, q);
    }
  }
  std::printf(
      "%zu articles, %zu with quotes; %zu quotes: %zu direct, %zu reported; %zu with a "
      "speaker\n\n",
      articles.size(), with_quotes, all.size(), direct, reported, with_speaker);
  size_t step = all.size() / std::max<size_t>(sample, 1);
  for (size_t k = 0; k < sample && step > 0; ++k) {
    auto [i, q] = all[k * step + step / 2];
    const kabar::Quote& x = articles[i].quotes[q];
    std::printf("#%zu article %zu paragraph %d %s\n  speaker: %s | verb: %s\n  text: %s\n", k + 1,
                i, x.paragraph, x.direct ? "direct" : "reported", x.speaker.c_str(), x.verb.c_str(),
                x.text.substr(0, 200).c_str());
    const auto& body = articles[i].body;
    if (x.paragraph > 0) std::printf("  prev: %s\n", body[x.paragraph - 1].substr(0, 300).c_str());
    std::printf("  para: %s\n\n", body[x.paragraph].substr(0, 500).c_str());
  }
  return 0;
}
