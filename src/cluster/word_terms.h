// Words of a text as the clusterer sees them. Bridges to the shared text analyser.
#ifndef KABAR_CLUSTER_WORD_TERMS_H_
#define KABAR_CLUSTER_WORD_TERMS_H_

#include <functional>
#include <string_view>

namespace kabar::cluster {

struct WordTerm {
  std::string_view term;    // stemmed (names kept whole)
  std::string_view folded;  // lower-cased surface form
  bool capitalised = false;
  bool sentence_start = false;
};

// Calls `sink` for each word of `text`, in order. Thread-safe.
void ForEachWordTerm(std::string_view text, const std::function<void(const WordTerm&)>& sink);

}  // namespace kabar::cluster

#endif  // KABAR_CLUSTER_WORD_TERMS_H_
