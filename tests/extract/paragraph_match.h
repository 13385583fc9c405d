// The paragraph-level body measure used against gold bodies (doc/extraction.md):
// paragraphs are compared after white space normalisation (runs of white space folded to one
// space, ends trimmed). An output paragraph is correct when it equals a gold paragraph not yet
// matched (multiset matching); precision = correct / output paragraphs, recall = correct /
// gold paragraphs. Both are 1 when both lists are empty.
#ifndef KABAR_TESTS_EXTRACT_PARAGRAPH_MATCH_H_
#define KABAR_TESTS_EXTRACT_PARAGRAPH_MATCH_H_

#include <map>
#include <string>
#include <vector>

#include "extract/text_util.h"

namespace kabar::extract {

struct ParagraphScore {
  double precision = 1;
  double recall = 1;
  int correct = 0;
};

inline ParagraphScore MatchParagraphs(const std::vector<std::string>& output,
                                      const std::vector<std::string>& gold) {
  std::map<std::string, int> want;
  for (const std::string& g : gold) ++want[CollapseSpace(g)];
  ParagraphScore s;
  for (const std::string& o : output) {
    auto it = want.find(CollapseSpace(o));
    if (it != want.end() && it->second > 0) {
      --it->second;
      ++s.correct;
    }
  }
  if (!output.empty()) s.precision = static_cast<double>(s.correct) / output.size();
  if (!gold.empty()) s.recall = static_cast<double>(s.correct) / gold.size();
  if (output.empty() && !gold.empty()) s.precision = 0;
  return s;
}

}  // namespace kabar::extract

#endif  // KABAR_TESTS_EXTRACT_PARAGRAPH_MATCH_H_
