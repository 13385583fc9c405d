#include "extract/tagged_text.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/char_refs.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How many marks make a page's head tagged text.
constexpr int kMinMarks = 4;
// The longest tag (attributes included) read as a tag, in bytes.
constexpr size_t kMaxTagBytes = 1000;

// The text elements whose tags scrapers leave in, and which of them are blocks (a tag of those
// inside a line stands between words).
struct TagName {
  std::string_view name;
  bool block;
};
constexpr TagName kTagNames[] = {
    {"a", false},      {"abbr", false},      {"b", false},     {"blockquote", true},
    {"br", true},      {"cite", false},      {"code", false},  {"div", true},
    {"em", false},     {"figcaption", true}, {"figure", true}, {"font", false},
    {"h1", true},      {"h2", true},         {"h3", true},     {"h4", true},
    {"h5", true},      {"h6", true},         {"hr", true},     {"i", false},
    {"img", false},    {"li", true},         {"ol", true},     {"p", true},
    {"q", false},      {"section", true},    {"small", false}, {"span", false},
    {"strong", false}, {"sub", false},       {"sup", false},   {"table", true},
    {"td", true},      {"th", true},         {"tr", true},     {"u", false},
    {"ul", true}};

// The tag opening at text[at] ('<'): its length up to and with its '>' and whether it is a
// block's; length 0 when no tag of kTagNames opens there.
struct Tag {
  size_t length = 0;
  bool block = false;
  bool image = false;  // <img>
};

Tag TagAt(std::string_view text, size_t at) {
  size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  size_t name_end = i;
  while (name_end < text.size() && std::isalnum(static_cast<unsigned char>(text[name_end]))) {
    ++name_end;
  }
  if (name_end == i || name_end == text.size()) return {};
  const char after = text[name_end];
  if (after != '>' && after != ' ' && after != '/' && after != '\t') return {};
  const std::string_view name = text.substr(i, name_end - i);
  const auto known = std::find_if(std::begin(kTagNames), std::end(kTagNames),
                                  [&](const TagName& t) { return EqualsIgnoreCase(name, t.name); });
  if (known == std::end(kTagNames)) return {};
  // Looked for no further than a tag's longest: a line of "<p <p <p ..." is read once.
  const size_t close = text.substr(at, kMaxTagBytes).find('>');
  if (close == std::string_view::npos) return {};
  return {close + 1, known->block, known->name == "img"};
}

// The length of the character reference at text[at] ('&'): a name of letters or '#' and
// digits (or 'x' and hex digits), then ';'; 0 when there is none.
size_t CharRefAt(std::string_view text, size_t at) {
  constexpr size_t kMaxRefBytes = 10;
  size_t i = at + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    if (i < text.size() && (text[i] == 'x' || text[i] == 'X')) ++i;
  }
  const size_t body = i;
  while (i < text.size() && i - at < kMaxRefBytes &&
         std::isalnum(static_cast<unsigned char>(text[i]))) {
    ++i;
  }
  return i > body && i < text.size() && text[i] == ';' ? i + 1 - at : 0;
}

}  // namespace

bool IsTaggedText(std::string_view head) {
  constexpr size_t kNone = std::string_view::npos;
  int marks = 0;
  size_t lt = head.find('<'), amp = head.find('&');  // memchr each: most pages have few
  while (marks < kMinMarks && (lt != kNone || amp != kNone)) {
    if (amp < lt) {
      marks += CharRefAt(head, amp) > 0;
      amp = head.find('&', amp + 1);
      continue;
    }
    const Tag tag = TagAt(head, lt);
    // An image's tag alone is no sign: a dump's page may print its <noscript> tracking pixels
    // as text ("<img height=\"1\" ... src=\"...?c1=2&amp;c2=...\">"). Nor is what a tag holds.
    marks += tag.length > 0 && !tag.image;
    const size_t next = lt + std::max<size_t>(tag.length, 1);
    if (amp != kNone && amp < next) amp = head.find('&', next);
    lt = head.find('<', next);
  }
  return marks >= kMinMarks;
}

void ShowTaggedLine(std::string_view line, std::string* out) {
  std::string shown;
  size_t copied = 0;
  for (size_t i = line.find('<'); i != std::string_view::npos; i = line.find('<', i + 1)) {
    const Tag tag = TagAt(line, i);
    if (tag.length == 0) continue;
    shown.append(line, copied, i - copied);
    const bool inside = !shown.empty() && i + tag.length < line.size();
    if (tag.block && inside && shown.back() != ' ') shown.push_back(' ');
    copied = i + tag.length;
    i = copied - 1;
  }
  shown.append(line, copied, std::string_view::npos);
  // A line of tags alone ("<img ... style=\"display:none\">") stays as printed: shown blank, it
  // would leave the page without a reason in `removed`.
  if (shown.find_first_not_of(" \t\r") == std::string::npos) {
    out->append(line);
    return;
  }
  out->append(shown.find('&') == std::string::npos ? shown : DecodeCharRefs(shown));
}

}  // namespace kabar::extract
