// SplitIntoBlocks: one iterative depth-first walk with an explicit stack.
#include "extract/html_blocks.h"

#include <cctype>
#include <string_view>

#include "common/word_bytes.h"
#include "extract/html_document.h"
#include "extract/html_hints.h"

namespace kabar {
namespace {

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
      return true;
    default:
      return false;
  }
}

bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_U:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_BLINK:
      return true;
    default:
      return false;
  }
}

// True at ASCII white space (as std::isspace in the C locale) and at U+00A0 (C2 A0).
bool IsTextSpace(const char* p) {
  unsigned char c = static_cast<unsigned char>(*p);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
  return c == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0;
}

// Screen-reader text ("sr-only", "visually-hidden", "screen-reader-text" classes) is not
// shown on the page: a caption's "Keterangan gambar, " or a byline's "Penulis, " label.
bool IsScreenReaderOnly(const GumboNode* node) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, "class");
  if (a == nullptr || a->value == nullptr) return false;
  std::string_view v = a->value;
  for (std::string_view k : {"sr-only", "visually-hidden", "screen-reader-text"}) {
    if (v.find(k) != std::string_view::npos) return true;
  }
  return false;
}

// True when `node` follows another element with no text (not even white space) between, and
// the two are separate items rather than a word an editor split into formatting runs
// ("<strong>Game D</strong><strong>ay</strong>"): one of them a link, or both classed
// ("<span class=label>Penulis</span><a>Name</a>", a name and its hover card).
bool FollowsAnotherItem(const GumboNode* node) {
  if (node->parent == nullptr || node->index_within_parent == 0) return false;
  const GumboVector& kids = node->parent->v.element.children;
  const GumboNode* before = static_cast<const GumboNode*>(kids.data[node->index_within_parent - 1]);
  if (before->type != GUMBO_NODE_ELEMENT) return false;
  if (before->v.element.tag == GUMBO_TAG_A || node->v.element.tag == GUMBO_TAG_A) return true;
  auto classed = [](const GumboNode* n) {
    return gumbo_get_attribute(&n->v.element.attributes, "class") != nullptr;
  };
  return classed(before) && classed(node);
}

// An ASCII letter or digit before a gap between two items (IsAsciiAlnumByte), and a capital or
// digit after it, make it a word break: "Penulis|Anindya", "Noem|Kristi Lynn Noem" (a name and
// its hover card). A lower-case letter after the gap goes on a word a link or a style split
// ("Arte|mis").
bool OpensAnotherWord(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// True when the gap between two inline elements, `before` the last byte of the one and
// `after` the first of the next, is a word break: an ASCII letter or digit then a capital or
// digit (OpensAnotherWord), or a sentence's period then a capital ("martes.|Fernando Villar":
// a caption and its credit in two spans). "Rp1.|500" stays one number.
bool OpensAfterGap(char before, char after) {
  if (before == '.') return after >= 'A' && after <= 'Z';
  return IsAsciiAlnumByte(static_cast<unsigned char>(before)) && OpensAnotherWord(after);
}

struct Frame {
  const GumboNode* node;
  unsigned next_child;
  int element;  // index into elements, -1 for the document
  bool block;
  bool unseen;  // an inline element of screen-reader text
};

class Splitter {
 public:
  HtmlBlocks Run(const GumboNode* root) {
    Enter(root);
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next_child >= kids.length) {
        Leave();
        continue;
      }
      const GumboNode* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
      if (IsElement(child)) {
        Enter(child);
      } else if (unseen_depth_ == 0 &&
                 (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
                  child->type == GUMBO_NODE_WHITESPACE)) {
        AddText(child->v.text.text);
      }
    }
    Flush();
    return std::move(out_);
  }

 private:
  void Enter(const GumboNode* node) {
    GumboTag tag = node->v.element.tag;
    if (IsSkippedTag(tag)) return;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
      if (Flush()) break_pending_ = true;
      return;
    }
    bool block = !IsInlineTag(tag);
    if (block) Flush();
    if (!block && !text_.empty() && !pending_space_ &&
        (FollowsAnotherItem(node) || text_.back() == '.')) {
      gap_ = true;
    }
    HtmlElement e;
    e.node = node;
    e.tag = tag;
    e.parent = stack_.empty() ? -1 : stack_.back().element;
    ElementHint hint = ClassifyElement(node);
    e.reason = hint.reason;
    e.positive = hint.positive;
    e.reason_parent = reason_stack_.empty() ? -1 : reason_stack_.back();
    e.first_block = static_cast<int>(out_.blocks.size());
    int index = static_cast<int>(out_.elements.size());
    out_.elements.push_back(e);
    if (tag == GUMBO_TAG_A) ++link_depth_;
    if (block) block_stack_.push_back(index);
    if (hint.reason != nullptr) reason_stack_.push_back(index);
    bool unseen = !block && IsScreenReaderOnly(node);
    if (unseen) ++unseen_depth_;
    stack_.push_back({node, 0, index, block, unseen});
  }

  void Leave() {
    Frame f = stack_.back();
    stack_.pop_back();
    HtmlElement& e = out_.elements[f.element];
    if (f.block) {
      Flush();
      block_stack_.pop_back();
    }
    if (e.tag == GUMBO_TAG_A) --link_depth_;
    if (f.unseen) --unseen_depth_;
    if (e.reason != nullptr) reason_stack_.pop_back();
    e.end_block = static_cast<int>(out_.blocks.size());
    e.end_element = static_cast<int>(out_.elements.size());
  }

  // Appends `text` with each run of white space (U+00A0 included) made one space, and none
  // at the start of a block; the bytes in between are appended a run at a time.
  void AddText(const char* p) {
    for (;;) {
      const char* run = p;
      while (*p != '\0' && !IsTextSpace(p)) ++p;
      if (p > run) {
        size_t n = static_cast<size_t>(p - run);
        if (pending_space_ || (gap_ && OpensAfterGap(text_.back(), *run))) {
          text_.push_back(' ');
          ++n;
          pending_space_ = false;
        }
        gap_ = false;
        text_.append(run, p);
        if (link_depth_ > 0) link_bytes_ += n;
      }
      if (*p == '\0') return;
      p += static_cast<unsigned char>(*p) == 0xC2 ? 2 : 1;
      pending_space_ = !text_.empty();
    }
  }

  // Ends the current block; true when it had text.
  bool Flush() {
    pending_space_ = false;
    gap_ = false;
    bool had_text = !text_.empty();
    if (had_text) {
      HtmlBlock b;
      b.text = std::move(text_);
      b.element = block_stack_.empty() ? -1 : block_stack_.back();
      b.tag = b.element < 0 ? GUMBO_TAG_UNKNOWN : out_.elements[b.element].tag;
      b.reason_element = reason_stack_.empty() ? -1 : reason_stack_.back();
      b.link_bytes = link_bytes_;
      b.after_break = break_pending_;
      out_.blocks.push_back(std::move(b));
    }
    text_.clear();
    link_bytes_ = 0;
    break_pending_ = false;
    return had_text;
  }

  HtmlBlocks out_;
  std::vector<Frame> stack_;
  std::vector<int> block_stack_;
  std::vector<int> reason_stack_;
  std::string text_;
  size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int unseen_depth_ = 0;  // open inline elements of screen-reader text
  bool pending_space_ = false;
  // An inline element right after another element, no text between them: "<span>Penulis</span>
  // <a>Name</a>" written without a space reads as two words, not "PenulisName".
  bool gap_ = false;
  bool break_pending_ = false;
};

}  // namespace

bool IsBlockTag(GumboTag tag) { return !IsInlineTag(tag) && !IsSkippedTag(tag); }

HtmlBlocks SplitIntoBlocks(const GumboNode* root) { return Splitter().Run(root); }

}  // namespace kabar
