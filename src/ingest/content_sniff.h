// Guesses whether a file holds HTML or plain text, from its name and first bytes.
#ifndef KABAR_INGEST_CONTENT_SNIFF_H_
#define KABAR_INGEST_CONTENT_SNIFF_H_

#include <string_view>

#include "kabar/raw_page.h"
#include "kabar/status.h"

namespace kabar {

// kHtml when the name ends in .html/.htm or the first non-blank bytes open an HTML document
// ("<!doctype html", "<html", "<head", "<body", or an HTML comment followed by one of these).
ContentKind SniffContentKind(std::string_view path, std::string_view bytes);

// Whether `bytes` can be a text or HTML page at all. Returns OK, or:
//   kNotFound    "empty file" when there are no bytes or only white space;
//   kCorruption  "binary data (NUL bytes)" when the first 64 KiB hold a NUL byte, or
//                "binary data (N% control or invalid bytes)" when more than a quarter of them
//                are control characters or bytes that are not UTF-8 — text in a legacy
//                charset stays well under that, so it is repaired, not rejected.
Status CheckTextPayload(std::string_view bytes);

}  // namespace kabar

#endif  // KABAR_INGEST_CONTENT_SNIFF_H_
