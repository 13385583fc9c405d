// Where a date can be in a text: necessary conditions dates.cc tests before it runs one of its
// date patterns (RE2) over a text or a part of it. Each test may let through text that holds no
// date, never the other way round. Internal to the extract stage (dates.cc and its tests).
//
// The absolute patterns are numbered as dates.cc's ScanPattern takes them: 0 day-month-year
// ("12 Juni 2023"), 1 month-day-year ("June 3, 2024"), 2 numeric ("12/6/2023"), 3 ISO
// ("2023-06-12").
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_DATE_CANDIDATES_H_
#define KABAR_EXTRACT_DATE_CANDIDATES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/text_util.h"

namespace kabar::extract {

// Longer lines are not publication-time lines.
inline constexpr size_t kMaxDateLine = 160;

// NumericDate() before its year: "dd/dd/" at most.
inline constexpr size_t kMaxNumericBeforeYear = 6;

// Bytes RE2's \s matches, plus \v (a wider set only widens the windows).
inline bool IsSpaceByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The month `w` names (Indonesian, English or Malay, full or abbreviated, any ASCII case,
// trailing '.'s ignored), 1..12, or 0.
int MonthNumber(std::string_view w);

// True when `text` has four ASCII digits in a row (every absolute pattern holds a year so).
bool HasFourDigits(std::string_view text);

// False when `text` cannot hold a match of pattern `kind` 2 (a '/' right before four digits)
// or 3 (a "dddd-dd-dd" opening, NextIsoOpening); true for kinds 0 and 1.
bool MayHoldPattern(int kind, std::string_view text);

// The offsets, in order, of every four ASCII digits right after a white-space byte in `text`:
// where a month-name date (kinds 0 and 1) can hold its year.
std::vector<size_t> YearCandidates(std::string_view text);

// False when no match of pattern `kind` (0 or 1) can hold the year candidate at text[year]: the
// tokens before it are not a month name (kind 0) or a day after a month name (kind 1).
bool YearMayFit(int kind, std::string_view text, size_t year);

// The first numeric-date year at or after `from` (four digits right after a '/'); npos when none.
size_t NextSlashYear(std::string_view text, size_t from);

// The first p at or after `from` where text[p, p + 10) is "dddd-dd-dd" (ASCII digits) with no
// ASCII letter, digit or '_' before it: where an ISO date (kind 3) can start; npos when none.
size_t NextIsoOpening(std::string_view text, size_t from);

// False when no match of pattern `kind` (0, 1 or 2) can start at text[p].
bool MayOpenMatch(int kind, std::string_view text, size_t p);

// The earliest start and the latest end of a match (kinds 0, 1, 2) whose year begins at
// text[year]: the window the pattern needs to run on.
size_t WindowBegin(std::string_view text, size_t year);
size_t WindowEnd(std::string_view text, size_t year);

// False when `line` holds none of the words every relative-time match holds ("lalu", "ago",
// "kemarin", "yesterday", "baru saja", "just now", "hari ini", "today", in any case). Lines
// longer than kMaxDateLine, and lines with a letter RE2 folds to an ASCII one, are let through.
bool MayHoldRelativeTime(std::string_view line);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_DATE_CANDIDATES_H_
