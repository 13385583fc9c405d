// The pre-scan: one linear pass over a page's raw HTML, before Gumbo parses it.
//
// It makes two kinds of cut, each a byte range dropped from the input:
// - nesting: start tags that would nest deeper than a limit (and their matching end tags),
//   their text kept. Gumbo's tree builder scans the stack of open elements for many tags,
//   which is quadratic in the nesting depth: 100,000 nested <div>s take a minute.
// - what nothing reads (PrepareForParsing only): Gumbo reads every byte character by
//   character, and on news pages about two thirds of the bytes are scripts, styles and
//   attributes that no later stage looks at.
//
// The scan follows HTML's tokenizer only as far as it needs to: comments (with their odd
// endings "<!-->" and "--!>") and bogus comments ("<!x>", "<?x>", "</1>"), raw-text elements
// (script, with its escaped "<!--" states, style, title, textarea, ...), plainly quoted
// attributes, and where SVG and MathML start and end. Wherever the markup does not read
// plainly (a '>' inside a quoted value, a quote where a name should be, a raw-text element
// holding '<' inside SVG or MathML, where HTML may have started again), it cuts nothing there
// (after the last, nothing at all), so the parse tree Gumbo builds from the result has the
// same elements, text and read attributes as the one it builds from the input; a randomized
// test (tests/extract/html_prescan_test.cc) compares the two.
// Linear in the input on any input (no backtracking, no search restarted from the start).
//
// Thread safety: the functions are pure.
#ifndef KABAR_EXTRACT_HTML_PRESCAN_H_
#define KABAR_EXTRACT_HTML_PRESCAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace kabar {

// Nesting beyond this depth is flattened before parsing (see LimitNesting).
constexpr int kMaxHtmlDepth = 400;

// Returns `html` with start tags that would nest deeper than `max_depth` (and their end tags)
// removed, their text kept; "" when nothing needed removing (the common case, no copy).
// Tags whose end tag is optional (p, li, td, ...) and void tags do not count.
std::string LimitNesting(std::string_view html, int max_depth);

// LimitNesting, and what nothing reads dropped: the content of every <style> and of every
// <script> that is not JSON-LD, holds no "<!--", and is not a one-call script (below; a
// script holding NUL or CR, which the parser rewrites, is kept when 200 bytes or shorter);
// attributes nobody reads (data-*, aria-*, on*, src, srcset, alt, title, href outside <link>, SVG
// path data, ...), each as a whole name=value token, in tags whose attributes read plainly; comment
// text; and all but the first character of each run of white space in text. "" when nothing was
// dropped.
std::string PrepareForParsing(std::string_view html, int max_depth);

// Text the pre-scan took out of the parser's input; one private-use character (U+F0000 + i,
// then U+100000 + ...) stands in its place, and the parser carries it through as it would
// have carried the text. Gumbo handles character data and attribute values one character at
// a time, and most of it needs no parsing: runs of text between plainly read tags, script
// content without '<', and the values of attributes kabar reads but Gumbo's tree builder does
// not (class, id, style, content, ...), each when the parser would pass it through byte for
// byte (no character reference, NUL, CR, control character or noncharacter).
struct HeldText {
  std::string_view text;  // a view of the input given to PrepareForParsingHoldingText
  bool collapse;          // put back with each white-space run cut to its first character
};

struct PreparedHtml {
  std::string html;            // what to parse; "" when nothing changed (parse the input)
  std::vector<HeldText> held;  // held[i] is what the i-th private-use character stands for
};

// PrepareForParsing, with text of at least 8 bytes held out as above (none when the page may
// already hold characters of those private-use planes, written or as character references).
// Whatever tree the parser builds, putting the held text back into its text, CDATA and
// comment nodes and into attribute values that start with a held-text character gives them
// the text they get from PrepareForParsing's output (text is held only after a tag whose end
// is certain, and a value only inside such a tag, so neither lands elsewhere).
PreparedHtml PrepareForParsingHoldingText(std::string_view html, int max_depth);

// Appends `text` to `*out` with each held-text character replaced by its text (white space
// collapsed where HeldText::collapse says so); returns false, appending nothing, when `text`
// holds no such character.
bool PutBackHeldText(std::string_view text, const std::vector<HeldText>& held, std::string* out);

// The quoted argument of a script that is one call with one string, as older pages write a
// date where it shows: `showDate("2020/04/17 01:43:09");` gives 2020/04/17 01:43:09. The
// script, trimmed of white space (and of ';' at the end), is at most 120 bytes; the callee is
// ASCII letters, digits, '.' and '_'; the argument is in '"' or '\'' and holds neither quote.
// False (and `*argument` untouched) for a script of any other shape.
bool OneCallScriptArgument(std::string_view script, std::string_view* argument);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_PRESCAN_H_
