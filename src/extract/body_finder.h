// BodyFinder: finds the article's main contiguous region of lines.
//
// Every classified line gets a weight: prose lines count for the article (more for longer,
// more sentence-like lines), non-prose lines against it (menus, headlines, labels), and
// boilerplate and metadata against it by kind (a related-articles heading or a footer much
// more than an ad slot between paragraphs). The region with the largest total weight
// (maximum-sum subarray, linear time) is the body. It does not depend on phrase lists: on a
// page no list knows, prose density alone finds the article.
#ifndef KABAR_EXTRACT_BODY_FINDER_H_
#define KABAR_EXTRACT_BODY_FINDER_H_

#include <vector>

#include "extract/line_classifier.h"

namespace kabar::extract {

struct BodyRegion {
  int begin = -1;  // index of the first line of the region; -1 when there is none
  int end = -1;    // one past the last line
  bool empty() const { return begin < 0 || end <= begin; }
};

// The weight of one line for the region search (positive: article-like).
double LineWeight(const LineInfo& line);

// True when a kText line inside the region is article text (a paragraph or a subheading).
bool IsBodyText(const LineInfo& line);

// The best region of `lines`; empty when no line is article-like.
BodyRegion FindBodyRegion(const std::vector<LineInfo>& lines);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_BODY_FINDER_H_
