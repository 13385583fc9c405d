// The first pass: one decision per line, in a fixed order. Known phrases win over everything
// (they are never article text); metadata parsers come next (a "REUTERS" line repeated on every
// page of a site is still a credit); then lines repeated across the site's pages; then lines
// repeated within the page.
#include "extract/line_classifier.h"

#define XXH_INLINE_ALL  // a hash or two per line: let them inline (same values)
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/agencies.h"
#include "extract/boilerplate.h"
#include "extract/captions.h"
#include "extract/credits.h"
#include "extract/dateline.h"
#include "extract/line_facts.h"
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
// A "Baca Juga" heading alone introduces at most this many headlines of at most this many words.
constexpr int kMaxTeaserHeadlines = 3;
constexpr int kMaxTeaserWords = 25;
// A related heading introduces at most this many teasers of a headline over a one-sentence
// standfirst.
constexpr int kMaxTeaserPairs = 6;
// A related heading over such teasers is at most this long.
constexpr size_t kMaxRelatedHeading = 40;
// A key-points heading has at most this many bullet lines of at most this many words.
constexpr int kMaxSummaryBullets = 5;
constexpr int kMaxSummaryWords = 30;
// The fewest words of a story paragraph around an inline related box.
constexpr int kMinInlineParagraphWords = 10;
static_assert(kMaxTeaserWords <= kMaxSummaryWords, "StopsMarkedRuns tests the larger bound");

// The hash of a line's case-folded text, under which the page's repeats are found; the same
// key the site's line counts use, so a line is hashed once for both.
uint64_t FoldedHash(std::string_view s) { return SiteLineStats::LineKey(s); }

// `text` with each run of spaces inside it made one space, in *buffer, when it has such a run
// ("Baca  juga", a no-break space next to a space once spaces are unified); else `text` itself.
std::string_view SpacedOnce(std::string_view text, std::string* buffer) {
  if (FindBytePair(text, ' ', ' ') == std::string_view::npos) return text;
  buffer->reserve(text.size());
  for (char c : text) {
    if (c != ' ' || buffer->empty() || buffer->back() != ' ') buffer->push_back(c);
  }
  return *buffer;
}

// The metadata kind of line `text` into *info. `spaced` is the line with single spaces
// (SpacedOnce), which the readers that give no byte ranges in the line read; dates are read
// from `text` itself, as their ranges are kept.
bool ClassifyMetadata(std::string_view text, std::string_view spaced, const ClassifyContext& ctx,
                      LineInfo* info) {
  if (text.size() > kMaxMetadataLine) return false;
  std::string agency;
  if (ParseAgencyLine(spaced, &agency)) {
    info->kind = LineKind::kAgency;
    return true;
  }
  if (CreditLabelRole(spaced) != CreditRole::kNone) {
    info->kind = LineKind::kCreditLabel;
    return true;
  }
  Credits credits;
  if (ParseCreditLine(spaced, &credits)) {
    info->kind = LineKind::kCredit;
    info->credits = std::make_shared<const Credits>(std::move(credits));
    return true;
  }
  Syndication syn;
  if (ParseSyndication(spaced, &syn)) {
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
  // "Oleh X dan Y - Mac 18, 2025 @ 3:12pm": more names than a date line's label holds; the
  // date line's label is the credit.
  if (text.size() <= 160 && SplitLabelledCreditsAndDate(text, ctx.now, &credits, &info->date)) {
    info->kind = info->date.relative ? LineKind::kRelativeTime : LineKind::kDate;
    return true;
  }
  if (IsImagePlaceholder(text)) {
    info->kind = LineKind::kImage;
    return true;
  }
  return false;
}

// What a line's text alone says (with the reference time for relative dates): a boilerplate
// phrase, a metadata kind, or text with its prose scores; and, asked only for lines that are
// neither nor repeats, whether it is a caption and whether it opens with a dateline; and for
// text, the hash its repeats are found under.
struct TextVerdict {
  ProseStats prose;
  LineKind kind = LineKind::kText;  // kText, kBoilerplate (a phrase) or a metadata kind
  std::string_view reason;
  bool ends_article = false;
  DateFound date;
  std::shared_ptr<const Credits> credits;  // for kCredit
  int8_t caption = -1;                     // LooksLikeCaption: -1 not asked yet, else 0 or 1
  int8_t dateline = -1;                    // ParseDateline, the same way
  bool folded_known = false;               // whether `folded` is set
  uint64_t folded = 0;                     // FoldedHash of the line
};

// "(HW/RD)", "(RED)": one to four groups of two to five capitals in parentheses, the initials
// of the people who wrote and edited a story (their lower-case form is a boilerplate phrase;
// capitals are asked after the agency line, so "(AP)" still credits the agency).
bool IsCapitalInitialsTag(std::string_view text) {
  if (text.size() < 4 || text.size() > 28 || text.front() != '(' || text.back() != ')') {
    return false;
  }
  int run = 0, groups = 0;
  for (char c : text.substr(1, text.size() - 2)) {
    if (c >= 'A' && c <= 'Z') {
      ++run;
    } else if (c == '/' && run >= 2 && run <= 5) {
      run = 0;
      ++groups;
    } else if (c != ' ') {
      return false;
    }
  }
  return run >= 2 && run <= 5 && groups < 4;
}

// "(NIA DEVIYANA)": the writer's or editor's name in capitals in parentheses, as MNC's sites
// sign a story off: two or three words of two to twelve capitals each.
bool IsCapitalNameTag(std::string_view text) {
  constexpr size_t kMaxWordLetters = 12;
  if (text.size() < 7 || text.size() > 40 || text.front() != '(' || text.back() != ')') {
    return false;
  }
  int words = 0;
  size_t run = 0;
  for (char c : text.substr(1, text.size() - 1)) {
    if (c >= 'A' && c <= 'Z') {
      ++run;
    } else if ((c == ' ' || c == ')') && run >= 2 && run <= kMaxWordLetters) {
      run = 0;
      ++words;
    } else {
      return false;
    }
  }
  return words >= 2 && words <= 3;
}

TextVerdict JudgeText(std::string_view text, const ClassifyContext& ctx) {
  TextVerdict v;
  // The phrase rules read words one space apart: a line with wider gaps is read with single
  // spaces (only here: the other verdicts give byte ranges in the line as it stands).
  std::string spaced_once;
  const LineFacts facts(SpacedOnce(text, &spaced_once));
  std::string_view reason = BoilerplateReason(facts);
  if (!reason.empty()) {
    // "(ant)", "(jpnn/ant)": editors' initials with an agency's short name among them.
    if (reason == "metadata" && text.front() == '(' && ParseAgencyLine(text, nullptr, nullptr)) {
      v.kind = LineKind::kAgency;
      return v;
    }
    v.kind = LineKind::kBoilerplate;
    v.reason = reason;
    v.ends_article = EndsArticle(text, reason);
    return v;
  }
  LineInfo info;
  info.kind = LineKind::kText;
  if (!ClassifyMetadata(text, facts.text(), ctx, &info) &&
      (IsCapitalInitialsTag(text) || IsCapitalNameTag(text))) {
    // "(HW/RD)": editors' initials, no agency among them; "(NIA DEVIYANA)": a name.
    v.kind = LineKind::kBoilerplate;
    v.reason = "metadata";
    return v;
  }
  v.kind = info.kind;
  v.date = std::move(info.date);
  v.credits = std::move(info.credits);
  if (v.kind == LineKind::kText) v.prose = ScoreProse(text);  // only text lines are weighed
  return v;
}

// Lines of furniture (menus, labels, footers, share and login prompts) recur on every page of
// a site: the verdicts on short lines are kept per thread (bounded) with the reference time
// they were reached at, so a recurring line is judged once. Every verdict is a function of the
// text and that time, so the output is the same with or without the cache.
//
// The cache is an open-addressing index (linear probing, at most half full) of 16-byte slots
// over a dense array of entries, whose lines' bytes live in one buffer: probing touches only
// the small index and the line's bytes (a slot holds where they are, so the two loads do not
// wait for the entry's), and there is no allocation per line. When the cache holds kMaxEntries
// lines it keeps those asked for again since they were judged or last kept (a site's furniture
// recurs on its every page, most other lines never come back) and drops the rest, keeping its
// storage. A pointer Get returns stays valid until the next Get.
class VerdictCache {
 public:
  TextVerdict* Get(std::string_view text, const ClassifyContext& ctx) {
    if (text.size() > kMaxCachedLine) return nullptr;
    if (index_.empty()) Start();
    const uint64_t h = XXH3_64bits(text.data(), text.size());
    Slot& slot = index_[Probe(h, text)];
    if (slot.entry != kFree) {
      Entry& e = entries_[slot.entry];
      e.recurred = true;
      if (!SameTime(e.now, ctx.now)) {
        e.now = ctx.now;
        e.verdict = JudgeText(text, ctx);
      }
      return &e.verdict;
    }
    if (2 * (entries_.size() + 1) > index_.size()) {
      if (index_.size() < 2 * kMaxEntries) {
        Grow();
      } else {
        KeepRecurring();
      }
      return Get(text, ctx);  // finds a free slot in the larger or thinned index
    }
    slot = MakeSlot(h, entries_.size(), bytes_.size(), text.size());
    entries_.push_back(Entry{h, static_cast<uint32_t>(bytes_.size()),
                             static_cast<uint32_t>(text.size()), ctx.now, JudgeText(text, ctx)});
    bytes_.append(text);
    return &entries_.back().verdict;
  }

  // The verdict on `text` at ctx.now when the cache holds it, else null; changes nothing.
  const TextVerdict* Find(std::string_view text, const ClassifyContext& ctx) const {
    if (text.size() > kMaxCachedLine || index_.empty()) return nullptr;
    const Slot& slot = index_[Probe(XXH3_64bits(text.data(), text.size()), text)];
    if (slot.entry == kFree) return nullptr;
    const Entry& e = entries_[slot.entry];
    return SameTime(e.now, ctx.now) ? &e.verdict : nullptr;
  }

 private:
  static constexpr size_t kMaxCachedLine = 200;
  // A power of two. At most about 13 MB of entries (200 bytes each), a 2 MB index and the
  // lines' bytes per thread. A site's furniture comes back hundreds or thousands of pages apart
  // in a run of mixed sites: with a quarter of this, 10,000 generated pages took 7.5 % more
  // instructions (most of those lines judged again after each thinning).
  static constexpr size_t kMaxEntries = 1 << 16;
  static constexpr size_t kFirstSlots = 1 << 10;  // a power of two
  static constexpr uint32_t kFree = UINT32_MAX;

  // A slot's place in the index comes from the low bits of the line's hash; the slot keeps the
  // high half, a first test before the bytes are compared.
  struct Slot {
    uint32_t hash_high = 0;
    uint32_t entry = kFree;  // index in entries_
    uint32_t offset = 0;     // the line's bytes in bytes_ (as the entry's)
    uint32_t size = 0;       // and their number
  };

  static Slot MakeSlot(uint64_t h, size_t entry, size_t offset, size_t size) {
    return Slot{static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(entry),
                static_cast<uint32_t>(offset), static_cast<uint32_t>(size)};
  }
  struct Entry {
    uint64_t hash;    // of the line's bytes
    uint32_t offset;  // the line's bytes in bytes_
    uint32_t size;    // and their number
    TimePoint now;
    TextVerdict verdict;
    bool recurred = false;  // asked for again since judged or last kept
  };

  // The first index, and room for every entry the cache may hold: entries_ never moves (each
  // doubling moved every entry to memory touched for the first time, ~1.3% of the CPU time of
  // a text run), and only the room used is ever touched.
  void Start() {
    index_.assign(kFirstSlots, Slot());
    entries_.reserve(kMaxEntries);
  }

  // The slot holding `text` (hash `h`), else the free slot where it would go.
  size_t Probe(uint64_t h, std::string_view text) const {
    const size_t mask = index_.size() - 1;
    const auto high = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = index_[i];
      if (slot.entry == kFree) return i;
      if (slot.hash_high == high && slot.size == text.size() &&
          std::memcmp(bytes_.data() + slot.offset, text.data(), text.size()) == 0) {
        return i;
      }
    }
  }

  // Puts slot `s` (of the line hashed `h`) at its place in the index (which does not hold its
  // line).
  void Place(uint64_t h, const Slot& s) {
    const size_t mask = index_.size() - 1;
    size_t i = h & mask;
    while (index_[i].entry != kFree) i = (i + 1) & mask;
    index_[i] = s;
  }

  // Doubles the index, moving every slot to its place there.
  void Grow() {
    std::vector<Slot> old(2 * index_.size());
    old.swap(index_);
    for (const Slot& s : old) {
      if (s.entry != kFree) Place(entries_[s.entry].hash, s);
    }
  }

  // Keeps the entries asked for again since they were judged or last kept, in order, their
  // bytes moved down in bytes_; drops them all when they are more than half of kMaxEntries
  // (the cache would fill again at once).
  void KeepRecurring() {
    size_t recurring = 0;
    for (const Entry& e : entries_) recurring += e.recurred;
    size_t kept = 0, at = 0;
    for (size_t i = 0; i < entries_.size() && 2 * recurring <= kMaxEntries; ++i) {
      Entry& e = entries_[i];
      if (!e.recurred) continue;
      std::memmove(bytes_.data() + at, bytes_.data() + e.offset, e.size);  // at <= e.offset
      e.offset = static_cast<uint32_t>(at);
      e.recurred = false;
      at += e.size;
      if (kept != i) entries_[kept] = std::move(e);
      ++kept;
    }
    entries_.resize(kept);
    bytes_.resize(at);
    std::fill(index_.begin(), index_.end(), Slot());
    for (size_t i = 0; i < entries_.size(); ++i) {
      const Entry& e = entries_[i];
      Place(e.hash, MakeSlot(e.hash, i, e.offset, e.size));
    }
  }

  static bool SameTime(const TimePoint& a, const TimePoint& b) {
    return a.valid == b.valid && a.epoch_seconds == b.epoch_seconds &&
           a.offset_minutes == b.offset_minutes;
  }

  std::vector<Slot> index_;
  std::vector<Entry> entries_;
  std::string bytes_;
};

// The thread's verdict cache, shared by ClassifyLines and ClassifyLineRange (their verdicts
// are the same), so a thread holds one.
VerdictCache& ThreadVerdictCache() {
  thread_local VerdictCache cache;
  return cache;
}

// The folded hashes of a page's lines seen so far: an open-addressing set (linear probing, at
// most half full) whose storage a thread reuses from page to page, so a page costs no
// allocation per line. 0 marks a free slot; a hash of 0 is kept aside.
class SeenHashes {
 public:
  explicit SeenHashes(size_t lines) {
    size_t want = 16;
    while (want < 2 * lines) want *= 2;
    slots_.assign(want, 0);
    has_zero_ = false;
  }

  // True when `h` was not in the set (it is now).
  bool Insert(uint64_t h) {
    if (h == 0) return !std::exchange(has_zero_, true);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return false;
      if (slots_[i] == 0) {
        slots_[i] = h;
        return true;
      }
    }
  }

 private:
  static thread_local std::vector<uint64_t> slots_;
  static thread_local bool has_zero_;
};

thread_local std::vector<uint64_t> SeenHashes::slots_;
thread_local bool SeenHashes::has_zero_ = false;

// The lines a site repeats on its pages; the site's page count is looked up once per page.
class SiteRepeats {
 public:
  explicit SiteRepeats(const ClassifyContext& ctx)
      : ctx_(ctx),
        pages_(ctx.stats == nullptr || ctx.site.empty() ? 0 : ctx.stats->Pages(ctx.site)) {}

  // `folded`: FoldedHash of the line.
  bool Has(uint64_t folded) const {
    if (pages_ < kSiteRepeatMinPages) return false;  // also with no stats or no site
    int with = ctx_.stats->PagesWithLineKey(ctx_.site, folded);
    return with >= kSiteRepeatMinPages && with >= kSiteRepeatMinShare * pages_;
  }

 private:
  const ClassifyContext& ctx_;
  int pages_;
};

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

// True for a line shaped like a linked headline: text of at most kMaxTeaserWords words that
// does not end a sentence (a period, possibly inside closing quotes) and opens no dateline.
bool IsHeadlineShaped(const LineInfo& l) {
  if (l.kind != LineKind::kText || l.dateline || l.prose.words > kMaxTeaserWords) return false;
  std::string_view t = l.text;
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.ends_with("\u201d"))) {
    t.remove_suffix(t.back() == '"' || t.back() == '\'' ? 1 : 3);
  }
  return !t.empty() && t.back() != '.';
}

// The index of the first non-blank line at or after `i` (lines.size() when none).
size_t NextNonBlank(const std::vector<LineInfo>& lines, size_t i) {
  while (i < lines.size() && lines[i].kind == LineKind::kBlank) ++i;
  return i;
}

// The index of the last non-blank line before `i` (lines.size() when none).
size_t PrevNonBlank(const std::vector<LineInfo>& lines, size_t i) {
  while (i > 0 && lines[i - 1].kind == LineKind::kBlank) --i;
  return i > 0 ? i - 1 : lines.size();
}

// True for a teaser's standfirst under its headline: one sentence of at most kMaxSummaryWords
// words, opening no dateline.
bool IsTeaserStandfirst(const LineInfo& l) {
  return l.kind == LineKind::kText && !l.dateline && l.prose.words <= kMaxSummaryWords &&
         l.prose.sentence_end;
}

// The lines of the teasers a related heading (line `heading`) introduces as a headline over a
// one-sentence standfirst ("Baca Juga", "Jadwal Libur Sekolah Diumumkan", "Kementerian
// mengumumkan jadwal libur ..."): empty unless two or more such pairs follow it. (One pair is
// not told from a lone headline over the story's short last paragraph.)
std::vector<size_t> TeaserPairs(const std::vector<LineInfo>& v, size_t heading) {
  std::vector<size_t> marked;
  size_t at = NextNonBlank(v, heading + 1);
  int pairs = 0;
  while (pairs < kMaxTeaserPairs && at < v.size() && IsHeadlineShaped(v[at])) {
    const size_t standfirst = NextNonBlank(v, at + 1);
    if (standfirst >= v.size() || !IsTeaserStandfirst(v[standfirst])) break;
    marked.push_back(at);
    marked.push_back(standfirst);
    ++pairs;
    at = NextNonBlank(v, standfirst + 1);
  }
  if (pairs < 2) marked.clear();
  return marked;
}

// The headlines a "read also" heading alone introduces ("Baca Juga" then one or two linked
// titles on their own lines, the article going on after them) are teasers too, and so are the
// headline and standfirst pairs under any short related heading (TeaserPairs).
void MarkTeaserHeadlines(std::vector<LineInfo>* lines) {
  for (size_t i = 0; i < lines->size(); ++i) {
    if ((*lines)[i].reason != "related" || (*lines)[i].text.size() > kMaxRelatedHeading) continue;
    const std::vector<size_t> pairs = TeaserPairs(*lines, i);
    for (size_t j : pairs) {
      (*lines)[j].kind = LineKind::kBoilerplate;
      (*lines)[j].reason = "related";
    }
    if (!pairs.empty()) {
      i = pairs.back();
      continue;
    }
    if (!IsTeaserHeading((*lines)[i].text)) continue;
    int marked = 0;
    for (size_t j = i + 1; j < lines->size() && marked < kMaxTeaserHeadlines; ++j) {
      LineInfo& l = (*lines)[j];
      if (l.kind == LineKind::kBlank) continue;
      if (!IsHeadlineShaped(l)) break;
      l.kind = LineKind::kBoilerplate;
      l.reason = "related";
      ++marked;
    }
  }
}

// True for a paragraph of the story: text of at least kMinInlineParagraphWords words ending a
// sentence (a period, possibly inside closing quotes or before a wire sign-off). One longer
// than any headline (kMaxTeaserWords) may end with a question or an exclamation mark, and in
// single quotes (the Daily Mail's: "... He replied: 'Have you ...?").
bool IsStoryParagraph(const LineInfo& l) {
  if (l.kind != LineKind::kText || l.prose.words < kMinInlineParagraphWords) return false;
  if (EndsWithWireSignOff(l.text)) return true;
  const bool long_text = l.prose.words > kMaxTeaserWords;
  std::string_view t = l.text;
  while (!t.empty()) {
    if (t.back() == '"' || (long_text && t.back() == '\'')) {
      t.remove_suffix(1);
    } else if (t.ends_with("\u201d") || (long_text && t.ends_with("\u2019"))) {
      t.remove_suffix(3);
    } else {
      break;
    }
  }
  if (t.empty()) return false;
  return t.back() == '.' || t.back() == ')' || (long_text && (t.back() == '?' || t.back() == '!'));
}

// True when the last non-blank line before `i` is a paragraph of the story.
bool StoryParagraphBefore(const std::vector<LineInfo>& v, size_t i) {
  const size_t prev = PrevNonBlank(v, i);
  return prev < v.size() && IsStoryParagraph(v[prev]);
}

// A box that line `i` opens inside the story: the non-blank lines after `i` that `in_box`
// accepts, at most `max` of them (blank lines between), go to `*rest`; true when a paragraph
// of the story follows them.
template <typename InBox>
bool StoryGoesOnAfterBox(const std::vector<LineInfo>& v, size_t i, size_t max, InBox in_box,
                         std::vector<size_t>* rest) {
  rest->clear();
  size_t after = NextNonBlank(v, i + 1);
  while (after < v.size() && rest->size() < max && in_box(v[after])) {
    rest->push_back(after);
    after = NextNonBlank(v, after + 1);
  }
  return after < v.size() && IsStoryParagraph(v[after]);
}

// True for a picture's lines inside a story: its placeholder, its caption or credit.
bool IsPictureLine(const LineInfo& l) {
  return l.kind == LineKind::kImage || l.kind == LineKind::kCaption ||
         (l.kind == LineKind::kBoilerplate && l.reason == "image");
}

bool IsBulletItem(std::string_view text) {
  return text.starts_with("\u2022 ") || text.starts_with("- ") || text.starts_with("* ");
}

// True when line `k` is printed again on the next non-blank line (a caption the dump repeats:
// the Daily Mail's print two or three times in a row).
bool RepeatedRightAfter(const std::vector<LineInfo>& v, size_t k) {
  size_t next = NextNonBlank(v, k + 1);
  return next < v.size() && v[next].reason == "duplicate-line" && v[next].text == v[k].text;
}

// True for a newsletter box's button: a login line of at most three words that signs up
// ("Sign Up", "Daftar", "Register"; not "Email", a share bar's button read as a login field).
bool IsSignUpButton(const LineInfo& l) {
  if (l.kind != LineKind::kBoilerplate || l.reason != "login" || CountWords(l.text) > 3) {
    return false;
  }
  const std::string_view t = Trim(l.text);
  for (std::string_view verb : {"sign up", "daftar", "register", "subscribe", "join"}) {
    if (StartsWithIgnoreCase(t, verb)) return true;
  }
  return false;
}

// True for an ad slot's line: an ad's label or a promo ("ADVERTISEMENT", "Iklan", a newsletter's
// "Sign up for our morning newsletter"), the prompt over it ("SCROLL TO CONTINUE WITH CONTENT",
// "Scroll Untuk Melanjutkan"), or a newsletter box's button (IsSignUpButton).
bool IsAdSlotLine(const LineInfo& l) {
  if (l.kind != LineKind::kBoilerplate) return false;
  if (l.reason == "navigation") {
    const std::string_view t = Trim(l.text);
    return StartsWithIgnoreCase(t, "scroll ") || StartsWithIgnoreCase(t, "gulir ");
  }
  return l.reason == "ad" || IsSignUpButton(l);
}

// True when a paragraph of the story comes before line `i`, with at most kMaxLinesBetween
// lines between them, each of a picture (IsPictureLine), an ad slot ("ADVERTISEMENT", "SCROLL
// TO CONTINUE WITH CONTENT", a newsletter's box and its "Sign Up"), an inline "Read more: ..."
// teaser, or a line printed twice (an image's alt text, a caption printed again).
bool StoryParagraphBeforePictures(const std::vector<LineInfo>& v, size_t i) {
  constexpr int kMaxLinesBetween = 6;
  for (int between = 0; i > 0; --i) {
    const LineInfo& l = v[i - 1];
    if (l.kind == LineKind::kBlank) continue;
    const bool printed_again = RepeatedRightAfter(v, i - 1);
    if (IsStoryParagraph(l) && !printed_again) return true;
    bool teaser = l.kind == LineKind::kBoilerplate && l.reason == "related" && !l.ends_article;
    bool repeated = l.reason == "duplicate-line" || printed_again;
    if (++between > kMaxLinesBetween ||
        !(IsPictureLine(l) || teaser || IsAdSlotLine(l) || repeated)) {
      return false;
    }
  }
  return false;
}

// A line of the story's text that does not end a sentence, printed again on the next line, with
// a paragraph of the story above it (pictures between allowed) is a picture's caption: a dump
// prints the alt text and the caption of a picture (the Daily Mail's, two or three times in a
// row). A paragraph is never printed twice in a row. The repeats are "duplicate-line" already.
void MarkRepeatedCaptions(std::vector<LineInfo>* lines) {
  std::vector<LineInfo>& v = *lines;
  for (size_t k = 0; k < v.size(); ++k) {
    const LineInfo& l = v[k];
    if (l.kind != LineKind::kText || l.prose.sentence_end || !RepeatedRightAfter(v, k) ||
        !StoryParagraphBeforePictures(v, k)) {
      continue;
    }
    v[k].kind = LineKind::kCaption;
  }
}

// NPR's pictures as text: "Enlarge this image", the caption, its credit ("Jane Doe/NPR"),
// then "hide caption" (and "toggle caption"). The text line right over the toggle is the
// credit when it is short and ends no sentence (an image's reason), and the text line over it
// (or over the toggle, when there is no credit) is the caption.
void MarkCaptionsOverToggle(std::vector<LineInfo>* lines) {
  constexpr int kMaxCreditWords = 8;
  std::vector<LineInfo>& v = *lines;
  auto previous_text = [&v](size_t k) {
    const size_t prev = PrevNonBlank(v, k);
    return prev < v.size() && v[prev].kind == LineKind::kText ? prev : v.size();
  };
  for (size_t i = 1; i < v.size(); ++i) {
    if (v[i].kind != LineKind::kImage || !EqualsIgnoreCase(Trim(v[i].text), "hide caption")) {
      continue;
    }
    size_t k = previous_text(i);
    if (k == v.size()) continue;
    if (v[k].prose.words <= kMaxCreditWords && !v[k].prose.sentence_end) {
      v[k].kind = LineKind::kBoilerplate;
      v[k].reason = "image";
      k = previous_text(k);
      if (k == v.size()) continue;
    }
    v[k].kind = LineKind::kCaption;
  }
}

// True for a teaser's headline cut short ("... as Hurri...", "... yang…"): a line of at most
// kMaxTeaserWords words ending in an ellipsis.
bool IsCutHeadline(const LineInfo& l) {
  return l.kind == LineKind::kText && l.prose.words <= kMaxTeaserWords && EndsWithEllipsis(l.text);
}

// True when the first two non-blank lines from `i` are paragraphs of the story.
bool TwoStoryParagraphsFrom(const std::vector<LineInfo>& v, size_t i) {
  // Written in sentence case (a quarter of the words or more in lower case) and closed by a
  // full stop: no headline of a list ("Trump Tells Governors ... (Forbes)").
  auto paragraph = [](const LineInfo& l) {
    return IsStoryParagraph(l) && l.text.back() != ')' && 4 * l.prose.lower >= l.prose.words;
  };
  size_t first = NextNonBlank(v, i);
  if (first >= v.size() || !paragraph(v[first])) return false;
  size_t second = NextNonBlank(v, first + 1);
  return second < v.size() && paragraph(v[second]);
}

// A related heading alone ("Artikel Terkait", "Related News") set between two paragraphs of
// the story with up to kMaxInlineHeadlines linked headlines under it (list markers and their
// thumbnails between them allowed; pictures may stand between the box and the paragraphs) is
// an inline teaser box, not the list that ends the article: the heading stops ending it, the
// headlines are marked teasers, and all are marked inside the story (they weigh nothing
// against the paragraphs around them). A heading with no headline under it (a widget the dump
// left empty: "Trending") is one when two paragraphs follow it. Text path only
// (ClassifyLines): it looks at the lines after the box, which ClassifyLineRange does not read.
void MarkInlineRelatedBoxes(std::vector<LineInfo>* lines) {
  // Headlines wrapped onto a second line count twice.
  constexpr size_t kMaxInlineHeadlines = 6;
  // Al Jazeera's box as text: "list of 3 items", "list 1 of 3" before each headline and "end
  // of list" (a screen reader's markers) around three headlines; the Express's: a list marker,
  // a thumbnail and a headline for each of two.
  constexpr size_t kMaxInlineBoxLines = 2 * kMaxInlineHeadlines + 2;
  std::vector<LineInfo>& v = *lines;
  for (size_t i = 1; i < v.size(); ++i) {
    if (v[i].reason != "related" || !v[i].ends_article || !StoryParagraphBeforePictures(v, i)) {
      continue;
    }
    std::vector<size_t> box;
    // A linked headline: shaped as one, cut short, or a list item of any length (several
    // headlines the dump ran together on one line).
    auto teaser = [](const LineInfo& l) {
      return (IsHeadlineShaped(l) && !IsStoryParagraph(l)) || IsCutHeadline(l) ||
             (l.kind == LineKind::kText && IsBulletItem(l.text) &&
              (!IsStoryParagraph(l) || EndsWithEllipsis(l.text)));
    };
    // List markers, pictures, share buttons and the heading of a second box right under the
    // first (Rolling Stone's: "Related", a thumbnail's alt text, two headlines, twice) go with
    // the box.
    auto in_box = [&teaser](const LineInfo& l) {
      return teaser(l) || IsPictureLine(l) ||
             (l.kind == LineKind::kBoilerplate &&
              (l.reason == "navigation" || l.reason == "share" || l.reason == "related"));
    };
    if (!StoryGoesOnAfterBox(v, i, kMaxInlineBoxLines, in_box, &box)) continue;
    size_t headlines = 0;
    for (size_t h : box) headlines += teaser(v[h]);
    if (headlines > kMaxInlineHeadlines) continue;
    if (headlines == 0 && !TwoStoryParagraphsFrom(v, box.empty() ? i + 1 : box.back() + 1)) {
      continue;
    }
    v[i].ends_article = false;
    v[i].inside_story = true;
    for (size_t h : box) {
      if (teaser(v[h])) {
        v[h].kind = LineKind::kBoilerplate;
        v[h].reason = "related";
      }
      v[h].inside_story = true;
    }
  }
}

// True when the story goes on at line `at` under a subheading ("CONSULTATION" over "- A
// country planning a dam must ..."), or after an inline teaser box found inside the story
// already ("Baca Juga: ...", "Artikel Terkait" and its headline; MarkInlineTeasers,
// MarkInlineRelatedBoxes): that line or box, then a paragraph of the story.
bool StoryGoesOnPastSubheadingOrBox(const std::vector<LineInfo>& v, size_t at) {
  constexpr int kMaxTeaserBoxLines = 4;
  auto teaser = [&v](size_t k) {
    return k < v.size() && v[k].inside_story && v[k].reason == "related";
  };
  if (at >= v.size()) return false;
  if (teaser(at)) {
    for (int n = 1; n < kMaxTeaserBoxLines && teaser(NextNonBlank(v, at + 1)); ++n) {
      at = NextNonBlank(v, at + 1);
    }
  } else if (!IsHeadlineShaped(v[at])) {
    return false;
  }
  const size_t next = NextNonBlank(v, at + 1);
  return next < v.size() && IsStoryParagraph(v[next]);
}

// The fewest words of a story's sentence after a one-line inline teaser ("Baca juga: ...").
constexpr int kMinSentenceAfterTeaserWords = 4;

// True when line `at` is one sentence of the story however short ("\"Kami pasrah saja,\"
// ujarnya."): text of kMinSentenceAfterTeaserWords words or more ending a sentence, opening no
// dateline and not in lower case (a line's second half: "Sign up" / "for the free daily
// newsletter.").
bool ShortSentenceAt(const std::vector<LineInfo>& v, size_t at) {
  if (at >= v.size()) return false;
  const LineInfo& l = v[at];
  const std::string_view t = Trim(l.text);
  return l.kind == LineKind::kText && !l.dateline && l.prose.sentence_end &&
         l.prose.words >= kMinSentenceAfterTeaserWords && !t.empty() &&
         !(t[0] >= 'a' && t[0] <= 'z');
}

// True when line `i`, a one-line teaser ("Baca juga: Headline"), is followed (after line
// `last`, the last of the player or picture it leads to, or `i` itself) by one sentence of the
// story however short ("\"Kami pasrah saja,\" ujarnya."): text of kMinSentenceAfterTeaserWords
// words or more ending a sentence, opening no dateline. (A teaser heading's box is followed by
// a paragraph of the story, IsStoryParagraph: a short line there may be a teaser's standfirst.)
bool SentenceAfterOneLineTeaser(const std::vector<LineInfo>& v, size_t i, size_t last) {
  return !IsTeaserHeading(v[i].text) && ShortSentenceAt(v, NextNonBlank(v, last + 1));
}

// An inline teaser ("Baca Juga: ...", or a "Baca Juga" heading and its headlines, see
// MarkTeaserHeadlines) set between two paragraphs of the story (pictures may stand around it) is
// inside the story: it weighs nothing against the paragraphs, and a short last paragraph after
// it is still the story's. Text path only, as MarkInlineRelatedBoxes.
void MarkInlineTeasers(std::vector<LineInfo>* lines) {
  auto teaser = [](const LineInfo& l) {
    return l.kind == LineKind::kBoilerplate && !l.ends_article && l.reason == "related";
  };
  // A teaser's lines, and the player or picture it leads to ("Simak Video ..." over
  // "[Gambas:Video 20detik]").
  auto in_box = [&teaser](const LineInfo& l) { return teaser(l) || IsPictureLine(l); };
  std::vector<LineInfo>& v = *lines;
  std::vector<size_t> box;
  for (size_t i = 1; i < v.size(); ++i) {
    if (!teaser(v[i]) || v[i].inside_story || !StoryParagraphBeforePictures(v, i)) continue;
    if (!StoryGoesOnAfterBox(v, i, kMaxTeaserHeadlines, in_box, &box) &&
        !SentenceAfterOneLineTeaser(v, i, box.empty() ? i : box.back()) &&
        !StoryGoesOnPastSubheadingOrBox(v, NextNonBlank(v, (box.empty() ? i : box.back()) + 1))) {
      continue;
    }
    v[i].inside_story = true;
    for (size_t h : box) v[h].inside_story = true;
    if (!box.empty()) i = box.back();
  }
}

// True for a media teaser's line: a label ("Watch", "Video", "Photos", "Gallery", "Infografis",
// ...), a colon and a headline of two words or more without a full stop ("Watch: Council
// members debate the transit budget", "Video: Penjelasan Menko PMK soal Cuti Bersama").
bool IsMediaTeaserLine(const LineInfo& l) {
  static constexpr std::string_view kLabels[] = {
      "watch",     "video",      "videos",      "photos",  "gallery", "galeri",
      "foto-foto", "infografis", "infographic", "podcast", "tonton"};
  if (l.kind != LineKind::kText) return false;
  const std::string_view t = Trim(l.text);
  const size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 12 || t.back() == '.') return false;
  const std::string_view label = Trim(t.substr(0, colon));
  bool labelled = false;
  for (std::string_view k : kLabels) labelled = labelled || EqualsIgnoreCase(label, k);
  return labelled && CountWords(t.substr(colon + 1)) >= 2;
}

// A media teaser's line (IsMediaTeaserLine) under a paragraph of the story links a video, a
// gallery or a graphic: a related teaser. (Over the story it is as often the headline of a
// video page: "VIDEO: Detik-detik Longsor ...".)
void MarkMediaTeasers(std::vector<LineInfo>* lines) {
  std::vector<LineInfo>& v = *lines;
  for (size_t i = 1; i < v.size(); ++i) {
    if (!IsMediaTeaserLine(v[i]) || !StoryParagraphBeforePictures(v, i)) continue;
    v[i].kind = LineKind::kBoilerplate;
    v[i].reason = "related";
    v[i].ends_article = false;
  }
}

// True for a video's duration alone on a line: "02:14", "1:02:33", "(3:45)".
bool IsDurationLine(std::string_view text) {
  text = Trim(text);
  if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
    text = text.substr(1, text.size() - 2);
  }
  size_t i = 0;
  while (i < text.size() && i < 2 && IsDigitByte(text[i])) ++i;
  if (i == 0) return false;
  int groups = 0;  // ":ss", or ":mm:ss"
  for (; groups < 2 && i + 3 <= text.size() && text[i] == ':' && IsDigitByte(text[i + 1]) &&
         IsDigitByte(text[i + 2]);
       ++groups) {
    i += 3;
  }
  return groups > 0 && i == text.size();
}

// A player's duration ("02:14") next to a video's teaser ("Watch: ...", "Simak Video ...") or
// its picture is the player's, as its placeholder is: an image line (MarkInlineTeasers then
// reads it as part of the teaser's box).
void MarkPlayerDurations(std::vector<LineInfo>* lines) {
  std::vector<LineInfo>& v = *lines;
  auto teaser_or_picture = [&v](size_t k) {
    return k < v.size() &&
           (IsPictureLine(v[k]) || (v[k].kind == LineKind::kBoilerplate &&
                                    v[k].reason == "related" && !v[k].ends_article));
  };
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind != LineKind::kText || !IsDurationLine(v[i].text)) continue;
    if (teaser_or_picture(PrevNonBlank(v, i)) || teaser_or_picture(NextNonBlank(v, i + 1))) {
      v[i].kind = LineKind::kImage;
    }
  }
}

// "Email" alone reads as a login form's field label; next to a share button ("Facebook", "X",
// "Copy link" over or under it) it is the share bar's button, and weighs as one.
void MarkShareBarEmail(std::vector<LineInfo>* lines) {
  std::vector<LineInfo>& v = *lines;
  auto is_share = [&v](size_t k) { return k < v.size() && v[k].reason == "share"; };
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].reason != "login") continue;
    const std::string_view t = Trim(v[i].text);
    if (!EqualsIgnoreCase(t, "email") && !EqualsIgnoreCase(t, "e-mail")) continue;
    if (is_share(PrevNonBlank(v, i)) || is_share(NextNonBlank(v, i + 1))) v[i].reason = "share";
  }
}

// A reader poll's question ("Bagaimana reaksi Anda?", "Apakah artikel ini bermanfaat?", "Was
// this article helpful?", a comments phrase ending with '?') is followed by its answers, of a
// word or two each ("Senang", "Sedih", "Ya", "Tidak", "Yes"): up to kMaxPollAnswers such text
// lines under it, no sentence among them, are the poll's too.
void MarkPollAnswers(std::vector<LineInfo>* lines) {
  constexpr int kMaxPollAnswers = 8;
  constexpr int kMaxAnswerWords = 2;
  std::vector<LineInfo>& v = *lines;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind != LineKind::kBoilerplate || v[i].reason != "comments" ||
        !Trim(v[i].text).ends_with('?')) {
      continue;
    }
    size_t k = NextNonBlank(v, i + 1);
    for (int n = 0; n < kMaxPollAnswers && k < v.size(); ++n, k = NextNonBlank(v, k + 1)) {
      LineInfo& answer = v[k];
      if (answer.kind != LineKind::kText || answer.prose.words > kMaxAnswerWords ||
          answer.prose.sentence_end) {
        break;
      }
      answer.kind = LineKind::kBoilerplate;
      answer.reason = "comments";
      i = k;
    }
  }
}

// A bare key-points heading ("Ringkasan", "Key points", "Highlights"): not a boilerplate phrase
// (on a text without list markers the short lines under it are as often the story's opening
// paragraphs), but a heading of the summary when bulleted items follow it.
bool IsBareSummaryHeading(const LineInfo& l) {
  if (l.kind != LineKind::kText || l.text.size() > 16) return false;
  std::string_view t = Trim(l.text);
  while (!t.empty() && t.back() == ':') t.remove_suffix(1);
  for (std::string_view h : {"ringkasan", "key points", "highlights", "summary", "sorotan",
                             "poin-poin", "in brief", "at a glance"}) {
    if (EqualsIgnoreCase(t, h)) return true;
  }
  return false;
}

// True for a copyright or trademark notice: no promo (MarkInlinePromos), it ends the page's
// text even when notices that read like paragraphs follow it.
bool IsLegalNotice(std::string_view line) {
  for (std::string_view mark : {"\xC2\xA9", "(c)", "copyright", "hak cipta", "rights reserved",
                                "trademark", "merek dagang"}) {
    if (ContainsIgnoreCase(line, mark)) return true;
  }
  return false;
}

// A sponsor label alone ("Sponsored content", "Advertorial") or a promo line of the outlet
// ("Muat turun aplikasi X di App Store ...", "Mari bergabung di Grup Telegram ...") between
// two paragraphs of the story (a picture may stand before it) is an ad slot or a promo box
// inside it, not the sponsored links, notice or footer that end the article (after those comes
// no paragraph of the story; after an ad slot or a label, perhaps under a subheading): it stops
// ending the article and is marked inside the story. A sponsor's label may head its teaser (a
// headline and the sponsor's "By ..." line): an ad.
// Text path only, as MarkInlineRelatedBoxes.
void MarkInlinePromos(std::vector<LineInfo>* lines) {
  constexpr int kMaxLabelWords = 3;
  constexpr size_t kMaxBoxLines = 6;
  std::vector<LineInfo>& v = *lines;
  auto is_box_line = [](const LineInfo& l) {
    if (l.kind != LineKind::kBoilerplate) return false;  // most lines: no reason to compare
    bool label = l.reason == "sponsor" && l.prose.words <= kMaxLabelWords;
    bool promo = l.reason == "footer" && !IsLegalNotice(l.text);
    bool embed = l.reason == "embed";
    return label || promo || embed || IsAdSlotLine(l);
  };
  // Under a sponsor's label, its teaser: a headline and the sponsor's "By ..." line.
  auto is_teaser_line = [&is_box_line](const LineInfo& l) {
    return is_box_line(l) || IsHeadlineShaped(l) || l.kind == LineKind::kCredit;
  };
  std::vector<size_t> rest;
  for (size_t i = 1; i < v.size(); ++i) {
    if (!is_box_line(v[i]) || !StoryParagraphBeforePictures(v, i)) continue;
    // The box: line i and up to kMaxBoxLines - 1 more such lines, blank lines between them.
    // A sponsor's teaser holds its "By ..." line; without one, a headline-shaped line under
    // the label is the story's subheading after an empty ad slot.
    bool teaser = v[i].reason == "sponsor" &&
                  StoryGoesOnAfterBox(v, i, kMaxBoxLines - 1, is_teaser_line, &rest) &&
                  std::any_of(rest.begin(), rest.end(),
                              [&v](size_t k) { return v[k].kind == LineKind::kCredit; });
    // After an ad slot or a sponsor's label (not a promo line: "Follow X on Facebook" then
    // "Read More"), the story may go on under a subheading, or end with one short sentence.
    if (!teaser && !StoryGoesOnAfterBox(v, i, kMaxBoxLines - 1, is_box_line, &rest)) {
      const size_t after = NextNonBlank(v, (rest.empty() ? i : rest.back()) + 1);
      if (v[i].reason == "footer" ||
          (!StoryGoesOnPastSubheadingOrBox(v, after) && !ShortSentenceAt(v, after))) {
        continue;
      }
    }
    size_t last = rest.empty() ? i : rest.back();
    rest.push_back(i);
    for (size_t k : rest) {
      if (v[k].kind != LineKind::kBoilerplate) {  // the sponsor's teaser: an ad
        v[k].kind = LineKind::kBoilerplate;
        v[k].reason = "ad";
      }
      v[k].ends_article = false;
      v[k].inside_story = true;
    }
    i = last;
  }
}

// True when `l`, under key points written as phrases ("Cuti bersama dua hari"), is a sentence
// of the story: no list item, it opens with a capital or a quotation mark and ends as a
// sentence.
bool OpensSentenceAfterPhrases(const LineInfo& l) {
  if (!l.prose.sentence_end || IsBulletItem(l.text) || l.text.empty()) return false;
  const char c = l.text.front();
  return (c >= 'A' && c <= 'Z') || c == '"' || l.text.starts_with("\u201c");
}

// The bullet lines under a key-points heading ("Intinya sih...") summarise the article; they
// are neither its lead nor its body. Under a bare heading (IsBareSummaryHeading) only
// bulleted items (and the lines a text dump wrapped them onto) are taken, and the heading with
// them. At most kMaxSummaryBullets points; points written as phrases end where a
// sentence of the story starts (OpensSentenceAfterPhrases); a box between two paragraphs of
// the story is marked inside it.
void MarkSummaryBullets(std::vector<LineInfo>* lines) {
  for (size_t i = 0; i < lines->size(); ++i) {
    LineInfo& heading = (*lines)[i];
    bool bare = heading.reason != "summary" && IsBareSummaryHeading(heading);
    if (heading.reason != "summary" && !bare) continue;
    int marked = 0, points = 0;
    bool sentence_seen = false;  // whether a marked point ended as a sentence
    size_t last = i;             // the last line marked
    for (size_t j = i + 1; j < lines->size(); ++j) {
      LineInfo& l = (*lines)[j];
      if (l.kind == LineKind::kBlank) continue;
      if (l.kind != LineKind::kText || l.dateline || l.prose.words > kMaxSummaryWords) break;
      // A point a text dump wrapped goes on in small letters ("purchase 30 of ...").
      const bool wrapped = marked > 0 && !l.text.empty() && l.text[0] >= 'a' && l.text[0] <= 'z';
      if (bare && !IsBulletItem(l.text) && !wrapped) break;
      if (marked > 0 && !sentence_seen && OpensSentenceAfterPhrases(l)) break;
      if (!wrapped && points == kMaxSummaryBullets) break;
      points += !wrapped;
      sentence_seen |= l.prose.sentence_end;
      l.kind = LineKind::kBoilerplate;
      l.reason = "summary";
      ++marked;
      last = j;
    }
    if (bare && marked > 0) {
      heading.kind = LineKind::kBoilerplate;
      heading.reason = "summary";
    }
    // A box set between two paragraphs of the story weighs nothing against them.
    const size_t after = NextNonBlank(*lines, last + 1);
    if (marked > 0 && StoryParagraphBefore(*lines, i) && after < lines->size() &&
        IsStoryParagraph((*lines)[after])) {
      for (size_t k = i; k <= last; ++k) (*lines)[k].inside_story = true;
    }
    i = last;  // a marked point heads no run of its own
  }
}

}  // namespace

bool IsMetadataKind(LineKind kind) {
  return kind == LineKind::kDate || kind == LineKind::kCredit || kind == LineKind::kCreditLabel ||
         kind == LineKind::kAgency || kind == LineKind::kSyndication;
}

namespace {

// The per-line part of ClassifyLines: the verdict on line `pl` into *info. `first_time(h)`,
// h the line's FoldedHash, says whether no earlier line of the page with a text verdict has
// the same folded text; it is asked only for lines whose verdict is text.
template <typename FirstTime>
void ClassifyLine(const PageLine& pl, const ClassifyContext& ctx, const SiteRepeats& site_repeats,
                  VerdictCache* cache, FirstTime first_time, LineInfo* info) {
  info->number = pl.number;
  info->text = pl.text;
  info->indent = pl.indent;
  if (pl.text.empty()) return;  // kBlank
  if (pl.oversized) {
    info->kind = LineKind::kBoilerplate;
    info->reason = "oversized-line";
    return;
  }
  // Most lines' verdicts are cached: the others' is made only when needed (no verdict built
  // and destroyed per line).
  TextVerdict* cached = cache->Get(pl.text, ctx);
  std::optional<TextVerdict> uncached;
  if (cached == nullptr) uncached.emplace(JudgeText(pl.text, ctx));
  {
    const TextVerdict& v = cached != nullptr ? *cached : *uncached;
    info->prose = v.prose;
    info->kind = v.kind;
    info->reason = v.reason;
    info->ends_article = v.ends_article;
    if (v.kind != LineKind::kText) {
      info->date = v.date;
      info->credits = v.credits;
      return;
    }
  }
  TextVerdict& v = cached != nullptr ? *cached : *uncached;
  if (!v.folded_known) {  // a line of text the site repeats is hashed once
    v.folded = FoldedHash(pl.text);
    v.folded_known = true;
  }
  const uint64_t folded = v.folded;
  const bool first = first_time(folded);  // must not change the cache (`cached` stays valid)
  if (site_repeats.Has(folded)) {
    info->kind = LineKind::kBoilerplate;
    info->reason = "site-repeat";
    return;
  }
  if (!first) {
    info->kind = LineKind::kBoilerplate;
    info->reason = "duplicate-line";
    return;
  }
  if (v.caption < 0) v.caption = LooksLikeCaption(pl.text, info->prose.words);
  if (v.caption > 0) {
    info->kind = LineKind::kCaption;
    return;
  }
  if (v.dateline < 0) {
    Dateline d;
    v.dateline = ParseDateline(pl.text, &d);
  }
  info->dateline = v.dateline > 0;
}

// True when no run of headings and the lines they mark (MarkTeaserHeadlines,
// MarkSummaryBullets) goes on past line `pl`: it is neither a heading ("related" or
// "summary") nor a line those mark (text of at most kMaxSummaryWords words opening no
// dateline, which kMaxTeaserWords does not exceed).
bool StopsMarkedRuns(const PageLine& pl, const ClassifyContext& ctx, VerdictCache* cache) {
  if (pl.oversized) return true;
  TextVerdict uncached;
  const TextVerdict* cached = cache->Get(pl.text, ctx);
  if (cached == nullptr) uncached = JudgeText(pl.text, ctx);
  const TextVerdict& v = cached != nullptr ? *cached : uncached;
  if (v.kind != LineKind::kText) return v.reason != "related" && v.reason != "summary";
  if (v.prose.words > kMaxSummaryWords) return true;
  Dateline d;
  return ParseDateline(pl.text, &d);
}

}  // namespace

std::vector<LineInfo> ClassifyLines(const std::vector<PageLine>& lines,
                                    const ClassifyContext& ctx) {
  std::vector<LineInfo> out(lines.size());
  SeenHashes seen(lines.size());
  const SiteRepeats site_repeats(ctx);
  VerdictCache& cache = ThreadVerdictCache();
  for (size_t i = 0; i < lines.size(); ++i) {
    ClassifyLine(
        lines[i], ctx, site_repeats, &cache, [&](uint64_t folded) { return seen.Insert(folded); },
        &out[i]);
  }
  MarkTeaserHeadlines(&out);
  MarkRepeatedCaptions(&out);
  MarkCaptionsOverToggle(&out);
  MarkMediaTeasers(&out);
  MarkPlayerDurations(&out);
  MarkInlineRelatedBoxes(&out);
  MarkInlineTeasers(&out);
  MarkInlinePromos(&out);
  MarkShareBarEmail(&out);
  MarkPollAnswers(&out);
  MarkSummaryBullets(&out);
  ChooseProseScores(&out);
  return out;
}

std::vector<LineInfo> ClassifyLineRange(const std::vector<PageLine>& lines, size_t begin,
                                        size_t end, const ClassifyContext& ctx) {
  end = std::min(end, lines.size());
  begin = std::min(begin, end);
  VerdictCache& cache = ThreadVerdictCache();
  // Marking runs forward from a heading; start after the last line before `begin` that stops
  // every run, so the lines from there on are marked as ClassifyLines marks them.
  size_t start = begin;
  while (start > 0 &&
         (lines[start - 1].text.empty() || !StopsMarkedRuns(lines[start - 1], ctx, &cache))) {
    --start;
  }
  // Repeats of lines before `start`: their folded hashes, sorted, and whether the line's
  // verdict is text asked only when a hash matches.
  std::vector<std::pair<uint64_t, uint32_t>> before;
  for (size_t i = 0; i < start; ++i) {
    if (!lines[i].text.empty() && !lines[i].oversized) {
      before.emplace_back(FoldedHash(lines[i].text), static_cast<uint32_t>(i));
    }
  }
  std::sort(before.begin(), before.end());
  auto text_line_before = [&](uint64_t h) {  // leaves the cache as it is
    auto it = std::lower_bound(before.begin(), before.end(), std::make_pair(h, uint32_t{0}));
    for (; it != before.end() && it->first == h; ++it) {
      std::string_view text = lines[it->second].text;
      const TextVerdict* known = cache.Find(text, ctx);
      if ((known != nullptr ? known->kind : JudgeText(text, ctx).kind) == LineKind::kText) {
        return true;
      }
    }
    return false;
  };
  std::vector<LineInfo> out(end);
  for (size_t i = 0; i < start; ++i) {
    out[i].number = lines[i].number;
    out[i].text = lines[i].text;
    out[i].indent = lines[i].indent;
  }
  SeenHashes seen(end - start);
  const SiteRepeats site_repeats(ctx);
  for (size_t i = start; i < end; ++i) {
    ClassifyLine(
        lines[i], ctx, site_repeats, &cache,
        [&](uint64_t folded) { return seen.Insert(folded) && !text_line_before(folded); }, &out[i]);
  }
  MarkTeaserHeadlines(&out);
  MarkSummaryBullets(&out);
  return out;
}

}  // namespace kabar::extract
