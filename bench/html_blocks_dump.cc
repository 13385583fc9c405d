// Development aid: prints the blocks kabar's HTML extractor sees in a page and what it
// decided for each (role, reason, tag, link density, enclosing element classes).
// Usage: html_blocks_dump FILE.html
#include <fstream>
#include <iostream>
#include <sstream>

#include "extract/html_blocks.h"
#include "extract/html_charset.h"
#include "extract/html_content.h"
#include "extract/html_document.h"
#include "extract/html_metadata.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: html_blocks_dump FILE.html\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  kabar::DecodedHtml html = kabar::DecodeHtmlBytes(bytes, "");
  kabar::HtmlDocument doc(html.Text(bytes));
  kabar::HtmlMetadata meta = kabar::ExtractHtmlMetadata(doc.root(), "");
  kabar::HtmlBlocks blocks = kabar::SplitIntoBlocks(doc.root());
  std::vector<kabar::BlockDecision> d = kabar::ClassifyBlocks(blocks, meta.title);
  std::cout << "title: " << meta.title << "\npublished: " << meta.published << "\n";
  for (size_t i = 0; i < blocks.blocks.size(); ++i) {
    const kabar::HtmlBlock& b = blocks.blocks[i];
    const char* role = d[i].role == kabar::BlockRole::kRemoved ? d[i].reason : "BODY";
    const kabar::HtmlElement& e = blocks.elements[b.element];
    std::cout << i + 1 << "\t" << role << "\t" << kabar::TagName(e.node) << "."
              << kabar::Attr(e.node, "class") << "\t"
              << (b.reason_element >= 0 ? blocks.elements[b.reason_element].reason : "") << "@"
              << (b.reason_element >= 0
                      ? std::string(kabar::Attr(blocks.elements[b.reason_element].node, "class"))
                      : "")
              << "\t" << b.text.substr(0, 100) << "\n";
  }
}
