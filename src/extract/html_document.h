// HtmlDocument: a Gumbo parse tree that is safe to build and free on hostile input.
//
// The input first goes through the pre-scan (html_prescan.h), which caps the nesting depth
// and drops what nothing reads. Gumbo copes with any markup. Its memory comes from a per-page
// ParseArena, released in one step. Only when a huge page outgrew the arena does Gumbo's own
// free run, and since it frees the tree recursively (100,000 nested elements would recurse 100,000
// frames deep), the destructor first flattens the tree iteratively so that recursion stays two
// levels deep.
//
// Thread safety: a document is read by one thread at a time.
#ifndef KABAR_EXTRACT_HTML_DOCUMENT_H_
#define KABAR_EXTRACT_HTML_DOCUMENT_H_

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

#include "extract/html_prescan.h"
#include "extract/parse_arena.h"

namespace kabar {

class HtmlDocument {
 public:
  // Parses `utf8` (which must stay alive as long as the document: Gumbo and the held text
  // point into it) after PrepareForParsingHoldingText(utf8, kMaxHtmlDepth), and puts the held
  // text back: the tree is the one PrepareForParsing's output gives.
  explicit HtmlDocument(std::string_view utf8);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // The <html> element (never null).
  const GumboNode* root() const { return output_->root; }

 private:
  // What Gumbo parses: `prepared->html` when PrepareForParsingHoldingText changed anything
  // (it stores its result there), else `utf8`.
  static std::string_view ParseInput(std::string_view utf8, PreparedHtml* prepared);
  // Puts the text the pre-scan held out back into the tree's text nodes and attributes.
  void PutBackHeldText();
  // Replaces `*text` (Gumbo's, or the arena's) with a copy in the arena with its held text
  // put back, when it holds any.
  void PutBack(const char** text, std::string* scratch);

  PreparedHtml prepared_;   // the pre-scan's output, when it changed anything
  std::string_view input_;  // what Gumbo parsed: prepared_.html or the caller's text
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
