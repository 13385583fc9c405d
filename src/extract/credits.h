// Credits: who wrote and who edited an article, from the credit lines news sites print.
//
//   "Penulis : Rizky L Pratama Editor : Edy-A.-Putra"  authors [Rizky L Pratama],
//                                                        editors [Edy A. Putra]
//   "Reporter: Ahmad", "Oleh: Budi", "By Jane Doe and John Roe", "Video Production: X"
//   "Reporting by A; Editing by B"                      (Reuters style)
//   "Sumber : Associated Press"                         agencies [Associated Press]
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_CREDITS_H_
#define KABAR_EXTRACT_CREDITS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "kabar/article.h"

namespace kabar::extract {

enum class CreditRole {
  kNone,
  kAuthor,  // Penulis, Reporter, Oleh, By, Writer, Wartawan, Kontributor
  kEditor,  // Editor, Penyunting, Redaktur, Editing by
  kSource,  // Sumber, Source: an agency or an outlet the story came from
  kOther,   // Video Production, Foto, Grafis, ...: credited but not an author
};

struct Credits {
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> agencies;  // canonical agency names (from "Sumber :" and the like)
  std::vector<std::string> sources;   // other "Sumber :" values, e.g. "Tribunnews.com"
  std::vector<std::string> others;    // names under kOther labels
};

// Parses a line made only of credits: one or more "Label : Names" parts. Returns true and
// appends the normalised names to *out when the whole line is credits; false (and *out
// unchanged) otherwise, e.g. for a sentence that merely contains "oleh".
bool ParseCreditLine(std::string_view line, Credits* out);

// Adds the credited authors, editors and agencies to the article's (no name twice).
void MergeCredits(const Credits& c, Article* a);

// The credit in the text before a publication time on one line (the date line's label): "Oleh
// Benedikta Desideria pada" (08 Mar 2025), "Bagas Pratama Putra, Jurnalis ·", "Rizky Maulana |",
// a plain name, a credit label without its colon before one name ("Editor Yuliani Santoso":
// credited in the label's role). Returns true and appends to *out when the label is such a
// credit.
bool ParseDateLabelCredit(std::string_view label, Credits* out);

// The text after the date on a date line, when it is a labelled credit, maybe after a separator:
// "Oleh: Budi Santoso" after "Senin, 24 November 2025 10:12 WIB", "| Penulis: Budi Santoso".
// Returns true and appends to *out when it is.
bool ParseDateTailCredit(std::string_view tail, Credits* out);

// The same for a date line's label that prints the rubric between the writer and the date
// ("Nurul Aini Fadhilah | Humaniora |" before "Jumat 18 April 2025, 13:05 WIB"): true only when
// the label's last '|' segment is `section` (the article's, non-empty) and the part before it
// is such a credit.
bool ParseDateLabelCreditBeforeSection(std::string_view label, std::string_view section,
                                       Credits* out);

// The role of a line that holds a credit label and nothing else ("Reporter", "Editor :",
// "Penulis"); kNone for any other line. Such a label's names follow on the next lines.
CreditRole CreditLabelRole(std::string_view line);

// Adds `name` under `role` to *out (normalised; agencies canonicalised for kSource).
void AddCredit(CreditRole role, std::string_view name, Credits* out);

// True when `line` is a person's name alone: 2 to 5 words, each capitalised (particles such as
// "bin", "van", "de" allowed), no digits, no sentence punctuation, no "+" ("A- A+", a font
// size control).
bool LooksLikePersonName(std::string_view line);

// The pieces of a line a browser's text dump glued together where the page set them in
// adjacent elements with no space: "Rizal HanafiDian Kartika Sari" -> "Rizal Hanafi", "Dian
// Kartika Sari"; "PenulisAnindya Paramitha" -> "Penulis", "Anindya Paramitha". A glue point is
// a capitalised word of four or more letters running straight into a capital and a lower-case
// letter; "McDonald", "DeLuca" and "MacKenzie" are not split. One piece when there is none.
std::vector<std::string_view> SplitGluedWords(std::string_view line);

// True when a credited `name` is a site's account or desk, not a person: "Admin", "Redaksi",
// "Webmaster", "Admin Diskominfo", "Redaksi Warta Andalas", "Tim Redaksi", "Editorial Team".
bool NamesASiteRole(std::string_view name);

// A credited name cleaned up: URL-slug hyphens become spaces ("Edy-A.-Putra" -> "Edy A. Putra"),
// white space folded, trailing punctuation and "|" separators dropped; a name in capitals
// is title-cased.
std::string NormalizePersonName(std::string_view raw);

// "Oleh X dan Y - Mac 18, 2025 @ 3:12pm" (Berita Harian): a byline that prints the credit
// and the publication time in one line, parted by a dash or a bar. Splits `text` at the first
// such separator where the part before is a credit line and the part after a publication-time
// line (*date's range counted in `text`); false when there is none.
bool SplitCreditsAndDate(std::string_view text, const TimePoint& now, Credits* c, DateFound* date);

// The same for a line that opens with a credit label ("Oleh", "By", "Penulis:") and has
// nothing but the date after the separator, the only bylines the text path reads this way (a
// cheap test first: most lines open with no label).
bool SplitLabelledCreditsAndDate(std::string_view text, const TimePoint& now, Credits* c,
                                 DateFound* date);

// True when `text` is a person's name, "in" and a place of one to three capitalised words:
// "Tom Whitfield in Brisbane", the Guardian's byline over its date line (callers ask it only
// of a line right above a date line: "Mac Pro Shipping in December" reads the same).
bool IsNameInPlace(std::string_view text);

// The place in "BBC News, Hong Kong", the line BBC News prints under its writer's name: a known
// outlet's name (or `outlet`, the page's, and more words) and, after a comma, one to three
// capitalised words; empty for other lines.
std::string_view OutletAndPlace(std::string_view line, std::string_view outlet);

// True when `line` reads as an author biography: it speaks of the author's career ("Bergabung
// dengan", "Lulus dari", "joined", "is a reporter", "covers", ...).
bool LooksLikeAuthorBio(std::string_view line);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_CREDITS_H_
