// LineClassifier: the first pass of text extraction. Looks at each line on its own (and at
// the lines before it, for repeats) and says what it is: text that may belong to the article,
// known boilerplate (with its removal reason), or a metadata line (date, credit, caption,
// agency, syndication note, image placeholder).
#ifndef KABAR_EXTRACT_LINE_CLASSIFIER_H_
#define KABAR_EXTRACT_LINE_CLASSIFIER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/page_lines.h"
#include "extract/prose.h"
#include "kabar/site_line_stats.h"

namespace kabar::extract {

enum class LineKind {
  kBlank,
  kText,          // may be title, lead, section, body
  kBoilerplate,   // `reason` says why (phrase, site-repeat, duplicate-line, oversized-line)
  kImage,         // image placeholder ("Image of Tempo", "[photo-12]")
  kCaption,       // photo caption (first time seen)
  kDate,          // publication-time line; `date` holds it
  kRelativeTime,  // "6 jam lalu" alone (teaser lists, or the publication time near the top)
  kCredit,        // "Penulis : X", "By X", "Sumber : Y"
  kCreditLabel,   // "Reporter", "Editor" alone: names follow
  kAgency,        // "REUTERS" alone
  kSyndication,   // "Artikel ini telah tayang di ..."
};

struct LineInfo {
  int number = 0;         // 1-based line number
  std::string_view text;  // trimmed
  LineKind kind = LineKind::kBlank;
  std::string_view reason;    // for kBoilerplate: a static string from doc/removal_reasons.md
  bool ends_article = false;  // a heading or notice after which the article does not go on
  bool dateline = false;      // a paragraph opening with a dateline ("TEMPO.CO, Jakarta -")
  bool inside_story = false;  // boilerplate set between story paragraphs (an inline box)
  int indent = 0;             // leading white space in the page text (list items are indented)
  ProseStats prose;           // for lines whose text alone reads as text (kText, kCaption, and
                     // kBoilerplate for site-repeat and duplicate-line); zero for the others
  DateFound date;  // for kDate and kRelativeTime
  // For kCredit: what ParseCreditLine read from `text` (it succeeded), kept so that the
  // credits are read once.
  std::shared_ptr<const Credits> credits;
};

struct ClassifyContext {
  std::string_view site;                 // the page's site for `stats`; may be empty
  const SiteLineStats* stats = nullptr;  // may be null
  TimePoint now;                         // reference time for relative dates
};

// Classifies every line. The result has one entry per input line, in order.
std::vector<LineInfo> ClassifyLines(const std::vector<PageLine>& lines, const ClassifyContext& ctx);

// ClassifyLines for the lines [begin, end) only, for a caller that reads no other: the result
// has `end` entries (fewer when `lines` has fewer), and entry i in [begin, end) is ClassifyLines'
// entry i except `prose.score`, which stays the stopword-weighted score (the page's language
// is not weighed), and an inline related box (ClassifyLines reads the paragraph after it).
// Lines after `end` are not looked at; lines before `begin` only as far as their repeats and
// a read-also heading's run of headlines reach into the range. Entries before `begin` may hold
// only the line's number, text and indent.
std::vector<LineInfo> ClassifyLineRange(const std::vector<PageLine>& lines, size_t begin,
                                        size_t end, const ClassifyContext& ctx);

// True when `kind` is metadata the article fields may consume.
bool IsMetadataKind(LineKind kind);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_LINE_CLASSIFIER_H_
