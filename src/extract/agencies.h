// Wire agencies: recognising credits to news agencies and naming them canonically.
//
//   "REUTERS" alone on a line, "(Reuters)", "dilansir Reuters", "dikutip dari Associated
//   Press", "AP", "AFP", "ANTARA", "Associated Press", "Agence France-Presse"
//   -> "Reuters", "Associated Press", "AFP", "Antara", ...
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_AGENCIES_H_
#define KABAR_EXTRACT_AGENCIES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

// Canonical name of a wire agency written as `token` ("REUTERS", "AP", "Associated Press",
// "Antara", "AFP", "Xinhua", "Bernama", ...); empty when `token` names no known agency.
std::string CanonicalAgency(std::string_view token);

// True when the trimmed `line` is a wire credit alone: "REUTERS", "(AP)", "AFP", "ANTARA",
// "Reuters/AP" (then the first goes to *agency and the rest to *more, which may be null), with
// editors' initials around it ("jab/dpa", "(AFP/kid)", "[ANT/ROL]": square brackets only with
// initials, as "[YONHAP]" closes a photo's caption).
bool ParseAgencyLine(std::string_view line, std::string* agency,
                     std::vector<std::string>* more = nullptr);

// "المصدر : الجزيرة + رويترز", "Fuente: EFE", "Quelle: dpa/AFP": a source line (the word
// "source" in Arabic, Spanish, Portuguese, German, French, Vietnamese, Indonesian or English,
// a colon, names parted by '+', '/', ',', ';' or '&'). Appends to *agencies the names that are
// agencies and returns true when there was one.
bool ParseSourceLine(std::string_view line, std::vector<std::string>* agencies);

// Appends to *agencies (without duplicates) the agencies credited in running text:
// "(Reuters)", "dilansir Reuters", "dikutip dari Associated Press", "menurut AFP",
// "seperti dilaporkan Antara", "according to Reuters", "Reuters reported". An interview
// ("told Reuters") is not a credit; "KCNA" and other state media are not wire agencies.
void FindAgencyCredits(std::string_view text, std::vector<std::string>* agencies);

// True when `text` holds an agency spelling of running text (AgencySpellings) standing as a
// word: the same answer as RE2's `\b(?:Reuters|AFP|...)\b` (ASCII word bytes, case-sensitive).
// Every credit FindAgencyCredits finds has one; most text has none.
bool MentionsAgency(std::string_view text);
// The spellings MentionsAgency and FindAgencyCredits look for, as an RE2 alternation.
std::string_view AgencySpellings();

// Appends `name` to *list unless it is already there or the list holds 64 names already.
void AddUnique(std::vector<std::string>* list, std::string name);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_AGENCIES_H_
