#include "extract/wrapped_lines.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>

#include "extract/text_lines.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// html2text sets an image's alt text ("[alt]") this many columns in.
constexpr int kImageIndent = 1;
// Blocks set in more than this many columns are wrapped at the page's width.
constexpr int kMaxMarginColumns = 40;
// Lines of words ending within this many columns of a width W are the lines its tool broke.
constexpr int kEdgeColumns = 8;
// A width is shown by at least this many of them.
constexpr int kMinEdgeLines = 5;
// At most one line of words in this many may pass the width (unbreakable words, tables).
constexpr int kMaxPastEdgeShare = 8;
// Ranking the widths, a line of words just past W (within kEdgeColumns) counts this many times
// against W: a wrap leaves no such line.
constexpr int kPastEdgeWeight = 4;
// A page with this many lines of words wider than kMaxWrapColumns, more than one in
// kMaxPastEdgeShare of the lines it may have broken so far, is not wrapped: it is not looked at
// further (most pages are decided at their first paragraph). One is enough: a short story may
// have a single long paragraph, and so be told from a wrapped page with a dek printed whole
// above it only by the lines it may have broken before it (a menu's entries may pass for them).
constexpr int kMinLongProseLines = 1;
// A page that shows its width by this many lines may print headings past it (pandoc prints them
// whole); with fewer, a heading past the width counts against it like any line (a menu's entries
// under a short story's one paragraph may end at one width).
constexpr int kMinEdgeLinesPastHeadings = 10;
// A line ending more than this many columns short of the width is not taken as broken.
constexpr int kMaxBreakGap = 20;
// The bucket of lines wider than kMaxWrapColumns.
constexpr int kPastMax = kMaxWrapColumns + 1;

// Lines of words by width (columns), the last bucket for all past kMaxWrapColumns.
using WidthCounts = std::array<int, kPastMax + 1>;

// What the join test needs of one line. Widths count from the line's start (the margin is part
// of the tool's width) and stop at kPastMax.
struct LineMeasure {
  bool blank = true;
  bool words = false;          // two or more words after the list mark, the first no URL, and no
                               // number as the mark
  bool table = false;          // three spaces in a row inside the text: columns of a table
  bool has_wide = false;       // holds an East Asian wide character
  bool ends_sentence = false;  // ends in '.' or '!' (closing quotes after it), no ellipsis
  int indent = 0;              // leading spaces
  int mark = 0;                // columns of a list mark and the space after it ("* ", "12. "), or 0
  int columns[2] = {0, 0};     // [0]: a wide character as one column, [1]: as two
  int first_word[2] = {0, 0};  // the first word's width after the mark, counted the same ways
  int heading_open = 0;        // html2text's heading: the stars opening the line ("** "), or 0
  int heading_close = 0;       // the stars closing it (" **", or a line of stars alone), or 0
  bool rule = false;           // a rule: one of "=-_~#" three times or more, and nothing else
  bool opens_bracket = false;  // opens with '[' but no link number ("[12]")
};

bool IsBlankByte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool IsWideCodePoint(uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool IsZeroWidth(uint32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F);
}

// The columns (0, 1 or 2) of the character at s[i], and its length in bytes in *len.
int CharColumns(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char lead = b(0);
  size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) {
    *len = 1;
    return lead < 0x80 || lead >= 0xC0 ? 1 : 0;
  }
  *len = n;
  uint32_t c = lead & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (b(k) & 0x3F);
  if (IsZeroWidth(c)) return 0;
  return IsWideCodePoint(c) ? 2 : 1;
}

// The no-break space elinks sets after its bullets ("• ").
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Columns of a list mark and the space after it at the start of `text`, or 0: a bullet ("*",
// "+", "-", "o", "#", "•", "◦", "▪", and w3m's "□", "☆" and "○" for nested lists) and a space
// or a no-break space, or a number of at most three digits with "." or ")" and a space.
int ListMarkColumns(std::string_view text) {
  static constexpr std::string_view kBullets[] = {"*",
                                                  "+",
                                                  "-",
                                                  "o",
                                                  "#",
                                                  "\xE2\x80\xA2",
                                                  "\xE2\x97\xA6",
                                                  "\xE2\x96\xAA",
                                                  "\xE2\x96\xA1",
                                                  "\xE2\x98\x86",
                                                  "\xE2\x97\x8B"};
  const char c = text.empty() ? '\0' : text[0];
  if (c != '*' && c != '+' && c != '-' && c != 'o' && c != '#' && c != '\xE2' && !IsDigitByte(c)) {
    return 0;
  }
  for (std::string_view b : kBullets) {
    if (!text.starts_with(b) || text.size() == b.size()) continue;
    if (text[b.size()] == ' ' || text.substr(b.size()).starts_with(kNoBreakSpace)) return 2;
  }
  size_t d = 0;
  while (d < text.size() && d < 4 && text[d] >= '0' && text[d] <= '9') ++d;
  if (d == 0 || d > 3 || d + 1 >= text.size()) return 0;
  if ((text[d] == '.' || text[d] == ')') && text[d + 1] == ' ') return static_cast<int>(d) + 2;
  return 0;
}

// True when `text` (trimmed) ends a sentence: '.' or '!', closing quotes after it allowed, and
// no ellipsis ("...", a teaser cut short). A question is not counted: headlines ask as often as
// paragraphs end with one ("Did Pelosi Divert $2.4 Billion ...?").
bool EndsSentence(std::string_view text) {
  while (!text.empty()) {
    const char last = text.back();
    if (last == '"' || last == '\'') {
      text.remove_suffix(1);
    } else if ((last == '\x9D' || last == '\x99') &&
               text.ends_with(last == '\x9D' ? "\xE2\x80\x9D" : "\xE2\x80\x99")) {
      text.remove_suffix(3);  // ” or ’
    } else {
      return last == '!' || (last == '.' && !text.ends_with(".."));
    }
  }
  return false;
}

// The high bit of each byte of `eight` that is a space.
uint64_t SpaceBits(uint64_t eight) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const uint64_t x = eight ^ 0x2020202020202020ull;  // a space becomes 0
  return ~(((x & kLow7) + kLow7) | x) & ~kLow7;
}

// True when `text` holds three spaces in a row (eight bytes at a time).
bool HoldsThreeSpaces(std::string_view text) {
  uint64_t previous = 0, three = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t eight;
    std::memcpy(&eight, text.data() + i, 8);
    const uint64_t bits = SpaceBits(eight);
    three |= bits & ((bits << 8) | (previous >> 56)) & ((bits << 16) | (previous >> 48));
    previous = bits;
  }
  if (three != 0) return true;
  // The last bytes one at a time, after the spaces (at most two) that end the steps.
  int run = previous >> 63 == 0 ? 0 : ((previous >> 55) & 1) == 0 ? 1 : 2;
  for (; i < text.size(); ++i) {
    run = text[i] == ' ' ? run + 1 : 0;
    if (run == 3) return true;
  }
  return false;
}

// "=====", "-----", "___": a rule (a tool's <hr>, a heading's underline, a form's field).
bool IsRule(std::string_view trimmed) {
  constexpr std::string_view kRuleBytes = "=-_~#";
  if (trimmed.size() < 3 || kRuleBytes.find(trimmed[0]) == std::string_view::npos) return false;
  return trimmed.find_first_not_of(trimmed[0]) == std::string_view::npos;
}

// "[12]", "[3]Link": a text browser's link reference number opening `text`.
bool IsLinkNumber(std::string_view text) {
  size_t i = 1;
  while (i < text.size() && IsDigitByte(text[i])) ++i;
  return i > 1 && i < text.size() && text[i] == ']';
}

// Follows a run of lines that opens with '[' (an image's alt text or a link, as html2text,
// lynx and elinks print them: "[alt text]"): `depth` counts the brackets open so far, -1 once
// the first one closed inside the run. True when it closes at the end of `line` (trimmed).
bool ClosesBracketRun(std::string_view line, int* depth) {
  for (size_t i = 0; i < line.size() && *depth >= 0; ++i) {
    if (line[i] == '[') ++*depth;
    if (line[i] != ']' || --*depth > 0) continue;
    if (i + 1 == line.size()) return true;
    *depth = -1;
  }
  return false;
}

// Adds the columns of s[from, to) to m->columns, both ways, stopping once the narrow count passes
// kMaxWrapColumns. ASCII is counted eight bytes at a time.
void CountColumns(std::string_view s, size_t from, size_t to, LineMeasure* m) {
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  int one = m->columns[0], two = m->columns[1];
  size_t i = from;
  while (i < to && one <= kMaxWrapColumns) {
    uint64_t eight = 0;
    if (i + 8 <= to) std::memcpy(&eight, s.data() + i, 8);
    if (i + 8 <= to && (eight & kHighBits) == 0) {
      i += 8, one += 8, two += 8;
      continue;
    }
    size_t len = 1;
    int c = static_cast<unsigned char>(s[i]) < 0x80 ? 1 : CharColumns(s, i, &len);
    m->has_wide |= c == 2;
    i += len, one += c > 0 ? 1 : 0, two += c;
  }
  m->columns[0] = one;
  m->columns[1] = two;
}

// The measure of `line`; the first word's width and `table` only when `for_joining` (the
// detection does without them).
LineMeasure MeasureLine(std::string_view line, bool for_joining) {
  LineMeasure m;
  size_t end = line.size();
  while (end > 0 && IsBlankByte(line[end - 1])) --end;
  size_t i = 0;
  while (i < end && line[i] == ' ') ++i;
  if (i == end) return m;
  m.blank = false;
  m.indent = static_cast<int>(i);
  m.mark = ListMarkColumns(line.substr(i, end - i));
  if (m.mark > 0) {
    // The mark is one character (a bullet may take three bytes) and a space (a no-break space
    // takes two), or digits, "." or ")" and a space.
    size_t len = 0;
    CharColumns(line, i, &len);
    if (m.mark == 2) len += line.substr(i + len).starts_with(kNoBreakSpace) ? 2 : 1;
    i += m.mark == 2 ? len : static_cast<size_t>(m.mark);
  }
  const std::string_view text = line.substr(i, end - i);
  CountColumns(line, 0, end, &m);
  for (int& c : m.columns) c = std::min(c, kPastMax);
  // The line is trimmed: a space inside it has a word after it.
  const size_t space = text.find(' ');
  const std::string_view first = text.substr(0, space);
  // A numbered line is not counted: text browsers list their link references so, unwrapped.
  m.words = space != std::string_view::npos && first.find("://") == std::string_view::npos &&
            !(m.mark > 0 && IsDigitByte(line[m.indent]));
  m.ends_sentence = EndsSentence(text);
  // The detection looks for table rows among lines of words only, and a line wider than any
  // wrap is long prose whatever it holds.
  m.table = for_joining ? text.find("   ") != std::string_view::npos
                        : m.words && m.columns[0] <= kMaxWrapColumns && HoldsThreeSpaces(text);
  if (!for_joining) return m;
  const std::string_view trimmed = line.substr(m.indent, end - m.indent);
  // html2text underlines a link's words with '_': a heading that is a link opens "***_".
  const size_t open = trimmed.find_first_not_of('*');
  if (open >= 2 && open != std::string_view::npos &&
      (trimmed[open] == ' ' || trimmed[open] == '_')) {
    m.heading_open = static_cast<int>(open);
  }
  const size_t close = trimmed.find_last_not_of('*');
  if (close == std::string_view::npos ||
      (trimmed.size() - 1 - close >= 2 && (trimmed[close] == ' ' || trimmed[close] == '_'))) {
    m.heading_close = static_cast<int>(
        close == std::string_view::npos ? trimmed.size() : trimmed.size() - 1 - close);
  }
  m.rule = IsRule(trimmed);
  m.opens_bracket = trimmed.starts_with('[') && !IsLinkNumber(trimmed);
  LineMeasure word;
  CountColumns(first, 0, first.size(), &word);
  m.first_word[0] = word.columns[0];
  m.first_word[1] = word.columns[1];
  return m;
}

// Lines counted at widths [from, to) (`below` holds the counts' running sums).
int LinesBetween(const std::array<int, kPastMax + 2>& below, int from, int to) {
  from = std::max(from, 0);
  to = std::min(to, kPastMax + 1);
  return to > from ? below[to] - below[from] : 0;
}

std::array<int, kPastMax + 2> RunningSums(const WidthCounts& counts) {
  std::array<int, kPastMax + 2> below{};  // below[x]: lines narrower than x columns
  for (int x = 0; x <= kPastMax; ++x) below[x + 1] = below[x] + counts[x];
  return below;
}

// A width the line counts show, and how sharply.
struct Edge {
  int columns = 0;
  int score = 0;  // lines just short of it, minus those before, minus those just past it
};

// The width W the counts show (see the header), or none. `broken` counts the lines of words
// that another line of their block follows (the lines a tool may have broken), `all` every line
// of words but list items, table rows and headings, `headings` the headings.
Edge EdgeOf(const WidthCounts& broken, const WidthCounts& all, const WidthCounts& headings) {
  const std::array<int, kPastMax + 2> below = RunningSums(broken);
  const std::array<int, kPastMax + 2> below_all = RunningSums(all);
  const std::array<int, kPastMax + 2> below_headings = RunningSums(headings);
  Edge best;
  for (int w = kMinWrapColumns; w <= kMaxWrapColumns; ++w) {
    if (broken[w] == 0) continue;
    int edge = LinesBetween(below, w + 1 - kEdgeColumns, w + 1);
    int before = LinesBetween(below, w + 1 - 2 * kEdgeColumns, w + 1 - kEdgeColumns);
    int just_past = LinesBetween(below, w + 1, w + 1 + kEdgeColumns);
    int past = LinesBetween(below_all, w + 1, kPastMax + 1);
    if (edge < kMinEdgeLinesPastHeadings) past += LinesBetween(below_headings, w + 1, kPastMax + 1);
    if (edge < kMinEdgeLines || edge <= before || past * kMaxPastEdgeShare > edge) continue;
    // Ties go to the wider: a wrap's lines end at its width, not before.
    int score = edge - before - kPastEdgeWeight * just_past;
    if (score > 0 && score >= best.score) best = {w, score};
  }
  return best;
}

// True when `next` may continue `line` in one block: both hold text, `next` at the margin of
// `line`'s text and opening with no list mark.
bool SameBlock(const LineMeasure& line, const LineMeasure& next) {
  if (line.blank || next.blank || next.mark > 0) return false;
  return next.indent == line.indent || next.indent == line.indent + line.mark;
}

// The line counts DetectWrapWidth gathers, both ways of counting wide characters. A line is
// counted when the line after it is seen: that tells whether its block goes on.
class WrapEvidence {
 public:
  // Takes the page's next line; false once the page shows it is not wrapped (long prose lines).
  bool Add(const LineMeasure& m) {
    const bool goes_on = SameBlock(previous_, m);
    // A table's rows are laid out in columns, not wrapped: they show no width.
    if (previous_.words && !previous_.table && goes_on) {
      ++broken_lines_;
      ++broken_[0][previous_.columns[0]];
      ++broken_[1][previous_.columns[1]];
    }
    const bool decided = CountPrevious(goes_on);
    previous_ = m;
    return !decided;
  }

  // The width the lines show (0 when none), after the last line was added.
  WrapWidth Width() {
    CountPrevious(/*goes_on=*/false);
    // A page wrapped one way shows a sharp edge that way, a blurred one the other.
    const Edge two = EdgeOf(broken_[1], all_[1], headings_[1]);
    const Edge one = has_wide_ ? EdgeOf(broken_[0], all_[0], headings_[0]) : Edge{};
    WrapWidth w;
    w.wide_as_two = two.score >= one.score;
    w.columns = w.wide_as_two ? two.columns : one.columns;
    return w;
  }

 private:
  // Counts the line before the one just seen in all_ (`goes_on`: its block goes on); true when
  // the page is decided as not wrapped.
  bool CountPrevious(bool goes_on) {
    const LineMeasure& m = previous_;
    if (!m.words) return false;
    has_wide_ |= m.has_wide;
    // A list item may be printed whole while the paragraphs are wrapped (Python's html2text
    // leaves list items unwrapped by default): a long one says nothing against a wrap.
    if (m.mark > 0 || m.table) return false;
    // A block's last line that ends no sentence is a heading, which pandoc and others print
    // whole (a paragraph of an unwrapped page, on one line, ends a sentence).
    const bool heading = !goes_on && !m.ends_sentence && m.columns[0] <= kMaxWrapColumns;
    WidthCounts* counts = heading ? headings_ : all_;
    ++counts[0][m.columns[0]];
    ++counts[1][m.columns[1]];
    const int long_prose = all_[0][kPastMax];
    return long_prose >= kMinLongProseLines && long_prose * kMaxPastEdgeShare > broken_lines_;
  }

  WidthCounts broken_[2] = {};
  WidthCounts all_[2] = {};       // lines of words but list items, table rows and headings
  WidthCounts headings_[2] = {};  // headings (see CountPrevious)
  int broken_lines_ = 0;
  bool has_wide_ = false;
  LineMeasure previous_;  // blank before the first line
};

// The widths of blocks that a tool set in from the page's margin and wrapped narrower:
// html2text sets a quotation five columns in and ends its lines short of the page's width too.
// Each margin's lines show their own width as a page's lines do (WrapEvidence); a margin whose
// lines show none, or one no narrower than the page's, is wrapped at the page's width.
class MarginWidths {
 public:
  MarginWidths(std::string_view laid_out, WrapWidth page) : page_(page) {
    std::map<int, MarginEvidence> margins;
    int line = 0;
    TextLines page_lines(laid_out);
    for (std::string_view text; page_lines.Next(&text);) {
      ++line;
      const LineMeasure m = MeasureLine(text, /*for_joining=*/false);
      if (m.blank || m.indent == 0 || m.indent > kMaxMarginColumns) continue;
      MarginEvidence& margin = margins[m.indent];
      if (margin.decided) continue;
      // A line of another margin between two of this one ends this one's block.
      if (margin.last_line != line - 1) margin.decided = !margin.evidence.Add(LineMeasure{});
      margin.decided = margin.decided || !margin.evidence.Add(m);
      margin.last_line = line;
    }
    for (auto& [indent, margin] : margins) {
      if (margin.decided) continue;
      const int columns = margin.evidence.Width().columns;
      if (columns > 0 && columns < page.columns) narrower_[indent] = columns;
    }
  }

  // The width the lines of a block at `indent` columns were wrapped at.
  int ColumnsAt(int indent) const {
    const auto it = narrower_.find(indent);
    return it == narrower_.end() ? page_.columns : it->second;
  }

 private:
  struct MarginEvidence {
    WrapEvidence evidence;
    int last_line = 0;     // the last page line of this margin
    bool decided = false;  // its lines showed they are not wrapped
  };

  const WrapWidth page_;
  std::map<int, int> narrower_;  // margin → its width, where narrower than the page's
};

// The margin of the text `m` opens: its indent, but for html2text's inline image, which it sets
// one column in (" [alt] Caption ...") while the lines after it keep the paragraph's margin.
int TextMargin(const LineMeasure& m) {
  return m.indent == kImageIndent && m.opens_bracket ? 0 : m.indent;
}

// Builds the unwrapped text line by line: a line either starts a line of the output or joins
// the one before.
class Joiner {
 public:
  Joiner(WrapWidth width, const MarginWidths& margins, JoinedLines* out)
      : width_(width), margins_(margins), out_(out) {}

  void Add(std::string_view laid_out, std::string_view shown) {
    out_->page_lines = ++line_;
    LineMeasure m = MeasureLine(laid_out, /*for_joining=*/true);
    const int mode = width_.wide_as_two ? 1 : 0;
    if (Continues(m, mode) && out_->text.size() - line_start_ + shown.size() < kMaxJoinedBytes) {
      while (out_->text.size() > line_start_ && IsBlankByte(out_->text.back())) {
        out_->text.pop_back();
      }
      out_->text += ' ';
      out_->text += Trim(shown);
    } else {
      if (line_ > 1) out_->text += '\n';
      line_start_ = out_->text.size();
      out_->text += shown;
      out_->first_line.push_back(line_);
      const int margin = TextMargin(m);
      block_indent_ = m.blank ? -1 : margin + m.mark;
      block_columns_ = margins_.ColumnsAt(margin);
      after_table_ = m.table;
      heading_stars_ = m.heading_open;
      bracket_depth_ = m.opens_bracket ? 0 : -1;
    }
    previous_columns_ = m.columns[mode];
    previous_ends_sentence_ = m.ends_sentence;
    if (EndsBlock(m, Trim(laid_out))) block_indent_ = -1;
  }

 private:
  // True when the tool broke the line before `m` (see the header).
  bool Continues(const LineMeasure& m, int mode) const {
    if (m.blank || block_indent_ < 0 || m.indent != block_indent_ || m.mark > 0) return false;
    if (m.table || after_table_) return false;
    // A rule and a heading open blocks of their own, and so does an image's alt text after a
    // sentence's end (html2text prints no blank line between blocks).
    if (m.rule || m.heading_open > 0 || (m.opens_bracket && previous_ends_sentence_)) {
      return false;
    }
    // A tool leaves a line far short of its width only before a word longer than the gap (a
    // URL, link marks glued together): a new block is likelier.
    if (previous_columns_ < block_columns_ - kMaxBreakGap) return false;
    return previous_columns_ + 1 + m.first_word[mode] > block_columns_;
  }

  // True when the block ends with line `m` (`trimmed`): html2text sets a heading between runs
  // of stars, and the closing run ends it; a rule is a block of its own; so is a run of lines
  // in brackets (an image's alt text) that closes at a line's end.
  bool EndsBlock(const LineMeasure& m, std::string_view trimmed) {
    if (heading_stars_ > 0 && m.heading_close == heading_stars_) return true;
    if (m.rule) return true;
    return bracket_depth_ >= 0 && ClosesBracketRun(trimmed, &bracket_depth_);
  }

  const WrapWidth width_;
  const MarginWidths& margins_;
  JoinedLines* out_;
  int line_ = 0;
  size_t line_start_ = 0;  // where the output's last line starts
  int block_indent_ = -1;  // the margin a continuation keeps; -1 after a blank line
  int block_columns_ = 0;  // the width the block was wrapped at
  bool after_table_ = false;
  int heading_stars_ = 0;   // the stars opening the block's heading, 0 when it is none
  int bracket_depth_ = -1;  // brackets open in a block that opens with one, else -1
  int previous_columns_ = 0;
  bool previous_ends_sentence_ = false;
};

}  // namespace

WrapWidth DetectWrapWidth(std::string_view laid_out) {
  WrapEvidence e;
  TextLines page(laid_out);
  for (std::string_view line; page.Next(&line);) {
    if (!e.Add(MeasureLine(line, /*for_joining=*/false))) return WrapWidth{};
  }
  return e.Width();
}

bool UnwrapLines(std::string_view laid_out, std::string_view shown, JoinedLines* out) {
  const WrapWidth width = DetectWrapWidth(laid_out);
  if (width.columns == 0) return false;
  JoinedLines result;
  result.text.reserve(shown.size());
  const MarginWidths margins(laid_out, width);
  Joiner joiner(width, margins, &result);
  size_t shown_start = 0;
  TextLines laid_out_lines(laid_out);
  for (std::string_view line; laid_out_lines.Next(&line);) {
    if (shown_start > shown.size()) return false;
    size_t end = shown.find('\n', shown_start);
    if (end == std::string_view::npos) end = shown.size();
    joiner.Add(line, shown.substr(shown_start, end - shown_start));
    shown_start = end + 1;
  }
  if (shown_start != shown.size() + 1) return false;
  *out = std::move(result);
  return true;
}

}  // namespace kabar::extract
