// The pre-scan: nesting limit and unread bytes cut before parsing (see the header).
#include "extract/html_prescan.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

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

// A sorted set of lower-case names, filtered by length, first and last byte before the binary
// search: most names a page uses (div, a, span, class, href) are rejected without a comparison.
class NameSet {
 public:
  template <size_t N>
  constexpr explicit NameSet(const std::string_view (&sorted)[N]) : names_(sorted), size_(N) {
    for (std::string_view n : sorted) bits_[Slot(n) / 64] |= uint64_t{1} << (Slot(n) % 64);
  }

  bool Contains(std::string_view name) const {
    if (name.empty()) return false;
    size_t slot = Slot(name);
    if ((bits_[slot / 64] >> (slot % 64) & 1) == 0) return false;
    return std::binary_search(names_, names_ + size_, name);
  }

 private:
  static constexpr size_t Slot(std::string_view n) {
    return (n.size() * 31 + static_cast<unsigned char>(n.front()) * 7 +
            static_cast<unsigned char>(n.back())) %
           256;
  }

  const std::string_view* names_;
  size_t size_;
  uint64_t bits_[4] = {};
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

// Position of the end tag "</name" (case-insensitive) at or after `from`, or npos.
size_t SkipRawText(std::string_view s, size_t from, std::string_view name) {
  while ((from = s.find("</", from)) != std::string_view::npos) {
    if (TagNameAt(s, from + 2).view() == name) return from;
    from += 2;
  }
  return std::string_view::npos;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  auto eq = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), eq) != hay.end();
}

// True when nothing reads the content of this raw-text element, so it need not be parsed:
// a <style>, or a <script> that is neither JSON-LD (metadata) nor a one-call script writing a
// date (html_metadata.cc). Gumbo turns NUL into U+FFFD and CR into LF, which could change
// what a short script looks like, so one holding them is kept up to 200 bytes. A script
// holding "<!--" is kept: its end depends on HTML's escaped-script states, which a plain scan
// does not follow.
bool IsUnreadRawText(std::string_view name, std::string_view start_tag, std::string_view content) {
  if (name == "style") return true;
  if (name != "script" || ContainsNoCase(start_tag, "ld+json")) return false;
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
// hidden, lang, rel, type, content, datetime, value, property, name, http-equiv, pubdate, and
// the href of a <link>; the blocks read none. `name` is in lower case.
bool IsUnreadAttribute(std::string_view name, bool link) {
  if (name.starts_with("data-") || name.starts_with("aria-") || name.starts_with("on")) {
    return true;  // data, accessibility labels, event handlers
  }
  if (name == "href") return !link;
  static constexpr std::string_view kNames[] = {
      "alt",    "d",        "decoding", "height", "loading", "sizes", "src",
      "srcset", "tabindex", "target",   "title",  "viewbox", "width", "xlink:href"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  static constexpr NameSet kSet(kNames);
  return kSet.Contains(name);
}

using Cuts = std::vector<std::pair<size_t, size_t>>;  // byte ranges to drop, in order

// Reads the attributes of the tag whose name ends at `at` and whose '>' is at `gt` as HTML's
// tokenizer does, and (when `drop`) adds the unread ones (name, '=' and value) to `cut`.
// Returns false, cutting nothing, when they do not read plainly: a '>' inside a quoted value
// (so `gt` is not the tag's end), a quote, '<' or '=' where a name or unquoted value should be.
bool ReadAttributes(std::string_view s, size_t at, size_t gt, bool drop, bool link, Cuts* cut) {
  const size_t start = cut->size();
  auto bail = [&] {
    cut->resize(start);
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
    while (p < gt && IsHtmlSpace(s[p])) ++p;
    if (p < gt && s[p] == '=') {
      ++p;
      while (p < gt && IsHtmlSpace(s[p])) ++p;
      if (p >= gt) return bail();
      if (s[p] == '"' || s[p] == '\'') {
        size_t close = s.substr(0, gt).find(s[p], p + 1);  // within the tag: linear
        if (close == std::string_view::npos) return bail();
        at = close + 1;
      } else {
        for (at = p; at < gt && !IsHtmlSpace(s[at]); ++at) {
          char c = s[at];
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return bail();
        }
      }
    }
    TagNameAt name(s, name_begin);  // lower case; names over 32 bytes are never dropped
    if (drop && name.view().size() == name_end - name_begin &&
        IsUnreadAttribute(name.view(), link)) {
      cut->emplace_back(name_begin, at);
    }
  }
}

// One linear pass over the tags finding byte ranges to drop so that nesting stays within
// `max_depth`, and (when `drop_unread`) what nothing reads: the content of unread raw-text
// elements, unread attributes, comment text, and all but the first character of each run of
// white space in text (the blocks and NodeText collapse such runs to one space anyway).
class Prescan {
 public:
  Prescan(std::string_view s, int max_depth, bool drop_unread)
      : s_(s), max_depth_(max_depth), drop_unread_(drop_unread) {}

  Cuts Run() {
    size_t i = 0;
    while ((i = s_.find('<', i)) != std::string_view::npos) {
      if (text_from_ != std::string_view::npos) CollapseSpaces(text_from_, i);
      text_from_ = std::string_view::npos;
      i = Markup(i);
    }
    return std::move(cut_);
  }

 private:
  // Handles the markup starting with '<' at `i`; returns where scanning goes on.
  size_t Markup(size_t i) {
    if (s_.compare(i, 4, "<!--") == 0) {
      size_t end = s_.find("-->", i + 4);
      if (end == std::string_view::npos) return s_.size();
      if (drop_unread_ && end > i + 4) cut_.emplace_back(i + 4, end);
      text_from_ = end + 3;
      return end + 3;
    }
    bool closing = i + 1 < s_.size() && s_[i + 1] == '/';
    TagNameAt tag(s_, i + (closing ? 2 : 1));
    std::string_view name = tag.view();
    size_t gt = s_.find('>', i);
    if (gt == std::string_view::npos) return s_.size();
    if (name.empty()) return i + 1;
    size_t name_end = i + (closing ? 2 : 1) + name.size();
    return closing ? EndTag(i, name, name_end, gt) : StartTag(i, name, name_end, gt);
  }

  size_t EndTag(size_t i, std::string_view name, size_t name_end, size_t gt) {
    auto it = dropped_.empty() ? dropped_.end() : dropped_.find(std::string(name));
    if (it != dropped_.end() && it->second > 0) {
      --it->second;
      cut_.emplace_back(i, gt + 1);
    } else if (!IsUncounted(name) && depth_ > 0) {
      --depth_;
    }
    if (ReadAttributes(s_, name_end, gt, false, false, &cut_)) text_from_ = gt + 1;
    return gt + 1;
  }

  size_t StartTag(size_t i, std::string_view name, size_t name_end, size_t gt) {
    size_t next = gt + 1;
    bool raw = IsRawText(name);
    bool whole = false;  // the whole tag is cut (nesting too deep)
    if (!raw && !IsUncounted(name) && s_[gt - 1] != '/') {
      if (depth_ >= max_depth_) {
        ++dropped_[std::string(name)];
        cut_.emplace_back(i, next);
        whole = true;
      } else {
        ++depth_;
      }
    }
    bool plain = !whole && ReadAttributes(s_, name_end, gt, drop_unread_, name == "link", &cut_);
    if (!raw) {
      if (plain) text_from_ = next;
      return next;
    }
    size_t end = SkipRawText(s_, next, name);
    if (end == std::string_view::npos) return s_.size();
    if (drop_unread_ && end > next &&
        IsUnreadRawText(name, s_.substr(i, next - i), s_.substr(next, end - next))) {
      cut_.emplace_back(next, end);
    }
    return end;
  }

  // Cuts all but the first character of each run of HTML white space in [from, to).
  void CollapseSpaces(size_t from, size_t to) {
    if (!drop_unread_) return;
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
  Cuts cut_;
  std::unordered_map<std::string, int> dropped_;  // start tags dropped, by name
  int depth_ = 0;
  size_t text_from_ = std::string_view::npos;  // where text after a plainly read tag starts
};

std::string ApplyCuts(std::string_view s, const Cuts& cut) {
  if (cut.empty()) return "";
  std::string out;
  out.reserve(s.size());
  size_t from = 0;
  for (const auto& [b, e] : cut) {
    out.append(s.substr(from, b - from));
    from = e;
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
