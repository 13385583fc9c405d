// Words of a text as the clusterer sees them. Bridges to the shared text analyser.
#ifndef KABAR_CLUSTER_WORD_TERMS_H_
#define KABAR_CLUSTER_WORD_TERMS_H_

#include <cstdint>
#include <functional>
#include <string_view>

namespace kabar::cluster {

struct WordTerm {
  uint64_t term_hash = 0;    // hash of the stemmed term (names kept whole)
  uint64_t folded_hash = 0;  // hash of the lower-cased surface form
  bool keep = false;         // not a stopword and long enough to be a term
  bool capitalised = false;
  bool sentence_start = false;
  bool digit = false;  // the word holds a digit (a count, score, year, model number)
};

// Calls `sink` for each word of `text`, in order. Thread-safe (per-thread caches).
void ForEachWordTerm(std::string_view text, const std::function<void(const WordTerm&)>& sink);

}  // namespace kabar::cluster

#endif  // KABAR_CLUSTER_WORD_TERMS_H_
