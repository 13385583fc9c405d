// Cluster features of an article. See cluster_features.h.
#include "cluster/cluster_features.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "cluster/term_ids.h"
#include "cluster/word_terms.h"
#include "common/hash_mix.h"
#include "common/hash_sort.h"

namespace kabar::cluster {
namespace {

// One occurrence of a term.
struct Weighted {
  uint64_t term = 0;
  float weight = 0;
  uint32_t id = 0;  // TermId(term), or kPhraseId: looked up once per article (EndTerms)
};
constexpr uint32_t kPhraseId = UINT32_MAX;

class Accumulator {
 public:
  Accumulator(std::vector<Weighted>* counts, std::vector<uint64_t>* names,
              std::vector<uint64_t>* numbers)
      : counts_(counts), names_(names), numbers_(numbers) {}

  // One word of a text unit with weight `w`.
  void Word(const WordTerm& t, float w) {
    bool name = t.capitalised && !t.sentence_start;
    if (name) {
      phrase_ =
          SplitMix64Finalize(phrase_ ^ t.folded_hash) + 0x6e;  // ordered: "Jong Kim" != "Kim Jong"
      ++phrase_words_;
    } else {
      EndPhrase(w);
    }
    if (!t.keep) return;
    counts_->push_back({t.term_hash, w, t.term_id});
    if (name) names_->push_back(t.term_hash);
    if (t.digit) numbers_->push_back(t.term_hash);
  }

  void EndPhrase(float w) {
    if (phrase_words_ >= 2) {
      counts_->push_back({phrase_, 1.5f * w, kPhraseId});
      names_->push_back(phrase_);
    }
    phrase_ = kPhraseSeed;
    phrase_words_ = 0;
  }

 private:
  std::vector<Weighted>* counts_;
  std::vector<uint64_t>* names_;
  std::vector<uint64_t>* numbers_;
  static constexpr uint64_t kPhraseSeed = 0x9e3779b97f4a7c15ULL;
  uint64_t phrase_ = kPhraseSeed;  // hash of the folded words of the current name run
  int phrase_words_ = 0;
};

// `words` is scratch space.
void AddText(std::string_view text, float w, std::vector<WordTerm>* words,
             std::vector<Weighted>* counts, ClusterFeatures* f, WordScope scope = WordScope::kAll) {
  words->clear();
  AppendWordTerms(text, words, scope);
  Accumulator acc(counts, &f->names, &f->numbers);
  for (const WordTerm& t : *words) acc.Word(t, w);
  acc.EndPhrase(w);
}

}  // namespace

ClusterFeatures ComputeClusterFeatures(const Article& article, size_t lead_bytes) {
  ClusterFeatures f;
  ComputeClusterFeatures(article, lead_bytes, &f);
  return f;
}

void ComputeClusterFeatures(const Article& article, size_t lead_bytes, ClusterFeatures* f) {
  thread_local std::vector<WordTerm> words;  // scratch, reused: no allocation per article
  thread_local std::vector<Weighted> counts;
  thread_local HashSortScratch<Weighted> sort_weighted;
  thread_local HashSortScratch<uint64_t> sort_hashes;
  counts.clear();
  f->terms.clear();
  f->term_ids.clear();
  f->names.clear();
  f->numbers.clear();
  AddText(article.title, 3.0f, &words, &counts, f);
  AddText(article.lead, 1.0f, &words, &counts, f);
  size_t opening = 0;  // bytes of the body's paragraphs read so far
  for (const std::string& p : article.body) {
    bool past = lead_bytes > 0 && opening >= lead_bytes;
    AddText(p, 1.0f, &words, &counts, f, past ? WordScope::kNamesAndNumbers : WordScope::kAll);
    opening += p.size();
  }
  HashSort(&f->names, &sort_hashes);
  f->names.erase(std::unique(f->names.begin(), f->names.end()), f->names.end());
  HashSort(&f->numbers, &sort_hashes);
  f->numbers.erase(std::unique(f->numbers.begin(), f->numbers.end()), f->numbers.end());
  // By term, then weight: a term's weights are summed in ascending order.
  // (The occurrences of one term are alike but for their weights.)
  HashSort(
      &counts, [](const Weighted& e) { return e.term; },
      [](const Weighted& a, const Weighted& b) {
        return a.term != b.term ? a.term < b.term : a.weight < b.weight;
      },
      &sort_weighted);
  f->terms.reserve(counts.size());
  f->term_ids.reserve(counts.size());
  for (size_t i = 0; i < counts.size();) {
    uint64_t term = counts[i].term;
    uint32_t id = counts[i].id;
    float c = 0;
    for (; i < counts.size() && counts[i].term == term; ++i) c += counts[i].weight;
    f->terms.emplace_back(term, c == 1.0f ? 1.0f : 1.0f + std::log(c));
    f->term_ids.push_back(id == kPhraseId ? TermId(term) : id);
  }
}

}  // namespace kabar::cluster
