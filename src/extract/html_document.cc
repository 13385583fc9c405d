// HtmlDocument: parse with Gumbo; flatten before freeing (see the header).
#include "extract/html_document.h"

#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kabar {
namespace {

void* Allocate(void* /*userdata*/, size_t size) { return std::malloc(size); }
void Deallocate(void* /*userdata*/, void* ptr) { std::free(ptr); }

GumboVector* Children(GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

std::string ReadName(std::string_view s, size_t at) {
  std::string name;
  while (at < s.size() && IsNameChar(s[at]) && name.size() < 32) {
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[at++]))));
  }
  return name;
}

bool InList(const std::string& name, std::initializer_list<const char*> list) {
  for (const char* n : list) {
    if (name == n) return true;
  }
  return false;
}

// Void elements and elements whose end tag may be omitted: they do not nest reliably.
bool IsUncounted(const std::string& name) {
  return InList(name, {"area",  "base", "br",    "col",   "embed",  "hr",       "img",
                       "input", "link", "meta",  "param", "source", "track",    "wbr",
                       "p",     "li",   "dt",    "dd",    "option", "optgroup", "tr",
                       "td",    "th",   "tbody", "thead", "tfoot",  "colgroup", "rb",
                       "rt",    "rp",   "html",  "head",  "body",   "image",    "keygen"});
}

bool IsRawText(const std::string& name) {
  return InList(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "plaintext"});
}

// Position after the end tag "</name" (case-insensitive) at or after `from`, or npos.
size_t SkipRawText(std::string_view s, size_t from, const std::string& name) {
  while ((from = s.find("</", from)) != std::string_view::npos) {
    if (ReadName(s, from + 2) == name) return from;
    from += 2;
  }
  return std::string_view::npos;
}

}  // namespace

std::string LimitNesting(std::string_view s, int max_depth) {
  std::vector<std::pair<size_t, size_t>> cut;    // byte ranges to drop
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
    std::string name = ReadName(s, i + (closing ? 2 : 1));
    size_t gt = s.find('>', i);
    if (name.empty() || gt == std::string_view::npos) {
      i = gt == std::string_view::npos ? s.size() : i + 1;
      continue;
    }
    size_t next = gt + 1;
    if (closing) {
      auto it = dropped.find(name);
      if (it != dropped.end() && it->second > 0) {
        --it->second;
        cut.emplace_back(i, next);
      } else if (!IsUncounted(name) && depth > 0) {
        --depth;
      }
    } else if (IsRawText(name)) {
      size_t end = SkipRawText(s, next, name);
      next = end == std::string_view::npos ? s.size() : end;
    } else if (!IsUncounted(name) && s[gt - 1] != '/') {
      if (depth >= max_depth) {
        ++dropped[name];
        cut.emplace_back(i, next);
      } else {
        ++depth;
      }
    }
    i = next;
  }
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

HtmlDocument::HtmlDocument(std::string_view utf8) {
  options_ = kGumboDefaultOptions;
  options_.allocator = Allocate;
  options_.deallocator = Deallocate;
  options_.max_errors = 0;
  limited_ = LimitNesting(utf8, kMaxHtmlDepth);
  std::string_view input = limited_.empty() ? utf8 : std::string_view(limited_);
  output_ = gumbo_parse_with_options(&options_, input.data(), input.size());
}

HtmlDocument::~HtmlDocument() {
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
  void** data = static_cast<void**>(std::malloc(sizeof(void*) * (all.size() + 1)));
  if (data != nullptr) {
    for (size_t i = 0; i < all.size(); ++i) data[i] = all[i];
    std::free(top->data);
    top->data = data;
    top->length = static_cast<unsigned>(all.size());
    top->capacity = static_cast<unsigned>(all.size() + 1);
  }
  gumbo_destroy_output(&options_, output_);
}

}  // namespace kabar
