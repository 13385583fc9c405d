// Title, lead, section and publication time: the fields found around the top of the body.
//
// The title is the headline-like line before the body that shares the most words with the
// body's first paragraphs (a page's top holds many short lines: menus, teasers, labels; the
// headline is the one about the article). The lead is a sentence between the title and the
// body. The section is the rubric line right above the title, or the label of an "Outlet
// section | date" line. The publication time comes from a date line near the title.
#include <algorithm>
#include <bitset>
#include <cctype>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xxhash.h>

#include "common/ascii8.h"
#include "common/flat_u64_map.h"
#include "common/hash_mix.h"
#include "extract/agencies.h"
#include "extract/author_names.h"
#include "extract/captions.h"
#include "extract/cjk_bigrams.h"
#include "extract/credits.h"
#include "extract/html_date.h"
#include "extract/line_facts.h"
#include "extract/outlets.h"
#include "extract/page_work.h"
#include "extract/prose.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How far above the body (in non-blank lines) the title is looked for.
constexpr int kTitleReach = 40;
// How many words a headline the page's first line repeats alone (no site name) must have.
constexpr int kMinRepeatedTitleWords = 5;
// How far under the headline a date line may give the time of a day already read above it.
constexpr int kTimedDayReach = 6;
constexpr size_t kIsoDayLength = 10;  // "2025-03-12"
// The most words a site's decoration around a headline in a <title> has ("Kabar Kota",
// "Berita Daerah - Portal Resmi Kabupaten Sleman").
constexpr int kMaxTitleDecorationWords = 8;
// A rubric repeating a menu item: the item has at most this many words.
constexpr int kMaxMenuItemWords = 3;
// A headline at the top of the body region: at most this many words, and this score.
constexpr int kMaxInRegionTitleWords = 20;
constexpr double kInRegionTitleScore = 0.3;
// Added to the score of the headline over the byline block nearest the article, when its
// words are the body's too (not an author's or a share bar's line).
constexpr double kBylineTitleBonus = 0.3;
constexpr double kBylineTitleFloor = 0.1;
// How many body paragraphs the title is compared with.
constexpr int kTitleContext = 40;

// Calls f for each part of `word` between hyphens, in order.
template <typename F>
void ForEachHyphenPart(std::string_view word, F&& f) {
  for (size_t start = 0;;) {
    const size_t hyphen = word.find('-', start);
    f(word.substr(start, hyphen - start));
    if (hyphen == std::string_view::npos) return;
    start = hyphen + 1;
  }
}

// A compound of names joined by hyphens ("Putin-Kim", "Moskwa-Pyongyang", "US-China"): two or
// three parts, each opening with an ASCII capital. A headline's compound shares its parts with
// the body's words; a URL's slug or a lower-case compound ("kupu-kupu") stays one word.
bool IsNameCompound(std::string_view word) {
  if (word.find('-') == std::string_view::npos) return false;
  int parts = 0;
  bool capitals = true;
  ForEachHyphenPart(word, [&](std::string_view part) {
    ++parts;
    capitals = capitals && !part.empty() && part[0] >= 'A' && part[0] <= 'Z';
  });
  return capitals && parts <= 3;
}

// The title candidates' content words (3 bytes or more, not a stopword; in Chinese and Japanese
// text, its character bigrams: cjk_bigrams.h), lower-cased and distinct per line, and which of
// them the body's first paragraphs use. Only the candidates' words are looked up: the body is
// read once, word by word, against a small hash table.
class TitleWords {
 public:
  // Room for `lines` candidate lines of `bytes` bytes in all, so that the buffers are not
  // regrown line by line.
  void Reserve(size_t lines, size_t bytes) {
    lines_.reserve(lines);
    lower_.reserve(bytes);
  }

  // Adds candidate line `text`; returns its index.
  int AddLine(std::string_view text) {
    Line line;
    line.lower_begin = lower_.size();
    lower_.resize(line.lower_begin + text.size());
    LowerAsciiCopy(text.data(), text.size(), lower_.data() + line.lower_begin);
    line.lower_end = lower_.size();
    line.text = text;
    lines_.push_back(line);
    return static_cast<int>(lines_.size()) - 1;
  }

  // Collects the distinct content words of every line added. Call once, after AddLine.
  void Index() {
    // A word takes at least four bytes of its line with the space after it.
    ids_.reserve(lower_.size() / 4);
    words_.reserve(lower_.size() / 4);
    for (size_t li = 0; li < lines_.size(); ++li) {
      Line& line = lines_[li];
      line.first = ids_.size();
      const std::string_view lower(lower_.data() + line.lower_begin,
                                   line.lower_end - line.lower_begin);
      // The lower-case copy of a piece of the line (the same bytes' places in lower_).
      auto lowered = [&](std::string_view piece) {
        return lower.substr(static_cast<size_t>(piece.data() - line.text.data()), piece.size());
      };
      // Adds `term` to the line's words; returns its id.
      auto add = [&](std::string_view term) {
        int id = Intern(term);
        filter_[FilterBit(term)] = true;
        if (words_[id].last_line != static_cast<int>(li)) {  // else repeated in this line
          words_[id].last_line = static_cast<int>(li);
          ids_.push_back(id);
        }
        return id;
      };
      // Adds a content word (not a stopword, three bytes or more), marked as a part of a name
      // compound when `part`.
      auto add_content = [&](std::string_view term, bool part) {
        if (term.size() < 3 || IsStopword(term)) return;
        const int id = add(term);
        if (part) words_[id].part = true;
      };
      ForEachWord(line.text, [&](std::string_view wd) {
        if (IsNameCompound(wd)) {
          ForEachHyphenPart(wd, [&](std::string_view p) { add_content(lowered(p), true); });
          return;
        }
        if (ForEachCjkBigram(lowered(wd), add) > 0) return;  // Chinese or Japanese: its bigrams
        add_content(lowered(wd), false);
      });
      line.last = ids_.size();
    }
  }

  // Marks the candidate words that occur in the body's `lines` (any case), the words of
  // each line as ForEachWord finds them in the line followed by a space. Stops when every
  // candidate word is marked: the lines left could mark nothing more.
  void ScanBody(const std::vector<std::string_view>& lines) {
    size_t unmarked = words_.size();
    std::string lower, spaced;
    // Marks word `wd`; only a word that is a part of a candidate's name compound when `part`.
    auto mark_one = [&](std::string_view wd, bool part) {
      if (wd.size() < 3 || !filter_[FilterBit(wd)]) return;
      lower.assign(wd);
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      const int* id = table_.Find(HashWord(lower));
      if (id == nullptr || words_[*id].text != lower || words_[*id].in_body) return;
      if (part && !words_[*id].part) return;
      words_[*id].in_body = true;
      --unmarked;
    };
    // A body word with hyphens ("self-indicting", "Putin-Kim") marks itself, and its parts
    // where a candidate's name compound was split into them.
    auto mark_whole = [&](std::string_view wd) { mark_one(wd, false); };
    auto mark = [&](std::string_view wd) {
      mark_one(wd, false);
      if (wd.find('-') == std::string_view::npos) return;
      ForEachHyphenPart(wd, [&](std::string_view part) { mark_one(part, true); });
    };
    auto look_up = [&](std::string_view wd) {
      if (ForEachCjkBigram(wd, mark) == 0) mark(wd);
    };
    for (std::string_view line : lines) {
      if (unmarked == 0) return;
      // An ASCII line's words end before the space after it: no need to copy it. A line
      // without a hyphen (most) has no word with parts to mark.
      const bool hyphens = line.find('-') != std::string_view::npos;
      if (hyphens ? ForEachAsciiWord(line, mark) : ForEachAsciiWord(line, mark_whole)) continue;
      spaced.assign(line);
      spaced.push_back(' ');  // a word never reaches the next line; UTF-8 tails end as there
      ForEachWord(spaced, look_up);
    }
  }

  // Distinct content words of line `li`, and how many of them the body uses.
  int Distinct(int li) const { return static_cast<int>(lines_[li].last - lines_[li].first); }
  int Shared(int li) const {
    int n = 0;
    for (size_t k = lines_[li].first; k < lines_[li].last; ++k) n += words_[ids_[k]].in_body;
    return n;
  }

 private:
  struct Line {
    std::string_view text;                  // as the page writes it
    size_t lower_begin = 0, lower_end = 0;  // in lower_
    size_t first = 0, last = 0;             // in ids_
  };
  struct Word {
    std::string_view text;  // in lower_
    int last_line = -1;
    bool in_body = false;
    bool part = false;  // a part of a candidate's name compound
  };

  static uint64_t HashWord(std::string_view w) { return XXH3_64bits(w.data(), w.size()); }

  // A cheap filter before the hash lookup: a bit per (length, first three bytes, any case),
  // the four bytes mixed by one multiply whose top kFilterShift bits pick the bit.
  static size_t FilterBit(std::string_view w) {
    auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(w[i])); };
    uint32_t key = (byte(0) | byte(1) << 8 | byte(2) << 16 | 0x202020u) ^
                   static_cast<uint32_t>(w.size()) << 24;
    return (key * 0x9E3779B1u) >> (32 - kFilterShift);
  }
  static constexpr int kFilterShift = 12;
  static constexpr size_t kFilterBits = size_t{1} << kFilterShift;

  int Intern(std::string_view wd) {
    uint64_t h = HashWord(wd);
    // Distinct words whose hashes collide are chained by rehashing (never in practice).
    for (;; h = SplitMix64Finalize(h + 1)) {
      bool inserted = false;
      int* id = table_.Upsert(h, &inserted);
      if (inserted) {
        *id = static_cast<int>(words_.size());
        words_.push_back(Word{wd});
        return *id;
      }
      if (words_[*id].text == wd) return *id;
    }
  }

  std::string lower_;
  std::vector<Line> lines_;
  std::vector<int> ids_;
  std::vector<Word> words_;
  FlatU64Map<int> table_;
  std::bitset<kFilterBits> filter_;
};

// How many non-blank lines above the body region the title is looked for in (kTitleReach at
// most); adds their bytes to *bytes.
int LinesAboveRegion(const PageWork& w, size_t* bytes) {
  int seen = 0;
  for (int i = w.region.begin - 1; i >= 0 && seen < kTitleReach; --i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    ++seen;
    *bytes += w.lines[i].text.size();
  }
  return seen;
}

// The body's first paragraphs, the text titles are compared with.
std::vector<std::string_view> BodyLines(const PageWork& w, int skip) {
  std::vector<std::string_view> lines;
  lines.reserve(std::min(kTitleContext, std::max(w.region.end - w.region.begin, 0)));
  for (int i = w.region.begin; i < w.region.end && std::ssize(lines) < kTitleContext; ++i) {
    if (w.lines[i].kind != LineKind::kText || i == skip) continue;
    lines.push_back(w.lines[i].text);
  }
  return lines;
}

// True when `line` is `headline` with a site's decoration before or after it, set off by a
// separator, as a page's <title> writes it: "X - Kabar Kota", "X | Site", "Berita - X | Site".
bool IsDecoratedHeadline(std::string_view line, std::string_view headline) {
  if (headline.size() >= line.size() || CountWords(headline) < 3) return false;
  size_t at = line.find(headline);
  if (at == std::string_view::npos) return false;
  auto decoration = [](std::string_view part, bool before) {
    if (part.empty()) return true;
    for (std::string_view sep : {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
      bool set_off = before ? part.ends_with(sep) : part.starts_with(sep);
      if (set_off && CountWords(part) <= kMaxTitleDecorationWords) return true;
    }
    return false;
  };
  return decoration(line.substr(0, at), true) &&
         decoration(line.substr(at + headline.size()), false);
}

bool HeadlineShaped(const LineInfo& l) {
  // A page repeats its headline (breadcrumb, share box, gallery header), so a repeated line
  // may be the title (unless it is a caption printed twice); a line repeated across the
  // site's pages never is.
  bool repeated = l.kind == LineKind::kBoilerplate && l.reason == "duplicate-line";
  if (l.kind != LineKind::kText && !repeated) return false;
  int n = l.prose.words;
  if (n < 2 || n > 40 || l.prose.chars > 300) return false;  // chars: Utf8Length(l.text)
  if (repeated && LooksLikeCaption(l.text, n)) return false;
  return !l.prose.bullet;
}

// "... the crisis. It is up to ...": a full stop inside, followed by a capital letter.
bool HoldsTwoSentences(std::string_view s) {
  for (size_t i = FindBytePair(s, '.', ' '); i != std::string_view::npos;
       i = FindBytePair(s, '.', ' ', i + 2)) {
    if (i + 2 < s.size() && s[i + 2] >= 'A' && s[i + 2] <= 'Z' && i > 0 && s[i - 1] >= 'a' &&
        s[i - 1] <= 'z') {
      return true;
    }
  }
  return false;
}

// The fewest words of five letters or more in lower case that make a line sentence case (title
// case leaves only short words in lower case: "Metrics for Marketers and the Greatest Revenue").
constexpr int kMinLowerLongWords = 3;

// True when `text` has kMinLowerLongWords words of five letters or more opening in lower case.
bool SentenceCase(std::string_view text) {
  int lower_long = 0;
  ForEachWord(text, [&](std::string_view word) {
    lower_long += word.size() >= 5 && word[0] >= 'a' && word[0] <= 'z';
  });
  return lower_long >= kMinLowerLongWords;
}

double TitleScore(const LineInfo& l, const TitleWords& words, int candidate, int distance) {
  int distinct = words.Distinct(candidate);
  if (distinct == 0) return -1;
  int shared = words.Shared(candidate);
  // The share of the line's words the body uses, discounted for very short lines (a rubric
  // such as "Konflik Rusia vs Ukraina" shares all its few words with the body).
  double score = static_cast<double>(shared) / distinct;
  score *= std::min(1.0, distinct / 6.0);
  if (l.prose.sentence_end && l.text.back() == '.' && l.prose.words >= 8) {
    score -= 0.3;
    // Two sentences or more in sentence case: a standfirst or a paragraph (a headline of two
    // sentences is written in title case: "Home Depot Stock Is Falling. Why You Should Buy").
    if (HoldsTwoSentences(l.text) && SentenceCase(l.text)) score -= 0.3;
  }
  // Chinese and Japanese headlines hold no full stop ("。"): a line with one is a sentence (a
  // story's first, or a caption's before its credit: "...。（資料照）").
  if (Contains(l.text, "\xE3\x80\x82")) score -= 0.3;
  return score - 0.004 * distance;
}

// Where the last `sep` (" | ", " - ": a space, a mark, a space) in `text` starts, or npos:
// looked for by the mark after its first space (string_view::rfind compares the whole
// separator at every position, a memcmp call each).
size_t RFindSpacedSeparator(std::string_view text, std::string_view sep) {
  for (size_t mark = text.rfind(sep[1]); mark != std::string_view::npos && mark > 0;
       mark = text.rfind(sep[1], mark - 1)) {
    if (text.substr(mark - 1).starts_with(sep)) return mark - 1;
  }
  return std::string_view::npos;
}

// True when `name` is the holder a footer line of the page gives its copyright to ("\u00a9 2025
// Berita Kita. All rights reserved.").
bool HoldsFootersCopyright(std::string_view name, const PageWork& w) {
  for (const LineInfo& l : w.lines) {
    if (l.reason == "footer" && EqualsIgnoreCase(CopyrightName(l.text), name)) return true;
  }
  return false;
}

// `title` less the site's name after its last separator, as a page's <title> line writes the
// headline ("X | Kompas.com", "X - Berita Kita"): when that name is a known outlet's or site's,
// the page's outlet or the holder of its footer's copyright, and three words or more stay.
// *site receives the known site it names ("" for none).
std::string_view WithoutSiteName(std::string_view title, const PageWork& w, std::string* site) {
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const size_t at = RFindSpacedSeparator(title, sep);
    if (at == std::string_view::npos) continue;
    const std::string_view head = Trim(title.substr(0, at));
    const std::string_view name = Trim(title.substr(at + sep.size()));
    if (CountWords(head) < 3 || name.empty() || CountWords(name) > kMaxTitleDecorationWords) {
      continue;
    }
    std::string known = SiteFromToken(name);
    if (known.empty()) known = SiteForOutletName(name);
    if (known.empty() && !EqualsIgnoreCase(name, w.article->outlet) &&
        !HoldsFootersCopyright(name, w)) {
      continue;
    }
    *site = std::move(known);
    return head;
  }
  return title;
}

int FindHintedTitle(const std::string& hint, const PageWork& w) {
  std::string want = AsciiLower(CollapseSpace(hint));
  for (int i = 0; i < w.region.end; ++i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    if (AsciiLower(CollapseSpace(w.lines[i].text)) == want) return i;
  }
  return -1;
}

// A short capitalised label. The rubric above a headline often repeats an item of the site's
// menu ("Regional", "Ekonomi"), so a site-repeat or a line repeated within the page counts.
// First words of a page's controls and account badges, which a text dump leaves on their own
// line near a title ("Save", "Watch Live", "Search [ ]", "Verified Green"); a rubric names a
// topic, not an action, and a byline a person.
constexpr std::string_view kControlWords[] = {
    "save",   "search",   "share",  "watch",    "listen",        "subscribe", "sign",
    "log",    "login",    "menu",   "close",    "skip",          "print",     "email",
    "follow", "download", "simpan", "cari",     "bagikan",       "tonton",    "masuk",
    "daftar", "tutup",    "unduh",  "verified", "terverifikasi", "premium",   "edit"};

bool IsControlLabel(std::string_view text) {
  std::string_view first = text.substr(0, WordAt(text, 0));
  for (std::string_view w : kControlWords) {
    if (EqualsIgnoreCase(first, w)) return true;
  }
  return false;
}

bool RubricShaped(const LineInfo& l) {
  bool text_like =
      l.kind == LineKind::kText || (l.kind == LineKind::kBoilerplate &&
                                    (l.reason == "site-repeat" || l.reason == "duplicate-line"));
  if (l.reason == "duplicate-line" &&
      (l.prose.words > kMaxMenuItemWords || !SiteFromToken(l.text).empty())) {
    return false;
  }
  if (!text_like || l.text.empty() || Utf8Length(l.text) > 40) return false;
  if (l.prose.words < 1 || l.prose.words > 5 || l.prose.sentence_end) return false;
  for (char c : l.text) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '|' || c == '>' || c == '/' ||
        c == '[' || c == ']') {
      return false;
    }
  }
  // "kumparanNEWS": an outlet's channel is its rubric too.
  return (StartsUpper(l.text) || IsChannelBrand(l.text)) && !IsControlLabel(l.text);
}

// True when `l` is a label of a word or two that says what kind of piece a page holds: a
// sponsor's ("Advertorial", "Sponsored") or a medium's ("Video", "Foto", "Galeri", read as an
// image's placeholder). Over the headline and an item of the site's menu too, it is the piece's
// rubric, as a section is (alone there, it is as often an ad slot's or a player's label).
bool KindLabel(const LineInfo& l) {
  const bool label =
      (l.kind == LineKind::kBoilerplate && l.reason == "sponsor") || l.kind == LineKind::kImage;
  return label && CountWords(l.text) <= 2 && StartsUpper(l.text) &&
         l.text.find_first_of(".[]") == std::string_view::npos;
}

// True when `text` is a kicker, a label a site sets over a headline to say how the piece is
// offered, not what it is about: "EKSKLUSIF", "Premium", "Breaking News", "Trending".
bool IsKicker(std::string_view text) {
  static constexpr std::string_view kKickers[] = {
      "eksklusif", "exclusive",  "premium", "breaking", "breaking news", "trending",
      "viral",     "terpopuler", "populer", "headline", "berita utama",  "hot",
      "top",       "terkini",    "terbaru", "update",   "live"};
  text = Trim(text);
  if (text.size() > 16) return false;
  for (std::string_view k : kKickers) {
    if (EqualsIgnoreCase(text, k)) return true;
  }
  return false;
}

// "Kompas dunia" with outlet "Kompas TV" -> "Dunia": the label of a date line, less the
// outlet's name.
std::string SectionFromLabel(std::string_view label, const std::string& outlet) {
  std::vector<std::string_view> words = Words(label);
  std::vector<std::string_view> outlet_words = Words(outlet);
  if (words.size() < 2 || outlet_words.empty() || words.size() > 5) return "";
  if (!EqualsIgnoreCase(words[0], outlet_words[0])) return "";
  size_t k = 1;
  while (k < words.size() && k < outlet_words.size() &&
         EqualsIgnoreCase(words[k], outlet_words[k])) {
    ++k;
  }
  if (k >= words.size()) return "";
  std::string_view rest = label.substr(words[k].data() - label.data());
  std::string section = CollapseSpace(rest);
  if (!section.empty() && section[0] >= 'a' && section[0] <= 'z') section[0] -= 'a' - 'A';
  return section;
}

std::string_view DateLabel(const LineInfo& l) {
  std::string_view label = Trim(l.text.substr(0, l.date.begin));
  while (!label.empty() && (label.back() == '|' || label.back() == '-' || label.back() == ',' ||
                            label.back() == ':' || label.back() == ' ')) {
    label.remove_suffix(1);
  }
  return label;
}

int FirstTextLine(const PageWork& w) {
  for (int i = w.region.begin; i < w.region.end; ++i) {
    if (w.lines[i].kind == LineKind::kText) return i;
  }
  return -1;
}

// The first line of the region is a headline when it is short, does not end with a full stop
// and a paragraph follows it.
bool InRegionHeadline(const LineInfo& l) {
  if (!HeadlineShaped(l) || l.prose.words > kMaxInRegionTitleWords || l.dateline) return false;
  return l.text.back() != '.' && l.text.back() != ',' && l.text.back() != ':';
}

// True when the line above `j` (blank lines aside) is a credit label alone ("Editor").
bool UnderCreditLabel(const PageWork& w, int j) {
  for (int i = j - 1; i >= 0; --i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    return w.lines[i].kind == LineKind::kCreditLabel;
  }
  return false;
}

// Adds the authors and editors `c` credits to the article's (no name twice); agencies it may
// name are not taken.
void AddWriters(const Credits& c, Article* a) {
  for (const std::string& name : c.authors) AddUnique(&a->authors, name);
  for (const std::string& name : c.editors) AddUnique(&a->editors, name);
}

// `text` without an image's name a text browser printed at its start ("[camille-de]Name"): a
// bracketed word of at most 40 bytes with no space in it.
std::string_view WithoutLeadingImageName(std::string_view text) {
  if (text.empty() || text.front() != '[') return text;
  size_t close = text.find(']');
  if (close == std::string_view::npos || close > 40 || close + 1 >= text.size()) return text;
  if (text.substr(0, close).find(' ') != std::string_view::npos) return text;
  return Trim(text.substr(close + 1));
}

// "Bernama - 18 Mar 2025, 03:12 PM", "Bernama -" over the date: a wire's name alone as the
// date line's label is the wire the story came from; its canonical name, else "".
std::string AgencyDateLabel(std::string_view label) {
  label = Trim(label);
  while (!label.empty() && (label.back() == '-' || label.back() == '|' || label.back() == ':' ||
                            label.back() == ' ')) {
    label.remove_suffix(1);
  }
  if (label.empty() || label.size() > 40) return "";
  return CanonicalAgency(label);
}

// A byline alone on the line above the publication time, below the title ("Ashrawi Muin" then
// "Selasa, 10 Jun 2025 | 11:30 WITA"), or above the job title printed under it ("Tay Hui Min",
// "Transport Correspondent" or "Reporter", then the date; several such pairs stack up). The
// name printed twice (the writer's photo's text, then the name) is read once.
void TakeNameAbove(int date_at, PageWork* w) {
  bool titled = false;
  std::vector<std::string> names;  // bottom up
  for (int j = date_at - 1; j > w->title_line && j >= 0; --j) {
    const LineInfo& l = w->lines[j];
    if (l.kind == LineKind::kBlank) continue;
    // ("Reporter" alone reads as a credit label: over the date, it labels no name.)
    if (!titled && (l.kind == LineKind::kText || l.kind == LineKind::kCreditLabel) &&
        w->use[j] == LineUse::kUnused && j < w->region.begin && IsPost(Trim(l.text))) {
      titled = true;
      w->Consume(j);
      continue;
    }
    if (const int above = w->PrevNonBlank(j);
        l.reason == "duplicate-line" && above >= 0 && w->lines[above].text == l.text) {
      continue;  // the name's first print is read
    }
    if (UnderCreditLabel(*w, j)) break;  // "Editor" / "Name": the label's, not the byline's
    // "[camille-de]Camille Dela Rosa": the writer's photo, as text browsers print an image,
    // before the name.
    std::string_view text = WithoutLeadingImageName(l.text);
    if (std::string agency = AgencyDateLabel(text);
        l.kind == LineKind::kText && w->use[j] == LineUse::kUnused && !agency.empty()) {
      AddUnique(&w->article->agencies, agency);
      w->Consume(j);
      break;
    }
    Credits credits;
    if (l.kind == LineKind::kText && w->use[j] == LineUse::kUnused && j < w->region.begin &&
        !IsControlLabel(text) && ParseDateLabelCredit(text, &credits)) {
      names.insert(names.end(), credits.authors.begin(), credits.authors.end());
      for (const std::string& name : credits.editors) AddUnique(&w->article->editors, name);
      w->Consume(j);
      if (titled) {  // "Name / Job title" pairs stacked above the date: the next pair up
        titled = false;
        continue;
      }
    }
    break;
  }
  for (auto it = names.rbegin(); it != names.rend(); ++it) AddUnique(&w->article->authors, *it);
}

// True when a date line is among the three lines above line `j` (blank lines aside): `j` is
// then one of a list of headlines each with its date, not an article's headline.
bool DatedJustAbove(const PageWork& w, int j) {
  int seen = 0;
  for (int i = j - 1; i >= 0 && seen < 3; --i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    ++seen;
    if (w.lines[i].kind == LineKind::kDate) return true;
  }
  return false;
}

// The fewest words of a standfirst printed without a full stop.
constexpr int kMinUnstoppedStandfirstWords = 8;

// True when `below` is a standfirst printed without a full stop under the headline `above`
// (the Guardian's, SCMP's and Nikkei Asia's: "Operators in Cairns ... after the 2020 fires"
// under "Reef tour operators ask for help ..."): a prose line of eight words or more, longer than
// the headline-shaped line right above it.
bool UnstoppedStandfirstUnder(const LineInfo& below, const LineInfo& above) {
  return below.kind == LineKind::kText && !below.prose.sentence_end && !below.prose.bullet &&
         below.prose.words >= kMinUnstoppedStandfirstWords &&
         below.prose.words > above.prose.words && below.prose.score >= 0.4 &&
         HeadlineShaped(above) && above.prose.words >= 4 && above.text.back() != '.';
}

// The fewest words of a headline in title case that a standfirst in sentence case is told from
// by case alone (a shorter line in title case is as often a kicker: "Cost of Living").
constexpr int kMinTitleCaseHeadlineWords = 6;

// True when `below` is a standfirst in sentence case (a quarter of its words or more open in
// lower case, and some long ones) printed without a full stop under `above`, a headline in title
// case (a fifth of its words or fewer in lower case): "The vote ends weeks of wrangling over
// buses and light rail" under "City Council Approves New Budget After Lengthy Debate Over
// Transit Funding". The case tells them apart where the length does not
// (UnstoppedStandfirstUnder); a standfirst is still as long as the headline or longer (a longer
// line in title case over a headline in sentence case is as often a menu's links run together).
bool SentenceCaseStandfirstUnder(const LineInfo& below, const LineInfo& above) {
  return below.kind == LineKind::kText && !below.prose.sentence_end && !below.prose.bullet &&
         below.prose.words >= kMinUnstoppedStandfirstWords &&
         below.prose.words >= above.prose.words && 4 * below.prose.lower >= below.prose.words &&
         below.prose.score >= 0.4 && SentenceCase(below.text) && HeadlineShaped(above) &&
         above.prose.words >= kMinTitleCaseHeadlineWords &&
         5 * above.prose.lower <= above.prose.words && above.text.back() != '.';
}

// True when line j is a photo's caption by what follows it: the next line (blanks aside) is a
// photo credit alone ("(Image: Name / Getty Images)", "Name, Associated Press") that no caption
// follows (a credit over its caption, BBC's "Sumber gambar, X" then "Keterangan gambar, ...",
// is the photo's under the headline), or j's text printed again as a caption with its credit
// run on ("... last week.Credit...Name/The Times"; not a headline printed again in the site's
// decoration, "Headline | Site"). A caption over the byline reads like a headline.
bool OverPhotoCredit(const PageWork& w, int j) {
  int next = w.NextNonBlank(j);
  if (next >= w.size()) return false;
  std::string_view text = w.lines[j].text, below = w.lines[next].text;
  if (IsPhotoCreditLine(below)) {
    const int after = w.NextNonBlank(next);
    return after >= w.size() || w.lines[after].kind != LineKind::kCaption;
  }
  return below.size() > text.size() && below.starts_with(text) && LooksLikeCaption(below);
}

// True when a headline-shaped line above the body region, within FindTitle's reach, is not
// over a photo credit (OverPhotoCredit).
bool HeadlineNotOverCreditAbove(const PageWork& w) {
  int seen = 0;
  for (int i = w.region.begin - 1; i >= 0 && seen < kTitleReach; --i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    ++seen;
    if (HeadlineShaped(w.lines[i]) && !OverPhotoCredit(w, i)) return true;
  }
  return false;
}

// True when the first non-blank line after line j is a date line.
bool OverDate(const PageWork& w, int j) {
  for (++j; j < w.size(); ++j) {
    if (w.lines[j].kind != LineKind::kBlank) return w.lines[j].kind == LineKind::kDate;
  }
  return false;
}

// The fewest words of an unstopped standfirst that makes the line above it the headline (a
// shorter line under a short one is as often the headline under a kicker).
constexpr int kMinStandfirstUnderTitleWords = 12;

// True when the line above line k is itself a long line without a full stop: k is inside a run
// of summary points, not a headline.
bool OpensUnstoppedRun(const PageWork& w, int k) {
  int above = w.PrevNonBlank(k);
  if (above < 0) return false;
  const LineInfo& l = w.lines[above];
  return l.kind == LineKind::kText && !l.prose.sentence_end &&
         l.prose.words >= kMinUnstoppedStandfirstWords;
}

// The headline of the byline block nearest the article: most article pages print headline,
// perhaps a standfirst, then byline and date, then the text. Walking up from the article, the
// first byline or date line with a headline-shaped line (four words or more, not a sentence
// ending with a full stop: a standfirst, or a name line over "By ...", nor a caption naming
// who stands left or right, nor, when `drop_captions`, a caption over its photo credit) at most
// four lines above it; -1 when none.
int BylineHeadline(const PageWork& w, bool drop_captions) {
  int seen = 0;
  for (int i = w.region.begin - 1; i >= 0 && seen < kTitleReach; --i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.kind != LineKind::kCredit && l.kind != LineKind::kDate) continue;
    int above = 0;
    for (int j = i - 1; j >= 0 && above < 4; --j) {
      const LineInfo& h = w.lines[j];
      if (h.kind == LineKind::kBlank) continue;
      ++above;
      if (HeadlineShaped(h) && h.prose.words >= 4 && h.text.back() != '.' &&
          !StartsWithIgnoreCase(h.text, "by ") && !HoldsTwoSentences(h.text) &&
          !Contains(h.text, ", left,") && !Contains(h.text, ", right,") &&
          !(OverDate(w, j) && IsNameInPlace(h.text)) && !(drop_captions && OverPhotoCredit(w, j))) {
        // A standfirst without a full stop stands between the headline and the byline (not
        // the last of a run of such lines: summary points printed without their bullets).
        // So does one in sentence case under a headline in title case.
        if (int k = w.PrevNonBlank(j); k >= 0 &&
                                       ((h.prose.words >= kMinStandfirstUnderTitleWords &&
                                         UnstoppedStandfirstUnder(h, w.lines[k])) ||
                                        SentenceCaseStandfirstUnder(h, w.lines[k])) &&
                                       !OpensUnstoppedRun(w, k)) {
          j = k;
        }
        return DatedJustAbove(w, j) ? -1 : j;  // a list of dated teasers
      }
    }
  }
  return -1;
}

// A line FindTitle weighs as the title: its index, how many non-blank lines above the body it
// stands (0: the body's first line), and its words' index in TitleWords.
struct TitleCandidate {
  int line, distance, words;
};

// The fewest words of a headline over a standfirst without a byline block (a shorter line is as
// often a section's or topic's label: "Konflik Rusia vs Ukraina" over a long headline).
constexpr int kMinHeadlineOverStandfirstWords = 5;

// True when `text` is a Markdown heading ("# ...") or holds a link's target ("](", "://"): a
// scraper's Markdown, neither a headline nor a standfirst of the plain text.
bool IsMarkupLine(std::string_view text) {
  return text.starts_with('#') || Contains(text, "](") || Contains(text, "://");
}

// The least share of the standfirst's title score the headline over it must have (a menu over a
// headline in sentence case shares a word or two with the body: 0.22 of the headline's score).
constexpr double kHeadlineShareOfStandfirstScore = 0.5;

// The headline over line `best` when `best` is a standfirst printed without a full stop under it
// (a page without a byline block: headline, standfirst, text; the standfirst shares more words
// with the body) and the headline shares the body's words too (at least half the standfirst's
// title score); else `best`. The standfirst is written in sentence case (a quarter of its words
// or more open in lower case): a headline in title case is no standfirst. `scores[k]` is
// candidates[k]'s TitleScore.
int HeadlineOverStandfirst(const PageWork& w, int best, std::span<const TitleCandidate> candidates,
                           std::span<const double> scores) {
  const int k = w.PrevNonBlank(best);
  const LineInfo& standfirst = w.lines[best];
  if (k < 0 || 4 * standfirst.prose.lower < standfirst.prose.words ||
      w.lines[k].prose.words < kMinHeadlineOverStandfirstWords || IsMarkupLine(standfirst.text) ||
      IsMarkupLine(w.lines[k].text) || OpensUnstoppedRun(w, k)) {
    return best;
  }
  // A long standfirst longer than the line above, or one in sentence case under a headline in
  // title case.
  if (!(standfirst.prose.words >= kMinStandfirstUnderTitleWords &&
        UnstoppedStandfirstUnder(standfirst, w.lines[k])) &&
      !SentenceCaseStandfirstUnder(standfirst, w.lines[k])) {
    return best;
  }
  double headline_score = -1, standfirst_score = 0;  // -1: line k is no candidate
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (candidates[i].line == k) headline_score = scores[i];
    if (candidates[i].line == best) standfirst_score = scores[i];
  }
  return headline_score >= kHeadlineShareOfStandfirstScore * standfirst_score ? k : best;
}

}  // namespace

void FindTitle(const std::string& hint, PageWork* w) {
  Article* a = w->article;
  if (!hint.empty()) {
    a->title = CollapseSpace(hint);
    w->title_line = FindHintedTitle(hint, *w);
    if (w->title_line >= 0) w->use[w->title_line] = LineUse::kField;
    return;
  }
  // A headline that reads like a sentence ("... Bisa Turun Lagi?") may open the region itself.
  int first = FirstTextLine(*w);
  bool first_headline = first >= 0 && InRegionHeadline(w->lines[first]);
  // The candidates, in the order they are scored: the region's first line, then the lines
  // above the region, nearest first.
  std::vector<TitleCandidate> candidates;
  TitleWords words;
  size_t bytes = first_headline ? w->lines[first].text.size() : 0;
  int above = LinesAboveRegion(*w, &bytes);
  candidates.reserve(above + 1);
  words.Reserve(above + 1, bytes);
  if (first_headline) candidates.push_back({first, 0, words.AddLine(w->lines[first].text)});
  // A caption over its photo credit is no candidate when another line is one: a headline may
  // have its picture's credit right under it ("Foto: Istimewa"), and then it is the only one.
  const bool drop_captions = first_headline || HeadlineNotOverCreditAbove(*w);
  int seen = 0;
  for (int i = w->region.begin - 1; i >= 0 && seen < kTitleReach; --i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (HeadlineShaped(l) && !(drop_captions && OverPhotoCredit(*w, i))) {
      candidates.push_back({i, seen, words.AddLine(l.text)});
    }
  }
  words.Index();
  words.ScanBody(BodyLines(*w, first_headline ? first : -1));
  int best = -1;
  double best_score = 0.2;
  int over_byline = BylineHeadline(*w, drop_captions);
  std::vector<double> scores(candidates.size());
  for (size_t k = 0; k < candidates.size(); ++k) {
    const TitleCandidate& c = candidates[k];
    double s = TitleScore(w->lines[c.line], words, c.words, c.distance);
    scores[k] = s;
    if (c.line == over_byline && s > kBylineTitleFloor) s += kBylineTitleBonus;
    bool in_region = first_headline && c.line == first;
    if (in_region ? s > kInRegionTitleScore : s > best_score) {
      best_score = s;
      best = c.line;
    }
  }
  if (best < 0) return;
  best = HeadlineOverStandfirst(*w, best, candidates, scores);
  // A headline printed again further down (a gallery's header) is the title where it first
  // stands: the byline and date go with that one.
  for (const TitleCandidate& c : candidates) {
    if (c.line < best && w->lines[c.line].text == w->lines[best].text) best = c.line;
  }
  // A page's <title> printed above its headline (Common Crawl's WET text opens with it) is the
  // headline in the site's decoration: the headline is the title, the <title> line a repeat.
  for (const TitleCandidate& c : candidates) {
    if (c.line > best && IsDecoratedHeadline(w->lines[best].text, w->lines[c.line].text)) {
      best = c.line;
      break;
    }
  }
  // Common Crawl's WET text opens with the page's <title>: a candidate that line repeats in the
  // site's decoration, or alone when it has kMinRepeatedTitleWords words or more (a blog's
  // name at the top of a dump is repeated too), is the headline (a standfirst under it may
  // share more words with the body).
  const int top = w->NextNonBlank(-1);
  for (const TitleCandidate& c : candidates) {
    if (top >= w->size() || c.line <= top || best == c.line) continue;
    std::string_view page_title = w->lines[top].text, headline = w->lines[c.line].text;
    if ((page_title == headline && CountWords(headline) >= kMinRepeatedTitleWords) ||
        IsDecoratedHeadline(page_title, headline)) {
      best = c.line;
      break;
    }
  }
  for (const TitleCandidate& c : candidates) {
    if (IsDecoratedHeadline(w->lines[c.line].text, w->lines[best].text)) w->Remove(c.line, "title");
  }
  w->title_line = best;
  w->use[best] = LineUse::kField;
  std::string named_site;
  a->title = CollapseSpace(WithoutSiteName(w->lines[best].text, *w, &named_site));
  if (a->site.empty() && !named_site.empty()) {  // the <title> line names the site
    a->site = std::move(named_site);
    if (a->outlet.empty()) a->outlet = OutletName(a->site);
  }
}

namespace {

// True when line i repeats an item of a menu higher on the page: its first occurrence has a
// short line (another item) right before or after it.
bool RepeatsMenuItem(const PageWork& w, int i) {
  auto short_line = [&](int j) {
    const LineInfo& l = w.lines[j];
    return l.kind != LineKind::kBlank && CountWords(l.text) <= kMaxMenuItemWords &&
           l.text.back() != '.';
  };
  auto neighbour = [&](int j, int step) {
    for (j += step; j >= 0 && j < i; j += step) {
      if (w.lines[j].kind != LineKind::kBlank) return j;
    }
    return -1;
  };
  for (int j = 0; j < i; ++j) {
    if (!EqualsIgnoreCase(w.lines[j].text, w.lines[i].text)) continue;
    int before = neighbour(j, -1), after = neighbour(j, 1);
    return (before >= 0 && short_line(before)) || (after >= 0 && short_line(after));
  }
  return false;
}

// True when `text` names the page's outlet or any known outlet or site ("CNN", "NBC News",
// "SpaceNews.com"): a masthead, not a section.
bool NamesTheOutlet(std::string_view text, const Article& a) {
  return EqualsIgnoreCase(text, a.outlet) || !SiteFromToken(text).empty() ||
         !SiteForOutletName(text).empty();
}

// The crumbs of `text` split at the first of `separators` it holds; empty when none.
std::vector<std::string_view> SplitCrumbs(std::string_view text,
                                          std::initializer_list<std::string_view> separators) {
  std::vector<std::string_view> crumbs;
  for (std::string_view sep : separators) {
    if (text.find(sep) == std::string_view::npos) continue;
    for (size_t start = 0;;) {
      size_t end = text.find(sep, start);
      crumbs.push_back(Trim(text.substr(start, end - start)));
      if (end == std::string_view::npos) break;
      start = end + sep.size();
    }
    break;
  }
  return crumbs;
}

// "News|Environment", "Asia/Southeast Asia": a trail whose separator a text dump printed
// without spaces, a '|' or '/' between two letters and no other separator on the line.
bool GluedCrumbs(std::string_view text) {
  size_t at = text.find_first_of("|/");
  if (at == std::string_view::npos || at == 0 || at + 1 >= text.size()) return false;
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  return letter(text[at - 1]) && letter(text[at + 1]) && text.find(':') == std::string_view::npos;
}

// True when `text` has letters and none of them in lower case ("JAPAN / SOCIETY").
bool InCapitals(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isupper(static_cast<unsigned char>(c));
  }
  return letters;
}

// True when `crumb` is the headline `title`, whole or cut short by an ellipsis.
bool NamesTheHeadline(std::string_view crumb, std::string_view title) {
  crumb = Trim(crumb);
  if (title.empty() || CountWords(crumb) < 4) return false;
  for (std::string_view ellipsis : {"...", "\u2026"}) {
    if (crumb.ends_with(ellipsis)) {
      crumb = Trim(crumb.substr(0, crumb.size() - ellipsis.size()));
      return crumb.size() < title.size() && StartsWithIgnoreCase(title, crumb);
    }
  }
  return EqualsIgnoreCase(crumb, title);
}

// "Beranda » Nasional » <the headline>": a trail that ends with the page's own headline (or its
// first words and an ellipsis) without that crumb, its section last; else `text`.
std::string_view WithoutHeadlineCrumb(std::string_view text, std::string_view title) {
  // The line ends as the headline does, or with an ellipsis (most lines: neither, at no cost).
  constexpr size_t kEnding = 8;
  const bool cut_short = EndsWithEllipsis(text);
  if (!cut_short &&
      (title.size() < kEnding || !EndsWithIgnoreCase(text, title.substr(title.size() - kEnding)))) {
    return text;
  }
  size_t cut = std::string_view::npos;
  for (std::string_view sep : {" / ", " > ", " \xC2\xBB ", " \xE2\x80\xBA "}) {
    size_t at = text.rfind(sep);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) cut = at;
  }
  if (cut == std::string_view::npos) return text;
  const size_t after = text.find(' ', cut + 1) + 1;  // past the separator
  return NamesTheHeadline(text.substr(after), title) ? Trim(text.substr(0, cut)) : text;
}

// True when `crumb` is a trail's home link: "Home", "Beranda", "Index", "Indeks".
bool IsHomeCrumb(std::string_view crumb) {
  static constexpr std::string_view kHome[] = {"Home", "Beranda", "Index", "Indeks"};
  crumb = Trim(crumb);
  for (std::string_view home : kHome) {
    if (EqualsIgnoreCase(crumb, home)) return true;
  }
  return false;
}

}  // namespace

// "News / Metropolitan", "Home > Ekonomi > Makro" right above the title: a breadcrumb trail
// of two to four crumbs of one to three capitalised words, without digits (a text dump may
// glue them: "News|Environment"); or the outlet, a dash and the rubric ("VIVA – Bisnis").
// Returns the last crumb (in title case when the trail is in capitals: "JAPAN / SOCIETY")
// unless that is a home link or the outlet, else "". (page_work.h)
std::string SectionFromBreadcrumb(std::string_view text, const Article& a) {
  text = WithoutHeadlineCrumb(text, a.title);
  if (Utf8Length(text) > 80 || text.find_first_of("0123456789") != std::string_view::npos) {
    return "";
  }
  std::vector<std::string_view> crumbs =
      SplitCrumbs(text, {" / ", " > ", " \xC2\xBB ", " \xE2\x80\xBA "});
  if (crumbs.empty() && GluedCrumbs(text)) crumbs = SplitCrumbs(text, {"|", "/"});
  if (crumbs.empty()) {
    crumbs = SplitCrumbs(text, {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "});
    if (crumbs.size() != 2 || !NamesTheOutlet(crumbs[0], a)) return "";
  }
  if (crumbs.size() < 2 || crumbs.size() > 4) return "";
  for (std::string_view crumb : crumbs) {
    size_t words = CountWords(crumb);
    if (words < 1 || words > 3 || !StartsUpper(crumb)) return "";
  }
  std::string_view last = crumbs.back();
  if (IsHomeCrumb(last) || NamesTheOutlet(last, a)) return "";
  return InCapitals(text) ? TitleCaseWords(last) : std::string(last);
}

namespace {

// "Home Bali" right above the title, "Bali" an item of the menu higher up: a trail whose
// separator (an icon) the text dump dropped; returns the crumb after the home link, else the
// line's text.
std::string_view AfterLostHomeCrumb(const PageWork& w, int i) {
  std::string_view text = Trim(w.lines[i].text);
  static constexpr std::string_view kHome[] = {"Home ", "Beranda "};
  for (std::string_view home : kHome) {
    if (!text.starts_with(home)) continue;
    std::string_view rest = Trim(text.substr(home.size()));
    if (rest.empty() || !StartsUpper(rest) || CountWords(rest) > 3) break;
    for (int j = 0; j < i; ++j) {
      if (EqualsIgnoreCase(Trim(w.lines[j].text), rest)) return rest;
    }
    break;
  }
  return text;
}

// True when line `i`, over the date line over the headline, is the last item of a menu rather
// than the page's rubric: the line above it is an item of the same shape, not a home link
// ("Life", "Obituaries", "Publications" over "Nov. 20, 2019 5:52 AM EST"; but "Beranda" over
// "Nasional" is a trail), or it is a trail whose separators the dump dropped ("Home Music
// Music News").
bool EndsMenuOverDate(const PageWork& w, int i) {
  const std::string_view text = Trim(w.lines[i].text);
  if (StartsWithIgnoreCase(text, "home ") || StartsWithIgnoreCase(text, "beranda ")) return true;
  const int above = w.PrevNonBlank(i);
  return above >= 0 && RubricShaped(w.lines[above]) && !IsHomeCrumb(w.lines[above].text);
}

bool LeadShaped(const LineInfo& l) {
  return l.kind == LineKind::kText && l.prose.words >= 8 && l.prose.sentence_end &&
         l.prose.score >= 0.5;
}

// A standfirst the body region took in: the first line after the title (blank lines apart), a
// sentence, followed by the byline or date line that credits steps already consumed
// ("Penulis: A | Editor: B | Senin 14 Apr 2025, 08:45 WIB") and then more text. Returns its
// index or -1.
int StandfirstInRegion(const PageWork& w) {
  int i = w.NextNonBlank(w.title_line);
  if (i != w.region.begin || i >= w.region.end) return -1;
  if (w.use[i] != LineUse::kUnused || !w.reason[i].empty() || !LeadShaped(w.lines[i])) return -1;
  int next = w.NextNonBlank(i);
  if (next >= w.region.end || w.reason[next] != "metadata") return -1;
  return next + 1 < w.region.end ? i : -1;
}

}  // namespace

void FindLeadAndSection(PageWork* w) {
  Article* a = w->article;
  if (w->title_line < 0) return;
  for (int i = w->title_line + 1; i < w->region.begin; ++i) {
    const LineInfo& l = w->lines[i];
    // (A line already read as something else, a writer's note, is no standfirst.)
    if (w->use[i] != LineUse::kUnused || !w->reason[i].empty()) continue;
    const LineInfo& title = w->lines[w->title_line];
    bool unstopped = i == w->NextNonBlank(w->title_line) &&
                     (UnstoppedStandfirstUnder(l, title) || SentenceCaseStandfirstUnder(l, title));
    if (LeadShaped(l) || unstopped) {
      a->lead = CollapseSpace(l.text);
      w->use[i] = LineUse::kField;
      break;
    }
  }
  if (int i = StandfirstInRegion(*w); a->lead.empty() && i >= 0) {
    a->lead = CollapseSpace(w->lines[i].text);
    w->use[i] = LineUse::kField;
  }
  if (!a->section.empty()) return;
  bool kicker_passed = false, date_passed = false;
  for (int i = w->title_line - 1; i >= 0; --i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    // "Nasional" over "EKSKLUSIF" over the headline: the kicker is no rubric.
    if (!kicker_passed && IsKicker(l.text)) {
      kicker_passed = true;
      continue;
    }
    // "Nasional" over the date line over the headline: nor is the date line (but the last item
    // of a menu over it is no rubric).
    if (!date_passed && l.kind == LineKind::kDate) {
      date_passed = true;
      continue;
    }
    if (date_passed && EndsMenuOverDate(*w, i)) break;
    // The trail stays where the classifier put it (navigation): the section is one crumb.
    a->section = SectionFromBreadcrumb(l.text, *a);
    if (!a->section.empty()) break;
    bool rubric = ((RubricShaped(l) && (l.reason != "duplicate-line" || RepeatsMenuItem(*w, i))) ||
                   (KindLabel(l) && RepeatsMenuItem(*w, i))) &&
                  !NamesTheOutlet(l.text, *a);
    if (rubric && w->use[i] == LineUse::kUnused) {
      std::string_view crumb = AfterLostHomeCrumb(*w, i);
      a->section = CollapseSpace(crumb);
      // A trail stays navigation, as SectionFromBreadcrumb's do; a rubric is the field.
      if (crumb.size() < Trim(l.text).size()) {
        w->Remove(i, "navigation");
      } else {
        w->use[i] = LineUse::kField;
      }
    }
    break;
  }
}

namespace {

// The most words with letters a line of the body's region may have to be read as a date line
// with a label in a language the date-line rules do not know ("publié le 26/12/2020 à 21:00 ,
// mis à jour à 21:00": seven).
constexpr int kMaxDateLabelWords = 8;

// The words of `s` with a letter in them (any non-ASCII byte counts as one): a date's numbers
// are not counted.
int LetterWords(std::string_view s) {
  int n = 0;
  ForEachWord(s, [&n](std::string_view word) {
    n += std::any_of(word.begin(), word.end(), [](char c) {
      auto b = static_cast<unsigned char>(c);
      return b >= 0x80 || static_cast<unsigned>((b | 0x20) - 'a') < 26u;
    });
  });
  return n;
}

// True for an embedded post's closing line, "\u2014 Daniel Dale (@ddale8) January 1, 2020": a
// dash, then an account's handle in brackets; its date is the post's, not the story's. (A
// writer's byline may give their handle too: "Name (@handle) Wed 29th April 2020".)
bool IsEmbeddedPostLine(std::string_view text) {
  if (text.starts_with("> ")) text.remove_prefix(2);  // a Markdown dump's quote
  if (!text.starts_with("\u2014") && !text.starts_with("\u2013") && !text.starts_with('-')) {
    return false;
  }
  const size_t at = text.find("(@");
  if (at == std::string_view::npos) return false;
  size_t end = at + 2;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               text[end] == '_' || text[end] == '.')) {
    ++end;
  }
  return end > at + 2 && end < text.size() && text[end] == ')';
}

// The number of " | "-separated fields of `text`.
int CountFields(std::string_view text) {
  int n = 1;
  for (size_t at = text.find(" | "); at != std::string_view::npos; at = text.find(" | ", at + 3)) {
    ++n;
  }
  return n;
}

// A date written on a short line near the article in a form or language the date-line rules do
// not read ("23 de marzo de 2020", "20 июня 2020", "2020年7月3日"): the nearest such line above
// the body (at most 12 lines above the title), else one of the 10 non-blank lines from the
// body's start that is a label line, not a sentence ("publié le 26/12/2020 à 21:00" under a
// lead and its photo). Image names ("[borrell-1may2020-937x620]", as text browsers print them)
// are no date lines. Returns the line's index, or -1.
int DateLineNearTitle(const PageWork& w, std::string* iso) {
  auto date_of = [&](int i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank) return std::string();
    // "El Mundo Política | octubre 7, 2020 | 7:09 am | Agencia Efe.": fields, whatever ends them.
    const bool fields = CountFields(l.text) >= 3;
    const bool sentence =
        !fields && (l.text.back() == '.' || l.prose.sentence_end || l.prose.score >= 0.5);
    const bool paragraph = i >= w.region.begin && i < w.region.end && IsBodyText(l) &&
                           (sentence || (!fields && LetterWords(l.text) > kMaxDateLabelWords));
    if (w.use[i] != LineUse::kUnused || i == w.title_line || l.text.size() > 120 || sentence ||
        l.text.front() == '[' || paragraph || IsEmbeddedPostLine(l.text)) {
      return std::string();
    }
    return ParseHtmlDate(l.text);
  };
  int top = w.title_line >= 0 ? std::min(w.title_line, w.region.begin) : w.region.begin;
  for (int i = w.region.begin - 1; i >= 0 && i >= top - 12; --i) {
    *iso = date_of(i);
    if (!iso->empty()) return i;
  }
  for (int i = w.region.begin, seen = 0; i < w.size() && seen < 10; ++i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;  // the same reach with blank lines or not
    ++seen;
    *iso = date_of(i);
    if (!iso->empty()) return i;
  }
  return -1;
}

// A date line without a time may have its time on the next line ("Tuesday, 18 Nov 2025" over
// "3:12 PM MYT"): when the next non-blank line is a short unused line that, joined to the
// date, reads as a date with a time, returns that line's index and the joined time; else -1.
int TimeBelowDate(int i, const PageWork& w, std::string* iso) {
  int next = i + 1;
  while (next < w.size() && w.lines[next].kind == LineKind::kBlank) ++next;
  if (next >= w.size() || next == w.title_line || w.use[next] != LineUse::kUnused) return -1;
  DateFound joined;
  if (!ParseDateWithSeparateTime(w.lines[i].text, w.lines[next].text, &joined)) return -1;
  *iso = joined.iso;
  return next;
}

// How many non-blank lines below a date line a blog's posting line may stand.
constexpr int kPostingReach = 6;

// The time a blog's posting line ends with ("Diposting oleh Admin di 09.12", "Posted by Anna at
// 9:12 AM", Blogger's post footer), or "" when `text` is no such line.
std::string_view PostingLineTime(std::string_view text) {
  text = Trim(text);
  if (text.size() > 80) return {};
  bool posting = false;
  for (std::string_view opener : {"diposting oleh ", "posted by ", "dipublikasikan oleh "}) {
    posting = posting || StartsWithIgnoreCase(text, opener);
  }
  if (!posting) return {};
  size_t at = std::string_view::npos;
  for (std::string_view link : {" di ", " at ", " pada "}) {
    size_t found = text.rfind(link);
    if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) {
      at = found + link.size();
    }
  }
  if (at == std::string_view::npos) return {};
  std::string_view time = text.substr(at);
  if (time.empty() || time.size() > 12 || time[0] < '0' || time[0] > '9') return {};
  return time;
}

// A blog's date header carries no time; its posting line a few lines below does ("Sabtu, 15
// November 2025" ... "Diposting oleh Admin di 09.12"): returns that line's index and the joined
// time, else -1.
int PostingTimeBelowDate(int i, const PageWork& w, std::string* iso) {
  int seen = 0;
  for (int next = i + 1; next < w.size() && seen < kPostingReach; ++next) {
    if (w.lines[next].kind == LineKind::kBlank) continue;
    ++seen;
    if (w.use[next] != LineUse::kUnused) continue;
    std::string_view time = PostingLineTime(w.lines[next].text);
    if (time.empty()) continue;
    DateFound joined;
    if (!ParseDateWithSeparateTime(w.lines[i].text, time, &joined)) return -1;
    *iso = joined.iso;
    return next;
  }
  return -1;
}

}  // namespace

// How far (in lines) below an "Updated ..." date line the publication's own date line may be.
constexpr int kUpdateReach = 3;

void FindPublished(const std::string& hint, PageWork* w) {
  Article* a = w->article;
  if (!hint.empty()) a->published = hint;
  int top = w->title_line >= 0 ? w->title_line : w->region.begin;
  int update_line = -1;  // the "Updated ..." line published came from, for want of another
  // Date lines: around the title first, then in the body region, then just after it.
  for (int i = 0; i < w->tail_end; ++i) {
    const LineInfo& l = w->lines[i];
    bool date = l.kind == LineKind::kDate;
    bool relative = l.kind == LineKind::kRelativeTime && i < w->region.begin && i + 8 >= top;
    if ((!date && !relative) || l.date.iso.empty()) continue;
    if (date && i < top - 12) continue;  // far above the title: a teaser's date
    if (date && IsEmbeddedPostLine(l.text)) continue;
    if (l.date.updated && !a->published.empty()) {
      if (a->modified.empty()) a->modified = l.date.iso;
    } else if (a->published.empty()) {
      a->published = l.date.iso;
      w->published_line = i;
      std::string joined;
      int time_line = date && !l.date.has_time ? TimeBelowDate(i, *w, &joined) : -1;
      if (time_line >= 0) {
        a->published = joined;
        w->Consume(time_line);
      } else if (date && !l.date.has_time && PostingTimeBelowDate(i, *w, &joined) >= 0) {
        a->published = joined;  // the posting line stays for the byline rules
      }
      if (l.date.updated) update_line = i;
    } else if (date && !l.date.updated && update_line >= 0 && i - update_line <= kUpdateReach) {
      // "Updated Nov 20, 2025, 06:42 PM" over "Published Nov 20, 2025, 05:10 PM".
      if (a->modified.empty()) a->modified = a->published;
      a->published = l.date.iso;
      update_line = -1;
    } else if (date && !l.date.updated && l.date.has_time && i > top && i <= top + kTimedDayReach &&
               a->published.size() == kIsoDayLength &&
               l.date.iso.compare(0, kIsoDayLength, a->published) <= 0) {
      // The header's "Rabu, 12 Maret 2025" above, "12/03/2025 09:10" under the headline: the
      // same day, with its time. A header shows the day it is read ("Senin, 24 November 2025"
      // over a story of the 19th): a timed date under the headline on an earlier day is the
      // story's, as nothing is published after the day it is read.
      a->published = l.date.iso;
    } else {
      continue;
    }
    w->Consume(i);
    std::string_view label = DateLabel(l);
    std::string section = SectionFromLabel(label, a->outlet);
    Credits credits;
    if (!section.empty()) {
      if (a->section.empty()) a->section = section;
    } else if (ParseDateLabelCredit(label, &credits) ||
               ParseDateLabelCreditBeforeSection(label, a->section, &credits)) {
      AddWriters(credits, a);
    } else if (std::string agency = AgencyDateLabel(label); !agency.empty()) {
      AddUnique(&a->agencies, agency);
    }
    if (Credits tail; date && l.date.end < l.text.size() &&
                      ParseDateTailCredit(l.text.substr(l.date.end), &tail)) {
      AddWriters(tail, a);  // "Senin, 24 November 2025 10:12 WIB | Penulis: Budi Santoso"
    }
    if (i > top && date) TakeNameAbove(i, w);
  }
  if (a->published.empty()) {
    std::string iso;
    int i = DateLineNearTitle(*w, &iso);
    if (i >= 0) {
      a->published = iso;
      w->Consume(i);
    }
  }
}

void FindCreditBeforeSection(PageWork* w) {
  Article* a = w->article;
  if (!a->authors.empty() || a->section.empty() || w->published_line < 0) return;
  Credits credits;
  std::string_view label = DateLabel(w->lines[w->published_line]);
  if (!ParseDateLabelCreditBeforeSection(label, a->section, &credits)) return;
  AddWriters(credits, a);
}

}  // namespace kabar::extract
