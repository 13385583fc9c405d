// Words of a text as the clusterer sees them. Bridges to the shared text analyser.
#ifndef KABAR_CLUSTER_WORD_TERMS_H_
#define KABAR_CLUSTER_WORD_TERMS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace kabar::cluster {

struct WordTerm {
  uint64_t term_hash = 0;    // hash of the stemmed term (names kept whole)
  uint64_t folded_hash = 0;  // hash of the lower-cased surface form
  uint32_t term_id = 0;      // cluster::TermId(term_hash)
  bool keep = false;         // not a stopword and long enough to be a term
  bool capitalised = false;
  bool sentence_start = false;
  bool digit = false;  // the word holds a digit (a count, score, year, model number)
};

// Which words of a text AppendWordTerms analyses.
enum class WordScope {
  kAll,
  // Only names (capitalised inside a sentence) and words holding a digit; every other word
  // is a blank WordTerm (not kept, not a name: it only ends a name run), at no lookup.
  kNamesAndNumbers,
};

// Appends the words of `text` to `out`, in order. Thread-safe (per-thread caches).
void AppendWordTerms(std::string_view text, std::vector<WordTerm>* out,
                     WordScope scope = WordScope::kAll);

}  // namespace kabar::cluster

#endif  // KABAR_CLUSTER_WORD_TERMS_H_
