// Dates and times in Indonesian and English news pages.
//
// Publication time ("12 Juni 2023 | 10.37 WIB", "19 Juni 2024, 13:30 WIB",
// "Senin, 12 Juni 2023 10:37 WIB", "June 3, 2024 10:30 AM EDT", "2024-06-03T10:30:00Z",
// "8 jam lalu", "2 hours ago", "kemarin") -> ISO 8601 with offset (WIB +07:00, WITA +08:00,
// WIT +09:00, UTC/GMT, US zones). Dates of events named in text ("Senin (12/6/2023)",
// "Selasa 18 Juni 2024", "Rabu (19/6/2024)", "15 Agustus 2023", "June 3, 2024") -> YYYY-MM-DD.
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_DATES_H_
#define KABAR_EXTRACT_DATES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

// An instant with the UTC offset it was written in.
struct TimePoint {
  int64_t epoch_seconds = 0;
  int offset_minutes = 0;
  bool valid = false;
};

// Parses ISO 8601 "YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+HH:MM|+HHMM]" (a missing offset is UTC).
// Returns false for anything else.
bool ParseIsoTime(std::string_view iso, TimePoint* out);

// Formats `t` as "YYYY-MM-DDTHH:MM:SS+HH:MM" in its own offset ("Z" is written "+00:00").
std::string FormatIsoTime(const TimePoint& t);

// A date or time found in a line.
struct DateFound {
  std::string iso;   // "2023-06-12T10:37:00+07:00"; date-only finds are "2023-06-12"
  size_t begin = 0;  // byte range of the date text in the line
  size_t end = 0;
  bool has_time = false;
  bool relative = false;  // "8 jam lalu": computed from the reference time
  bool updated = false;   // the line gives a modification time ("Diperbarui", "Updated")
};

// Parses `line` as a publication-time line: a line that is essentially a date and time,
// possibly with a weekday, a "|" or "-" separated label ("Kompas dunia | 19 Juni 2024, 13:30
// WIB", "Chris Davies - Nov 19, 2019, 10:31 pm CST"), "Diterbitkan"/"Published"/"Updated"
// words, or a relative time ("8 jam lalu" against `now`; ignored when `now` is invalid).
// A date inside a sentence is not a publication time. Returns true and fills *out.
bool ParsePublicationLine(std::string_view line, const TimePoint& now, DateFound* out);

// A date line without a time read together with a time printed apart from it: on the next line
// ("Tuesday, 18 Nov 2025" over "3:12 PM MYT"), in the next block, at the end of a blog's posting
// line. `time_text` must be short (16 bytes at most) and open with a digit. Returns true and
// fills *out when the two read as a publication time with a time of day.
bool ParseDateWithSeparateTime(std::string_view date_line, std::string_view time_text,
                               DateFound* out);

// Appends to *out (without duplicates, in order of mention) the YYYY-MM-DD dates of events
// named in `text`: "Senin (12/6/2023)", "Selasa 18 Juni 2024", "15 Agustus 2023",
// "June 3, 2024", "3 June 2024", "2024-06-03". Dates without a year are skipped.
void FindMentionedDates(std::string_view text, std::vector<std::string>* out);

// Appends to *out (without duplicates) the dates of events named by their weekday in `text`,
// resolved against `published` (ISO 8601; nothing when it has no date):
//   "Rabu (10/7)", "Selasa (5/8)"   the day and month in the publication's year (the year
//                                   before when that is after the publication), when the
//                                   weekday agrees;
//   "di Jayapura, Rabu, mengatakan" the last such weekday on or before the publication day
//                                   (a weekday set off by commas: the reporting day);
//   "said on Friday", "said Monday" the same, after a reporting verb;
//   "pada Selasa menyetujui"        the same, after "pada", unless "depan"/"mendatang"
//                                   follows or "akan"/"dijadwalkan" comes before in the
//                                   sentence.
void FindWeekdayDates(std::string_view text, std::string_view published,
                      std::vector<std::string>* out);

// The positions of `word` (lower case, its first letter in either case) standing as a word in
// `text` outside quotations of its paragraph; a "'s" after it still counts ("yesterday's").
std::vector<size_t> NarratedWordPositions(std::string_view text, std::string_view word);

// Appends to *out (without duplicates) the day before `published` when `text` names it:
// "kemarin" (not "pekan kemarin", "Senin kemarin", "5 Oktober kemarin", "kemarin (21/9)",
// "kemarin lusa", "kemarin-kemarin") or "yesterday", outside quotations (speakers use
// "kemarin" loosely). Nothing when `published` has no date.
void FindYesterdayDates(std::string_view text, std::string_view published,
                        std::vector<std::string>* out);

// True when `text` is a clock time and an Indonesian zone alone, "13:20 WIB", "9.05 WITA": the
// time a live report's entry was posted, printed over it, which is not the story's text.
// (English live pages' "4:14 p.m." is left: AEB's gold counts such stamps as article text.)
bool IsEntryTime(std::string_view text);

// Appends to *out (without duplicates) the dates `captions` name ("..., Kamis (20/11/2025).")
// that fall in the week up to `published`'s day: a recent photo's date is its event's, where a
// file photo's is years older. For a story whose text names no date (a photo story, a short
// report dated only in its picture). Nothing when `published` has no date.
void FindRecentPhotoDates(const std::vector<std::string>& captions, std::string_view published,
                          std::vector<std::string>* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_DATES_H_
