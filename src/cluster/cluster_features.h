// What the clusterer needs of one article: weighted terms (stemmed words, names kept whole,
// multi-word names as one more term) and the event day. Pure function of the article.
#ifndef KABAR_CLUSTER_CLUSTER_FEATURES_H_
#define KABAR_CLUSTER_CLUSTER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "kabar/article.h"

namespace kabar::cluster {

struct ClusterFeatures {
  std::vector<std::pair<uint64_t, float>> terms;  // term hash -> raw weight, sorted by hash
  std::vector<uint32_t> term_ids;                 // TermId of each of `terms` (term_ids.h)
  std::vector<uint64_t> names;                    // the terms that were written as names, sorted
  std::vector<uint64_t> numbers;                  // the terms holding a digit, sorted
};

// Term weights: every occurrence counts 1 in the body and lead, 3 in the title; a
// multi-word name counts 1.5 per occurrence; the weight of a term is 1 + ln(count).
// Every word of the title, the lead and the body's opening is a term, the opening being the
// first paragraphs up to `lead_bytes` bytes (whole paragraphs, the first always; 0 = the whole
// body); in the paragraphs after it only names, name runs and words holding a digit are
// (ClusterOptions::lead_bytes).
ClusterFeatures ComputeClusterFeatures(const Article& article, size_t lead_bytes = 0);
// The same into `*f` (its vectors cleared first and their memory reused).
void ComputeClusterFeatures(const Article& article, size_t lead_bytes, ClusterFeatures* f);

// True for common Indonesian and English function words (folded, lower case).
bool IsStopword(std::string_view folded);

}  // namespace kabar::cluster

#endif  // KABAR_CLUSTER_CLUSTER_FEATURES_H_
