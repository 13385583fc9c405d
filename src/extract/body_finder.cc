#include "extract/body_finder.h"

#include <algorithm>

namespace kabar::extract {
namespace {

// A line scoring this much as prose is neutral; above counts for the article.
constexpr double kProseNeutral = 0.5;

double BoilerplateWeight(const LineInfo& line) {
  if (line.ends_article) return -8;
  std::string_view r = line.reason;
  if (r == "ad" || r == "duplicate-line" || r == "share") return -0.5;
  if (r == "navigation" || r == "related") return -1;
  if (r == "site-repeat") return -1.5;
  if (r == "login" || r == "oversized-line") return -3;
  return -4;  // footer, comments, sponsor, author-bio, tags, hashtag, ...
}

}  // namespace

double LineWeight(const LineInfo& line) {
  switch (line.kind) {
    case LineKind::kBlank:
      return 0;
    case LineKind::kText: {
      double n = std::min(line.prose.words, 80);
      return (line.prose.score - kProseNeutral) * (1 + n / 8);
    }
    case LineKind::kBoilerplate:
      return BoilerplateWeight(line);
    case LineKind::kImage:
    case LineKind::kCaption:
      return -0.3;
    case LineKind::kDate:
    case LineKind::kCreditLabel:
      return -1;
    case LineKind::kRelativeTime:
      return -2;
    case LineKind::kCredit:
    case LineKind::kAgency:
    case LineKind::kSyndication:
      return -3;
  }
  return 0;
}

bool IsBodyText(const LineInfo& line) { return line.kind == LineKind::kText; }

BodyRegion FindBodyRegion(const std::vector<LineInfo>& lines) {
  BodyRegion best;
  double best_sum = 0;
  double sum = 0;
  int start = 0;
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    if (lines[i].kind == LineKind::kBlank) continue;
    double w = LineWeight(lines[i]);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += w;
    if (sum > best_sum) {
      best_sum = sum;
      best.begin = start;
      best.end = i + 1;
    }
  }
  return best;
}

}  // namespace kabar::extract
