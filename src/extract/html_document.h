// HtmlDocument: a Gumbo parse tree that is safe to build and free on hostile input.
//
// Gumbo copes with any markup. Its memory comes from a per-page ParseArena, released in one
// step. Only when a huge page outgrew the arena does Gumbo's own free run, and since it frees
// the tree recursively (100,000 nested elements would recurse 100,000 frames deep), the
// destructor first flattens the tree iteratively so that recursion stays two levels deep.
//
// Thread safety: a document is read by one thread at a time.
#ifndef KABAR_EXTRACT_HTML_DOCUMENT_H_
#define KABAR_EXTRACT_HTML_DOCUMENT_H_

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

#include "extract/parse_arena.h"

namespace kabar {

// Nesting beyond this depth is flattened before parsing (see LimitNesting).
constexpr int kMaxHtmlDepth = 400;

// Returns `html` with start tags that would nest deeper than `max_depth` (and their end tags)
// removed, their text kept; "" when nothing needed removing (the common case, no copy).
// Gumbo's tree builder scans the stack of open elements for many tags, which is quadratic in
// the nesting depth: 100,000 nested <div>s take a minute. A linear pre-scan caps the depth.
// Tags whose end tag is optional (p, li, td, ...) and void tags do not count.
std::string LimitNesting(std::string_view html, int max_depth);

// LimitNesting, and what nothing reads dropped: the content of every <style> and of every
// <script> that is not JSON-LD, holds no "<!--", and is longer than 200 bytes once trimmed (a
// one-call script writing a date is shorter); and attributes nobody reads (data-*, aria-*,
// on*, src, srcset, alt, title, href outside <link>, SVG path data, ...), each as a whole
// name=value token, in tags whose attributes read plainly. Gumbo reads all of this character
// by character; on news pages it is about two thirds of the bytes. "" when nothing was dropped.
std::string PrepareForParsing(std::string_view html, int max_depth);

class HtmlDocument {
 public:
  // Parses `utf8` (which must stay alive as long as the document: Gumbo points into it),
  // after PrepareForParsing(utf8, kMaxHtmlDepth).
  explicit HtmlDocument(std::string_view utf8);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // The <html> element (never null).
  const GumboNode* root() const { return output_->root; }

 private:
  std::string limited_;  // the input PrepareForParsing made, when it changed anything
  ParseArena arena_;
  GumboOptions options_;
  GumboOutput* output_;
};

// The value of attribute `name` of element `node`, or "" (also for non-elements).
std::string_view Attr(const GumboNode* node, const char* name);
// True for element (and template) nodes.
bool IsElement(const GumboNode* node);
// The tag name in lower case, also for tags Gumbo does not know ("amp-img").
std::string TagName(const GumboNode* node);
// All text under `node`, white space collapsed (iterative; skips script and style).
std::string NodeText(const GumboNode* node, size_t max_bytes = size_t{1} << 20);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_DOCUMENT_H_
