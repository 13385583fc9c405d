// Main-content detection over HtmlBlocks.
//
// Each block gets a value: long, link-poor text counts for the article; link-heavy text and
// text under a boilerplate element (nav, footer, share bar, related links, ...) counts
// against it; short text weighs little. The content root is the element whose blocks sum
// highest (prefix sums over the block ranges, so every element is scored in O(1)).
// Inside the root, blocks under boilerplate elements, link lists and the headline are
// removed; outside it, everything is removed with the reason its elements give.
#ifndef KABAR_EXTRACT_HTML_CONTENT_H_
#define KABAR_EXTRACT_HTML_CONTENT_H_

#include <string>
#include <vector>

#include "extract/html_blocks.h"

namespace kabar {

// kField: the block was read into an article field (credits, agency, date, syndication note);
// it is listed in Article::removed as "metadata", as the text extractor lists such lines.
enum class BlockRole { kBody, kHeading, kCaption, kField, kRemoved };

struct BlockDecision {
  BlockRole role = BlockRole::kRemoved;
  const char* reason = "";  // for kRemoved: "navigation", "related", "outside-article", ...
};

// One decision per block of `blocks`. `title` (may be empty) is the page's headline, removed
// from the body where it repeats.
std::vector<BlockDecision> ClassifyBlocks(const HtmlBlocks& blocks, const std::string& title);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_CONTENT_H_
