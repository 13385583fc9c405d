// Normalization: cleans an extracted Article in place.
//  - every text field to Unicode NFC, with control characters removed and runs of white
//    space folded to one space (paragraph text) — invalid UTF-8 was already repaired by
//    RepairUtf8 before extraction;
//  - email addresses and phone numbers redacted in every field, Article::removed included,
//    counted in Article::redactions by kind;
//  - Article::language set from the title and body (ISO 639-1; "und" when unsure).
//
// Thread safety: pure function; safe from many threads.
#ifndef KABAR_NORMALIZE_H_
#define KABAR_NORMALIZE_H_

#include <string>
#include <string_view>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

// Returns `bytes` as valid UTF-8: each invalid sequence becomes U+FFFD and is counted in
// *repaired (which may be null). A leading UTF-8 byte-order mark is dropped.
std::string RepairUtf8(std::string_view bytes, int* repaired);

// Normalizes `article` in place. Never fails on text; returns kInternal only on a bug.
Status NormalizeArticle(Article* article);

}  // namespace kabar

#endif  // KABAR_NORMALIZE_H_
