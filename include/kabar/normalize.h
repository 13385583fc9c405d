// Normalization: cleans an extracted Article in place.
//  - every text field: control characters and invisible format characters (zero-width space,
//    word joiner, BOM, soft hyphen, bidi marks) removed, no-break and other Unicode spaces
//    turned into U+0020, runs of white space (newlines included) folded to one space and
//    trimmed, then Unicode NFC — invalid UTF-8 was already repaired by RepairUtf8 before
//    extraction;
//  - email addresses and phone numbers redacted in every field, Article::removed included,
//    counted in Article::redactions by kind ("email", "phone");
//  - Article::language set from the title and body (ISO 639-1; "und" when unsure).
//
// Thread safety: every function here is pure (the compiled patterns are immutable
// statics); safe from many threads.
#ifndef KABAR_NORMALIZE_H_
#define KABAR_NORMALIZE_H_

#include <map>
#include <string>
#include <string_view>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

// Returns `bytes` as valid UTF-8: each invalid sequence becomes U+FFFD and is counted in
// *repaired (which may be null). A leading UTF-8 byte-order mark is dropped.
std::string RepairUtf8(std::string_view bytes, int* repaired);

// True when RepairUtf8 would replace nothing in `bytes` (every sequence is valid UTF-8 by its
// rules: no overlongs, no surrogates, nothing above U+10FFFF). Reads without copying.
bool IsValidUtf8(std::string_view bytes);

// What CleanText saw, so later steps can skip work (PII scan, NFC) they do not need.
struct TextTraits {
  bool ascii = true;  // the cleaned text is pure ASCII
  // Contains '@', ')' or ']': an email address is possible, plain or written with its '@' in
  // brackets ("redaksi [at] tempo.co").
  bool email_possible = false;
  int digits = 0;  // number of ASCII digits (a phone number needs at least 8)
};

// Cleans one text field in place: removes C0/C1 control characters and invisible format
// characters (U+00AD, U+200B, U+200E/F, U+202A-E, U+2060-4, U+2066-9, U+FEFF), turns tab,
// newline, NBSP and the other Unicode space separators into spaces, folds each run of
// spaces to one and trims both ends. U+200C/U+200D (ZWNJ/ZWJ) are kept: they change how
// Persian, Indic scripts and emoji render. REQUIRES: *text is valid UTF-8.
// Returns what it saw (see TextTraits). Never allocates.
TextTraits CleanText(std::string* text);

// Brings valid UTF-8 `*text` to Unicode NFC in place. Cheap when the text is ASCII or
// already NFC (no copy). REQUIRES: *text is valid UTF-8.
void ToNfc(std::string* text);

// Replaces email addresses (also those written "name [at] site [dot] id") with "[email]" and
// phone numbers with "[phone]" in *text and adds the number of each to (*counts)["email"] /
// (*counts)["phone"] (keys only when > 0).
// Phone numbers: Indonesian national forms starting with a trunk 0 ("0812 3456 7890",
// "08123456789", "(021) 555-1234", "021-5551234"), North American forms ("(509) 459-5382",
// "509-459-5382") and international forms with a leading '+' ("+62 812-3456-7890", "+44 20
// 7946 0958"). Dates, times, money, years, ISBNs and coordinates are left alone. `counts`
// may be null.
void RedactPii(std::string* text, std::map<std::string, int>* counts);

// Identifies the language of `text` (title and body): an ISO 639-1 code ("id", "en", "ms",
// ...; ISO 639-2 when a language has no 639-1 code), or "und" when the text is too short or
// the evidence is unreliable. Indonesian and Malay are told apart by function words that
// differ between the two standards (see language_id.cc) when CLD2 names one of them.
// Keeps its last text and answer per thread: the extractor and the normalizer ask about the
// same text of a page (LanguageSample), and the answer is a function of the text alone.
std::string IdentifyLanguage(std::string_view text);

// The text of `article` IdentifyLanguage is asked about: its title and the body's paragraphs,
// one a line, up to the first that passes 4 KB (IdentifyLanguage reads no further).
std::string LanguageSample(const Article& article);

// Normalizes `article` in place. Never fails on text; returns kInternal only on a bug.
Status NormalizeArticle(Article* article);

}  // namespace kabar

#endif  // KABAR_NORMALIZE_H_
