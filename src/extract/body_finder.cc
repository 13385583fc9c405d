#include "extract/body_finder.h"

#include <algorithm>
#include <string_view>

#include "extract/credits.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// A line scoring this much as prose is neutral; above counts for the article.
constexpr double kProseNeutral = 0.5;
constexpr int kListIndent = 2;
constexpr double kDatelineBonus = 4;
// An article region before a comments heading wins over a larger region after it when it
// weighs at least this much, absolutely and as a share of the larger one.
constexpr double kMinArticleWeight = 4;
constexpr double kCommentsShare = 0.2;

// A picture's credit alone between paragraphs ("Foto: ANTARA FOTO/Name", "(Photo: Name)"): it
// credits no writer, editor, agency or source, and weighs as a picture's line does.
bool IsPictureCredit(const LineInfo& line) {
  if (line.credits == nullptr) return false;
  const Credits& c = *line.credits;
  if (!c.authors.empty() || !c.editors.empty() || !c.agencies.empty() || !c.sources.empty()) {
    return false;
  }
  std::string_view t = line.text;
  if (t.starts_with('(')) t.remove_prefix(1);
  return StartsWithIgnoreCase(t, "foto") || StartsWithIgnoreCase(t, "photo");
}

double BoilerplateWeight(const LineInfo& line) {
  if (line.ends_article) return -8;
  if (line.inside_story) return 0;
  std::string_view r = line.reason;
  // An image's credit ("Image source, Getty Images") weighs about as an image placeholder does.
  if (r == "ad" || r == "duplicate-line" || r == "share" || r == "image") return -0.5;
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
      // Words, or for scripts written without spaces, characters / 6.
      double n = std::min(std::max(line.prose.words, line.prose.chars / 6), 80);
      double w = (line.prose.score - kProseNeutral) * (1 + n / 8);
      // Text dumps indent list items (menus, teaser lists); article paragraphs are flush.
      if (line.indent >= kListIndent && w > 0) w *= 0.25;
      // A paragraph opening with a dateline is where news stories start.
      if (line.dateline && line.prose.score >= 0.6 && line.prose.words >= 12) {
        w += kDatelineBonus;
      }
      return w;
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
      return IsPictureCredit(line) ? -0.5 : -3;
    case LineKind::kAgency:
    case LineKind::kSyndication:
      return -3;
  }
  return 0;
}

bool IsBodyText(const LineInfo& line) { return line.kind == LineKind::kText; }

namespace {

// The maximum-sum region of lines [from, to); *sum receives its weight.
BodyRegion BestRegion(const std::vector<LineInfo>& lines, int from, int to, double* best_sum) {
  BodyRegion best;
  *best_sum = 0;
  double sum = 0;
  int start = from;
  for (int i = from; i < to; ++i) {
    if (lines[i].kind == LineKind::kBlank) continue;
    double w = LineWeight(lines[i]);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += w;
    if (sum > *best_sum) {
      *best_sum = sum;
      best.begin = start;
      best.end = i + 1;
    }
  }
  return best;
}

bool StartsComments(const LineInfo& line) {
  return line.ends_article && (line.reason == "comments" || line.reason == "comment-policy");
}

}  // namespace

BodyRegion FindBodyRegion(const std::vector<LineInfo>& lines) {
  double best_sum = 0;
  BodyRegion best = BestRegion(lines, 0, static_cast<int>(lines.size()), &best_sum);
  if (best.empty()) return best;
  // Readers' comments are prose too, and a long thread outweighs a short article. When the
  // best region lies after a comments heading and a fair article-like region precedes the
  // heading, the article is that one.
  for (int m = 0; m < best.begin; ++m) {
    if (!StartsComments(lines[m])) continue;
    double before_sum = 0;
    BodyRegion before = BestRegion(lines, 0, m, &before_sum);
    if (!before.empty() && before_sum >= kMinArticleWeight &&
        before_sum >= kCommentsShare * best_sum) {
      return before;
    }
    break;
  }
  return best;
}

}  // namespace kabar::extract
