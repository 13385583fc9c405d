// HtmlDocument: parse with Gumbo; flatten before freeing (see the header).
#include "extract/html_document.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kabar {
namespace {

GumboVector* Children(GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// A tag name read in lower case, at most 32 bytes (longer names are cut: no tag we look for
// is that long), without allocating.
class TagNameAt {
 public:
  TagNameAt(std::string_view s, size_t at) {
    while (at < s.size() && IsNameChar(s[at]) && size_ < sizeof(buf_)) {
      buf_[size_++] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[at++])));
    }
  }
  std::string_view view() const { return {buf_, size_}; }

 private:
  char buf_[32];
  size_t size_ = 0;
};

bool InSorted(std::string_view name, const std::string_view* begin, const std::string_view* end) {
  return std::binary_search(begin, end, name);
}

// Void elements and elements whose end tag may be omitted: they do not nest reliably.
bool IsUncounted(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area",  "base",     "body",   "br",    "col",   "colgroup", "dd",     "dt", "embed",
      "head",  "hr",       "html",   "image", "img",   "input",    "keygen", "li", "link",
      "meta",  "optgroup", "option", "p",     "param", "rb",       "rp",     "rt", "source",
      "tbody", "td",       "tfoot",  "th",    "thead", "tr",       "track",  "wbr"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  return InSorted(name, std::begin(kNames), std::end(kNames));
}

bool IsRawText(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp"};
  static_assert(std::is_sorted(std::begin(kNames), std::end(kNames)));
  return InSorted(name, std::begin(kNames), std::end(kNames));
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
// a <style>, or a <script> that is neither JSON-LD (metadata) nor short enough to be a one-call
// script writing a date (html_metadata.cc reads those up to 120 bytes). A script holding "<!--"
// is kept: its end depends on HTML's escaped-script states, which a plain scan does not follow.
bool IsUnreadRawText(std::string_view name, std::string_view start_tag, std::string_view content) {
  if (name == "style") return true;
  if (name != "script" || ContainsNoCase(start_tag, "ld+json")) return false;
  if (content.find("<!--") != std::string_view::npos) return false;
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
  return InSorted(name, std::begin(kNames), std::end(kNames));
}

// Adds to `cut` the unread attributes (name, '=' and value) of the start tag whose name ends
// at `at` and whose '>' is at `gt`, reading them as HTML's tokenizer does. A tag whose
// attributes do not read plainly (a '>' inside a quoted value, so `gt` is not its end; a quote,
// '<' or '=' where a name or unquoted value should be) is left whole.
void CutUnreadAttributes(std::string_view s, size_t at, size_t gt, bool link,
                         std::vector<std::pair<size_t, size_t>>* cut) {
  const size_t start = cut->size();
  auto bail = [&] { cut->resize(start); };
  if (at < gt && !IsHtmlSpace(s[at]) && s[at] != '/') return;  // the name goes on
  for (;;) {
    while (at < gt && (IsHtmlSpace(s[at]) || s[at] == '/')) ++at;
    if (at >= gt) return;
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
        size_t close = s.find(s[p], p + 1);
        if (close == std::string_view::npos || close > gt) return bail();
        at = close + 1;
      } else {
        for (at = p; at < gt && !IsHtmlSpace(s[at]); ++at) {
          char c = s[at];
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return bail();
        }
      }
    }
    TagNameAt name(s, name_begin);  // lower case; names over 32 bytes are never dropped
    if (name.view().size() == name_end - name_begin && IsUnreadAttribute(name.view(), link)) {
      cut->emplace_back(name_begin, at);
    }
  }
}

// One linear pass over the tags: byte ranges to drop so that nesting stays within
// `max_depth`, and (when `drop_unread`) the content of unread raw-text elements.
std::vector<std::pair<size_t, size_t>> FindCuts(std::string_view s, int max_depth,
                                                bool drop_unread) {
  std::vector<std::pair<size_t, size_t>> cut;    // byte ranges to drop, in order
  std::unordered_map<std::string, int> dropped;  // start tags dropped, by name
  int depth = 0;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    TagNameAt tag(s, i + (closing ? 2 : 1));
    std::string_view name = tag.view();
    size_t gt = s.find('>', i);
    if (name.empty() || gt == std::string_view::npos) {
      i = gt == std::string_view::npos ? s.size() : i + 1;
      continue;
    }
    size_t next = gt + 1;
    if (closing) {
      auto it = dropped.empty() ? dropped.end() : dropped.find(std::string(name));
      if (it != dropped.end() && it->second > 0) {
        --it->second;
        cut.emplace_back(i, next);
      } else if (!IsUncounted(name) && depth > 0) {
        --depth;
      }
    } else {
      bool raw = IsRawText(name);
      bool whole = false;  // the whole tag is cut (nesting too deep)
      if (!raw && !IsUncounted(name) && s[gt - 1] != '/') {
        if (depth >= max_depth) {
          ++dropped[std::string(name)];
          cut.emplace_back(i, next);
          whole = true;
        } else {
          ++depth;
        }
      }
      if (drop_unread && !whole) {
        CutUnreadAttributes(s, i + 1 + name.size(), gt, name == "link", &cut);
      }
      if (raw) {
        size_t end = SkipRawText(s, next, name);
        if (end == std::string_view::npos) {
          next = s.size();
        } else {
          if (drop_unread && end > next &&
              IsUnreadRawText(name, s.substr(i, next - i), s.substr(next, end - next))) {
            cut.emplace_back(next, end);
          }
          next = end;
        }
      }
    }
    i = next;
  }
  return cut;
}

std::string ApplyCuts(std::string_view s, const std::vector<std::pair<size_t, size_t>>& cut) {
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
  return ApplyCuts(s, FindCuts(s, max_depth, false));
}

std::string PrepareForParsing(std::string_view s, int max_depth) {
  return ApplyCuts(s, FindCuts(s, max_depth, true));
}

bool IsElement(const GumboNode* node) {
  return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

std::string TagName(const GumboNode* node) {
  if (!IsElement(node)) return "";
  GumboTag tag = node->v.element.tag;
  if (tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(tag);
  GumboStringPiece piece = node->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data == nullptr ? "" : std::string(piece.data, piece.length));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string NodeText(const GumboNode* node, size_t max_bytes) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  bool space = true;
  while (!stack.empty() && out.size() < max_bytes) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      for (const char* p = n->v.text.text; *p != '\0'; ++p) {
        bool ws = std::isspace(static_cast<unsigned char>(*p)) != 0;
        if (ws && space) continue;
        out.push_back(ws ? ' ' : *p);
        space = ws;
      }
      continue;
    }
    if (!IsElement(n)) continue;
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) continue;
    if (!space && tag != GUMBO_TAG_A && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_B &&
        tag != GUMBO_TAG_I && tag != GUMBO_TAG_EM && tag != GUMBO_TAG_STRONG) {
      out.push_back(' ');
      space = true;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Gumbo's allocations for a page come to a few times its size; the first block is sized so
// most pages need one or two.
HtmlDocument::HtmlDocument(std::string_view utf8)
    : limited_(PrepareForParsing(utf8, kMaxHtmlDepth)),
      arena_(4 * (limited_.empty() ? utf8.size() : limited_.size()) + 65536) {
  options_ = kGumboDefaultOptions;
  options_.allocator = ParseArena::GumboAllocate;
  options_.deallocator = ParseArena::GumboDeallocate;
  options_.userdata = &arena_;
  options_.max_errors = 0;
  std::string_view input = limited_.empty() ? utf8 : std::string_view(limited_);
  output_ = gumbo_parse_with_options(&options_, input.data(), input.size());
}

HtmlDocument::~HtmlDocument() {
  if (!arena_.overflowed()) return;  // all of it is arena memory, released with the arena
  // Collect every node below the document, empty their child lists, and hang them all
  // directly under the document: Gumbo's recursive free then never goes deeper than that.
  GumboNode* doc = output_->document;
  std::vector<GumboNode*> all;
  std::vector<GumboNode*> stack = {doc};
  while (!stack.empty()) {
    GumboNode* n = stack.back();
    stack.pop_back();
    GumboVector* kids = Children(n);
    if (kids == nullptr) continue;
    for (unsigned i = 0; i < kids->length; ++i) {
      GumboNode* child = static_cast<GumboNode*>(kids->data[i]);
      all.push_back(child);
      stack.push_back(child);
    }
    if (n != doc) kids->length = 0;
  }
  GumboVector* top = &doc->v.document.children;
  void** data = static_cast<void**>(arena_.Allocate(sizeof(void*) * (all.size() + 1)));
  if (data != nullptr) {
    for (size_t i = 0; i < all.size(); ++i) data[i] = all[i];
    arena_.Deallocate(top->data);
    top->data = data;
    top->length = static_cast<unsigned>(all.size());
    top->capacity = static_cast<unsigned>(all.size() + 1);
  }
  gumbo_destroy_output(&options_, output_);
}

}  // namespace kabar
