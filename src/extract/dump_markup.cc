#include "extract/dump_markup.h"

#include <algorithm>

#include "extract/tagged_text.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Link or image targets in the sniffed bytes that make a page Markdown.
constexpr int kMinMarkdownTargets = 3;
// An ATX heading ("# X", "## X") of this many words or more in the sniffed bytes makes a page
// Markdown when it has no links: a converter's headline. Plain text has "#" glued to a word
// (hashtags), not a run of '#' and a space before a line of words.
constexpr int kMinAtxHeadingWords = 3;
// Reference marks "[1]" ... "[kReferenceRun]" in order make a page a text browser's dump.
constexpr int kReferenceRun = 3;
// A reader API's header ("Title:", "URL Source:", "Published Time:", "Markdown Content:") is
// within the page's first lines.
constexpr int kReaderHeaderLines = 8;
// An image's alt text kept in its "[alt]" line at most (longer ones are cut at a word).
constexpr size_t kMaxShownAlt = 100;
constexpr std::string_view kReaderTitle = "Title: ";
constexpr std::string_view kReaderSource = "URL Source: ";
constexpr std::string_view kReaderPublished = "Published Time: ";
// html2text's table rows at a wide width: lines longer than kPaddedLineBytes have their runs
// of spaces cut to kMaxCellGap (no screen is wider).
constexpr size_t kPaddedLineBytes = 4096;
constexpr size_t kMaxCellGap = 256;
// The margin lynx and elinks set a dump's text in by.
constexpr size_t kBrowserMargin = 3;
constexpr std::string_view kBullet = "\xE2\x80\xA2 ";  // "• "
// Hostile lines ("[[[[...", "[x](" or "<http" repeated a million times, unclosed) must not take
// quadratic time: the bracket scans of one line may read at most kScanBytesPerByte times its
// length plus kScanBytesSlack bytes in all; then the rest of the line is shown as it is. Real
// links, nested images included, read a line two or three times. Labels are read inside labels
// to kMaxLabelDepth levels ("[![alt](src)](href)" is two).
constexpr size_t kScanBytesPerByte = 16;
constexpr size_t kScanBytesSlack = 4096;
constexpr int kMaxLabelDepth = 4;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Length of a reference mark ("[12]") at s[i], 0 when there is none.
size_t ReferenceMarkAt(std::string_view s, size_t i) {
  if (s[i] != '[') return 0;
  size_t j = i + 1;
  while (j < s.size() && j - i <= 5 && IsDigit(s[j])) ++j;
  if (j == i + 1 || j >= s.size() || s[j] != ']') return 0;
  return j + 1 - i;
}

bool HasReferenceRun(std::string_view head) {
  int next = 1;
  for (size_t i = head.find('['); i != std::string_view::npos; i = head.find('[', i + 1)) {
    size_t n = ReferenceMarkAt(head, i);
    // A browser's mark is glued to its link's text ("[2]Berita", "[3][IMG]"); "[1]" alone on
    // its line is w3m's image placeholder.
    if (n == 0 || n > 4 || i + n >= head.size() || head[i + n] == ' ' || head[i + n] == '\n' ||
        head[i + n] == '\r') {
      continue;
    }
    int value = 0;
    for (size_t k = i + 1; k + 1 < i + n; ++k) value = value * 10 + (head[k] - '0');
    if (value == next && ++next > kReferenceRun) return true;
  }
  return false;
}

// lynx prints a link without text as its mark alone ("[1]" for an image link without alt text,
// "[3] Menu" for a link opening with a space): the marks "[1]" to "[4]" in that order, at least
// two of them glued to their text, make a page a browser's dump too.
bool HasLooseReferenceRun(std::string_view head) {
  constexpr int kLooseRun = 4, kMinGlued = 2;
  int next = 1, glued = 0;
  for (size_t i = head.find('['); i != std::string_view::npos; i = head.find('[', i + 1)) {
    size_t n = ReferenceMarkAt(head, i);
    if (n != 3) continue;  // "[1]" to "[4]"
    if (head[i + 1] - '0' != next) continue;
    glued +=
        i + n < head.size() && head[i + n] != ' ' && head[i + n] != '\n' && head[i + n] != '\r';
    if (++next > kLooseRun) return glued >= kMinGlued;
  }
  return false;
}

int CountLinkTargets(std::string_view head) {
  int targets = 0;
  for (size_t i = head.find("]("); i != std::string_view::npos; i = head.find("](", i + 2)) {
    std::string_view target = head.substr(i + 2);
    if (target.starts_with("http") || target.starts_with('/')) ++targets;
    if (targets >= kMinMarkdownTargets) break;
  }
  return targets;
}

// The length of the space at s[i]: 1 for an ASCII space, 2 for a no-break space (U+00A0, which
// a tool may print after a heading's '#': UnifySpaces runs later), else 0.
size_t SpaceAt(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  return s.substr(std::min(i, s.size())).starts_with("\xC2\xA0") ? 2 : 0;
}

// Whether a line of `head` is an ATX heading of kMinAtxHeadingWords words or more: one to six
// '#' opening the line (set in by three spaces at most), a space, then the heading.
bool HasAtxHeading(std::string_view head) {
  for (size_t at = head.find('#'); at != std::string_view::npos; at = head.find('#', at + 1)) {
    const size_t gap = SpaceAt(head, at + 1);
    if (gap == 0) continue;
    size_t start = at;
    while (start > 0 && head[start - 1] == '#') --start;
    size_t indent = start;
    while (indent > 0 && head[indent - 1] == ' ') --indent;
    if (at + 1 - start > 6 || start - indent > 3 || (indent > 0 && head[indent - 1] != '\n')) {
      continue;
    }
    const size_t from = at + 1 + gap;
    const size_t end = head.find('\n', from);
    std::string_view heading = head.substr(from, end == std::string_view::npos ? end : end - from);
    if (CountWords(heading) >= kMinAtxHeadingWords) return true;
  }
  return false;
}

// The bytes a line's bracket scans may still read (see kScanBytesPerByte).
struct ScanBudget {
  size_t left = 0;
};

// The bracketed span opening at s[i] ('[' or '('), up to its closing bracket with nested pairs
// and escapes skipped: the index just past it, or npos when it is not closed (or the budget
// runs out first; the bytes read are taken from it).
size_t SpanEnd(std::string_view s, size_t i, ScanBudget* budget) {
  char open = s[i];
  char close = open == '[' ? ']' : ')';
  int depth = 0;
  const size_t limit = budget->left >= s.size() - i ? s.size() : i + budget->left;
  for (size_t j = i; j < limit; ++j) {
    if (s[j] == '\\') {
      ++j;
    } else if (s[j] == open) {
      ++depth;
    } else if (s[j] == close && --depth == 0) {
      budget->left -= j + 1 - i;
      return j + 1;
    }
  }
  budget->left -= limit - i;
  return std::string_view::npos;
}

// A Markdown link "[label](target)" at s[i]: its label and the index past it.
bool LinkAt(std::string_view s, size_t i, ScanBudget* budget, std::string_view* label,
            size_t* end) {
  size_t label_end = SpanEnd(s, i, budget);
  if (label_end == std::string_view::npos || label_end >= s.size() || s[label_end] != '(') {
    return false;
  }
  size_t target_end = SpanEnd(s, label_end, budget);
  if (target_end == std::string_view::npos) return false;
  *label = s.substr(i + 1, label_end - i - 2);
  *end = target_end;
  return true;
}

// A run of '*' or '_' (one to three) at s[i] that opens or closes emphasis: it touches text on
// one side and a space, punctuation or the line's end on the other ("**Jakarta**,", "_Name_").
// An underscore inside a word ("snake_case") is a letter. A single mark alone in brackets
// ("(*)", the end mark of Tribun network stories) touches no text: it stays.
bool IsEmphasisRun(std::string_view s, size_t i, size_t run) {
  if (run > 3) return false;
  bool at_start = i == 0, at_end = i + run >= s.size();
  char before = at_start ? ' ' : s[i - 1];
  char after = at_end ? ' ' : s[i + run];
  // A no-break space is a space here ("**Jakarta**\u00a0- ...": UnifySpaces runs later).
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  if (i >= 2 && s.substr(i - 2, 2) == kNoBreakSpace) before = ' ';
  if (s.substr(i + run).starts_with(kNoBreakSpace)) after = ' ';
  if (run == 1 && ((before == '(' && after == ')') || (before == '[' && after == ']'))) {
    return false;
  }
  bool opens = !IsSpace(after) && (IsSpace(before) || IsAsciiPunct(before));
  bool closes = !IsSpace(before) && (IsSpace(after) || IsAsciiPunct(after));
  return opens || closes;
}

// Where the next `c` at or after a position of `s` is; looked for again only once the position
// has passed the last one found, so that all the marks of a line share one scan.
class NextByte {
 public:
  explicit NextByte(char c) : c_(c) {}
  size_t From(std::string_view s, size_t i) {
    if (!known_ || (at_ != std::string_view::npos && at_ < i)) {
      at_ = s.find(c_, i);
      known_ = true;
    }
    return at_;
  }

 private:
  char c_;
  size_t at_ = std::string_view::npos;
  bool known_ = false;
};

struct Inline {
  std::string shown;
  std::string_view alt;  // the first image's alt text
  int images = 0;
  ScanBudget budget;  // for the whole line
};

// The visible text of a Markdown line's inline marks: links as their labels, images left out
// (counted, the first one's alt kept), emphasis marks and escapes dropped, "<url>" as the URL.
// `depth`: how many labels `s` lies in.
void ShowInline(std::string_view s, int depth, Inline* out) {
  NextByte next_gt('>'), next_space(' ');  // for "<url>"
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    std::string_view label;
    size_t end = 0;
    if (c == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      out->shown += s[i + 1];
      i += 2;
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' &&
               LinkAt(s, i + 1, &out->budget, &label, &end)) {
      if (out->images++ == 0) out->alt = label;
      i = end;
    } else if (c == '[' && depth < kMaxLabelDepth && LinkAt(s, i, &out->budget, &label, &end)) {
      ShowInline(label, depth + 1, out);
      i = end;
      // Links printed one after another ("[rob](..)[banjir](..)") are separate words.
      if (i < s.size() && s[i] == '[' && !out->shown.empty() && out->shown.back() != ' ') {
        out->shown += ' ';
      }
    } else if (c == '<' && s.substr(i + 1).starts_with("http") &&
               next_gt.From(s, i) != std::string_view::npos &&
               next_space.From(s, i) > next_gt.From(s, i)) {  // no space inside
      size_t close = next_gt.From(s, i);
      out->shown.append(s.substr(i + 1, close - i - 1));
      i = close + 1;
    } else if (c == '*' || c == '_') {
      size_t run = 1;
      while (i + run < s.size() && s[i + run] == c) ++run;
      if (!IsEmphasisRun(s, i, run)) out->shown.append(s.substr(i, run));
      i += run;
    } else {
      out->shown += c;
      ++i;
    }
  }
}

// "---", "* * *", "===" (a rule, or a heading's underline): kept as printed.
bool IsRuleLine(std::string_view s) {
  if (s.size() < 3) return false;
  for (char c : s) {
    if (c != '-' && c != '*' && c != '=' && c != '_' && !IsSpace(c)) return false;
  }
  return true;
}

// `alt` as an image line shows it: "[alt]" (brackets inside replaced), cut at a word.
void AppendImageLine(std::string_view alt, std::string* out) {
  alt = Trim(alt);
  if (alt.empty()) {
    out->append("[IMG]");
    return;
  }
  if (alt.size() > kMaxShownAlt) {
    size_t cut = alt.rfind(' ', kMaxShownAlt);
    alt = alt.substr(0, cut == std::string_view::npos || cut == 0 ? kMaxShownAlt : cut);
  }
  out->push_back('[');
  for (char c : alt) out->push_back(c == '[' || c == ']' ? ' ' : c);
  out->push_back(']');
}

// A list bullet ("* ", "- ", "+ ") and the spaces after it; 0 when `s` opens with none.
size_t BulletLength(std::string_view s) {
  if (s.size() < 3 || (s[0] != '*' && s[0] != '-' && s[0] != '+') || s[1] != ' ') return 0;
  size_t n = 1;
  while (n < s.size() && IsSpace(s[n])) ++n;
  return n;
}

void ShowMarkdownLine(std::string_view s, int index, std::string* out) {
  if (index == 0 && s.starts_with(kReaderTitle)) {
    out->append(s.substr(kReaderTitle.size()));
    return;
  }
  if (IsRuleLine(s)) {
    out->append(s);
    return;
  }
  size_t hashes = 0;
  while (hashes < s.size() && hashes < 6 && s[hashes] == '#') ++hashes;
  if (const size_t gap = hashes > 0 ? SpaceAt(s, hashes) : 0; gap > 0) {
    s = s.substr(hashes + gap);
    while (!s.empty() && (s.back() == '#' || IsSpace(s.back()))) s.remove_suffix(1);
  }
  while (s.starts_with("> ")) s.remove_prefix(2);
  if (size_t bullet = BulletLength(s)) {
    out->append(kBullet);
    s.remove_prefix(bullet);
  } else {
    size_t digits = 0;
    while (digits < s.size() && digits < 3 && IsDigit(s[digits])) ++digits;
    if (digits > 0 && digits + 1 < s.size() && s[digits] == '.' && IsSpace(s[digits + 1])) {
      out->append(s.substr(0, digits + 1));
      out->push_back(' ');
      s = Trim(s.substr(digits + 1));
    }
  }
  Inline shown;
  shown.budget.left = kScanBytesPerByte * s.size() + kScanBytesSlack;
  ShowInline(s, 0, &shown);
  if (shown.images > 0 && Trim(shown.shown).empty()) {
    AppendImageLine(shown.alt, out);
  } else {
    out->append(shown.shown);
  }
}

// Lines of a text browser's dump that show nothing of the page's text: lynx's and elinks's
// for the <link> elements of the page's head ("#[1]alternate [2]RSS", "Link: [3]canonical")
// and for an inline frame (lynx's "IFRAME: [4]https://...", elinks's "[5]IFrame").
bool IsBrowserHeadLine(std::string_view s) {
  if (s.empty()) return false;
  if (s.starts_with("#[")) return ReferenceMarkAt(s, 1) > 0;
  if (s.starts_with("Link: [")) return ReferenceMarkAt(s, 6) > 0;
  if (size_t mark = ReferenceMarkAt(s, 0); mark > 0) return s.substr(mark) == "IFrame";
  return s.starts_with("IFRAME:");
}

// lynx marks inserted and deleted text "[INS: text :INS]", "[DEL: text :DEL]" (empty
// "[INS: :INS]" for each advertising slot); the marks' length at s[i], 0 when none.
size_t EditMarkAt(std::string_view s, size_t i) {
  std::string_view rest = s.substr(i);
  if (rest.starts_with("[INS:") || rest.starts_with("[DEL:")) return 5;
  if (rest.starts_with(":INS]") || rest.starts_with(":DEL]")) return 5;
  return 0;
}

void ShowReferencesLine(std::string_view s, bool indented, std::string* out) {
  if (IsBrowserHeadLine(s)) return;
  // lynx bullets its lists "*", and nested ones "+" and "o".
  if (indented && s.size() > 2 && (s[0] == '*' || s[0] == '+' || s[0] == 'o') && s[1] == ' ') {
    out->append(kBullet);
    s = Trim(s.substr(2));
  }
  size_t i = 0;
  while (i < s.size()) {
    size_t next = s.find_first_of("[:", i);
    if (next == std::string_view::npos) next = s.size();
    out->append(s.substr(i, next - i));
    if (next == s.size()) break;
    size_t mark = s[next] == '[' ? ReferenceMarkAt(s, next) : 0;
    if (mark == 0) mark = EditMarkAt(s, next);
    if (mark == 0) out->push_back(s[next]);
    i = next + (mark == 0 ? 1 : mark);
  }
}

// The next line of `text` from `start` (without its '\n') and where the one after starts.
std::string_view LineAt(std::string_view text, size_t start, size_t* next) {
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  *next = end + 1;
  return text.substr(start, end - start);
}

// A line of the list lynx and elinks print under "References": "Visible links", "Hidden
// links:", or a numbered address ("  12. https://...", "file:///...", "javascript:...").
bool IsReferenceListLine(std::string_view line) {
  line = Trim(line);
  if (line.starts_with("Visible links") || line.starts_with("Hidden links")) return true;
  size_t digits = 0;
  while (digits < line.size() && IsDigit(line[digits])) ++digits;
  if (digits == 0 || !line.substr(digits).starts_with(". ")) return false;
  std::string_view target = line.substr(digits + 2);
  size_t colon = target.find(':');
  return colon != std::string_view::npos && colon > 0 && target.find(' ') > colon;
}

// Where the list of link addresses that lynx and elinks append to a dump starts: the last line
// "References", flush, whose next non-blank line is one of the list's; text.size() when there
// is none. The list is the tool's, not the page's.
size_t ReferenceListStart(std::string_view text) {
  constexpr std::string_view kHeading = "References";
  for (size_t at = text.rfind(kHeading); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : text.rfind(kHeading, at - 1)) {
    if (at != 0 && text[at - 1] != '\n') continue;
    size_t next = 0;
    if (Trim(LineAt(text, at, &next)) != kHeading) continue;
    while (next < text.size()) {
      std::string_view line = LineAt(text, next, &next);
      if (Trim(line).empty()) continue;
      if (IsReferenceListLine(line)) return at;
      break;
    }
    return text.size();  // the last "References" opens no list
  }
  return text.size();
}

// html2text prints a heading between runs of one to six '*' ("****** Title ******" for h1,
// "* Minor *" for h6): the heading's text, or empty when `s` is none. The sniff asks for two
// stars or more: "* Sale *" could be anyone's.
std::string_view StarHeadingText(std::string_view s, size_t min_stars) {
  size_t run = 0;
  while (run < s.size() && run < 7 && s[run] == '*') ++run;
  if (run < min_stars || run > 6 || s.size() < 2 * run + 3 || s[run] != ' ') return {};
  // In a table's row the heading's cell is followed by the next cells, two spaces or more on.
  if (size_t gap = s.find("  ", run + 1); gap != std::string_view::npos) s = s.substr(0, gap);
  if (s.size() < 2 * run + 3) return {};
  std::string_view inner = s.substr(run, s.size() - 2 * run);
  if (s.substr(s.size() - run).find_first_not_of('*') != std::string_view::npos ||
      inner.back() != ' ' || s[s.size() - run - 1] == '*') {
    return {};
  }
  return Trim(inner);
}

// Whether a line of `head` is a star heading (set in or padded with spaces in a table's cell).
bool HasStarHeading(std::string_view head) {
  for (size_t i = head.find('*'); i != std::string_view::npos;) {
    size_t begin = i;
    while (begin > 0 && IsSpace(head[begin - 1])) --begin;
    size_t end = head.find('\n', i);
    if (end == std::string_view::npos) end = head.size();
    if ((begin == 0 || head[begin - 1] == '\n') &&
        !StarHeadingText(Trim(head.substr(i, end - i)), 2).empty()) {
      return true;
    }
    i = end >= head.size() ? std::string_view::npos : head.find('*', end);
  }
  return false;
}

void ShowStarHeadingsLine(std::string_view s, bool indented, std::string* out) {
  bool headline = false;  // <h1>: the page's headline, read as words even when it is a link
  if (std::string_view heading = StarHeadingText(Trim(s), 1); !heading.empty()) {
    headline = Trim(s).starts_with("****** ");
    s = heading;
  }
  // html2text bullets its lists "*", nested ones "o" and "#".
  if (indented && s.size() > 2 && (s[0] == '*' || s[0] == 'o' || s[0] == '#') && s[1] == ' ') {
    out->append(kBullet);
    s = Trim(s.substr(2));
  }
  // html2text prints an image as its alt text or address in brackets; one opening a line of
  // text ("[Harbour at dawn] The harbour reopened...", "[https://.../a.jpg]The price...") is
  // not what a reader sees there. Alone on its line it stays: an image's place.
  if (s.starts_with('[')) {
    size_t close = s.find(']');
    if (close != std::string_view::npos &&
        s.substr(1, close - 1).find('[') == std::string_view::npos) {
      std::string_view rest = Trim(s.substr(close + 1));
      if (!rest.empty() && rest[0] != '[') s = rest;
    }
  }
  // A line that is one link alone (a menu entry, a teaser's headline) stays as printed, as
  // does a rule of '_'; the links inside running text are read as their words.
  if (!headline && s.find(' ') == std::string_view::npos) {
    out->append(s);
    return;
  }
  for (char c : s) out->push_back(c == '_' ? ' ' : c);
}

// `line` with each run of spaces longer than kMaxCellGap cut to kMaxCellGap, in *buffer.
std::string_view NarrowCellGaps(std::string_view line, std::string* buffer) {
  buffer->clear();
  size_t run = 0;
  for (char c : line) {
    run = c == ' ' ? run + 1 : 0;
    if (run <= kMaxCellGap) buffer->push_back(c);
  }
  return *buffer;
}

// Whether the page ends with the list of addresses lynx and elinks append (its last line a
// numbered address, a "References" heading over the list): a dump whose first 4 KB hold no
// links is still theirs.
bool EndsWithReferenceList(std::string_view text) {
  size_t end = text.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) return false;
  size_t start = text.rfind('\n', end);
  start = start == std::string_view::npos ? 0 : start + 1;
  if (!IsReferenceListLine(text.substr(start, end + 1 - start))) return false;
  return ReferenceListStart(text) < text.size();
}

}  // namespace

DumpMarkup SniffDumpMarkup(std::string_view text) {
  std::string_view head = text.substr(0, kDumpSniffBytes);
  if (head.find('[') != std::string_view::npos) {
    if (CountLinkTargets(head) >= kMinMarkdownTargets) return DumpMarkup::kMarkdown;
    if (HasReferenceRun(head) || HasLooseReferenceRun(head)) return DumpMarkup::kReferences;
  }
  if (EndsWithReferenceList(text)) return DumpMarkup::kReferences;
  if (HasAtxHeading(head)) return DumpMarkup::kMarkdown;
  if (HasStarHeading(text.substr(0, kHeadingSniffBytes))) return DumpMarkup::kStarHeadings;
  if (IsTaggedText(head)) return DumpMarkup::kHtmlTags;
  return DumpMarkup::kNone;
}

std::string ReadDumpMarkup(std::string_view text, DumpMarkup kind) {
  if (kind == DumpMarkup::kNone) return std::string(text);
  std::string out, narrowed;
  out.reserve(text.size());
  // A text browser's list of link addresses is left out, its lines kept blank.
  const size_t list_start =
      kind == DumpMarkup::kReferences ? ReferenceListStart(text) : text.size() + 1;
  size_t start = 0;
  for (int index = 0; start <= text.size(); ++index) {
    size_t end = text.find('\n', start);
    bool last = end == std::string_view::npos;
    if (last) end = text.size();
    std::string_view line = text.substr(start, end - start);
    bool cr = line.ends_with('\r');
    if (cr) line.remove_suffix(1);
    if (start >= list_start) line = {};
    // html2text pads a table's rows with spaces to the table's width (at a width of 100,000,
    // lines of that length): the padding at a line's end shows nothing, and a run of spaces
    // between cells wider than any screen is shown as kMaxCellGap spaces.
    if (kind == DumpMarkup::kStarHeadings) {
      while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
      if (line.size() > kPaddedLineBytes) line = NarrowCellGaps(line, &narrowed);
    }
    size_t lead = 0;
    while (lead < line.size() && IsSpace(line[lead])) ++lead;
    // lynx and elinks set a dump's text three spaces in and its headings flush: indents count
    // from that margin, as if the page were any other dump.
    const size_t margin = kind == DumpMarkup::kReferences ? std::min(lead, kBrowserMargin) : 0;
    out.append(line.substr(margin, lead - margin));
    if (kind == DumpMarkup::kMarkdown) {
      ShowMarkdownLine(line.substr(lead), index, &out);
    } else if (kind == DumpMarkup::kStarHeadings) {
      ShowStarHeadingsLine(line.substr(lead), lead > 0, &out);
    } else if (kind == DumpMarkup::kHtmlTags) {
      ShowTaggedLine(line.substr(lead), &out);
    } else {
      ShowReferencesLine(line.substr(lead), lead > 0, &out);
    }
    if (cr) out.push_back('\r');
    if (last) break;
    out.push_back('\n');
    start = end + 1;
  }
  return out;
}

namespace {

// The value of a reader API's header line `name` ("URL Source: "), trimmed; empty when the
// text does not open with such a header or the header has no such line.
std::string_view ReaderHeader(std::string_view text, std::string_view name) {
  if (!text.starts_with(kReaderTitle) && !text.starts_with(kReaderSource)) return {};
  size_t start = 0;
  for (int index = 0; index < kReaderHeaderLines && start < text.size(); ++index) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (line.starts_with(name)) return Trim(line.substr(name.size()));
    start = end + 1;
  }
  return {};
}

}  // namespace

std::string_view ReaderSourceUrl(std::string_view text) {
  return ReaderHeader(text, kReaderSource);
}

std::string_view ReaderPublishedTime(std::string_view text) {
  return ReaderHeader(text, kReaderPublished);
}

}  // namespace kabar::extract
