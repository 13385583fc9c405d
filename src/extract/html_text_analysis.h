// The text extractor's line analysers, run over the blocks the HTML extractor found, so an
// HTML page and its text dump give the same record where both carry the information:
// credit lines ("Penulis : X", "By X"), wire agency lines, photo captions, publication-time
// lines, syndication notes ("Artikel ini telah tayang di ..."), phrase boilerplate
// ("Baca juga"), the dateline opening the body, agencies credited in running text and dates
// named in the text.
#ifndef KABAR_EXTRACT_HTML_TEXT_ANALYSIS_H_
#define KABAR_EXTRACT_HTML_TEXT_ANALYSIS_H_

#include <string>
#include <vector>

#include "extract/html_blocks.h"
#include "extract/html_content.h"
#include "kabar/article.h"

namespace kabar {

// Updates `decisions` (body blocks that are metadata or boilerplate leave the body) and fills
// the fields of *article the analysers find and the markup did not give. `now` (ISO 8601, may
// be empty) is the reference time for relative dates.
void AnalyseHtmlText(const HtmlBlocks& blocks, const std::string& now,
                     std::vector<BlockDecision>* decisions, Article* article);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_TEXT_ANALYSIS_H_
