#include "extract/flat_html.h"

namespace kabar {
namespace {

// True for the elements a flat page is made of: the document, the plain text blocks and
// inline elements (!IsBlockTag).
bool IsPlainTextElement(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
      return true;
    default:
      return !IsBlockTag(tag);
  }
}

}  // namespace

bool IsFlatDocument(const HtmlBlocks& blocks) {
  if (blocks.blocks.size() < kMinFlatBlocks) return false;
  for (const HtmlElement& e : blocks.elements) {
    if (e.reason != nullptr || e.positive || !IsPlainTextElement(e.tag)) return false;
  }
  return true;
}

std::string FlatDocumentText(const HtmlBlocks& blocks, std::string_view title) {
  std::string text;
  if (!title.empty()) {
    text.append(title);
    text.push_back('\n');
  }
  for (const HtmlBlock& b : blocks.blocks) {
    text.append(b.text);
    text.push_back('\n');
  }
  return text;
}

}  // namespace kabar
