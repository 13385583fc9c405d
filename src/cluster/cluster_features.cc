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
  explicit Accumulator(std::unordered_map<uint64_t, float>* counts) : counts_(counts) {}

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
    if (IsStopword(t.folded) || t.term.size() < 2) return;
    (*counts_)[TermHash(t.term, 'w')] += w;
  }

  void EndPhrase(float w) {
    if (phrase_words_ >= 2) (*counts_)[TermHash(phrase_, 'n')] += 1.5f * w;
    phrase_.clear();
    phrase_words_ = 0;
  }

 private:
  std::unordered_map<uint64_t, float>* counts_;
  std::string phrase_;
  int phrase_words_ = 0;
};

void AddText(std::string_view text, float w, std::unordered_map<uint64_t, float>* counts) {
  Accumulator acc(counts);
  ForEachWordTerm(text, [&](const WordTerm& t) { acc.Word(t, w); });
  acc.EndPhrase(w);
}

}  // namespace

ClusterFeatures ComputeClusterFeatures(const Article& article) {
  std::unordered_map<uint64_t, float> counts;
  AddText(article.title, 3.0f, &counts);
  AddText(article.lead, 1.0f, &counts);
  for (const std::string& p : article.body) AddText(p, 1.0f, &counts);
  ClusterFeatures f;
  f.terms.reserve(counts.size());
  for (const auto& [term, c] : counts) f.terms.emplace_back(term, 1.0f + std::log(c));
  std::sort(f.terms.begin(), f.terms.end());
  return f;
}

}  // namespace kabar::cluster
