// HtmlDocument: parse with Gumbo; flatten before freeing (see the header).
#include "extract/html_document.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace kabar {
namespace {

GumboVector* Children(GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

}  // namespace

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
    : input_(ParseInput(utf8, &prepared_)), arena_(4 * input_.size() + 65536) {
  options_ = kGumboDefaultOptions;
  options_.allocator = ParseArena::GumboAllocate;
  options_.deallocator = ParseArena::GumboDeallocate;
  options_.userdata = &arena_;
  options_.max_errors = 0;
  output_ = gumbo_parse_with_options(&options_, input_.data(), input_.size());
  if (!prepared_.held.empty()) PutBackHeldText();
}

std::string_view HtmlDocument::ParseInput(std::string_view utf8, PreparedHtml* prepared) {
  *prepared = PrepareForParsingHoldingText(utf8, kMaxHtmlDepth);
  return prepared->html.empty() ? utf8 : std::string_view(prepared->html);
}

void HtmlDocument::PutBack(const char** text, std::string* scratch) {
  scratch->clear();
  if (!kabar::PutBackHeldText(*text, prepared_.held, scratch)) return;
  char* copy = static_cast<char*>(arena_.Allocate(scratch->size() + 1));
  if (copy == nullptr) return;
  std::memcpy(copy, scratch->c_str(), scratch->size() + 1);
  arena_.Deallocate(const_cast<char*>(*text));
  *text = copy;
}

void HtmlDocument::PutBackHeldText() {
  std::vector<GumboNode*> stack = {output_->document};
  std::string text;
  while (!stack.empty()) {
    GumboNode* n = stack.back();
    stack.pop_back();
    // A held mark is not white space, so a white-space node holds none.
    if (n->type == GUMBO_NODE_WHITESPACE) continue;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_COMMENT) {
      PutBack(&n->v.text.text, &text);
      continue;
    }
    GumboVector* kids = Children(n);
    if (kids == nullptr) continue;
    if (n->type != GUMBO_NODE_DOCUMENT) {
      const GumboVector& attrs = n->v.element.attributes;
      for (unsigned i = 0; i < attrs.length; ++i) {
        auto* a = static_cast<GumboAttribute*>(attrs.data[i]);
        unsigned char first = a->value == nullptr ? 0 : static_cast<unsigned char>(a->value[0]);
        if (first == 0xF3 || first == 0xF4) PutBack(&a->value, &text);  // held values are whole
      }
    }
    for (unsigned i = 0; i < kids->length; ++i)
      stack.push_back(static_cast<GumboNode*>(kids->data[i]));
  }
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
