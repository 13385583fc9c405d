// Guesses whether a file holds HTML or plain text, from its name and first bytes.
#ifndef KABAR_INGEST_CONTENT_SNIFF_H_
#define KABAR_INGEST_CONTENT_SNIFF_H_

#include <string_view>

#include "kabar/raw_page.h"

namespace kabar {

// kHtml when the name ends in .html/.htm or the first non-blank bytes open an HTML document
// ("<!doctype html", "<html", "<head", "<body", or an HTML comment followed by one of these).
ContentKind SniffContentKind(std::string_view path, std::string_view bytes);

}  // namespace kabar

#endif  // KABAR_INGEST_CONTENT_SNIFF_H_
