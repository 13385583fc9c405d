// The first pass: one decision per line, in a fixed order. Known phrases win over everything
// (they are never article text); metadata parsers come next (a "REUTERS" line repeated on every
// page of a site is still a credit); then lines repeated across the site's pages; then lines
// repeated within the page.
#include "extract/line_classifier.h"

#include <xxhash.h>

#include <string>
#include <unordered_set>

#include "extract/agencies.h"
#include "extract/boilerplate.h"
#include "extract/captions.h"
#include "extract/credits.h"
#include "extract/dateline.h"
#include "extract/syndication.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

constexpr size_t kMaxMetadataLine = 300;

// A line repeated on at least this many pages, and on this share of the site's pages, is
// site furniture.
constexpr int kSiteRepeatMinPages = 3;
constexpr double kSiteRepeatMinShare = 0.2;

// Language check: lines of at least kMinProseWords words, kMinPageWords in all, of which
// fewer than kForeignStopShare are Indonesian or English function words.
constexpr int kMinProseWords = 8;
constexpr long kMinPageWords = 40;
constexpr double kForeignStopShare = 0.08;

uint64_t FoldedHash(std::string_view s) {
  char buf[512];
  size_t n = std::min(s.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  uint64_t h = XXH3_64bits(buf, n);
  if (s.size() > n) h ^= XXH3_64bits(s.data() + n, s.size() - n);
  return h;
}

bool ClassifyMetadata(std::string_view text, const ClassifyContext& ctx, LineInfo* info) {
  if (text.size() > kMaxMetadataLine) return false;
  std::string agency;
  if (ParseAgencyLine(text, &agency)) {
    info->kind = LineKind::kAgency;
    return true;
  }
  if (CreditLabelRole(text) != CreditRole::kNone) {
    info->kind = LineKind::kCreditLabel;
    return true;
  }
  Credits credits;
  if (ParseCreditLine(text, &credits)) {
    info->kind = LineKind::kCredit;
    return true;
  }
  Syndication syn;
  if (ParseSyndication(text, &syn)) {
    info->kind = LineKind::kSyndication;
    return true;
  }
  if (IsRelativeTimeLine(text)) {
    info->kind = LineKind::kRelativeTime;
    ParsePublicationLine(text, ctx.now, &info->date);
    return true;
  }
  if (text.size() <= 160 && ParsePublicationLine(text, ctx.now, &info->date)) {
    info->kind = info->date.relative ? LineKind::kRelativeTime : LineKind::kDate;
    return true;
  }
  if (IsImagePlaceholder(text)) {
    info->kind = LineKind::kImage;
    return true;
  }
  return false;
}

bool IsSiteRepeat(std::string_view text, const ClassifyContext& ctx) {
  if (ctx.stats == nullptr || ctx.site.empty()) return false;
  int pages = ctx.stats->Pages(ctx.site);
  if (pages < kSiteRepeatMinPages) return false;
  int with = ctx.stats->PagesWithLine(ctx.site, text);
  return with >= kSiteRepeatMinPages && with >= kSiteRepeatMinShare * pages;
}

// Pages whose prose lines have almost no Indonesian or English function words are in another
// language: their lines are scored without the stopword lists.
void ChooseProseScores(std::vector<LineInfo>* lines) {
  long words = 0, stop = 0;
  for (const LineInfo& l : *lines) {
    if (l.kind != LineKind::kText || l.prose.words < kMinProseWords) continue;
    words += l.prose.words;
    stop += l.prose.stop;
  }
  if (words < kMinPageWords || stop >= kForeignStopShare * words) return;
  for (LineInfo& l : *lines) l.prose.score = l.prose.agnostic;
}

}  // namespace

bool IsMetadataKind(LineKind kind) {
  return kind == LineKind::kDate || kind == LineKind::kCredit || kind == LineKind::kCreditLabel ||
         kind == LineKind::kAgency || kind == LineKind::kSyndication;
}

std::vector<LineInfo> ClassifyLines(const std::vector<PageLine>& lines,
                                    const ClassifyContext& ctx) {
  std::vector<LineInfo> out(lines.size());
  std::unordered_set<uint64_t> seen;
  seen.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& pl = lines[i];
    LineInfo& info = out[i];
    info.number = pl.number;
    info.text = pl.text;
    info.indent = pl.indent;
    if (pl.text.empty()) continue;  // kBlank
    if (pl.oversized) {
      info.kind = LineKind::kBoilerplate;
      info.reason = "oversized-line";
      continue;
    }
    info.prose = ScoreProse(pl.text);
    info.kind = LineKind::kText;
    std::string_view reason = BoilerplateReason(pl.text);
    if (!reason.empty()) {
      info.kind = LineKind::kBoilerplate;
      info.reason = reason;
      info.ends_article = EndsArticle(pl.text, reason);
      continue;
    }
    if (ClassifyMetadata(pl.text, ctx, &info)) continue;
    bool first_time = seen.insert(FoldedHash(pl.text)).second;
    if (IsSiteRepeat(pl.text, ctx)) {
      info.kind = LineKind::kBoilerplate;
      info.reason = "site-repeat";
    } else if (!first_time) {
      info.kind = LineKind::kBoilerplate;
      info.reason = "duplicate-line";
    } else if (LooksLikeCaption(pl.text, info.prose.words)) {
      info.kind = LineKind::kCaption;
    } else {
      Dateline d;
      info.dateline = ParseDateline(pl.text, &d);
    }
  }
  ChooseProseScores(&out);
  return out;
}

}  // namespace kabar::extract
