// AnalyseHtmlText: ClassifyLines over the blocks, then each metadata kind to its field.
#include "extract/html_text_analysis.h"

#include <algorithm>
#include <cstring>

#include "extract/agencies.h"
#include "extract/boilerplate.h"
#include "extract/captions.h"
#include "extract/credits.h"
#include "extract/date_line_place.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "extract/html_date.h"
#include "extract/html_document.h"
#include "extract/line_classifier.h"
#include "extract/outlets.h"
#include "extract/page_lines.h"
#include "extract/relative_dates.h"
#include "extract/syndication.h"
#include "extract/text_util.h"

namespace kabar {
namespace {

using extract::LineInfo;
using extract::LineKind;

// How far before the first and after the last body block metadata (bylines, dates) is read.
constexpr int kMetadataBefore = 15;
constexpr int kMetadataAfter = 5;

constexpr size_t kLocal = 19;  // "YYYY-MM-DDTHH:MM:SS"

// Markup often gives the local time without a zone ("2024-06-20T14:05:00"); the page shows
// the same time with one ("Kamis, 20 Jun 2024 14:05 WIB"), which then completes it.
bool GainsZone(const std::string& published, const std::string& shown) {
  constexpr size_t kMinute = 16;  // "YYYY-MM-DDTHH:MM"
  return published.size() == kLocal && published[10] == 'T' && shown.size() > kLocal &&
         shown.compare(0, kMinute, published, 0, kMinute) == 0;
}

// Markup or the URL may give the day only ("2024-06-20" from ".../2024/06/20/165500/...");
// a publication date line above the article showing that day with a time completes it.
bool GainsTime(const std::string& published, const std::string& shown) {
  constexpr size_t kDay = 10;  // "YYYY-MM-DD"
  return published.size() == kDay && shown.size() > kDay && shown[kDay] == 'T' &&
         shown.compare(0, kDay, published) == 0;
}

// True when `iso` is a wall-clock time without a zone ("2024-06-20T14:05:00").
bool IsZonelessTime(const std::string& iso) { return iso.size() == kLocal && iso[10] == 'T'; }

// Markup may give the instant in UTC ("2024-06-20T07:05:00.000Z") while the page shows it in
// the publisher's zone ("June 20, 2024 14:05 WIB"). When both name the same minute, the
// instant is written in the shown zone ("2024-06-20T14:05:00+07:00", seconds kept) and true
// is returned. Offsets other than UTC in markup are the publisher's own and are kept.
// With `wall_clock` (a publication date line above the article), a shown time without a
// zone ("20/06/2024 02:05 PM") that is the instant's wall clock at an offset from UTC-10 to
// UTC+14 in quarter hours names that offset: the page shows the publisher's local time.
bool PutUtcInShownZone(const std::string& shown, bool wall_clock, std::string* published) {
  constexpr std::string_view kUtc = "+00:00";
  constexpr size_t kMinute = 16;  // "YYYY-MM-DDTHH:MM"
  if (published->size() <= kUtc.size() || shown.size() <= kMinute ||
      published->compare(published->size() - kUtc.size(), kUtc.size(), kUtc) != 0) {
    return false;
  }
  extract::TimePoint p, s;
  if (!extract::ParseIsoTime(*published, &p) || !extract::ParseIsoTime(shown, &s)) return false;
  constexpr int64_t kSecondsPerMinute = 60;
  if (wall_clock && IsZonelessTime(shown)) {
    constexpr int64_t kQuarterHour = 15, kMinOffset = -10 * 60, kMaxOffset = 14 * 60;
    int64_t offset = s.epoch_seconds / kSecondsPerMinute - p.epoch_seconds / kSecondsPerMinute;
    if (offset == 0 || offset % kQuarterHour != 0 || offset < kMinOffset || offset > kMaxOffset) {
      return false;
    }
    p.offset_minutes = static_cast<int>(offset);
    *published = extract::FormatIsoTime(p);
    return true;
  }
  if (s.offset_minutes == 0 ||
      p.epoch_seconds / kSecondsPerMinute != s.epoch_seconds / kSecondsPerMinute) {
    return false;
  }
  p.offset_minutes = s.offset_minutes;
  *published = extract::FormatIsoTime(p);
  return true;
}

// The offset in minutes east of UTC at which the UTC instant `utc` ("...+00:00") reads as the
// zoneless wall-clock time `shown` ("2025-06-12T10:32:00"): from UTC-10 to UTC+14 in quarter
// hours, not 0. A numeric date the page printed day first ("12/06/2025") that ParseHtmlDate
// read month first is read again the other way. False when neither reading fits.
bool WallClockOffset(const std::string& utc, std::string shown, int* offset) {
  constexpr std::string_view kUtc = "+00:00";
  if (!IsZonelessTime(shown) || utc.size() <= kUtc.size() || !utc.ends_with(kUtc)) return false;
  extract::TimePoint u;
  if (!extract::ParseIsoTime(utc, &u)) return false;
  for (int reading = 0; reading < 2; ++reading) {
    extract::TimePoint s;
    if (extract::ParseIsoTime(shown, &s)) {
      constexpr int64_t kMinute = 60, kQuarterHour = 15, kMin = -10 * 60, kMax = 14 * 60;
      int64_t minutes = s.epoch_seconds / kMinute - u.epoch_seconds / kMinute;
      if (minutes != 0 && minutes % kQuarterHour == 0 && minutes >= kMin && minutes <= kMax) {
        *offset = static_cast<int>(minutes);
        return true;
      }
    }
    // "YYYY-MM-DD": swap month and day ("2025-12-06" -> "2025-06-12").
    std::string swapped = shown;
    swapped.replace(5, 2, shown, 8, 2);
    swapped.replace(8, 2, shown, 5, 2);
    shown = swapped;
  }
  return false;
}

// Markup gave the instant in UTC and no date line the classifier reads showed the publisher's
// zone; a short block above the article may still show the local time in a form of another
// language ("Publié le 12 juin 2025 à 10h32", "12/06/2025 10h32", "12.06.2025, 10.32 Uhr"), or
// only the local time of the last update ("آخر تحديث: 12/6/2025 12:10 م"). The nearest such
// block whose wall clock is the published (or else the modified) instant at some offset gives
// that offset to both.
void ShownWallClockGivesZone(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d,
                             const std::vector<LineInfo>& info, int first, int look_back,
                             Article* a) {
  constexpr size_t kMaxDateBlock = 200;  // a byline and a date line may share a block
  constexpr std::string_view kUtc = "+00:00";
  if (first <= 0 || !a->published.ends_with(kUtc)) return;
  for (int i = first - 1; i >= std::max(0, first - look_back); --i) {
    const HtmlBlock& b = blocks.blocks[i];
    bool aside = d[i].role == BlockRole::kRemoved || d[i].role == BlockRole::kField;
    if (!aside || b.text.size() > kMaxDateBlock || !MayHoldHtmlDate(b.text)) continue;
    std::string shown = ParseHtmlDate(b.text);
    // A line the classifier read as an update ("Updated ...") is no publication's wall clock.
    bool updated = info[i].kind == LineKind::kDate && info[i].date.updated;
    int offset = 0;
    if ((updated || !WallClockOffset(a->published, shown, &offset)) &&
        !WallClockOffset(a->modified, shown, &offset)) {
      continue;
    }
    for (std::string* iso : {&a->published, &a->modified}) {
      extract::TimePoint t;
      if (!iso->ends_with(kUtc) || !extract::ParseIsoTime(*iso, &t)) continue;
      t.offset_minutes = offset;
      *iso = extract::FormatIsoTime(t);
    }
    return;
  }
}

// True for the languages news sites write in scripts without capitals: Arabic, Persian, Urdu,
// Pashto, Kurdish (Arabic script) and Hebrew.
bool WrittenWithoutCapitals(std::string_view language) {
  for (std::string_view l : {"ar", "fa", "ur", "ps", "ckb", "he"}) {
    if (language == l) return true;
  }
  return false;
}

// True when `node` or its parent aligns its text to the right (style "text-align: right" or
// align="right").
bool RightAligned(const GumboNode* node) {
  for (int hop = 0; hop < 2 && node != nullptr && node->type == GUMBO_NODE_ELEMENT; ++hop) {
    std::string style = AsciiLower(Attr(node, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (style.find("text-align:right") != std::string::npos ||
        AsciiLower(Attr(node, "align")) == "right") {
      return true;
    }
    node = node->parent;
  }
  return false;
}

// Vietnamese outlets (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí) sign a story with the
// writer's name alone in the last paragraph, set to the right ("<p class="Normal"
// style="text-align:right;"><strong>Gia Minh</strong></p>"): the last body block, right-aligned
// and a person's name of at most four words, is the byline. It leaves the body and names the
// author when the markup named none.
void SignatureAfterText(const HtmlBlocks& blocks, std::vector<BlockDecision>* decisions,
                        Article* a) {
  constexpr size_t kMaxSignatureWords = 4;
  for (size_t i = decisions->size(); i-- > 0;) {
    BlockDecision& d = (*decisions)[i];
    if (d.role != BlockRole::kBody) continue;
    const HtmlBlock& b = blocks.blocks[i];
    if (b.element < 0 || extract::CountWords(b.text) > kMaxSignatureWords ||
        !RightAligned(blocks.elements[b.element].node)) {
      return;
    }
    std::string name = extract::NormalizePersonName(b.text);
    if (!extract::LooksLikePersonName(name)) return;
    d.role = BlockRole::kField;
    d.reason = "metadata";
    if (a->authors.empty()) a->authors.push_back(std::move(name));
    return;
  }
}

// A metadata line read into its field. Returns false when `l` is not metadata.
bool TakeMetadata(const LineInfo& l, bool fill_published, Article* a) {
  switch (l.kind) {
    case LineKind::kCredit:
      if (l.credits != nullptr) extract::MergeCredits(*l.credits, a);
      return true;
    case LineKind::kCreditLabel:
    case LineKind::kRelativeTime:
      return true;
    case LineKind::kAgency: {
      std::string agency;
      std::vector<std::string> more;
      if (extract::ParseAgencyLine(l.text, &agency, &more)) {
        extract::AddUnique(&a->agencies, agency);
        for (std::string& m : more) extract::AddUnique(&a->agencies, m);
      }
      return true;
    }
    case LineKind::kDate:
      if (fill_published && a->published.empty() && !l.date.updated) a->published = l.date.iso;
      // The same minute: the shown zone, the markup's seconds.
      if (GainsZone(a->published, l.date.iso)) a->published += l.date.iso.substr(kLocal);
      if (fill_published && !l.date.updated && GainsTime(a->published, l.date.iso)) {
        a->published = l.date.iso;
      }
      PutUtcInShownZone(l.date.iso, fill_published && !l.date.updated, &a->published);
      if (a->modified.empty() && l.date.updated) a->modified = l.date.iso;
      return true;
    case LineKind::kSyndication:
      if (a->syndicated_from.site.empty()) extract::ParseSyndication(l.text, &a->syndicated_from);
      return true;
    default:
      return false;
  }
}

// "Penulis: X | Editor: Y Kamis, 20 Juni 2024 - 14:05 WIB": a credit line that runs on into
// the date line without a separator. The part before the first weekday name (Indonesian or
// English, capitalised, after a space) is read as a credit line; false when it is none.
bool CreditsBeforeDate(std::string_view text, extract::Credits* c) {
  static constexpr std::string_view kWeekdays[] = {
      "Senin",  "Selasa",  "Rabu",      "Kamis",    "Jumat",  "Jum'at",   "Sabtu", "Minggu",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  size_t cut = std::string_view::npos;
  for (std::string_view day : kWeekdays) {
    for (size_t at = text.find(day); at != std::string_view::npos; at = text.find(day, at + 1)) {
      size_t end = at + day.size();
      bool word = at > 0 && text[at - 1] == ' ' &&
                  (end == text.size() || text[end] == ',' || text[end] == ' ');
      if (word) {
        cut = std::min(cut, at);
        break;
      }
    }
  }
  return cut != std::string_view::npos && extract::ParseCreditLine(text.substr(0, cut), c);
}

// A credit label in its own block ("Editor") and the name in the next ("Yudono Prasetyo"),
// as pages built from components print them. As for byline blocks, authors only count when
// the markup named none.
void TakeLabelledName(const LineInfo& label, const LineInfo& next, Article* a) {
  if (next.kind != LineKind::kText || !extract::LooksLikePersonName(next.text)) return;
  extract::Credits c;
  extract::AddCredit(extract::CreditLabelRole(label.text), next.text, &c);
  if (!a->authors.empty()) c.authors.clear();
  if (!a->editors.empty()) c.editors.clear();
  extract::MergeCredits(c, a);
}

// A byline element whose label and name are separate inline elements reads "Penulis Anindya
// Paramitha" as one block, without the colon a credit line has: a label word and a person's
// name after it credit that person (only in blocks the markup marks as metadata).
void TakeInlineLabelledName(std::string_view text, Article* a) {
  size_t space = text.find(' ');
  if (space == std::string_view::npos) return;
  extract::CreditRole role = extract::CreditLabelRole(text.substr(0, space));
  std::string_view name = extract::Trim(text.substr(space + 1));
  if ((role != extract::CreditRole::kAuthor && role != extract::CreditRole::kEditor) ||
      !extract::LooksLikePersonName(name)) {
    return;
  }
  extract::Credits c;
  extract::AddCredit(role, name, &c);
  if (!a->authors.empty()) c.authors.clear();
  if (!a->editors.empty()) c.editors.clear();
  extract::MergeCredits(c, a);
}

// A date line without a time whose time is the next block ("14 Maret 2025" and "09:12" as two
// items of a post-info list): the date line with that time, in *out; false otherwise.
bool WithTimeOfNextBlock(const LineInfo& date, const LineInfo& next, LineInfo* out) {
  extract::DateFound joined;
  if (date.kind != LineKind::kDate || date.date.has_time ||
      !extract::ParseDateWithSeparateTime(date.text, next.text, &joined)) {
    return false;
  }
  *out = date;
  joined.updated = date.date.updated;
  out->date = joined;
  return true;
}

void DecideBodyBlock(const LineInfo& l, BlockDecision* d, Article* a) {
  if (TakeMetadata(l, true, a)) {
    d->role = BlockRole::kField;
    d->reason = "metadata";
  } else if (l.kind == LineKind::kCaption) {
    d->role = BlockRole::kCaption;
  } else if (l.kind == LineKind::kImage) {
    d->role = BlockRole::kRemoved;
    d->reason = "image";
  } else if (l.kind == LineKind::kBoilerplate && !l.reason.empty() &&
             l.reason != "duplicate-line") {  // the DOM says where repeats belong
    d->role = BlockRole::kRemoved;
    d->reason = l.reason.data();  // static strings (doc/removal_reasons.md)
  }
}

// A heading is judged by its own words only: the classifier's verdicts from its neighbours
// (a "Baca Juga:" box's headlines running on into the next sub-heading) do not apply.
void DecideHeadingBlock(const LineInfo& l, BlockDecision* d) {
  std::string_view reason = extract::BoilerplateReason(l.text);
  if (!reason.empty()) {
    d->role = BlockRole::kRemoved;
    d->reason = reason.data();  // static strings (doc/removal_reasons.md)
  }
}

// "(Lyon, correspondante)", "(Berlin, correspondant)", "(Bruselas, corresponsal)", "(Kyiv,
// envoyé spécial)": the place a correspondent files from, in parentheses after the name as
// French and Spanish papers print it; "" when `rest` does not open so.
std::string_view CorrespondentsPlace(std::string_view rest) {
  if (!rest.starts_with('(')) return "";
  size_t close = rest.find(')');
  size_t comma = rest.find(',');
  if (close == std::string_view::npos || comma == std::string_view::npos || comma > close) {
    return "";
  }
  std::string role = AsciiLower(extract::Trim(rest.substr(comma + 1, close - comma - 1)));
  bool correspondent = false;
  for (std::string_view r : {"correspond", "corresponsal", "korrespondent", "envoy", "enviad",
                             "special correspondent"}) {
    correspondent = correspondent || role.starts_with(r);
  }
  return correspondent ? extract::Trim(rest.substr(1, comma - 1)) : "";
}

// "Dimas Hartono in Jakarta" (SCMP; "Name in City" as English outlets print where the reporter
// filed from, the place often in its own span with no space before it): the place a byline
// block gives right after a credited author's name ("By " may open it), one to three
// capitalised words of letters; "" when the block is not such a byline or names the section
// ("by admin in News", a blog's category).
std::string PlaceAfterAuthor(std::string_view text, const Article& a) {
  constexpr size_t kMaxPlace = 40;
  for (const std::string& author : a.authors) {
    size_t at = text.find(author);
    if (author.empty() || at == std::string_view::npos) continue;
    std::string_view before = extract::Trim(text.substr(0, at));
    if (!before.empty() && !extract::IsByWord(before)) continue;
    std::string_view rest = extract::Trim(text.substr(at + author.size()));
    std::string_view place = CorrespondentsPlace(rest);
    if (place.empty() && rest.starts_with("in ")) place = extract::Trim(rest.substr(3));
    if (place.empty() || place.size() > kMaxPlace || extract::CountWords(place) > 3 ||
        EqualsIgnoreCase(place, a.section)) {
      continue;
    }
    bool capitalised = true;
    for (size_t i = 0; i < place.size(); ++i) {
      char c = place[i];
      bool word_start = i == 0 || place[i - 1] == ' ';
      if (word_start ? !(c >= 'A' && c <= 'Z')
                     : !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' ||
                         c == '\'')) {
        capitalised = false;
      }
    }
    if (capitalised) return std::string(place);
  }
  return "";
}

// True when a block removed as navigation (a menu's entry) reads `text`.
bool NamedInAMenu(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d,
                  std::string_view text) {
  for (size_t i = 0; i < d.size(); ++i) {
    if (d[i].role == BlockRole::kRemoved && std::strcmp(d[i].reason, "navigation") == 0 &&
        EqualsIgnoreCase(blocks.blocks[i].text, text)) {
      return true;
    }
  }
  return false;
}

// A CMS often writes the account that put the story online as its author in the markup (Yoast's
// JSON-LD author, meta author): on Jawa Pos's Radar sites that is the editor, while the page
// prints "Reporter: X" and "Editor: Y". True when every author the markup named is one of the
// editors the page's credit lines name, and those lines name writers of their own: the page's
// writers are then the authors.
bool MarkupAuthorsAreTheEditors(const Article& a, const std::vector<std::string>& page_writers) {
  if (page_writers.empty() || a.authors.empty()) return false;
  auto in = [](const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  for (const std::string& author : a.authors) {
    if (!in(a.editors, author) || in(page_writers, author)) return false;
  }
  return true;
}

}  // namespace

void AnalyseHtmlText(const HtmlBlocks& blocks, const std::string& now,
                     std::vector<BlockDecision>* decisions, Article* a) {
  // Only body blocks and the blocks around them are read (below): the lines are classified
  // from kMetadataBefore blocks before the first body block to kMetadataAfter after the last.
  int body_first = -1, body_last = -1;
  for (size_t i = 0; i < decisions->size(); ++i) {
    if ((*decisions)[i].role != BlockRole::kBody) continue;
    if (body_first < 0) body_first = static_cast<int>(i);
    body_last = static_cast<int>(i);
  }
  std::vector<extract::PageLine> lines(blocks.blocks.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    lines[i].number = static_cast<int>(i) + 1;
    lines[i].text = extract::Trim(blocks.blocks[i].text);
  }
  extract::ClassifyContext ctx;
  ctx.site = a->site;
  if (!now.empty()) extract::ParseIsoTime(now, &ctx.now);
  std::vector<LineInfo> info;
  if (body_first >= 0) {
    info = extract::ClassifyLineRange(lines, std::max(0, body_first - kMetadataBefore),
                                      body_last + kMetadataAfter, ctx);
  }
  int first = -1, last = -1;
  for (size_t i = 0; i < info.size(); ++i) {
    BlockDecision& d = (*decisions)[i];
    if (d.role == BlockRole::kHeading) {
      // A heading inside the text that is furniture ("LEIA TAMBÉM:", "VÍDEOS: mais assistidos
      // ...", a "read also" box's title) goes as a paragraph would; any other stays a heading.
      DecideHeadingBlock(info[i], &d);
      continue;
    }
    if (d.role != BlockRole::kBody) continue;
    DecideBodyBlock(info[i], &d, a);
    if (d.role == BlockRole::kBody) {
      if (first < 0) first = static_cast<int>(i);
      last = static_cast<int>(i);
    }
  }
  // The date line nearest above the article is its publication time, not the site header's
  // "today" further up.
  for (int i = first - 1;
       first >= 0 && a->published.empty() && i >= std::max(0, first - kMetadataBefore); --i) {
    const LineInfo& l = info[i];
    if ((*decisions)[i].role == BlockRole::kRemoved && l.kind == LineKind::kDate &&
        !l.date.updated) {
      a->published = l.date.iso;
    }
  }
  // Bylines and dates the markup put just outside the article (a "byline" <div>).
  std::vector<std::string> page_writers;  // the writers credit lines name beside the markup's
  for (int i = std::max(0, first - kMetadataBefore);
       first >= 0 && i < std::min<int>(info.size(), last + kMetadataAfter); ++i) {
    BlockDecision& d = (*decisions)[i];
    if (d.role != BlockRole::kRemoved) continue;
    if (info[i].kind == LineKind::kCredit && !a->authors.empty()) {
      // The markup named the authors; a byline block may still name the editors
      // ("Penulis: X | Editor: Y").
      extract::Credits c;
      if (extract::ParseCreditLine(info[i].text, &c)) {
        if (a->editors.empty()) {
          for (const std::string& s : c.editors) extract::AddUnique(&a->editors, s);
        }
        for (const std::string& s : c.authors) extract::AddUnique(&page_writers, s);
      }
      continue;
    }
    if (extract::Credits c;
        info[i].kind == LineKind::kDate && CreditsBeforeDate(info[i].text, &c)) {
      if (!a->authors.empty()) c.authors.clear();  // the markup named them
      if (!a->editors.empty()) c.editors.clear();
      extract::MergeCredits(c, a);
    }
    // "Name | Humaniora | Jumat 18 April 2025, 13:05 WIB": the writer before the rubric.
    if (extract::Credits c;
        info[i].kind == LineKind::kDate && a->authors.empty() &&
        extract::ParseDateLabelCreditBeforeSection(
            std::string_view(info[i].text).substr(0, info[i].date.begin), a->section, &c)) {
      extract::MergeCredits(c, a);
    }
    if (info[i].kind == LineKind::kCreditLabel && i + 1 < static_cast<int>(info.size()) &&
        (*decisions)[i + 1].role == BlockRole::kRemoved) {
      TakeLabelledName(info[i], info[i + 1], a);
      continue;
    }
    LineInfo byline_date = info[i];
    // (A labelled byline with its date is a date line to the classifier.)
    if (extract::Credits c;
        (info[i].kind == LineKind::kText || info[i].kind == LineKind::kDate) &&
        std::strcmp(d.reason, "metadata") == 0 &&
        extract::SplitCreditsAndDate(info[i].text, ctx.now, &c, &byline_date.date)) {
      if (!a->authors.empty()) c.authors.clear();  // the markup named them
      if (!a->editors.empty()) c.editors.clear();
      extract::MergeCredits(c, a);
      byline_date.kind = LineKind::kDate;
      TakeMetadata(byline_date, i < first, a);
      continue;
    }
    if (info[i].kind == LineKind::kText && std::strcmp(d.reason, "metadata") == 0) {
      TakeInlineLabelledName(info[i].text, a);
    }
    if (info[i].kind == LineKind::kText && i > last &&
        extract::ParseSourceLine(info[i].text, &a->agencies)) {
      continue;
    }
    LineInfo timed;
    if (i + 1 < static_cast<int>(info.size()) &&
        WithTimeOfNextBlock(info[i], info[i + 1], &timed)) {
      TakeMetadata(timed, i < first, a);
      continue;
    }
    TakeMetadata(info[i], i < first, a);
  }
  if (MarkupAuthorsAreTheEditors(*a, page_writers)) a->authors = std::move(page_writers);
  ShownWallClockGivesZone(blocks, *decisions, info, first, kMetadataBefore, a);
  SignatureAfterText(blocks, decisions, a);
  std::string running = a->lead;
  bool first_body = true;
  for (size_t i = 0; i < info.size(); ++i) {
    if ((*decisions)[i].role != BlockRole::kBody) continue;
    const std::string& text = blocks.blocks[i].text;
    extract::Dateline dl;
    // The first paragraph's dateline, "PLACE - " or, as on the text path, "PLACE: " and, on an
    // Indonesian site, "Place. " (the Jakarta Globe's "Surabaya. The city ...").
    if (first_body &&
        (extract::ParseDateline(text, &dl) || extract::ParseColonDateline(text, a->site, &dl) ||
         extract::ParseStopDateline(text, a->site, &dl) ||
         (WrittenWithoutCapitals(a->language) && extract::ParseCaselessDateline(text, &dl)))) {
      a->dateline = dl.place;
      if (!dl.agency.empty()) extract::AddUnique(&a->agencies, dl.agency);
      if (a->site.empty()) a->site = dl.site;
    }
    first_body = false;
    running += '\n';
    running += text;
  }
  // No dateline in the text: the place a byline above it gives after the author's name, or
  // the place a date line above it opens with.
  for (int i = std::max(0, first - kMetadataBefore); first >= 0 && a->dateline.empty() && i < first;
       ++i) {
    if ((*decisions)[i].role == BlockRole::kRemoved)
      a->dateline = PlaceAfterAuthor(info[i].text, *a);
  }
  for (int i = first - 1;
       first >= 0 && a->dateline.empty() && i >= std::max(0, first - kMetadataBefore); --i) {
    const BlockDecision& d = (*decisions)[i];
    if (d.role != BlockRole::kRemoved || std::strcmp(d.reason, "caption") == 0) continue;
    std::string place = extract::PlaceOpeningDateLine(info[i].text, *a);
    // A menu's entry ("Erhverv - 02. januar 2020": the desk) is no place.
    if (!place.empty() && !NamedInAMenu(blocks, *decisions, place)) a->dateline = std::move(place);
  }
  extract::FindAgencyCredits(running, &a->agencies);
  extract::FindMentionedDates(running, &a->dates_mentioned);
  extract::FindWeekdayDates(running, a->published, &a->dates_mentioned);
  extract::FindYesterdayDates(running, a->published, &a->dates_mentioned);
  extract::FindRelativeDates(running, a->published, &a->dates_mentioned);
  if (a->outlet.empty()) a->outlet = extract::OutletName(a->site);
}

}  // namespace kabar
