// Cluster features of an article. See cluster_features.h.
#include "cluster/cluster_features.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "cluster/word_terms.h"

namespace kabar::cluster {
namespace {

uint64_t TermHash(std::string_view term, char kind) {
  return XXH3_64bits_withSeed(term.data(), term.size(), static_cast<uint64_t>(kind));
}

class Accumulator {
 public:
  Accumulator(std::vector<std::pair<uint64_t, float>>* counts, std::vector<uint64_t>* names)
      : counts_(counts), names_(names) {}

  // One word of a text unit with weight `w`.
  void Word(const WordTerm& t, float w) {
    bool name = t.capitalised && !t.sentence_start;
    if (name) {
      if (!phrase_.empty()) phrase_.push_back(' ');
      phrase_ += t.folded;
      ++phrase_words_;
    } else {
      EndPhrase(w);
    }
    if (!t.keep) return;
    counts_->emplace_back(t.term_hash, w);
    if (name) names_->push_back(t.term_hash);
  }

  void EndPhrase(float w) {
    if (phrase_words_ >= 2) {
      uint64_t h = TermHash(phrase_, 'n');
      counts_->emplace_back(h, 1.5f * w);
      names_->push_back(h);
    }
    phrase_.clear();
    phrase_words_ = 0;
  }

 private:
  std::vector<std::pair<uint64_t, float>>* counts_;
  std::vector<uint64_t>* names_;
  std::string phrase_;
  int phrase_words_ = 0;
};

void AddText(std::string_view text, float w, std::vector<std::pair<uint64_t, float>>* counts,
             std::vector<uint64_t>* names) {
  Accumulator acc(counts, names);
  ForEachWordTerm(text, [&](const WordTerm& t) { acc.Word(t, w); });
  acc.EndPhrase(w);
}

}  // namespace

ClusterFeatures ComputeClusterFeatures(const Article& article) {
  std::vector<std::pair<uint64_t, float>> counts;
  ClusterFeatures f;
  AddText(article.title, 3.0f, &counts, &f.names);
  AddText(article.lead, 1.0f, &counts, &f.names);
  for (const std::string& p : article.body) AddText(p, 1.0f, &counts, &f.names);
  std::sort(f.names.begin(), f.names.end());
  f.names.erase(std::unique(f.names.begin(), f.names.end()), f.names.end());
  std::sort(counts.begin(), counts.end());
  for (size_t i = 0; i < counts.size();) {
    uint64_t term = counts[i].first;
    float c = 0;
    for (; i < counts.size() && counts[i].first == term; ++i) c += counts[i].second;
    f.terms.emplace_back(term, 1.0f + std::log(c));
  }
  return f;
}

}  // namespace kabar::cluster
