// HtmlBlocks: the text of an HTML page as a flat list of blocks (paragraphs, headings, list
// items, cells, ...) in document order, with the element tree kept as ranges over it.
//
// Every element gets an index (in document order); its blocks are the range
// [first_block, end_block) and its descendants the element range (index, end_element).
// So "is this block inside that element" is a range test, and sums over an element's
// blocks are prefix sums: no recursion anywhere, at any nesting depth.
#ifndef KABAR_EXTRACT_HTML_BLOCKS_H_
#define KABAR_EXTRACT_HTML_BLOCKS_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace kabar {

struct HtmlElement {
  const GumboNode* node = nullptr;
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  const char* reason = nullptr;  // boilerplate reason its own tag/class/id give (html_hints.h)
  bool positive = false;         // named like article content
  int reason_parent = -1;        // nearest ancestor with a reason, or -1
  int first_block = 0, end_block = 0;
  int end_element = 0;  // one past its last descendant
};

struct HtmlBlock {
  std::string text;          // white space collapsed, trimmed, never empty
  GumboTag tag;              // tag of the block element that holds it
  int element = -1;          // index of that element
  int reason_element = -1;   // innermost enclosing element with a reason, or -1
  size_t link_bytes = 0;     // bytes of text inside <a>
  bool after_break = false;  // split from the previous block by <br>
};

struct HtmlBlocks {
  std::vector<HtmlElement> elements;
  std::vector<HtmlBlock> blocks;
};

// Walks the tree under `root` iteratively. Script, style, forms controls, media and other
// non-text elements are skipped; everything else that holds text becomes blocks.
HtmlBlocks SplitIntoBlocks(const GumboNode* root);

// True when the tag starts a new block of text (p, div, li, h2, td, ...).
bool IsBlockTag(GumboTag tag);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_BLOCKS_H_
