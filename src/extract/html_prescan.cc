// The pre-scan: nesting limit and unread bytes cut before parsing (see the header).
#include "extract/html_prescan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/ascii8.h"
#include "common/ascii_case.h"

namespace kabar {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

// A tag name read in lower case, at most 32 bytes (longer names are cut: no tag we look for
// is that long), without allocating.
class TagNameAt {
 public:
  TagNameAt(std::string_view s, size_t at) {
    while (at < s.size() && IsNameChar(s[at]) && size_ < sizeof(buf_)) {
      char c = s[at++];
      buf_[size_++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  }
  std::string_view view() const { return {buf_, size_}; }

 private:
  char buf_[32];
  size_t size_ = 0;
};

// A sorted set of lower-case names, filtered by length, first and last byte: most names a page
// uses (div, a, span, class, href) are rejected without a comparison, and a name whose filter
// slot holds one name of the set is compared with that name alone (the binary search only where
// two names share a slot).
class NameSet {
 public:
  template <size_t N>
  constexpr explicit NameSet(const std::string_view (&sorted)[N]) : names_(sorted), size_(N) {
    static_assert(N < kShared);
    for (size_t i = 0; i < N; ++i) {
      uint8_t& e = entry_[Slot(sorted[i])];
      e = e == kNone ? static_cast<uint8_t>(i) : kShared;
    }
  }

  bool Contains(std::string_view name) const {
    if (name.empty()) return false;
    uint8_t e = entry_[Slot(name)];
    if (e == kNone) return false;
    if (e != kShared) return names_[e] == name;
    return std::binary_search(names_, names_ + size_, name);
  }

 private:
  static constexpr uint8_t kNone = 0xFF;
  static constexpr uint8_t kShared = 0xFE;

  static constexpr size_t Slot(std::string_view n) {
    return (n.size() * 31 + static_cast<unsigned char>(n.front()) * 7 +
            static_cast<unsigned char>(n.back())) %
           256;
  }

  static constexpr std::array<uint8_t, 256> Empty() {
    std::array<uint8_t, 256> a{};
    for (uint8_t& e : a) e = kNone;
    return a;
  }

  const std::string_view* names_;
  size_t size_;
  std::array<uint8_t, 256> entry_ = Empty();  // per slot: the one name's index, kNone, kShared
};

// Void elements and elements whose end tag may be omitted: they do not nest reliably.
bool IsUncounted(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area",  "base",     "body",   "br",    "col",   "colgroup", "dd",     "dt", "embed",
      "head",  "hr",       "html",   "image", "img",   "input",    "keygen", "li", "link",
      "meta",  "optgroup", "option", "p",     "param", "rb",       "rp",     "rt", "source",
      "tbody", "td",       "tfoot",  "th",    "thead", "tr",       "track",  "wbr"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  static constexpr NameSet kSet(kNames);
  return kSet.Contains(name);
}

bool IsRawText(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  static constexpr NameSet kSet(kNames);
  return kSet.Contains(name);
}

// True when `s` holds at `at` the tag `prefix` + `name` ("<" or "</", name in lower case,
// compared case-insensitively) followed by white space, '/' or '>', as raw text ends.
bool IsRawTagAt(std::string_view s, size_t at, std::string_view prefix, std::string_view name) {
  size_t after = at + prefix.size() + name.size();
  if (after >= s.size() || s.compare(at, prefix.size(), prefix) != 0) return false;
  if (!EqualsIgnoreCase(s.substr(at + prefix.size(), name.size()), name)) return false;
  char c = s[after];
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>';
}

// Position of the end tag "</name" at or after `from`, or npos.
size_t SkipRawText(std::string_view s, size_t from, std::string_view name) {
  while ((from = s.find("</", from)) != std::string_view::npos) {
    if (IsRawTagAt(s, from, "</", name)) return from;
    from += 2;
  }
  return std::string_view::npos;
}

// Position of the "</script" that ends a script whose content starts at `from`, or npos,
// following HTML's escaped script states: after "<!--" a "<script" starts a double-escaped
// part, in which "</script" only ends that part; "-->" returns to plain script data.
size_t ScriptEnd(std::string_view s, size_t from) {
  size_t first_end = SkipRawText(s, from, "script");
  size_t open = s.substr(0, first_end).find("<!--", from);
  if (open == std::string_view::npos) return first_end;  // most scripts: no escape
  enum { kData, kEscaped, kDoubleEscaped } state = kData;
  size_t dashes_from = from;  // "-->" counts only dashes read in the present state
  for (size_t i = open; (i = s.find_first_of("<>", i)) != std::string_view::npos; ++i) {
    if (s[i] == '>') {
      if (state != kData && i >= dashes_from + 2 && s[i - 1] == '-' && s[i - 2] == '-') {
        state = kData;
      }
    } else if (state != kDoubleEscaped && IsRawTagAt(s, i, "</", "script")) {
      return i;
    } else if (state == kData && s.compare(i, 4, "<!--") == 0) {
      state = kEscaped;
      dashes_from = i + 2;  // the dashes of "<!--" count: "<!-->" ends at once
      i += 3;
    } else if (state == kEscaped && IsRawTagAt(s, i, "<", "script")) {
      state = kDoubleEscaped;
      dashes_from = i + 8;
    } else if (state == kDoubleEscaped && IsRawTagAt(s, i, "</", "script")) {
      state = kEscaped;
      dashes_from = i + 9;
    }
  }
  return std::string_view::npos;
}

// True when nothing reads the content of this raw-text element, so it need not be parsed:
// a <style>, or a <script> that is neither JSON-LD (metadata) nor a one-call script writing a
// date (html_metadata.cc). Gumbo turns NUL into U+FFFD and CR into LF, which could change
// what a short script looks like, so one holding them is kept up to 200 bytes. A script
// holding "<!--" is kept: its end depends on HTML's escaped-script states, which a plain scan
// does not follow.
bool IsUnreadRawText(std::string_view name, std::string_view start_tag, std::string_view content) {
  if (name == "style") return true;
  if (name != "script" || ContainsIgnoreCase(start_tag, "ld+json")) return false;
  if (content.find("<!--") != std::string_view::npos) return false;
  if (content.find('\0') == std::string_view::npos &&
      content.find('\r') == std::string_view::npos) {
    std::string_view argument;
    return !OneCallScriptArgument(content, &argument);
  }
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!content.empty() && space(content.front())) content.remove_prefix(1);
  while (!content.empty() && (space(content.back()) || content.back() == ';')) {
    content.remove_suffix(1);
  }
  return content.size() > 200;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Attributes nothing reads. html_hints and html_metadata read class, id, style, role, itemprop,
// itemscope, hidden, lang, rel, type, content, datetime, value, property, name, http-equiv,
// pubdate, the href of a <link> and the title of an <abbr> (hAtom's date); the blocks read none.
// `name` and `tag` are in lower case.
bool IsUnreadAttribute(std::string_view name, std::string_view tag) {
  if (name.starts_with("data-") || name.starts_with("aria-") || name.starts_with("on")) {
    return true;  // data, accessibility labels, event handlers
  }
  if (name == "href") return tag != "link";
  if (name == "title") return tag != "abbr";
  static constexpr std::string_view kNames[] = {
      "alt",    "d",        "decoding", "height",  "loading", "sizes",     "src",
      "srcset", "tabindex", "target",   "viewbox", "width",   "xlink:href"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  static constexpr NameSet kSet(kNames);
  return kSet.Contains(name);
}

// A byte range to drop, or (held >= 0) to replace with the character standing for held text.
struct Cut {
  Cut(size_t b, size_t e, int h = -1) : begin(b), end(e), held(h) {}
  size_t begin, end;
  int held;
};
using Cuts = std::vector<Cut>;  // in order, not overlapping

// Held text i is written as one private-use character: U+F0000 + i, then U+100000 + (i -
// 65534), skipping the noncharacters U+FFFFE/F (the parser would replace those).
constexpr int kHeldPerPlane = 0xFFFE;
constexpr int kMaxHeld = 2 * kHeldPerPlane;
constexpr size_t kMinHeld = 4;  // shorter text costs the parser about as much as the mark

void AppendHeldMark(int index, std::string* out) {
  uint32_t cp = index < kHeldPerPlane ? 0xF0000 + index : 0x100000 + (index - kHeldPerPlane);
  out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

// The index of the held-text character at the start of `p` (4 bytes readable), or -1.
int HeldMarkAt(const unsigned char* p) {
  if (p[0] != 0xF3 && p[0] != 0xF4) return -1;
  uint32_t cp = (uint32_t{p[0] & 0x07u} << 18) | (uint32_t{p[1] & 0x3Fu} << 12) |
                (uint32_t{p[2] & 0x3Fu} << 6) | uint32_t{p[3] & 0x3Fu};
  if (cp >= 0xF0000 && cp < 0xF0000 + kHeldPerPlane) return static_cast<int>(cp - 0xF0000);
  if (cp >= 0x100000 && cp < 0x100000 + kHeldPerPlane) {
    return kHeldPerPlane + static_cast<int>(cp - 0x100000);
  }
  return -1;
}

// True when the parser passes `text` through byte for byte as character data: no character
// reference, NUL or CR (rewritten), and no control character, C1 control or noncharacter
// (each becomes U+FFFD). `text` is valid UTF-8.
bool PassesThrough(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t k = 0; k < n; ++k) {
    // Eight printable ASCII bytes (0x20..0x7E) without '&' pass at once.
    while (k + 8 <= n) {
      const uint64_t x = Load8(p + k);
      if (!IsPrintableAsciiNoDel8(x) || BytesEqual8(x, '&') != 0) break;
      k += 8;
    }
    if (k == n) break;
    unsigned char c = p[k];
    if (c >= 0x20 && c < 0x7F) {
      if (c == '&') return false;
      continue;
    }
    if (c == '\t' || c == '\n' || c == '\f') continue;
    if (c < 0x80) return false;  // NUL, CR, other controls, DEL
    unsigned char c1 = k + 1 < n ? p[k + 1] : 0;
    unsigned char c2 = k + 2 < n ? p[k + 2] : 0;
    unsigned char c3 = k + 3 < n ? p[k + 3] : 0;
    if (c == 0xC2 && c1 < 0xA0) return false;                               // U+0080..U+009F
    if (c == 0xEF && c1 == 0xB7 && c2 >= 0x90 && c2 <= 0xAF) return false;  // U+FDD0..U+FDEF
    if (c == 0xEF && c1 == 0xBF && c2 >= 0xBE) return false;                // U+FFFE, U+FFFF
    if (c >= 0xF0 && c2 == 0xBF && c3 >= 0xBE) return false;                // U+xFFFE, U+xFFFF
  }
  return true;
}

// True when `html` may already hold characters of the held-text planes (written or as a
// numeric character reference), which would be taken for held text.
bool MayHoldPrivatePlanes(std::string_view html) {
  for (size_t k = 0; (k = html.find('\xF3', k)) != std::string_view::npos; ++k) {
    if (k + 1 < html.size() && static_cast<unsigned char>(html[k + 1]) >= 0xB0) return true;
  }
  for (size_t k = 0; (k = html.find('\xF4', k)) != std::string_view::npos; ++k) {
    if (k + 1 < html.size() && static_cast<unsigned char>(html[k + 1]) < 0x90) return true;
  }
  for (size_t k = 0; (k = html.find("&#", k)) != std::string_view::npos;) {
    k += 2;
    bool hex = k < html.size() && (html[k] == 'x' || html[k] == 'X');
    if (hex) ++k;
    uint32_t value = 0;
    for (; k < html.size() && value < 0x110000; ++k) {
      char c = html[k];
      int d = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (value >= 0xF0000) return true;
  }
  return false;
}

// Reads the attributes of the tag whose name ends at `at` and whose '>' is at `gt` as HTML's
// tokenizer does, and (when `drop`) adds the unread ones (name, '=' and value) to `cut`.
// Returns false, cutting nothing, when they do not read plainly: a '>' inside a quoted value
// (so `gt` is not the tag's end), a quote, '<' or '=' where a name or unquoted value should be.
// Attributes whose values may be held out of the parser's input (see HeldText): read by
// kabar, never by Gumbo's tree builder (which looks at input's type, annotation-xml's
// encoding, font's color/face/size, and only the names of the rest).
bool IsHeldAttribute(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "class", "content", "datetime", "href", "id", "itemprop", "property", "rel", "role", "style"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  static constexpr NameSet kSet(kNames);
  return kSet.Contains(name);
}

// Holds `text` (at [b, e) of the input) out of the parser's input when that is worth it and
// safe (see HeldText); false when it stays.
bool Hold(std::string_view text, size_t b, bool collapse, Cuts* cut, std::vector<HeldText>* held) {
  if (held == nullptr || text.size() < kMinHeld || held->size() >= size_t{kMaxHeld}) {
    return false;
  }
  if (!PassesThrough(text)) return false;
  cut->emplace_back(b, b + text.size(), static_cast<int>(held->size()));
  held->push_back({text, collapse});
  return true;
}

// `held` (not null) also holds the values of IsHeldAttribute attributes.
bool ReadAttributes(std::string_view s, size_t at, size_t gt, bool drop, std::string_view tag,
                    Cuts* cut, std::vector<HeldText>* held = nullptr) {
  const size_t start = cut->size();
  const size_t held_start = held == nullptr ? 0 : held->size();
  auto bail = [&] {
    cut->erase(cut->begin() + static_cast<std::ptrdiff_t>(start), cut->end());
    if (held != nullptr) held->resize(held_start);
    return false;
  };
  if (at < gt && !IsHtmlSpace(s[at]) && s[at] != '/') return bail();  // the name goes on
  for (;;) {
    while (at < gt && (IsHtmlSpace(s[at]) || s[at] == '/')) ++at;
    if (at >= gt) return true;
    size_t name_begin = at;
    while (at < gt && !IsHtmlSpace(s[at]) && s[at] != '/' && s[at] != '=') {
      if (s[at] == '"' || s[at] == '\'' || s[at] == '<') return bail();
      ++at;
    }
    if (at == name_begin) return bail();  // a name starting with '='
    size_t name_end = at;
    size_t p = at;
    size_t value_begin = 0, value_end = 0;
    while (p < gt && IsHtmlSpace(s[p])) ++p;
    if (p < gt && s[p] == '=') {
      ++p;
      while (p < gt && IsHtmlSpace(s[p])) ++p;
      if (p >= gt) return bail();
      if (s[p] == '"' || s[p] == '\'') {
        size_t close = s.substr(0, gt).find(s[p], p + 1);  // within the tag: linear
        if (close == std::string_view::npos) return bail();
        at = close + 1;
        value_begin = p + 1;
        value_end = close;
      } else {
        for (at = p; at < gt && !IsHtmlSpace(s[at]); ++at) {
          char c = s[at];
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return bail();
        }
        value_begin = p;
        value_end = at;
      }
    }
    TagNameAt name(s, name_begin);  // lower case; names over 32 bytes are never dropped
    bool whole_name = name.view().size() == name_end - name_begin;
    if (drop && whole_name && IsUnreadAttribute(name.view(), tag)) {
      cut->emplace_back(name_begin, at);
    } else if (held != nullptr && whole_name && IsHeldAttribute(name.view())) {
      Hold(s.substr(value_begin, value_end - value_begin), value_begin, false, cut, held);
    }
  }
}

// Where the tag whose name starts at `at` really ends, as HTML's tokenizer reads it: the
// position of its '>' outside quoted attribute values, or npos when the input ends first.
// ReadAttributes finds plain tags end at their first '>'; this is for the others, so that
// the scan does not take the inside of a quoted value for markup and text.
size_t TagEnd(std::string_view s, size_t at) {
  auto space = [&](size_t k) { return IsHtmlSpace(s[k]); };
  while (at < s.size() && !space(at) && s[at] != '/' && s[at] != '>') ++at;  // the name
  while (at < s.size()) {
    while (at < s.size() && (space(at) || s[at] == '/')) ++at;
    if (at >= s.size() || s[at] == '>') break;
    ++at;  // an attribute name's first character may be anything ('=', a quote)
    while (at < s.size() && !space(at) && s[at] != '/' && s[at] != '>' && s[at] != '=') ++at;
    while (at < s.size() && space(at)) ++at;
    if (at >= s.size() || s[at] != '=') continue;
    ++at;
    while (at < s.size() && space(at)) ++at;
    if (at >= s.size()) break;
    if (s[at] == '"' || s[at] == '\'') {
      size_t close = s.find(s[at], at + 1);
      if (close == std::string_view::npos) return std::string_view::npos;
      at = close + 1;
    } else {
      while (at < s.size() && !space(at) && s[at] != '>') ++at;
    }
  }
  return at < s.size() ? at : std::string_view::npos;
}

// One linear pass over the tags finding byte ranges to drop so that nesting stays within
// `max_depth`, and (when `drop_unread`) what nothing reads: the content of unread raw-text
// elements, unread attributes, comment text, and all but the first character of each run of
// white space in text (the blocks and NodeText collapse such runs to one space anyway).
class Prescan {
 public:
  // `held` (when not null) receives the text held out of the input (drop_unread only).
  Prescan(std::string_view s, int max_depth, bool drop_unread,
          std::vector<HeldText>* held = nullptr)
      : s_(s), max_depth_(max_depth), drop_unread_(drop_unread), held_(held) {}

  Cuts Run() {
    size_t i = 0;
    while ((i = s_.find('<', i)) != std::string_view::npos) {
      if (text_from_ != std::string_view::npos) Text(text_from_, i);
      text_from_ = std::string_view::npos;
      i = Markup(i);
    }
    return std::move(cut_);
  }

 private:
  // Handles the markup starting with '<' at `i`; returns where scanning goes on.
  size_t Markup(size_t i) {
    if (s_.compare(i, 4, "<!--") == 0) {
      auto [end, after] = CommentEnd(i + 4);
      if (end == std::string_view::npos) return s_.size();
      if (Cutting() && end > i + 4) cut_.emplace_back(i + 4, end);
      text_from_ = after;
      return after;
    }
    char next = i + 1 < s_.size() ? s_[i + 1] : '\0';
    bool closing = next == '/';
    if (next == '!' || next == '?' || (closing && !IsAsciiLetterAt(i + 2))) {
      return BogusCommentEnd(i);
    }
    if (!closing && !IsAsciiLetterAt(i + 1)) return i + 1;  // a '<' in text
    TagNameAt tag(s_, i + (closing ? 2 : 1));
    std::string_view name = tag.view();
    size_t gt = s_.find('>', i);
    if (gt == std::string_view::npos) return s_.size();
    if (name.empty()) return i + 1;
    size_t name_end = i + (closing ? 2 : 1) + name.size();
    return closing ? EndTag(i, name, name_end, gt) : StartTag(i, name, name_end, gt);
  }

  // Where the comment whose text starts at `from` ends, as HTML's tokenizer ends it: its text
  // and the first byte after its closing, or npos when it is not closed. "<!-->" and "<!--->"
  // are empty comments, and "--!>" closes a comment as "-->" does.
  std::pair<size_t, size_t> CommentEnd(size_t from) const {
    if (s_.compare(from, 1, ">") == 0) return {from, from + 1};
    if (s_.compare(from, 2, "->") == 0) return {from, from + 2};
    for (size_t k = s_.find("--", from); k != std::string_view::npos; k = s_.find("--", k + 1)) {
      if (s_.compare(k + 2, 1, ">") == 0) return {k, k + 3};
      if (s_.compare(k + 2, 2, "!>") == 0) return {k, k + 4};
    }
    return {std::string_view::npos, std::string_view::npos};
  }

  bool IsAsciiLetterAt(size_t at) const {
    if (at >= s_.size()) return false;
    char c = s_[at];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // "<!...>" (but "<!--"), "<?...>" and "</" not followed by a letter are comments that end at
  // the first '>' ("</>" is nothing at all). A "<![CDATA[" section in SVG or MathML ends at
  // "]]>" instead; the scan goes on after the later of the two ends, reading nothing in
  // between, so it never takes markup inside either reading for a tag. Returns where scanning
  // goes on.
  size_t BogusCommentEnd(size_t i) {
    size_t gt = s_.find('>', i + 2);
    if (gt == std::string_view::npos) return s_.size();
    size_t end = gt + 1;
    if (s_.compare(i, 9, "<![CDATA[") == 0) {
      // Searched again only past the last "]]>" found, so that the scan stays linear.
      if (cdata_close_ != std::string_view::npos && cdata_close_ < i + 9) {
        cdata_close_ = s_.find("]]>", i + 9);
      }
      if (cdata_close_ != std::string_view::npos) end = std::max(end, cdata_close_ + 3);
    }
    text_from_ = end;
    return end;
  }

  size_t EndTag(size_t i, std::string_view name, size_t name_end, size_t gt) {
    if (name == "svg" && svg_ > 0) --svg_;
    if (name == "math" && math_ > 0) --math_;
    auto it = dropped_.empty() ? dropped_.end() : dropped_.find(std::string(name));
    if (it != dropped_.end() && it->second > 0) {
      --it->second;
      cut_.emplace_back(i, gt + 1);
    } else if (!IsUncounted(name) && depth_ > 0) {
      --depth_;
    }
    if (ReadAttributes(s_, name_end, gt, false, "", &cut_)) {
      text_from_ = gt + 1;
      return gt + 1;
    }
    size_t end = TagEnd(s_, name_end);
    return end == std::string_view::npos ? s_.size() : end + 1;
  }

  size_t StartTag(size_t i, std::string_view name, size_t name_end, size_t gt) {
    size_t next = gt + 1;
    // In and after a frameset the parser keeps a text's white space and drops the rest
    // character by character; nothing after one is held.
    if (name == "frameset") held_ = nullptr;
    if (s_[gt - 1] != '/') {
      svg_ += name == "svg";
      math_ += name == "math";
    }
    bool raw = IsRawText(name);
    bool whole = false;  // the whole tag is cut (nesting too deep)
    if (!raw && !IsUncounted(name) && s_[gt - 1] != '/') {
      if (depth_ >= max_depth_) {
        size_t end = TagEnd(s_, name_end);  // gt, unless a quoted value holds a '>'
        if (end == std::string_view::npos) return s_.size();
        next = end + 1;
        ++dropped_[std::string(name)];
        cut_.emplace_back(i, next);
        whole = true;
      } else {
        ++depth_;
      }
    }
    bool plain = !whole && ReadAttributes(s_, name_end, gt, Cutting(), name, &cut_, Holder());
    if (!plain && !whole) {
      size_t end = TagEnd(s_, name_end);
      if (end == std::string_view::npos) return s_.size();
      next = end + 1;
    }
    if (!raw) {
      if (plain) text_from_ = next;
      return next;
    }
    if (name == "plaintext") return s_.size();  // the rest of the page is its text
    size_t end = name == "script" ? ScriptEnd(s_, next) : SkipRawText(s_, next, name);
    if (end == std::string_view::npos) return s_.size();
    std::string_view content = s_.substr(next, end - next);
    if (Foreign() && content.find('<') != std::string_view::npos) {
      unsure_ = true;  // raw text, or markup that may start HTML again: two readings
      return next;
    }
    if (Cutting() && end > next && IsUnreadRawText(name, s_.substr(i, next - i), content)) {
      cut_.emplace_back(next, end);
    } else if (name == "script" && content.find('<') == std::string_view::npos) {
      Hold(next, end, false);  // JSON-LD or a one-call script, read verbatim
    }
    return end;
  }

  // Text from `from` (after a plainly read tag) to the next '<' at `to`: held out of the
  // input from its first to its last non-space character when the parser would pass it
  // through unchanged, its white-space runs collapsed.
  void Text(size_t from, size_t to) {
    if (!Cutting()) return;
    size_t b = from;
    while (b < to && IsHtmlSpace(s_[b])) ++b;
    size_t e = to;
    while (e > b && IsHtmlSpace(s_[e - 1])) --e;
    CollapseSpaces(from, b);
    if (!Hold(b, e, true)) {
      CollapseSpaces(b, e);
    }
    CollapseSpaces(e, to);
  }

  bool Hold(size_t b, size_t e, bool collapse) {
    return kabar::Hold(s_.substr(b, e - b), b, collapse, &cut_, Holder());
  }

  // In SVG and MathML (between <svg> or <math> and its end tag) the parser reads title,
  // textarea, style and script as ordinary elements, unless HTML started again (integration
  // points such as <mi> or <foreignObject>, breakout tags such as <p>). The scan does not
  // follow which, so it treats an element of those names by its content: holding no '<', it
  // reads the same either way and is skipped as raw text (comments, attributes and white space
  // around it read the same in both, and are cut as elsewhere); holding a '<', it might end
  // anywhere, so nothing after it is cut or held (`unsure_`). Nesting is still limited.
  bool Foreign() const { return svg_ > 0 || math_ > 0; }
  bool Cutting() const { return drop_unread_ && !unsure_; }
  std::vector<HeldText>* Holder() const { return unsure_ ? nullptr : held_; }

  // Cuts all but the first character of each run of HTML white space in [from, to).
  void CollapseSpaces(size_t from, size_t to) {
    if (!Cutting()) return;
    for (size_t k = from; k < to; ++k) {
      if (!IsHtmlSpace(s_[k])) continue;
      size_t run = k + 1;
      while (run < to && IsHtmlSpace(s_[run])) ++run;
      if (run > k + 1) cut_.emplace_back(k + 1, run);
      k = run;
    }
  }

  std::string_view s_;
  int max_depth_;
  bool drop_unread_;
  std::vector<HeldText>* held_;
  Cuts cut_;
  std::unordered_map<std::string, int> dropped_;  // start tags dropped, by name
  int depth_ = 0;
  size_t text_from_ = std::string_view::npos;  // where text after a plainly read tag starts
  int svg_ = 0;                                // open <svg> elements
  int math_ = 0;                               // open <math> elements
  bool unsure_ = false;     // where the parser is after some foreign raw text is not known
  size_t cdata_close_ = 0;  // the next "]]>" at or after the last one searched for, or npos
};

std::string ApplyCuts(std::string_view s, const Cuts& cut) {
  if (cut.empty()) return "";
  std::string out;
  out.reserve(s.size());
  size_t from = 0;
  for (const Cut& c : cut) {
    out.append(s.substr(from, c.begin - from));
    if (c.held >= 0) AppendHeldMark(c.held, &out);
    from = c.end;
  }
  out.append(s.substr(from));
  return out;
}

}  // namespace

std::string LimitNesting(std::string_view s, int max_depth) {
  return ApplyCuts(s, Prescan(s, max_depth, false).Run());
}

std::string PrepareForParsing(std::string_view s, int max_depth) {
  return ApplyCuts(s, Prescan(s, max_depth, true).Run());
}

PreparedHtml PrepareForParsingHoldingText(std::string_view s, int max_depth) {
  PreparedHtml out;
  std::vector<HeldText>* held = MayHoldPrivatePlanes(s) ? nullptr : &out.held;
  out.html = ApplyCuts(s, Prescan(s, max_depth, true, held).Run());
  return out;
}

bool PutBackHeldText(std::string_view text, const std::vector<HeldText>& held, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t from = 0;
  bool any = false;
  for (size_t k = 0; k + 4 <= text.size(); ++k) {
    while (k + 8 <= text.size() && IsAscii8(Load8(p + k))) k += 8;  // no held mark there
    if (k + 4 > text.size()) break;
    if (p[k] < 0xF3 || p[k] > 0xF4) continue;
    int index = HeldMarkAt(p + k);
    if (index < 0 || static_cast<size_t>(index) >= held.size()) continue;
    if (!any) out->reserve(out->size() + text.size() + held[index].text.size());
    any = true;
    out->append(text.substr(from, k - from));
    std::string_view t = held[index].text;
    if (!held[index].collapse) {
      out->append(t);
    } else {
      for (size_t j = 0; j < t.size();) {  // each white-space run keeps its first character
        size_t r = j;
        while (r < t.size() && !IsHtmlSpace(t[r])) ++r;
        if (r < t.size()) ++r;
        out->append(t.substr(j, r - j));
        for (j = r; j < t.size() && IsHtmlSpace(t[j]);) ++j;
      }
    }
    k += 3;
    from = k + 1;
  }
  if (any) out->append(text.substr(from));
  return any;
}

bool OneCallScriptArgument(std::string_view t, std::string_view* argument) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!t.empty() && space(t.front())) t.remove_prefix(1);
  while (!t.empty() && (space(t.back()) || t.back() == ';')) t.remove_suffix(1);
  size_t open = t.find('(');
  if (t.size() > 120 || open == std::string_view::npos || open == 0 || t.back() != ')') {
    return false;
  }
  for (char c : t.substr(0, open)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_') return false;
  }
  std::string_view arg = t.substr(open + 1, t.size() - open - 2);
  if (arg.size() < 2 || (arg.front() != '"' && arg.front() != '\'') || arg.back() != arg.front() ||
      arg.substr(1, arg.size() - 2).find_first_of("\"'") != std::string_view::npos) {
    return false;
  }
  *argument = arg.substr(1, arg.size() - 2);
  return true;
}

}  // namespace kabar
